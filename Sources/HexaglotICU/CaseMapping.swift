import CICUShim

/// Locale-aware case mapping by ICU (`u_strToUpper`): the capitals a house
/// style prints on mastheads and headings ("GROUPE DE TRAVAIL À COMPOSITION
/// NON LIMITÉE", Turkish "İ", Greek capitals without accents).
public enum CaseMapping {
    public static func upper(_ text: String, locale: String) throws -> String {
        try icuCheckLocale(locale)
        return try withUTF16(text) { units, length in
            try icuString("u_strToUpper", initialCapacity: Int(length) + 16) { out, capacity, status in
                hx_u_strToUpper(locale, units, length, out, capacity, status)
            }
        }
    }
}
