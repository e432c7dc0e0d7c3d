import HexaglotTree

/// The parts of a value that must stay left to right inside right-to-left
/// text: a URL, a document symbol, and each symbol of a list of symbols
/// (not the whole list: its separators are Arabic, and the list must read
/// from the right like the sentence around it).
enum LeftToRightSegments {
    struct Segment: Equatable {
        var text: String
        var leftToRight: Bool
    }

    static func split(_ value: Value) -> [Segment] {
        switch value.kind {
        case .url, .symbol:
            return [Segment(text: value.text, leftToRight: true)]
        case .symbols:
            var segments: [Segment] = []
            var rest = value.text[...]
            for symbol in value.canonical.split(separator: " ") {
                guard let range = rest.firstRange(of: symbol) else { continue }
                if range.lowerBound > rest.startIndex {
                    segments.append(Segment(text: String(rest[..<range.lowerBound]), leftToRight: false))
                }
                segments.append(Segment(text: String(rest[range]), leftToRight: true))
                rest = rest[range.upperBound...]
            }
            if !rest.isEmpty { segments.append(Segment(text: String(rest), leftToRight: false)) }
            return segments
        default:
            return [Segment(text: value.text, leftToRight: false)]
        }
    }
}
