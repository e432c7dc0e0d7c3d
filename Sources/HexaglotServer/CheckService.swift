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
        var versions: [Version] = []
        var inputs: [CheckReport.Input] = []
        for upload in uploads {
            // Read from memory, never staged on disk: the client's name is only a label.
            do {
                let format = try VersionLoader.format(of: upload.filename)
                let (version, _) = try VersionLoader().load(bytes: upload.bytes, name: upload.filename, format: format,
                                                            language: languages[upload.filename])
                versions.append(version)
                inputs.append(CheckReport.Input(file: upload.filename, language: version.language, format: format.rawValue,
                                                reference: upload.filename == referenceName,
                                                languageSource: version.languageSource))
            } catch let error as HexaglotError {
                throw Problem.upload(error)
            }
        }
        let context = CheckContext(versions: versions,
                                   referenceIndex: uploads.firstIndex { $0.filename == referenceName } ?? 0,
                                   stateNames: stateNames)
        return CheckReport(inputs: inputs, findings: Checker().check(context), versions: versions.map(CheckReport.AlignedVersion.init))
    }
}
