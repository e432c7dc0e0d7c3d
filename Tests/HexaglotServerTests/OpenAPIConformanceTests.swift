import Foundation
import HexaglotTestSupport
import Yams
import XCTest

/// Keeps Docs/openapi.yaml true: one request per documented operation and
/// status, each answered with that status, a documented media type and a body
/// that has what the schema requires; nothing documented goes unexercised and
/// nothing answered is undocumented.
final class OpenAPIConformanceTests: XCTestCase {
    struct Example {
        var method: String
        var target: String
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        var status: Int
    }

    func testEveryDocumentedOperationAndStatusIsAnsweredAsDocumented() async throws {
        let spec = try OpenAPISpec(path: "\(Repo.root)/Docs/openapi.yaml")
        XCTAssertEqual(spec.root["openapi"] as? String, "3.1.0")
        var answered: Set<String> = []
        try await withServer(maxUploadBytes: 256 * 1024) { server in
            for example in try await examples(server) {
                let response = try await server.client.send(example.method, example.target, headers: example.headers, body: example.body)
                let label = "\(example.method) \(example.target) → \(response.status)"
                XCTAssertEqual(response.status, example.status, "\(label): \(response.text.prefix(300))")
                let path = String(example.target.split(separator: "?", maxSplits: 1)[0])
                let templates = spec.templates.filter { OpenAPISpec.matches(template: $0, path: path) }
                guard templates.count == 1, let template = templates.first else {
                    XCTFail("\(label): \(templates.count) documented paths match"); continue
                }
                guard let documented = spec.response(template, example.method, response.status) else {
                    XCTFail("\(label): status not documented for \(example.method.lowercased()) \(template)"); continue
                }
                answered.insert("\(example.method.lowercased()) \(template) \(response.status)")
                let content = documented["content"] as? [String: Any] ?? [:]
                if content.isEmpty {
                    XCTAssertTrue(response.body.isEmpty, "\(label): documented without a body")
                    continue
                }
                let mediaType = response.header("Content-Type")?.split(separator: ";")[0].trimmingCharacters(in: .whitespaces) ?? ""
                guard let media = content[mediaType] as? [String: Any] else {
                    XCTFail("\(label): \(mediaType) not among \(content.keys.sorted())"); continue
                }
                if mediaType.hasSuffix("json"), let schema = media["schema"] as? [String: Any] {
                    let problems = spec.violations(of: schema, by: response.json as Any, at: "$")
                    XCTAssertEqual(problems, [], label)
                }
            }
        }
        XCTAssertEqual(answered, spec.operationsAndStatuses, "documented statuses without an example, or the reverse")
    }

    func examples(_ server: TestServer) async throws -> [Example] {
        let id = ServerRepo.documentID
        let renderingTag = try await server.client.get("/documents/\(id)/en.txt").header("ETag") ?? ""
        let reviewTag = try await server.client.get("/documents/\(id)/review").header("ETag") ?? ""
        let en = try await server.client.get("/documents/\(id)/en.txt").body
        let ar = try await server.client.get("/documents/\(id)/ar.txt").body
        let form = RawHTTPClient.multipart(files: [("en.txt", en), ("ar.txt", ar)])
        let multipart = [("Content-Type", form.contentType)]
        let unreadable = RawHTTPClient.multipart(files: [("en.txt", en), ("ar.txt", [0xFF])])
        let big = RawHTTPClient.multipart(files: [("en.txt", Array(repeating: 0x20, count: 300 * 1024)), ("ar.txt", ar)])
        return [
            Example(method: "GET", target: "/health", status: 200),
            Example(method: "GET", target: "/openapi.yaml", status: 200),
            Example(method: "GET", target: "/documents", status: 200),
            Example(method: "GET", target: "/documents/\(id)/en.txt", status: 200),
            Example(method: "GET", target: "/documents/\(id)/ar.docx", status: 200),
            Example(method: "GET", target: "/documents/\(id)/zh.md", status: 200),
            Example(method: "GET", target: "/documents/\(id)/ru.html", status: 200),
            Example(method: "GET", target: "/documents/\(id)/en.txt", headers: [("If-None-Match", renderingTag)], status: 304),
            Example(method: "GET", target: "/documents/\(id)/en.rtf", status: 400),
            Example(method: "GET", target: "/documents/\(id)/xx.txt", status: 404),
            Example(method: "GET", target: "/documents/\(id)/review", status: 200),
            Example(method: "GET", target: "/documents/\(id)/review", headers: [("If-None-Match", reviewTag)], status: 304),
            Example(method: "GET", target: "/documents/unknown/review", status: 404),
            Example(method: "POST", target: "/check", headers: multipart, body: form.body, status: 200),
            Example(method: "POST", target: "/check?format=text", headers: multipart, body: form.body, status: 200),
            Example(method: "POST", target: "/check?format=nope", headers: multipart, body: form.body, status: 400),
            Example(method: "POST", target: "/check", headers: multipart + [("Accept", "image/webp")], body: form.body, status: 406),
            Example(method: "POST", target: "/check", headers: [("Content-Type", big.contentType)], body: big.body, status: 413),
            Example(method: "POST", target: "/check", headers: [("Content-Type", "text/plain")], body: en, status: 415),
            Example(method: "POST", target: "/check", headers: [("Content-Type", unreadable.contentType)], body: unreadable.body, status: 422),
        ]
    }
}

