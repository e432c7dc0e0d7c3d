import HexaglotTree

/// A typed fact of a document: what a template cites as `{kind:id}`.
public enum ValueData: Hashable, Sendable {
    case date(PartialDate)
    case dateRange(CivilDate, CivilDate)
    case year(Int)
    case number(Int)
    /// A number with a fraction, as written in the model ("0.7", "1.25"): its digits are kept exactly.
    case decimal(String)
    case ordinal(Int)
    case symbol(String)
    case symbols([String])
    case decision(String)
    case recommendation(String)
    case article(String)
    case url(String)
    case place(Place)
    case states([String])
    case organizations([String])
    case annexes([Int])
    /// A cross-reference to a section of the same document, by id.
    case section(String)

    /// The placeholder kind that cites this value (`{dateRange:…}`).
    public var kind: ValueKind {
        switch self {
        case .date: .date
        case .dateRange: .dateRange
        case .year: .year
        case .number: .number
        case .decimal: .decimal
        case .ordinal: .ordinal
        case .symbol: .symbol
        case .symbols: .symbols
        case .decision: .decision
        case .recommendation: .recommendation
        case .article: .article
        case .url: .url
        case .place: .place
        case .states: .states
        case .organizations: .organizations
        case .annexes: .annexes
        case .section: .section
        }
    }
}

/// A decimal number as the model writes it: digits, one point, digits ("0.7").
public struct DecimalText: Hashable, Sendable {
    public var whole: Int
    public var fraction: String

    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let whole = Int(parts[0]), parts[0].allSatisfy(\.isASCII), whole >= 0,
              !parts[1].isEmpty, parts[1].count <= 9, parts[1].allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        self.whole = whole
        self.fraction = String(parts[1])
    }

    public var value: Double { Double("\(whole).\(fraction)") ?? 0 }
}

/// A date known to the day, the month or the year ("2019-09-15", "2019-08", "2020").
public enum PartialDate: Hashable, Sendable, CustomStringConvertible {
    case day(CivilDate)
    case month(year: Int, month: Int)
    case year(Int)

    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 3:
            guard let date = CivilDate(iso: iso) else { return nil }
            self = .day(date)
        case 2:
            guard parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
                  (1...12).contains(m) else { return nil }
            self = .month(year: y, month: m)
        default:
            return nil
        }
    }

    /// A day within the period, for formatters that need a full date.
    public var representativeDay: CivilDate {
        switch self {
        case .day(let d): d
        case .month(let y, let m): CivilDate(year: y, month: m, day: 1)!
        case .year(let y): CivilDate(year: y, month: 1, day: 1)!
        }
    }

    public var description: String {
        switch self {
        case .day(let d): d.iso
        case .month(let y, let m): "\(y)-" + (m < 10 ? "0\(m)" : "\(m)")
        case .year(let y): "\(y)"
        }
    }
}

/// A place: a city key, optionally with a region key and an ISO 3166 country code.
/// Their wording is in `Locales/<lang>/places.yaml` and `states.yaml`.
public struct Place: Hashable, Sendable, CustomStringConvertible {
    public var city: String
    public var region: String?
    public var country: String?

    public init(city: String, region: String? = nil, country: String? = nil) {
        self.city = city
        self.region = region
        self.country = country
    }

    public var description: String {
        [country, region, city].compactMap { $0 }.joined(separator: "/")
    }
}

/// A value with its id and where it is declared.
public struct ModelValue: Hashable, Sendable {
    public var id: String
    public var data: ValueData
    /// Set when the value is kept as the official text published it although it
    /// looks wrong (a symbol that names another meeting's document).
    public var asPublished: AsPublished?
    public var location: SourceLocation?

    public init(id: String, data: ValueData, asPublished: AsPublished? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.data = data
        self.asPublished = asPublished
        self.location = location
    }
}

/// Why a value is kept as published: what the official text has, what it
/// would be expected to have, and the reason (`asPublished` in `note.yaml`).
public struct AsPublished: Hashable, Sendable, CustomStringConvertible {
    /// The value one would expect instead ("CBD/WG2020/2/1"), if known.
    public var expected: String?
    /// Why the published value is kept.
    public var note: String

    public init(expected: String?, note: String) {
        self.expected = expected
        self.note = note
    }

    /// "Kept as published (expected CBD/WG2020/2/1): the official text …".
    public var description: String {
        "Kept as published" + (expected.map { " (expected \($0))" } ?? "") + ": " + note
    }
}
