import Foundation
import HexaglotTestSupport
import XCTest

/// Validation with libxml2's `xmllint` (Debian package libxml2-utils, which `.ci/run` installs)
/// against the schemas vendored in Fixtures/schemas, without the network.
enum XMLLint {
    static let schemas = Repo.fixture("schemas")
    static let xliff12 = "\(schemas)/xliff-core-1.2-strict.xsd"
    static let xliff2 = "\(schemas)/xliff_core_2.0.xsd"
    static let tmx = "\(schemas)/tmx14.dtd"

    static var executable: String? {
        ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Skips the test, saying why, where xmllint is not installed.
    static func require() throws -> String {
        guard let executable else {
            throw XCTSkip("xmllint is not installed (apt-get install libxml2-utils; .ci/run installs it): schema validation skipped")
        }
        return executable
    }

    /// xmllint's complaints about `bytes` against an XSD (`schema` ends in .xsd) or a DTD; nil when valid.
    static func problems(_ bytes: [UInt8], schema: String) throws -> String? {
        let xmllint = try require()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-\(UUID().uuidString).xml")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--nonet"] + (schema.hasSuffix(".xsd") ? ["--schema", schema] : ["--dtdvalid", schema]) + [file.path]
        process.environment = ["XML_CATALOG_FILES": "\(schemas)/catalog.xml"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : message
    }
}
