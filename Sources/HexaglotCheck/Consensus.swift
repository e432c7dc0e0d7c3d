/// Which versions disagree with the rest on one row: with three or more
/// versions, those outside the largest group that agrees (so that when five
/// agree and one differs, the one is named, whichever the reference is); with
/// two, or when groups tie, the versions outside the reference's group.
struct Consensus<Value: Hashable> {
    /// The versions that agree, the reference first when it is one of them.
    let agreeing: [Int]
    /// The versions that differ from them, in version order.
    let odd: [Int]

    /// Among the versions of one row (`values` by version index), with the reference's
    /// version index; the result is in version indices too (a reference that has no value
    /// there gives way to the first version that has one).
    init(_ values: [(version: Int, value: Value)], reference: Int) {
        let position = values.firstIndex { $0.version == reference } ?? 0
        let consensus = Consensus(values.map(\.value), reference: position)
        agreeing = consensus.agreeing.map { values[$0].version }
        odd = consensus.odd.map { values[$0].version }
    }

    init(_ values: [Value], reference: Int) {
        var groups: [Value: [Int]] = [:]
        var order: [Value] = []
        for (index, value) in values.enumerated() {
            if groups[value] == nil { order.append(value) }
            groups[value, default: []].append(index)
        }
        let largest = order.map { groups[$0]!.count }.max() ?? 0
        let candidates = order.filter { groups[$0]!.count == largest }
        let winner = candidates.count == 1 ? candidates[0] : values[reference]
        let members = groups[winner] ?? []
        agreeing = members.contains(reference) ? [reference] + members.filter { $0 != reference } : members
        odd = values.indices.filter { !members.contains($0) }
    }

    /// Where every version agrees.
    var isUnanimous: Bool { odd.isEmpty }
}
