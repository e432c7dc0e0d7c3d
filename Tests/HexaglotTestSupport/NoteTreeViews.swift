import HexaglotTree

/// A note's tree seen as sections, paragraphs and sub-items, as the tests of
/// the note read it (the tree itself is general: divisions of any kind).
extension Document {
    public var sections: [Division] { body.filter { $0.kind == .section } }
}

extension Division {
    public var paragraphs: [Division] { children.filter { $0.kind == .paragraph } }
    public var subItems: [Division] { children.filter { $0.kind == .subparagraph } }
    /// The number's value at its own level (1 for "(a)", 5 for "5."); 0 when unnumbered.
    public var value: Int { number?.value ?? 0 }
}
