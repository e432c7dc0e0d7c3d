import Foundation
import HexaglotWriters
import XCTest

/// Whether an office suite opens the DOCX at all: LibreOffice converts it to PDF.
final class WritersLibreOfficeTests: XCTestCase {
    func testChineseDOCXConvertsToPDF() throws {
        guard let office = Self.executable(named: ["libreoffice", "soffice"]) else {
            throw XCTSkip("neither libreoffice nor soffice is on the PATH, so the DOCX cannot be converted to PDF here")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("cbd-wg2020-2-2.zh.docx")
        try Data(try DOCXWriter().write(try Repo.render("zh"))).write(to: docx)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        // A profile of its own, so a running LibreOffice (or another test run) cannot block this one.
        process.arguments = ["-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
                             "--headless", "--convert-to", "pdf", "--outdir", folder.path, docx.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(180)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning {
            process.terminate()
            XCTFail("LibreOffice did not finish converting within 180 s")
            return
        }
        XCTAssertEqual(process.terminationStatus, 0)
        let pdf = try XCTUnwrap(FileManager.default.contents(atPath: folder.appendingPathComponent("cbd-wg2020-2-2.zh.pdf").path),
                                "LibreOffice wrote no PDF")
        XCTAssertGreaterThan(pdf.count, 1000)
        XCTAssertEqual(Array(pdf.prefix(5)), Array("%PDF-".utf8))
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
