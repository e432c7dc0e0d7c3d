import Foundation
import HexaglotTree
import ZIPFoundation

/// The ZIP package of a DOCX, opened defensively: the central directory is
/// checked here, entry by entry, before ZIPFoundation reads anything, and a
/// package that could exhaust memory or write outside a folder is refused
/// with the part it names.
struct DOCXArchive {
    static let maxPackageBytes = 50 * 1024 * 1024
    static let maxEntryBytes: UInt64 = 100 * 1024 * 1024
    static let maxCompressionRatio: UInt64 = 200

    let file: String
    private let archive: Archive
    /// Part names as stored, by lowercased name (OPC part names ignore ASCII case).
    private let names: [String: String]

    init(_ bytes: [UInt8], file: String) throws {
        self.file = file
        guard bytes.count <= Self.maxPackageBytes else {
            throw Self.error(file, "the DOCX package is \(bytes.count / 1_048_576) MB; packages over 50 MB are refused")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw Self.error(file, "not a DOCX package: a DOCX is a ZIP archive, and this file does not start with \"PK\"")
        }
        let entries = try ZIPDirectory.entries(bytes, file: file)
        var names: [String: String] = [:]
        for entry in entries {
            try Self.validate(entry, file: file)
            if names[entry.name.lowercased()] == nil { names[entry.name.lowercased()] = entry.name }
        }
        self.names = names
        if case let xml = entries.filter({ [".xml", ".rels"].contains(where: $0.name.lowercased().hasSuffix) }).reduce(UInt64(0), { $0 + $1.uncompressedSize }), xml > 16 * 1_048_576 { throw Self.error(file, "the package's XML parts inflate to \(xml / 1_048_576) MiB in all; packages over 16 MiB of XML are refused") }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw Self.error(file, "not a readable ZIP archive (\(error))")
        }
    }

    private static func validate(_ entry: ZIPDirectory.Entry, file: String) throws {
        let name = entry.name
        let components = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if components.contains("..") || name.hasPrefix("/") || name.hasPrefix("\\")
            || (name.count >= 2 && name.dropFirst().first == ":" && name.first!.isLetter) {
            throw error(file, "zip entry '\(name)': an entry name with '..' or an absolute path is refused")
        }
        if entry.uncompressedSize > maxEntryBytes {
            throw error(file, "zip entry '\(name)': \(entry.uncompressedSize / 1_048_576) MB uncompressed; entries over 100 MB are refused")
        }
        if entry.uncompressedSize > 0,
           entry.compressedSize == 0 || entry.uncompressedSize / entry.compressedSize > maxCompressionRatio
            || (entry.uncompressedSize / entry.compressedSize == maxCompressionRatio && entry.uncompressedSize % entry.compressedSize > 0) {
            throw error(file, "zip entry '\(name)': compression ratio over 200 (\(entry.compressedSize) bytes to \(entry.uncompressedSize)); refused as a zip bomb")
        }
    }

    func contains(_ part: String) -> Bool { names[part.lowercased()] != nil }

    /// The bytes of a part, or nil when the package has no such part.
    func part(_ part: String) throws -> Data? {
        guard let name = names[part.lowercased()], let entry = archive[name] else { return nil }
        guard entry.type == .file else { return nil }
        guard entry.uncompressedSize <= 16 * 1_048_576 else { throw Self.error(file, "zip entry '\(name)': \(entry.uncompressedSize / 1_048_576) MiB uncompressed; a part read as XML is refused over 16 MiB") }
        var data = Data()
        let limit = min(entry.uncompressedSize, Self.maxEntryBytes)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if UInt64(data.count + chunk.count) > limit { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw Self.error(file, "zip entry '\(name)': inflates past the \(entry.uncompressedSize) bytes it declares; refused")
        } catch {
            throw Self.error(file, "zip entry '\(name)' cannot be read (\(error)); the package is damaged")
        }
        return data
    }

    private struct PartTooLarge: Error {}

    static func error(_ file: String, _ message: String) -> HexaglotError {
        .invalidInput(nil, file: file, message: message)
    }
}

