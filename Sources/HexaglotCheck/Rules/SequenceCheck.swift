import HexaglotTree

/// Numbers that should run 1, 2, 3 … in order: what is duplicated, out of
/// order or missing, shared by the structure rules.
enum SequenceCheck {
    struct Problem {
        var number: Int
        var message: String
        var location: SourceLocation?
    }

    /// `expectedCount` is how many items the reference has, when known: a list
    /// shorter than that has lost an item (a gap), it is not renumbered.
    static func problems(_ items: [(number: Int, location: SourceLocation?, label: String)], what: String, first: Int = 1,
                         expectedCount: Int? = nil) -> [Problem] {
        // A few labels off their position (a paragraph "6." where 5 belongs) are
        // renumberings: one finding each, rather than a gap and a duplicate.
        let mismatched = items.indices.filter { items[$0].number != first + $0 }
        if !mismatched.isEmpty, mismatched.count <= max(1, items.count / 4), expectedCount.map({ $0 == items.count }) ?? true {
            return mismatched.map { i in
                Problem(number: first + i, message: "\(what) \(items[i].label) should be numbered \(first + i)", location: items[i].location)
            }
        }
        var problems: [Problem] = []
        var seen = Set<Int>()
        var expected = first
        for item in items {
            if seen.contains(item.number) {
                problems.append(Problem(number: item.number, message: "\(what) \(item.label.isEmpty ? String(item.number) : item.label) is numbered twice", location: item.location))
            } else if item.number < expected {
                problems.append(Problem(number: item.number, message: "\(what) \(item.label) is out of order (after \(what) \(expected - 1))", location: item.location))
            } else if item.number > expected {
                let missing = expected == item.number - 1 ? "\(expected)" : "\(expected)–\(item.number - 1)"
                problems.append(Problem(number: item.number, message: "\(what) number \(missing) is missing before \(item.label)", location: item.location))
            }
            seen.insert(item.number)
            expected = max(expected, item.number + 1)
        }
        return problems
    }
}

extension SequenceCheck.Problem {
    /// The side of a finding at this problem's node, in `version`.
    func side(_ version: Version, excerpt: String) -> Finding.Side {
        Finding.Side(language: version.language, file: version.file, location: location, excerpt: excerpt)
    }
}
