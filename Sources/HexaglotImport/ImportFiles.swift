import Foundation
import HexaglotModel
import HexaglotTree

extension ImportResult {
    /// Writes the model and the templates under `workspace`: none if any exists
    /// (unless `force`), each through a temporary file beside it, and none at all
    /// unless every temporary file could be written. Returns the paths written.
    @discardableResult
    public func write(to workspace: Workspace, force: Bool) throws -> [String] {
        let targets = files.map { (path: "\(workspace.root)/\($0.path)", text: $0.text) }
        let manager = FileManager.default
        if !force {
            let existing = targets.map(\.path).filter { manager.fileExists(atPath: $0) }
            if !existing.isEmpty {
                throw HexaglotError.usage("refusing to overwrite \(existing.joined(separator: ", ")); give --force to replace them")
            }
        }
        var staged: [(temporary: String, path: String)] = []
        var createdFolders: [String] = []
        func discard() {
            for file in staged { try? manager.removeItem(atPath: file.temporary) }
            // Folders made for the files, deepest first, where nothing else has come into them.
            for folder in createdFolders.reversed() where (try? manager.contentsOfDirectory(atPath: folder))?.isEmpty == true {
                try? manager.removeItem(atPath: folder)
            }
        }
        do {
            for target in targets {
                let folder = (target.path as NSString).deletingLastPathComponent
                var missing: [String] = []
                var walk = folder
                while !manager.fileExists(atPath: walk), walk != "/", !walk.isEmpty {
                    missing.insert(walk, at: 0)
                    walk = (walk as NSString).deletingLastPathComponent
                }
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                createdFolders += missing
                let temporary = "\(folder)/.\((target.path as NSString).lastPathComponent).import-\(ProcessInfo.processInfo.processIdentifier)"
                try Data(target.text.utf8).write(to: URL(fileURLWithPath: temporary))
                staged.append((temporary, target.path))
            }
        } catch {
            discard()
            throw HexaglotError.io(path: targets.first?.path ?? workspace.root, message: "cannot write the imported files (none written): \(error.localizedDescription)")
        }
        var written: [String] = []
        for file in staged {
            // rename(2) replaces the target in one step.
            guard rename(file.temporary, file.path) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw HexaglotError.io(path: file.path, message: "cannot move the imported file into place (\(reason)); written before it: \(written.isEmpty ? "none" : written.joined(separator: ", "))")
            }
            written.append(file.path)
        }
        return written
    }
}
