import CYaml
import HexaglotTree

/// Hexaglot's YAML never needs aliases (`*name`), and they are a denial of
/// service: Yams hashes mapping keys to find duplicates, and a key that is an
/// alias of nested aliases ("billion laughs") takes exponential time to hash.
/// So a file is scanned with libyaml first, and its first alias refused.
enum YAMLAliasCheck {
    static func refuseAliases(in text: String, file: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var text = text
        let alias: (line: Int, column: Int, name: String)? = text.withUTF8 { bytes in
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            while true {
                var token = yaml_token_t()
                // A scan error is left to Yams, which reports it with its context.
                guard yaml_parser_scan(&parser, &token) == 1 else { return nil }
                defer { yaml_token_delete(&token) }
                if token.type == YAML_ALIAS_TOKEN {
                    let name = token.data.alias.value.map { String(cString: $0) } ?? ""
                    return (Int(token.start_mark.line) + 1, Int(token.start_mark.column) + 1, name)
                }
                if token.type == YAML_STREAM_END_TOKEN { return nil }
            }
        }
        if let alias {
            throw HexaglotError.invalidInput(SourceLocation(file: file, line: alias.line, column: alias.column), file: file,
                                             message: "YAML alias '*\(alias.name)': aliases are not allowed; expected the value written out")
        }
    }
}
