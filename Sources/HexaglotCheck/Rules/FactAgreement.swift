import HexaglotTree

/// Compares one kind of fact node by node between the reference and each
/// other version, by value: what one side has and the other lacks. Shared by
/// the `facts.*` rules, each of which names its kind.
struct FactAgreement {
    let rule: String
    let kind: Fact.Kind
    let severity: Finding.Severity
    let noun: String
    /// Compare the distinct values only: numbers recur with official names
    /// ("post-2020" in every mention of the framework), and a translation may
    /// name the framework less often without dropping a fact.
    var distinct = false

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let reference = context.reference
        let referenceFacts = context.facts[context.referenceIndex]
        let referenceFirst = context.partners[context.referenceIndex]
        for (index, version) in context.others {
            let facts = context.facts[index]
            let partner = context.partners[index]
            for (i, node) in reference.nodes.enumerated() {
                let wantAll = referenceFirst[i].map { referenceFacts[$0] } ?? []
                let haveAll = partner[i].map { facts[$0] } ?? []
                guard !wantAll.isEmpty || !haveAll.isEmpty else { continue }  // most nodes state no fact
                var want = wantAll.filter { $0.kind == kind }
                var have = haveAll.filter { $0.kind == kind }
                if distinct {
                    want = Self.firstOfEachValue(want)
                    have = Self.firstOfEachValue(have)
                }
                // Most nodes agree fact for fact, in order: no multiset arithmetic needed.
                guard !want.elementsEqual(have, by: { $0.value == $1.value }) else { continue }
                guard let otherNode = partner[i].map({ version.nodes[$0] }) else { continue }  // structure rules report it
                // A number in words counts when it matches, never as missing (see `Fact.spelled`).
                let missing = Self.subtract(want, have).filter { !$0.spelled }
                let extra = Self.subtract(have, want).filter { !$0.spelled }
                guard !missing.isEmpty || !extra.isEmpty else { continue }
                let message: String
                switch (missing.isEmpty, extra.isEmpty) {
                case (false, false):
                    message = "\(noun) differ: the \(version.language) version has \(Self.list(extra)) where the \(reference.language) version has \(Self.list(missing))"
                case (false, true):
                    message = "\(noun): the \(version.language) version lacks \(Self.list(missing)), which the \(reference.language) version has"
                default:
                    message = "\(noun): the \(version.language) version has \(Self.list(extra)), which the \(reference.language) version lacks"
                }
                findings.append(Finding(rule: rule, severity: severity, message: message, node: node.key.description, sides: [
                    context.side(reference, node, at: missing.first?.offset ?? want.first?.offset),
                    context.side(version, otherNode, at: extra.first?.offset ?? have.first?.offset),
                ]))
            }
        }
        return findings
    }

    static func firstOfEachValue(_ facts: [Fact]) -> [Fact] {
        var seen = Set<String>()
        return facts.filter { seen.insert($0.value).inserted }
    }

    /// Multiset difference by value, keeping `a`'s order.
    static func subtract(_ a: [Fact], _ b: [Fact]) -> [Fact] {
        var counts: [String: Int] = [:]
        for fact in b { counts[fact.value, default: 0] += 1 }
        return a.filter { fact in
            if let n = counts[fact.value], n > 0 { counts[fact.value] = n - 1; return false }
            return true
        }
    }

    static func list(_ facts: [Fact]) -> String {
        facts.map { $0.text == $0.value ? $0.value : "\($0.value) (“\($0.text)”)" }.joined(separator: ", ")
    }
}
