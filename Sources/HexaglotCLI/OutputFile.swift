import Foundation
import HexaglotTree

/// Writing outputs without ever leaving a partial file or clobbering an input
/// (the commands' and `hexaglot-bench synth`'s).
public enum OutputFile {
    /// Writes to a temporary file beside `path`, then renames it into place.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw HexaglotError.io(path: path, message: "the folder \(folder.path) does not exist")
        }
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw HexaglotError.io(path: path, message: "cannot write the output: \(error.localizedDescription)")
        }
    }

    static func refuseOverwritingInput(_ output: String, inputs: [String]) throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
            throw HexaglotError.usage("refusing to write the output onto the input \(input)")
        }
    }
}
