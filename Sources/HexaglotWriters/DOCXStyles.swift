import HexaglotTree

/// `word/styles.xml`: the document's language and fonts in the defaults, and
/// one style per kind of node. Indents are in twentieths of a point (567 = 1 cm).
enum DOCXStyles {
    static func xml(for document: Document) -> String {
        """
        \(DOCXParts.xmlDeclaration)
        <w:styles xmlns:w="\(DOCXParts.wordNamespace)">\
        <w:docDefaults>\
        <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/>\
        <w:sz w:val="20"/><w:szCs w:val="20"/>\(languageElement(for: document))</w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
        </w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
        <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
        <w:style w:type="paragraph" w:styleId="DocumentSymbol"><w:name w:val="Document Symbol"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Masthead"/><w:pPr><w:spacing w:after="240"/><w:jc w:val="right"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Masthead"><w:name w:val="Masthead"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Author"/>\
        <w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="480" w:after="240"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Author"><w:name w:val="Author"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Heading1"/><w:pPr><w:keepNext/><w:spacing w:after="360"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="NumberedParagraph"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
        <w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:spacing w:before="240" w:after="120"/>\
        <w:ind w:left="567" w:hanging="567"/><w:outlineLvl w:val="0"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="NumberedParagraph"><w:name w:val="Numbered Paragraph"/>\
        <w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs>\
        <w:ind w:left="567" w:hanging="567"/><w:jc w:val="both"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="SubItem"><w:name w:val="Sub-item"/><w:basedOn w:val="Normal"/>\
        <w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs>\
        <w:ind w:left="1134" w:hanging="567"/><w:jc w:val="both"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>\
        <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0"/></w:pPr>\
        <w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>\
        <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>\
        <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
        <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>\
        <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>\
        </w:styles>
        """
    }

    /// `w:lang` in the attribute Word reads for the script: `w:eastAsia` for
    /// Chinese, `w:bidi` for right-to-left languages, `w:val` otherwise.
    static func languageElement(for document: Document) -> String {
        let tag = wordLanguageTag(document.language)
        let primary = tag.split(separator: "-").first.map(String.init) ?? tag
        let attribute = switch true {
        case ["zh", "ja", "ko"].contains(primary): "w:eastAsia"
        case document.direction == .rightToLeft: "w:bidi"
        default: "w:val"
        }
        return "<w:lang \(attribute)=\"\(Markup.escape(tag))\"/>"
    }

    /// Word wants a language with its region; these are the UN's usual ones.
    static func wordLanguageTag(_ language: String) -> String {
        let regions = ["ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU"]
        return regions[language] ?? language
    }
}
