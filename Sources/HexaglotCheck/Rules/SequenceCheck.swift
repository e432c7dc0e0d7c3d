import HexaglotTree

/// Numbers that should run 1, 2, 3 … in order: what is duplicated, out of
/// order or missing, shared by the structure rules.
enum SequenceCheck {
    struct Problem {
        var number: Int
        var message: String
    }

    static func problems(_ items: [(number: Int, location: SourceLocation?, label: String)], what: String, first: Int = 1) -> [Problem] {
        var problems: [Problem] = []
        var seen = Set<Int>()
        var expected = first
        for item in items {
            if seen.contains(item.number) {
                problems.append(Problem(number: item.number, message: "\(what) \(item.label.isEmpty ? String(item.number) : item.label) is numbered twice"))
            } else if item.number < expected {
                problems.append(Problem(number: item.number, message: "\(what) \(item.label) is out of order (after \(what) \(expected - 1))"))
            } else if item.number > expected {
                let missing = expected == item.number - 1 ? "\(expected)" : "\(expected)–\(item.number - 1)"
                problems.append(Problem(number: item.number, message: "\(what) number \(missing) is missing before \(item.label)"))
            }
            seen.insert(item.number)
            expected = max(expected, item.number + 1)
        }
        return problems
    }
}
