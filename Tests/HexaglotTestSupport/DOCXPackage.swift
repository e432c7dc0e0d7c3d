import Foundation
import ZIPFoundation

/// A DOCX unzipped with ZIPFoundation: its entries in archive order.
public struct DOCXPackage {
    public let entries: [(path: String, data: Data)]

    public init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var entries: [(path: String, data: Data)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries.append((entry.path, data))
        }
        self.entries = entries
    }

    public var paths: [String] { entries.map(\.path) }

    public func data(_ path: String) throws -> Data {
        guard let entry = entries.first(where: { $0.path == path }) else {
            throw XMLTree.NotWellFormed(description: "no part \(path) in the package")
        }
        return entry.data
    }

    public func text(_ path: String) throws -> String { String(decoding: try data(path), as: UTF8.self) }

    public func xml(_ path: String) throws -> XMLTree { try XMLTree.parse(try data(path)) }
}
