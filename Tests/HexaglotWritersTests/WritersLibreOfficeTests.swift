import Foundation
import HexaglotTestSupport
import HexaglotWriters
import XCTest

/// Whether an office suite opens the DOCX at all: LibreOffice converts it to PDF.
final class WritersLibreOfficeTests: XCTestCase {
    /// Every language's DOCX converts, in one LibreOffice run.
    func testEveryLanguageDOCXConvertsToPDF() throws {
        guard let office = Self.executable(named: ["libreoffice", "soffice"]) else {
            throw XCTSkip("neither libreoffice nor soffice is on the PATH, so the DOCX cannot be converted to PDF here")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let languages = ["ar", "zh", "en", "fr", "es", "ru"]
        var inputs: [String] = []
        for language in languages {
            let docx = folder.appendingPathComponent("cbd-wg2020-2-2.\(language).docx")
            try Data(try DOCXWriter().write(try Repo.render(language))).write(to: docx)
            inputs.append(docx.path)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        // A profile of its own, so a running LibreOffice (or another test run) cannot block this one.
        process.arguments = ["-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
                             "--headless", "--convert-to", "pdf", "--outdir", folder.path] + inputs
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning {
            process.terminate()
            XCTFail("LibreOffice did not finish converting within 300 s")
            return
        }
        XCTAssertEqual(process.terminationStatus, 0)
        for language in languages {
            let pdf = try XCTUnwrap(FileManager.default.contents(atPath: folder.appendingPathComponent("cbd-wg2020-2-2.\(language).pdf").path),
                                    "LibreOffice wrote no PDF for \(language)")
            XCTAssertGreaterThan(pdf.count, 1000, language)
            XCTAssertEqual(Array(pdf.prefix(5)), Array("%PDF-".utf8), language)
        }
    }

    static func executable(named names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }
}
