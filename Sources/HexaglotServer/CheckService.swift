import Foundation
import HexaglotCheck
import HexaglotReaders
import HexaglotTree

/// `POST /check`: the uploaded versions go through the same `VersionLoader`,
/// `Checker` and `ReportFormat` registry as `hexaglot check`, so the JSON
/// answer is the CLI's `--format json` report for files of the same names.
struct CheckService: Sendable {
    static let minimumFiles = 2
    static let maximumFiles = 6

    /// States' names by language, from the workspace (as the CLI's `--root`).
    let stateNames: [String: [String]]

    struct Upload: Sendable {
        var filename: String
        var bytes: [UInt8]
    }

    /// Files from a form: every part with a file name; `reference` names the
    /// reference version, `language` (repeatable) is `FILE=LANG`, as in the CLI.
    func request(from form: MultipartForm) throws -> (uploads: [Upload], reference: String?, languages: [String: String]) {
        var uploads: [Upload] = []
        var reference: String?
        var languages: [String: String] = [:]
        for part in form.parts {
            if let filename = part.filename {
                guard !filename.isEmpty else { throw Problem.badRequest("the file in part '\(part.name)' has an empty file name") }
                guard !uploads.contains(where: { $0.filename == filename }) else {
                    throw Problem.badRequest("two files are named '\(filename)'; give each version a distinct file name")
                }
                uploads.append(Upload(filename: filename, bytes: part.bytes))
                continue
            }
            let value = String(decoding: part.bytes, as: UTF8.self)
            switch part.name {
            case "reference": reference = value
            case "language":
                let pair = value.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { throw Problem.badRequest("language takes FILE=LANG, found '\(value)'") }
                languages[pair[0]] = pair[1]
            default: throw Problem.badRequest("unknown form field '\(part.name)'; expected files, 'reference' or 'language'")
            }
        }
        guard uploads.count >= Self.minimumFiles else {
            throw Problem.badRequest("give at least two versions to compare (found \(uploads.count) file\(uploads.count == 1 ? "" : "s"))")
        }
        guard uploads.count <= Self.maximumFiles else {
            throw Problem.badRequest("give at most six versions to compare (found \(uploads.count) files)")
        }
        if let reference, !uploads.contains(where: { $0.filename == reference }) {
            throw Problem.badRequest("the reference '\(reference)' is not one of the uploaded files")
        }
        return (uploads, reference, languages)
    }

    func report(_ uploads: [Upload], reference: String?, languages: [String: String]) throws -> CheckReport {
        let referenceName = reference ?? uploads[0].filename
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }

        var versions: [Version] = []
        var inputs: [CheckReport.Input] = []
        for (index, upload) in uploads.enumerated() {
            // The reader is picked by extension, so the file keeps the upload's
            // extension; its name on disk is ours, never the client's.
            let path = folder.appendingPathComponent("\(index + 1).\(Self.safeExtension(of: upload.filename))").path
            guard FileManager.default.createFile(atPath: path, contents: Data(upload.bytes)) else {
                throw HexaglotError.internalFailure("cannot stage an upload in \(folder.path)")
            }
            do {
                var (version, format) = try VersionLoader().load(path, language: languages[upload.filename])
                version.file = upload.filename
                versions.append(version)
                inputs.append(CheckReport.Input(file: upload.filename, language: version.language, format: format.rawValue,
                                                reference: upload.filename == referenceName))
            } catch let error as HexaglotError {
                throw Problem.upload(error.renamingFile(path, to: upload.filename))
            }
        }
        let context = CheckContext(versions: versions,
                                   referenceIndex: uploads.firstIndex { $0.filename == referenceName } ?? 0,
                                   stateNames: stateNames)
        return CheckReport(inputs: inputs, findings: Checker().check(context), versions: versions.map(CheckReport.AlignedVersion.init))
    }

    /// The upload's extension when it is plain letters and digits, else one no reader takes.
    static func safeExtension(of filename: String) -> String {
        let ext = filename.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let plain = filename.contains(".") && !ext.isEmpty && ext.count <= 10
            && ext.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        return plain ? ext : "unknown"
    }
}

extension HexaglotError {
    /// The same error with a staged file's path replaced by the name the client gave it.
    func renamingFile(_ path: String, to name: String) -> HexaglotError {
        func rename(_ text: String) -> String { text.replacingOccurrences(of: path, with: name) }
        func rename(_ location: SourceLocation?) -> SourceLocation? {
            location.map { SourceLocation(file: rename($0.file), line: $0.line, column: $0.column, part: $0.part) }
        }
        return switch self {
        case .usage(let message): .usage(rename(message))
        case .invalidInput(let location, let file, let message): .invalidInput(rename(location), file: rename(file), message: rename(message))
        case .io(let file, let message): .io(path: rename(file), message: rename(message))
        case .inconsistent(let location, let file, let message): .inconsistent(rename(location), file: rename(file), message: rename(message))
        case .internalFailure(let message): .internalFailure(rename(message))
        }
    }
}
