import HexaglotReaders

/// Where a version's language came from, strongest first: what the user said,
/// the file's name, the file's own markup, the text.
public enum LanguageSource: Hashable, Sendable, CustomStringConvertible {
    /// `--language FILE=LANG`, the server's `language` field, or a caller's explicit language.
    case override
    /// A tag in the file name (`x.es.txt`) or the folder's (`es/x.txt`).
    case fileName
    /// HTML `lang`, DOCX `w:lang`, Markdown front matter `lang:`.
    case markup
    /// Detected from the text, this sure (0…1).
    case detected(confidence: Double)

    /// A stable name for reports: "override", "fileName", "markup", "detected".
    public var name: String {
        switch self {
        case .override: "override"
        case .fileName: "fileName"
        case .markup: "markup"
        case .detected: "detected"
        }
    }

    public var description: String {
        switch self {
        case .override: "given with --language"
        case .fileName: "the file name"
        case .markup: "the file's markup"
        case .detected(let confidence): "detected from the text (confidence \(Self.rounded(confidence)))"
        }
    }

    /// The confidence of a detection, else nil.
    public var confidence: Double? {
        if case .detected(let confidence) = self { confidence } else { nil }
    }

    /// Two decimals, for messages and reports (deterministic across runs).
    static func rounded(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// The language to read a file in, and where it came from; nil when nothing tells.
    public static func resolve(override: String?, file: String, markup: String?,
                               detection: LanguageDetector.Detection?) -> (language: String, source: LanguageSource)? {
        if let override, !override.isEmpty { return (override, .override) }
        if let tagged = LanguageTag.inFileName(file) { return (tagged, .fileName) }
        if let markup { return (markup, .markup) }
        if let detection { return (detection.language, .detected(confidence: detection.confidence)) }
        return nil
    }
}
