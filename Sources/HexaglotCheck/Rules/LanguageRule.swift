import HexaglotReaders
import HexaglotTree

/// Each file is read in a language the user can trust: a warning when it was
/// detected from too little text (or too even a contest) to be sure, or when
/// the file's tag or markup names a language the text surely is not in; an
/// error when that tag or markup names a language of another script than the
/// text's (a file named x.zh.txt whose text is Latin). A language given with
/// `--language` is taken as it is.
public struct LanguageRule: CheckRule {
    public let id = "input.language"
    public let severity = Finding.Severity.warning
    public let summary = "each file's language is given, tagged or declared by the file, or detected surely; a tag or markup agrees with the text's script"
    public init() {}

    /// The share of the text's letters in one script, and how many letters, that make a script disagreement clear.
    static let clearShare = 0.8
    static let clearLetters = 20

    public func check(_ context: CheckContext) -> [Finding] {
        context.versions.compactMap(finding)
    }

    func finding(_ version: Version) -> Finding? {
        guard let text = version.textLanguage else { return nil }
        let how = "give it with --language \(version.file)=LANG or a tag in the file name (\(Self.tagged(version.file)))"
        switch version.languageSource {
        case .override:
            return nil
        case .detected(let confidence):
            guard !text.isSure else { return nil }
            let runnerUp = text.runnerUp.map { ", runner-up \($0)" } ?? ""
            return finding(version, .warning,
                "\(version.file): read as \(version.language), detected from the text with confidence \(LanguageSource.rounded(confidence))\(runnerUp), too unsure to rely on; \(how)")
        case .fileName, .markup:
            guard LanguageTag.unLanguages.contains(version.language), text.language != version.language else { return nil }
            let says = version.languageSource == .fileName ? "the file name says" : "the file's markup says"
            let taken = LanguageDetector.script(of: version.language), found = LanguageDetector.script(of: text.language)
            if taken != found {
                guard text.scriptShare >= Self.clearShare, text.letters >= Self.clearLetters else { return nil }
                return finding(version, .error,
                    "\(version.file): \(says) \(version.language), but the text is in \(found.rawValue.capitalized) script (it reads as \(text.language)), not \(taken.rawValue.capitalized); \(how)")
            }
            guard text.isSure else { return nil }
            return finding(version, .warning,
                "\(version.file): \(says) \(version.language), but the text reads as \(text.language) (confidence \(LanguageSource.rounded(text.confidence))); read as \(version.language): if that is wrong, \(how)")
        }
    }

    private func finding(_ version: Version, _ severity: Finding.Severity, _ message: String) -> Finding {
        let excerpt = version.node(.title)?.excerpt() ?? ""
        return Finding(rule: id, severity: severity, message: message, node: "language",
                       sides: [Finding.Side(language: version.language, file: version.file, location: version.document.source, excerpt: excerpt)])
    }

    /// The file's name with a language tag before its extension: "notes.txt" → "notes.LANG.txt".
    static func tagged(_ file: String) -> String {
        let name = file.split { $0 == "/" || $0 == "\\" }.last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + ".LANG" }
        return name[..<dot] + ".LANG" + name[dot...]
    }
}