/// The central directory of a ZIP archive, read with every offset and size
/// checked against the archive's length (so no later read can overflow).
enum ZIPDirectory {
    struct Entry {
        var name: String
        var compressedSize: UInt64
        var uncompressedSize: UInt64
    }

    static func entries(_ b: [UInt8], file: String) throws -> [Entry] {
        func fail(_ message: String) -> HexaglotError {
            .invalidInput(nil, file: file, message: "not a readable ZIP archive: \(message)")
        }
        func u16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ i: Int) -> UInt64 { UInt64(b[i]) | UInt64(b[i + 1]) << 8 | UInt64(b[i + 2]) << 16 | UInt64(b[i + 3]) << 24 }
        func u64(_ i: Int) -> UInt64 { u32(i) | u32(i + 4) << 32 }

        // End of central directory: 22 bytes, then a comment of up to 65535 bytes.
        guard b.count >= 22 else { throw fail("too short to hold a central directory") }
        var eocd: Int?
        var i = b.count - 22
        while i >= max(0, b.count - 22 - 65_535) {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x05, b[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard let end = eocd else { throw fail("no end of central directory record") }
        let count = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryOffset = u32(end + 16)
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
            throw fail("ZIP64 archives are not read (a DOCX under 50 MB never needs ZIP64)")
        }
        guard directoryOffset + directorySize <= UInt64(end) else { throw fail("the central directory lies outside the file") }

        var entries: [Entry] = []
        var p = Int(directoryOffset)
        for _ in 0..<count {
            guard p + 46 <= end, b[p] == 0x50, b[p + 1] == 0x4B, b[p + 2] == 0x01, b[p + 3] == 0x02 else {
                throw fail("central directory entry \(entries.count + 1) is damaged")
            }
            let flags = u16(p + 8)
            var compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            var localOffset = u32(p + 42)
            guard p + 46 + nameLength + extraLength + commentLength <= end else { throw fail("central directory entry \(entries.count + 1) is damaged") }
            let nameBytes = Array(b[(p + 46)..<(p + 46 + nameLength)])
            let name = String(decoding: nameBytes, as: UTF8.self)
            // ZIP64 sizes of one entry, in its extra field.
            var e = p + 46 + nameLength
            let extraEnd = e + extraLength
            while e + 4 <= extraEnd {
                let tag = u16(e), size = u16(e + 2)
                guard e + 4 + size <= extraEnd else { break }
                if tag == 0x0001 {
                    var f = e + 4
                    if uncompressed == 0xFFFF_FFFF, f + 8 <= e + 4 + size { uncompressed = u64(f); f += 8 }
                    if compressed == 0xFFFF_FFFF, f + 8 <= e + 4 + size { compressed = u64(f); f += 8 }
                    if localOffset == 0xFFFF_FFFF, f + 8 <= e + 4 + size { localOffset = u64(f) }
                }
                e += 4 + size
            }
            if flags & 1 != 0 { throw HexaglotError.invalidInput(nil, file: file, message: "zip entry '\(name)' is encrypted; encrypted packages are refused") }
            guard localOffset + 30 <= UInt64(end), compressed <= UInt64(b.count) else {
                throw fail("zip entry '\(name)' lies outside the file")
            }
            let local = Int(localOffset)
            guard b[local] == 0x50, b[local + 1] == 0x4B, b[local + 2] == 0x03, b[local + 3] == 0x04 else {
                throw fail("zip entry '\(name)' has no local header")
            }
            let dataStart = UInt64(local + 30 + u16(local + 26) + u16(local + 28))
            guard dataStart + compressed <= UInt64(b.count) else { throw fail("zip entry '\(name)' lies outside the file") }
            entries.append(Entry(name: name, compressedSize: compressed, uncompressedSize: uncompressed))
            p += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }
}
