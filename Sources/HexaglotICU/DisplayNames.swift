import CICUShim

/// Names of regions and languages in a locale (ICU `uldn`, standard names),
/// e.g. in "fr": region("AT") → "Autriche", language("zh") → "chinois".
/// Unknown codes throw instead of echoing the code back.
public struct DisplayNames: Hashable, Sendable {
    /// The ICU locale ID the names are written in.
    public let locale: String

    public init(locale: String) {
        self.locale = locale
    }

    /// The name of the region `code` (ISO 3166 alpha-2 or UN M.49, e.g. "AT", "419").
    public func region(_ code: String) throws -> String {
        let names = try displayNames()
        return try names.handle.withLock { ldn in
            try icuString("uldn_regionDisplayName") { out, capacity, status in
                hx_uldn_regionDisplayName(ldn, code, out, capacity, status)
            }
        }
    }

    /// The name of the language `code` (e.g. "ar", "zh", "zh-Hant").
    public func language(_ code: String) throws -> String {
        let names = try displayNames()
        return try names.handle.withLock { ldn in
            try icuString("uldn_languageDisplayName") { out, capacity, status in
                hx_uldn_languageDisplayName(ldn, code, out, capacity, status)
            }
        }
    }

    static let cache = ICUCache<DisplayNames, ICULocaleDisplayNames>()

    func displayNames() throws -> ICULocaleDisplayNames {
        try Self.cache.object(for: self) { try ICULocaleDisplayNames($0) }
    }
}

/// One ICU `ULocaleDisplayNames` (standard names, no substitution).
final class ICULocaleDisplayNames: Sendable {
    let handle: ICUHandle

    init(_ names: DisplayNames) throws {
        let locale = names.locale
        try icuCheckLocale(locale)
        handle = try icuOpen("uldn_openForContext", close: { hx_uldn_close($0) }) { status in
            hx_uldn_open(locale, status)
        }
    }
}
