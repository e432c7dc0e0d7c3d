import Foundation
import HexaglotTestSupport
import XCTest

/// Validates JSON against a JSON Schema with python3's `jsonschema` package
/// (the validator class follows the schema's `$schema`: draft-04 for SARIF,
/// 2020-12 for the check report), formats checked where the package can.
enum ReportSchemaValidation {
    static let pipCommand = "python3 -m pip install 'jsonschema>=4.18'"

    /// Validates each instance file against the schema; prints "index<TAB>/path: message" per error.
    static let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(3)
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validator = cls(schema, format_checker=getattr(cls, "FORMAT_CHECKER", None))
        invalid = False
        for index, path in enumerate(sys.argv[2:]):
            instance = json.load(open(path, encoding="utf-8"))
            for e in sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path]):
                invalid = True
                print(str(index) + "\\t/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message.replace("\\n", " "))
        sys.exit(1 if invalid else 0)
        """

    /// The validation errors ("/path: message"), none when valid. Fails the test if the validator cannot run.
    static func errors(_ json: [UInt8], schema: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        try errors(of: [json], schema: schema, file: file, line: line)[0]
    }

    /// The validation errors of each instance, in one run of python3.
    static func errors(of instances: [[UInt8]], schema: String, file: StaticString = #filePath, line: UInt = #line) throws -> [[String]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, json) in instances.enumerated() {
            let path = folder.appendingPathComponent("instance-\(index).json").path
            try Data(json).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema] + paths
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let failed = instances.map { _ in ["the validator did not run"] }
        do { try process.run() } catch {
            XCTFail("cannot run python3 to validate against \(schema): \(error); CI needs python3 and: \(pipCommand)", file: file, line: line)
            return failed
        }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0, 1:
            var errors = instances.map { _ in [String]() }
            for entry in output.split(separator: "\n") {
                let fields = entry.split(separator: "\t", maxSplits: 1).map(String.init)
                guard fields.count == 2, let index = Int(fields[0]), errors.indices.contains(index) else {
                    XCTFail("unexpected validator output: \(entry)", file: file, line: line)
                    return failed
                }
                errors[index].append(fields[1])
            }
            if process.terminationStatus == 1, errors.allSatisfy(\.isEmpty) {
                XCTFail("the validator reported invalid input but no error: \(problems)", file: file, line: line)
                return failed
            }
            return errors
        case 3:
            XCTFail("python3 has no jsonschema package; install it with: \(pipCommand)", file: file, line: line)
            return failed
        default:
            XCTFail("the schema validator failed (status \(process.terminationStatus)): \(problems)\(output)", file: file, line: line)
            return failed
        }
    }
}