/// The parts of an OpenAPI document the conformance test reads.
struct OpenAPISpec {
    let root: [String: Any]

    init(path: String) throws {
        root = try XCTUnwrap(try Yams.load(yaml: String(contentsOfFile: path, encoding: .utf8)) as? [String: Any])
    }

    var paths: [String: [String: Any]] { root["paths"] as? [String: [String: Any]] ?? [:] }
    var templates: [String] { paths.keys.sorted() }

    /// "get /documents 200" for every documented response.
    var operationsAndStatuses: Set<String> {
        var result: Set<String> = []
        for (template, item) in paths {
            for (method, operation) in item {
                let responses = (operation as? [String: Any])?["responses"] as? [String: Any] ?? [:]
                for status in responses.keys { result.insert("\(method) \(template) \(status)") }
            }
        }
        return result
    }

    func response(_ template: String, _ method: String, _ status: Int) -> [String: Any]? {
        let operation = paths[template]?[method.lowercased()] as? [String: Any]
        let responses = operation?["responses"] as? [String: Any]
        return (responses?[String(status)] as? [String: Any]).map(resolve)
    }

    func resolve(_ node: [String: Any]) -> [String: Any] {
        guard let ref = node["$ref"] as? String, ref.hasPrefix("#/") else { return node }
        var current: Any = root
        for key in ref.dropFirst(2).split(separator: "/") { current = (current as? [String: Any])?[String(key)] as Any }
        return resolve(current as? [String: Any] ?? [:])
    }

    /// `{id}` matches one path segment, or the part of one before a literal.
    static func matches(template: String, path: String) -> Bool {
        var pattern = "^"
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "[^/]+?"
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        return path.range(of: pattern, options: .regularExpression) != nil
    }

    /// What a JSON value lacks of a schema: required keys, types, consts and enums.
    func violations(of schema: [String: Any], by value: Any, at location: String) -> [String] {
        let schema = resolve(schema)
        var problems: [String] = []
        if let constant = schema["const"] {
            if "\(constant)" != "\(value)" { problems.append("\(location): \(value) is not \(constant)") }
        }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { "\($0)" == "\(value)" }) {
            problems.append("\(location): \(value) is not one of \(choices)")
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return problems + ["\(location): not an object"] }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(location): lacks \(key)") }
            for (key, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let member = object[key] { problems += violations(of: property, by: member, at: "\(location).\(key)") }
            }
        case "array":
            guard let array = value as? [Any] else { return problems + ["\(location): not an array"] }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { problems += violations(of: items, by: item, at: "\(location)[\(index)]") }
            }
        case "string": if !(value is String) { problems.append("\(location): not a string") }
        case "integer": if !(value is Int) { problems.append("\(location): not an integer") }
        case "boolean": if !(value is Bool) { problems.append("\(location): not a boolean") }
        default: break
        }
        return problems
    }
}
