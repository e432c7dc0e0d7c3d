/// Which URL values the writers turn into links: web and mail addresses only
/// (never `javascript:` and the like), and nothing that a link syntax could
/// not carry as is (whitespace, angle brackets, quotes).
enum LinkTarget {
    static let schemes = ["http://", "https://", "mailto:", "ftp://"]

    static func isLinkable(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard schemes.contains(where: { lower.hasPrefix($0) && lower.count > $0.count }) else { return false }
        return !url.unicodeScalars.contains { scalar in
            scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F || "<>\"`".unicodeScalars.contains(scalar)
        }
    }
}
