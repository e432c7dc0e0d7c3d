@testable import HexaglotServer
import NIOCore
import XCTest

/// `POST /check`'s bodies through multipart-kit's parser: what a form holds comes back
/// byte for byte, and what is not a whole form is refused with a reason.
final class MultipartFormTests: XCTestCase {
    let boundary = "b0undary"

    func form(_ text: String) throws -> MultipartForm {
        try MultipartForm(parsing: ByteBuffer(string: text), boundary: boundary)
    }

    func assertMalformed(_ text: String, _ reason: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try form(text), file: file, line: line) { error in
            XCTAssertEqual((error as? MultipartForm.Malformed)?.reason.contains(reason), true, "\(error)", file: file, line: line)
        }
    }

    func testPartsComeBackByteForByte() throws {
        // Bytes that start like a delimiter, CRLFs, a quoted file name with ";" and "=", a preamble and an epilogue.
        let tricky = "line one\r\n--b0undar\r\n-- b0undary\r\n\r\nend"
        let parsed = try form("""
            preamble\r
            --b0undary\r
            Content-Disposition: form-data; name="language"\r
            \r
            a;b=c.txt=fr\r
            --b0undary\r
            content-disposition: form-data; name="files"; filename="a;b=c.txt"\r
            Content-Type: text/plain\r
            \r
            \(tricky)\r
            --b0undary\r
            Content-Disposition: form-data; name=files; filename=empty.txt\r
            \r
            \r
            --b0undary--\r
            epilogue
            """)
        XCTAssertEqual(parsed.parts.map(\.name), ["language", "files", "files"])
        XCTAssertEqual(parsed.parts.map(\.filename), [nil, "a;b=c.txt", "empty.txt"])
        XCTAssertEqual(parsed.parts.map { String(decoding: $0.bytes, as: UTF8.self) }, ["a;b=c.txt=fr", tricky, ""])
    }

    func testWhatIsNotAWholeFormIsRefused() {
        assertMalformed("no delimiter at all", "no part delimited by the boundary 'b0undary'")
        assertMalformed("--b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ntext cut short", "the last part is not closed")
        assertMalformed("--b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b0undary\r\n", "the last part is not closed")
        assertMalformed("--b0undary\r\nContent-Type: text/plain\r\n\r\nx\r\n--b0undary--\r\n", "a part has no Content-Disposition name")
        assertMalformed("--b0undary\r\nBad Header\r\n\r\nx\r\n--b0undary--\r\n", "headers are not well formed")
    }

    func testTheBoundaryComesFromTheContentType() {
        XCTAssertEqual(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"a b\""), "a b")
        XCTAssertEqual(MultipartForm.boundary(contentType: "Multipart/Form-Data;charset=utf-8;BOUNDARY=x"), "x")
        XCTAssertNil(MultipartForm.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)))
        XCTAssertNil(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"\""))
        XCTAssertNil(MultipartForm.boundary(contentType: "application/json; boundary=x"))
    }
}
