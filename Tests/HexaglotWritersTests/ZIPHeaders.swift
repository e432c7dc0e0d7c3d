import HexaglotTestSupport
/// The local file headers of a ZIP archive read straight from its bytes, to
/// check what ZIPFoundation does not report (the raw DOS date and time).
struct ZIPHeaders {
    struct LocalFile {
        var path: String
        var method: UInt16
        var dosTime: UInt16
        var dosDate: UInt16
    }

    private(set) var localFiles: [LocalFile] = []

    init(_ bytes: [UInt8]) {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        var offset = 0
        while offset + 30 <= bytes.count, u32(offset) == 0x0403_4B50 {
            let nameLength = u16(offset + 26), extraLength = u16(offset + 28), compressedSize = u32(offset + 18)
            let path = String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
            localFiles.append(LocalFile(path: path, method: UInt16(u16(offset + 8)),
                                        dosTime: UInt16(u16(offset + 10)), dosDate: UInt16(u16(offset + 12))))
            offset += 30 + nameLength + extraLength + compressedSize
        }
    }
}
