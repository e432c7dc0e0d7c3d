import HexaglotTree

/// Compares one kind of fact row by row across all versions, by value: when
/// the versions of a row do not all state the same facts, the ones that
/// differ from the largest agreeing group are named, each against a version of
/// that group. Shared by the `facts.*` rules, each of which names its kind.
struct FactAgreement {
    let rule: String
    let kind: Fact.Kind
    let severity: Finding.Severity
    let noun: String
    /// Compare the distinct values only: numbers recur with official names
    /// ("post-2020" in every mention of the framework), and a translation may
    /// name the framework less often without dropping a fact.
    var distinct = false
    /// Other kinds whose spelled facts count as this kind's: "دون سن الخامسة" (under the
    /// age of the fifth) states the 5 of "under 5 years of age" with an ordinal word.
    var spelledAlso: Set<Fact.Kind> = []

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for row in context.rows {
            let present = context.present(row)
            guard present.count >= 2 else { continue }  // the structure rules report a node one version lacks
            var facts = [[Fact]](repeating: [], count: context.versions.count)  // by version
            for v in present {
                let all = context.facts[v][row.members[v]!].filter { $0.kind == kind || $0.spelled && spelledAlso.contains($0.kind) }
                facts[v] = distinct ? Self.firstOfEachValue(all) : all
            }
            guard facts.contains(where: { !$0.isEmpty }) else { continue }  // most nodes state no fact of a kind
            // Versions agree on the facts they write in digits; a number in words matches whichever
            // side has it, so it never splits the versions into groups (see `Fact.spelled`).
            let consensus = Consensus(present.map { ($0, facts[$0].filter { !$0.spelled }.map(\.value).sorted()) }, reference: context.referenceIndex)
            guard !consensus.isUnanimous, let witness = consensus.agreeing.first else { continue }
            let name = context.name(of: row)
            for odd in consensus.odd {
                let version = context.versions[odd], other = context.versions[witness]
                let want = facts[witness], have = facts[odd]
                // A number in words counts when it matches, never as missing (see `Fact.spelled`).
                let missing = Self.subtract(want, have).filter { !$0.spelled }
                let extra = Self.subtract(have, want).filter { !$0.spelled }
                guard !missing.isEmpty || !extra.isEmpty else { continue }
                let message: String
                switch (missing.isEmpty, extra.isEmpty) {
                case (false, false):
                    message = "\(noun) differ: the \(version.language) version has \(Self.list(extra)) where the \(other.language) version has \(Self.list(missing))"
                case (false, true):
                    message = "\(noun): the \(version.language) version lacks \(Self.list(missing)), which the \(other.language) version has"
                default:
                    message = "\(noun): the \(version.language) version has \(Self.list(extra)), which the \(other.language) version lacks"
                }
                let mine = context.node(row, odd), theirs = context.node(row, witness)
                findings.append(Finding(rule: rule, severity: severity, message: message, node: name, key: row.key, sides: [
                    context.side(other, theirs, at: missing.first?.offset ?? want.first?.offset),
                    context.side(version, mine, at: extra.first?.offset ?? have.first?.offset),
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
