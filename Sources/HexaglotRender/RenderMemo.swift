import HexaglotICU
import HexaglotModel
import HexaglotTree
import Synchronization

/// Terms and names as the renderer wrote them, kept by language pack so that every document
/// rendered with a pack (or a copy of it) reuses them: they depend on the pack alone. Kept by
/// the pack's `identity`, which a changed pack does not share; bounded to the packs most
/// recently rendered with.
final class RenderMemo: Sendable {
    /// The memo every rendering uses.
    static let shared = RenderMemo()
    /// Every language's pack, many times over (a server or a bench keeps one pack per language).
    static var defaultLimit: Int { 64 }

    /// The memo of one pack, and its identity: held here, so that the identifier of an identity
    /// still in the memo cannot be given to a new one.
    private struct Entry: Sendable {
        let identity: LanguagePack.Identity
        let renderings: Renderings
    }

    private let packs: Mutex<LeastRecentlyUsed<ObjectIdentifier, Entry>>

    init(limit: Int = RenderMemo.defaultLimit) {
        precondition(limit > 0)
        packs = Mutex(LeastRecentlyUsed(limit: limit))
    }

    /// `pack`'s memo, empty the first time the pack (or a copy) is rendered with.
    func renderings(for pack: LanguagePack) -> Renderings {
        let key = ObjectIdentifier(pack.identity)
        return packs.withLock { packs in
            if let entry = packs.value(for: key) { return entry.renderings }
            let entry = Entry(identity: pack.identity, renderings: Renderings())
            packs.insert(entry, for: key)
            return entry.renderings
        }
    }

    /// Number of packs kept (for tests).
    var count: Int { packs.withLock { $0.count } }

    /// What a memo entry renders: one form of one entry of one of the pack's tables ("terms",
    /// "states", "organizations", "places": a file each, within which keys are unique). Short
    /// fixed names rather than a file's path joined into a string: a look-up builds nothing.
    struct Key: Hashable, Sendable {
        var table: String
        var key: String
        var form: String
    }

    /// The memo of one pack (a class: renders read and fill it).
    final class Renderings: Sendable {
        private let lines = Mutex<[Key: [[Inline]]]>([:])
        private let texts = Mutex<[Key: String]>([:])

        /// A term's or entry's lines, rendered.
        subscript(key: Key) -> [[Inline]]? {
            get { lines.withLock { $0[key] } }
            set { lines.withLock { $0[key] = newValue } }
        }

        /// An entry's plain text (a State's name in a list).
        subscript(text key: Key) -> String? {
            get { texts.withLock { $0[key] } }
            set { texts.withLock { $0[key] = newValue } }
        }
    }
}
