import HexaglotTree

/// The fixed parts of the package, and the namespaces every part uses.
enum DOCXParts {
    static let xmlDeclaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes: String = {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return """
            \(xmlDeclaration)
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="\(main).document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="\(main).styles+xml"/>\
            <Override PartName="/word/settings.xml" ContentType="\(main).settings+xml"/>\
            <Override PartName="/word/footnotes.xml" ContentType="\(main).footnotes+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """
    }()

    static let packageRelationships = """
        \(xmlDeclaration)
        <Relationships xmlns="\(packageRelationshipsNamespace)">\
        <Relationship Id="rId1" Type="\(officeRelationshipType)/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="\(officeRelationshipType)/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    /// rId1–3 are the document's own parts; hyperlinks follow from rId4.
    static let firstDocumentLinkRelationship = 4

    static func documentRelationships(links: [String]) -> String {
        """
        \(xmlDeclaration)
        <Relationships xmlns="\(packageRelationshipsNamespace)">\
        <Relationship Id="rId1" Type="\(officeRelationshipType)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(officeRelationshipType)/settings" Target="settings.xml"/>\
        <Relationship Id="rId3" Type="\(officeRelationshipType)/footnotes" Target="footnotes.xml"/>\
        \(links.joined())</Relationships>
        """
    }

    static func footnoteRelationships(links: [String]) -> String {
        """
        \(xmlDeclaration)
        <Relationships xmlns="\(packageRelationshipsNamespace)">\(links.joined())</Relationships>
        """
    }

    /// The separator footnotes (-1 and 0) must be named here as well as defined in footnotes.xml.
    static let settings = """
        \(xmlDeclaration)
        <w:settings xmlns:w="\(wordNamespace)">\
        <w:defaultTabStop w:val="567"/>\
        <w:characterSpacingControl w:val="doNotCompress"/>\
        <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
        </w:settings>
        """

    /// Title, symbol and language come from the document; no dates, so the bytes never depend on the clock.
    static func coreProperties(for document: Document) -> String {
        let title = document.title.content.plainText
        return """
            \(xmlDeclaration)
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\
            <dc:title>\(Markup.escape(title))</dc:title>\
            \(document.symbol.map { "<dc:identifier>\(Markup.escape($0))</dc:identifier>" } ?? "")\
            <dc:language>\(Markup.escape(document.language))</dc:language>\
            <dc:creator>Hexaglot</dc:creator>\
            </cp:coreProperties>
            """
    }

    static let appProperties = """
        \(xmlDeclaration)
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>Hexaglot</Application>\
        </Properties>
        """

    /// The two separators Word requires before the document's own footnotes.
    static let separatorFootnotes = """
        <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
        <w:r><w:separator/></w:r></w:p></w:footnote>\
        <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
        <w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
        """
}
