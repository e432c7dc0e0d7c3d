import Foundation
import HexaglotTree
import ZIPFoundation

/// A ZIP archive built in memory whose bytes depend only on its entries:
/// entries in the order given, one fixed date, fixed permissions, deflate.
enum DeterministicZip {
    /// 1980-01-01 00:00, the earliest date a ZIP entry can carry. ZIPFoundation
    /// converts it with `gmtime`, so the local time zone cannot change it.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    static func archive(_ entries: [(path: String, contents: String)]) throws -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for entry in entries {
                let data = Data(entry.contents.utf8)
                try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixedDate, permissions: 0o644,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else {
                throw HexaglotError.internalFailure("the in-memory ZIP archive has no data")
            }
            return [UInt8](bytes)
        } catch let error as HexaglotError {
            throw error
        } catch {
            throw HexaglotError.internalFailure("cannot build the ZIP archive: \(error)")
        }
    }
}
