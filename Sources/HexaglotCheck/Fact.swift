/// A fact found in the text of a version, compared across languages by value:
/// the same URL, symbol, decision number, article, number or date, whatever
/// script or style each language writes it in.
///
/// Values by kind:
/// * `url`: as written; `symbol`: the whole UN symbol, "A/RES/70/1", "S/RES/2250(2015)";
/// * `decision`: "14/34"; `article`: "8(j)";
/// * `date`: ISO "2019-11-06", "2019-11", or a range "2019-11-06/2019-11-08";
/// * `number`: exact plain decimal "0.7", "1000", "100000000" ("100 millions"), a year "2030";
/// * `percent`: the number of per cent, "0.7" ("0,7 %", "0.7 per cent", "百分之零点七");
/// * `amount`: ISO 4217 code and value, "USD 100000000000" ("$100 billion", "1000亿美元");
/// * `ordinal`: "2", a spelled ordinal ("second", "الثاني", "第二"); a digit ordinal
///   ("23rd") is a `number`. Spelled ordinals match numbers (see `NumberAgreementRule`).
public struct Fact: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case url, symbol, decision, article, number, date, percent, amount, ordinal
    }
    public var kind: Kind
    /// The language-neutral value ("2019-11-06/2019-11-08", "14/34", "USD 100000000000").
    public var value: String
    /// As written in the text.
    public var text: String
    /// Scalar offset in the node's text.
    public var offset: Int
    /// Written in words ("ten", "十", "两"), not digits. A number in words is
    /// matched against the other version's numbers, but its absence there is
    /// no finding: "two"/"deux"/"两" also translate "both", an Arabic dual or
    /// an article, which carry no number.
    public var spelled: Bool = false
}
