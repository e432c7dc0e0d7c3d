import HexaglotTree
import HexaglotWriters

extension DocumentWriter {
    /// The output as text (Markdown, HTML).
    public func text(_ document: Document) throws -> String {
        String(decoding: try write(document), as: UTF8.self)
    }
}
