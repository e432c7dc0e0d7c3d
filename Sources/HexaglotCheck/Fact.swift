/// A fact found in the text of a version, compared across languages by value:
/// the same URL, symbol, decision number, article, number or date, whatever
/// script or style each language writes it in.
public struct Fact: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case url, symbol, decision, article, number, date
    }
    public var kind: Kind
    /// The language-neutral value ("2019-11-06/2019-11-08", "14/34").
    public var value: String
    /// As written in the text.
    public var text: String
    /// Scalar offset in the node's text.
    public var offset: Int
}
