import XCTest
import HexaglotTree
final class TmpDumpTests: XCTestCase {
    func testDump() throws { try Data(RealNote.render(language: "zh").treeDump().utf8).write(to: URL(fileURLWithPath: "/tmp/zh-tree.txt")) }
}
