import HexaglotTree

/// What is true of one language for every document (`Locales/<lang>/locale.yaml`):
/// its ICU locale, numbering, UN house-style overrides on CLDR, list and sort rules,
/// and the fixed lines of a masthead. The key set is closed: an unknown or
/// missing key is an error at load, never a blank in the output.
public struct LocaleSpec: Hashable, Sendable {
    public var language: String
    /// ICU locale id for formatting (`ar@numbers=latn`, `en-GB` …).
    public var icu: String
    public var direction: TextDirection
    public var numbering: Numbering
    public var footnoteMarker: FootnoteMarkerPlacement
    /// How a footnote's number is shown (`footnoteMarkerForm: "({n})"`); a bare number by default.
    public var footnoteMarkerForm: FootnoteMarkerForm = .plain
    public var dates: DateStyles
    /// Named number styles for `{number:id|name}`; `default` is required.
    public var numbers: [String: NumberStyle]
    /// Named ordinal styles for `{ordinal:id|name}`; `default` is required.
    public var ordinals: [String: NumberStyle]
    /// Named list styles; `and` is required.
    public var lists: [String: ListStyle]
    /// The list style each list kind uses when the placeholder names none.
    public var listDefaults: [ValueKind: String]
    public var sort: SortRule
    /// How a place is written: pieces around `{city}`, `{region}` and `{country}`;
    /// the piece of a part a place lacks is dropped.
    public var place: PlacePattern
    /// The grammatical forms every entry of a names table must have
    /// (`states`, `organizations`, `places` → ["name", "genitive"]): a
    /// placeholder may ask for these forms only, and lint reports an entry that lacks one.
    public var nameForms: [NameTable: [String]]
    /// The lines the house style prints in capitals, and how (ICU upper-casing).
    public var caseTransforms: [CasedLine: CaseTransform]
    public var masthead: MastheadPatterns
    /// Author lines by role and gender ("Note by the Executive Secretary").
    public var authorLines: [String: [NoteModel.Gender: LocatedProse]]
    public var file: String

    public struct Numbering: Hashable, Sendable {
        public var section: Label
        public var paragraph: Label
        public var subItem: Label
        /// How "section II" is cited in prose.
        public var sectionReference: NumberStyle
        public var annex: NumberStyle
        /// Label patterns of divisions by numbering name ("article": "Article {n}"),
        /// what a document's template uses unless it has its own.
        public var divisions: [String: LabelPattern] = [:]
    }

    /// A numbering label: a number style and a format around it ("{n}.", "（{n}）").
    public struct Label: Hashable, Sendable {
        public var style: NumberStyle
        public var prefix: String
        public var suffix: String
    }

    public struct DateStyles: Hashable, Sendable {
        public var day: DateStyle
        public var month: DateStyle
        public var year: DateStyle
        public var range: DateStyle
        /// Styles a date placeholder may name (`{date:id|prepositional}`), for the cases and
        /// forms a language writes some dates in.
        public var named: [String: DateStyle] = [:]
    }

    public struct MastheadPatterns: Hashable, Sendable {
        /// The body's name: the term form used on the masthead, one line per item.
        public var bodyForm: String
        public var session: LocatedProse
        public var venue: LocatedProse
        public var agendaItem: LocatedProse
    }
}

public enum FootnoteMarkerPlacement: String, Hashable, Sendable, CaseIterable {
    /// "framework.¹" (English, Chinese).
    case afterPunctuation
    /// "framework¹." (French, Spanish, Russian, Arabic).
    case beforePunctuation
}

/// A date style: an ICU skeleton or pattern, then house-style overrides.
public struct DateStyle: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case skeleton(String)
        case pattern(String)
    }
    public var source: Source
    /// ICU locale for this style when it differs from the language's.
    public var icu: String?
    /// Month names written "local/international", each part from ICU
    /// (Arabic "شباط/فبراير": `ar-SY` then `ar`).
    public var dualMonths: DualMonths?
    /// Literal replacements applied to ICU's output, in order (UN style over CLDR).
    public var replacements: [Replacement]

    public struct DualMonths: Hashable, Sendable {
        public var first: String
        public var second: String
    }
}

public struct Replacement: Hashable, Sendable {
    public var from: String
    public var to: String
}

/// How a number is written.
public enum NumberStyle: Hashable, Sendable {
    /// Digits, through ICU's decimal format; in the locale's digits, or in the ICU
    /// numbering system `digits` names ("arab": ١، ٢، ٣ where the locale writes 1, 2, 3).
    case decimal(grouping: Bool, digits: String? = nil)
    /// ICU RBNF; nil is the locale's default spell-out rule set.
    case spellOut(ruleSet: String?, capitalized: Bool)
    /// Digits with ICU's ordinal ending (`UNUM_ORDINAL`: fr "23e", es "23.ª"), in a
    /// named rule set or the locale's default, then house-style replacements.
    case digitsOrdinal(ruleSet: String?, replacements: [Replacement])
    /// ICU's `roman` numbering system: I, II, III.
    case roman
    /// Letters of the alphabet by position: a, b … (ICU has no alphabetic numbering).
    case letters([String])
    /// A word per position, for series ICU does not know (Arabic أولاً، ثانياً …).
    case words([String])
}

/// How a list is joined.
public enum ListStyle: Hashable, Sendable {
    /// ICU list formatting (`and`, `or`, `units`), optionally in another ICU locale.
    case icu(kind: String, width: String, locale: String?)
    /// One separator throughout, for house styles CLDR does not have (Chinese 、).
    case separator(String)
}

public enum SortRule: Hashable, Sendable {
    /// Keep the model's order (the official Chinese text does).
    case model
    /// Sort by ICU collation in this locale.
    case collation(String)
}

/// How a place is written: pieces in order, each holding one part and the
/// text around it (`{city}`, `", {region}"`, `" ({country})"`). A piece whose
/// part the place lacks is dropped; a part without a piece is not written.
public struct PlacePattern: Hashable, Sendable {
    public enum Part: String, Hashable, Sendable, CaseIterable {
        case city, region, country
    }
    public struct Piece: Hashable, Sendable {
        public var part: Part
        public var before: String
        public var after: String
    }
    public var pieces: [Piece]
}

/// The tables of names whose entries have grammatical forms.
public enum NameTable: String, Hashable, Sendable, CaseIterable {
    case states, organizations, places
}

/// A line of a document whose case the locale may transform.
public enum CasedLine: String, Hashable, Sendable, CaseIterable {
    /// The body's name on the masthead.
    case mastheadBody = "masthead.body"
    case title
    /// Section headings.
    case sections
}

public enum CaseTransform: String, Hashable, Sendable, CaseIterable {
    /// ICU's locale-aware upper-casing.
    case upper
}
