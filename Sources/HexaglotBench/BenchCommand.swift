import ArgumentParser
import Foundation
import HexaglotCheck
import HexaglotCLI
import HexaglotICU
import HexaglotModel
import HexaglotRender
import HexaglotTesting
import HexaglotTree
import HexaglotWriters
#if canImport(Glibc)
import Glibc
#endif

/// `hexaglot-bench`: the Hexaglot side of `Benchmarks/run`, an executable of its own so that
/// the `hexaglot` command holds no benchmark code. Each subcommand prints one JSON object
/// on standard output.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hexaglot-bench",
        abstract: "Measure rendering, ICU calls and checking (used by Benchmarks/run; prints JSON).",
        discussion: """
            Each subcommand prints one JSON object on standard output. Measure release builds:
              hexaglot-bench synth MODEL --paragraphs N -o DIR     a note of N paragraphs in a new workspace
              hexaglot-bench render MODEL [--format F] [--seconds S | --rounds N]   documents per second, warm
              hexaglot-bench icu OPERATIONS.tsv [--seconds S]      ICU-bound calls per second (Benchmarks/run writes the file)
              hexaglot-bench once --task render|check [--repeat N] -- ARGS…   one render or check in process: seconds, peak MiB
              hexaglot-bench check FILE… [--rounds N]              CPU per check, warm (Locales read once, as the service)
            """,
        subcommands: [Synth.self, Throughput.self, ICUOps.self, Once.self, WarmCheck.self]
    )

    /// Writes a synthetic note of N paragraphs into a new workspace.
    struct Synth: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "synth",
            abstract: "Write a note of N paragraphs, made from MODEL, into a workspace (Locales/ linked to the original's).")

        @Argument(help: "The document model to copy (Documents/<id>/note.yaml).") var model: String
        @Option(help: "How many paragraphs.") var paragraphs: Int
        @Option(name: [.short, .customLong("output")], help: "The workspace folder to write.") var output: String
        @Option(help: "The workspace of MODEL (default: found above it).") var root: String?

        func validate() throws {
            guard paragraphs >= 1 else { throw ValidationError("--paragraphs takes a number of 1 or more") }
        }

        func run() throws {
            let workspace = try root.map(Workspace.init(root:)) ?? Workspace.containing(model)
            let note = try workspace.loadModel(at: model)
            var templates: [String: DocumentTemplate] = [:]
            for language in try workspace.languages() {
                templates[language] = try workspace.loadTemplate(language: language, document: note.id)
            }
            let synthetic = SyntheticNote(model: note, templates: templates)
            let fm = FileManager.default
            for (path, text) in synthetic.files(paragraphs: paragraphs) {
                let url = URL(fileURLWithPath: output).appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try OutputFile.writeAtomically(Array(text.utf8), to: url.path)
            }
            let locales = URL(fileURLWithPath: output).appendingPathComponent("Locales").path
            if !fm.fileExists(atPath: locales) {
                let target = URL(fileURLWithPath: workspace.root).standardizedFileURL.appendingPathComponent("Locales").path
                try fm.createSymbolicLink(atPath: locales, withDestinationPath: target)
            }
            let id = synthetic.documentId(paragraphs: paragraphs)
            try printJSON(["model": "\(output)/Documents/\(id)/note.yaml", "id": id])
        }
    }

    /// Documents per second: every language rendered from models, locales and
    /// templates loaded once (warm), to the bytes of one format. A round renders one
    /// model in every language; rounds alternate between the models given (as a
    /// service's requests would), and every round's bytes are compared with the
    /// reference files (`hexaglot render --lang all` of each model), so that a
    /// cache that changed an output would stop the measurement.
    struct Throughput: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render", abstract: "Render MODEL… in every language over and over; documents per second.")

        @Argument(help: "The document models (rounds alternate between them).") var models: [String]
        @Option(help: "The output format.") var format: DocumentFormat = .text
        @Option(help: "How long to measure, in seconds.") var seconds: Double = 2
        @Option(help: "Measure exactly this many rounds instead (for profilers such as callgrind).") var rounds: Int?
        @Option(help: "The workspace (default: found above the first model).") var root: String?
        @Option(help: "The folder of the expected outputs, <id>.<lang>.<ext> (every round is compared with them).")
        var reference: String

        func run() throws {
            guard let first = models.first else { throw ValidationError("give at least one model") }
            let workspace = try root.map(Workspace.init(root:)) ?? Workspace.containing(first)
            let languages = try workspace.languages()
            // Each model's renderer in each language made once (pack and template loaded and parsed once):
            // the rounds measure rendering and writing.
            typealias Job = (renderer: Renderer, expected: [UInt8], name: String)
            let documents: [[Job]] = try models.map { path in
                let note = try workspace.loadModel(at: path)
                return try languages.map { language in
                    let name = "\(note.id).\(language).\(format.fileExtension)"
                    let expected = try Array(Workspace.readInput(URL(fileURLWithPath: reference).appendingPathComponent(name).path))
                    return (try Renderer(model: note, language: language, workspace: workspace), expected, name)
                }
            }
            var round = 0
            func renderRound() throws {
                for job in documents[round % documents.count] {
                    let bytes = try format.writer.write(try job.renderer.render())
                    guard bytes == job.expected else {
                        throw ValidationError("round \(round): \(job.name) differs from the reference in \(reference)")
                    }
                }
                round += 1
            }
            for _ in documents { try renderRound() }  // warm: ICU objects and the packs' memo filled
            round = 0
            let run = try measure(seconds: rounds == nil ? seconds : .infinity, rounds: rounds, atLeast: documents.count, renderRound)
            let rendered = Double(run.rounds * languages.count)
            try printJSON(["documents": run.rounds * languages.count, "seconds": run.wall, "cpu_seconds": run.cpu,
                           "documents_per_second": rendered / run.wall, "documents_per_cpu_second": rendered / run.cpu])
        }
    }

    /// Operations per second of the ICU-bound calls the renderer makes, through
    /// HexaglotICU's public API, on the operations Benchmarks/run writes (micro.tsv).
    struct ICUOps: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "icu", abstract: "ICU-bound operations per second (daterange, list, number, spellout, collation).")

        @Argument(help: "The operations, one per line: op<TAB>language<TAB>ICU locale<TAB>arguments… (written by Benchmarks/run).") var input: String
        @Option(help: "How long to measure each operation, in seconds.") var seconds: Double = 1
        @Flag(help: "Print each operation's output, one line each in the input's order (collation: the sorted items, tab-separated), instead of timing.")
        var outputs = false

        func run() throws {
            let lines = try Workspace.readText(input).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
                .filter { $0.count >= 4 && !$0[0].hasPrefix("#") }
            if outputs {
                for fields in lines { print(try Self.operation(fields[0], locale: fields[2], Array(fields.dropFirst(3))).text()) }
                return
            }
            var operations: [String: [() throws -> Int]] = [:]
            var order: [String] = []
            for fields in lines {  // op, language, ICU locale, arguments
                let (op, locale, args) = (fields[0], fields[2], Array(fields.dropFirst(3)))
                if operations[op] == nil { order.append(op) }
                operations[op, default: []].append(try Self.operation(op, locale: locale, args).timed)
            }
            var result: [String: Any] = [:]
            for op in order {
                let calls = operations[op]!
                var sink = 0
                for call in calls { sink &+= try call() }  // warm
                let run = try measure(seconds: seconds) { for call in calls { sink &+= try call() } }
                result[op] = ["per_second": Double(run.rounds * calls.count) / run.wall,
                              "per_cpu_second": Double(run.rounds * calls.count) / run.cpu]
                if sink == -1 { print("") }  // keeps the results alive
            }
            try printJSON(result)
        }

        /// One call through the public API for many values in one style: the value-type style resolved
        /// once (``ResolvedNumberFormat`` and the like: its cached ICU object), then a call per value, the
        /// output as a String; the C floor and the PyICU peer likewise open their ICU objects once. `timed`
        /// returns a size (kept alive by the caller); `text` the output (a sort: the sorted items,
        /// tab-separated), which Benchmarks/run compares with the C floor's.
        static func operation(_ op: String, locale: String, _ args: [String]) throws
            -> (timed: () throws -> Int, text: () throws -> String) {
            func formatting(_ format: @escaping () throws -> String) -> (timed: () throws -> Int, text: () throws -> String) {
                ({ try format().utf8.count }, format)
            }
            switch op {
            case "daterange":
                guard args.count == 3, let from = CivilDate(iso: args[1]), let to = CivilDate(iso: args[2]) else { break }
                let range = try DateIntervalFormat(skeleton: args[0], locale: locale).resolved()
                return formatting { try range.format(from: from, to: to) }
            case "list":
                let list = try ListFormat(locale: locale).resolved()
                return formatting { try list.format(args) }
            case "number":
                guard args.count == 1, let n = Int(args[0]) else { break }
                let number = try NumberFormat(locale: locale).resolved()
                return formatting { try number.format(n) }
            case "spellout":
                guard args.count == 2, let n = Int(args[1]) else { break }
                let spellOut = try SpellOutFormat(locale: locale, ruleSet: args[0]).resolved()
                return formatting { try spellOut.format(n) }
            case "collation":
                let collation = try Collation(locale: locale).resolved()
                return ({ try collation.sorted(args).count }, { try collation.sorted(args).joined(separator: "\t") })
            default: break
            }
            throw ValidationError("cannot read the operation '\(op)' with arguments \(args)")
        }
    }

    /// One `render --lang all` or one `check`, in process, timed (best of
    /// --repeat, and each run) without process start-up, with the peak resident memory.
    struct Once: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "once",
            abstract: "Time one render (every language) or one check in process; seconds and peak memory.",
            discussion: "Arguments after -- go to `hexaglot render` or `hexaglot check` as given.")

        enum Task: String, CaseIterable, ExpressibleByArgument { case render, check }

        @Option(help: "What to time.") var task: Task
        @Option(help: "How many times to run it; the best time is kept.") var `repeat`: Int = 1
        @Argument(parsing: .postTerminator, help: "The render or check arguments.") var arguments: [String] = []

        func run() async throws {
            var walls: [Double] = [], cpus: [Double] = []
            var findings = false
            for _ in 0..<max(1, `repeat`) {
                let start = ContinuousClock.now
                let cpuStart = cpuSeconds()
                do {
                    try await HexaglotCommand.run([task.rawValue] + arguments)
                } catch let code as ArgumentParser.ExitCode where code.rawValue == HexaglotTree.ExitCode.findings {
                    findings = true
                }
                walls.append(elapsedSeconds(since: start))
                cpus.append(cpuSeconds() - cpuStart)
            }
            try printJSON(["seconds": walls.min()!, "cpu_seconds": cpus.min()!, "seconds_each": walls, "cpu_seconds_each": cpus,
                           "peak_mib": peakMiB(), "findings": findings])
        }
    }
}

/// Checks per CPU second, warm: the workspace's locales read once and the files held in memory, as
/// `POST /check` has them, so a round is what the service spends on a request but parsing the form.
/// Every round's report (JSON, as the service answers) is compared with the first round's.
extension BenchCommand {
    struct WarmCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Check FILE… over and over, warm; CPU milliseconds per check.")

        @Argument(help: "The versions to compare, as `hexaglot check` takes them.") var files: [String]
        @Option(help: "How many rounds to measure.") var rounds: Int = 50
        @Option(help: "The workspace whose Locales/ the check reads (default: found above the first file).") var root: String?

        func run() throws {
            guard let first = files.first else { throw ValidationError("give the files to check") }
            let workspace = try root.map(Workspace.init(root:)) ?? Workspace.containing(first)
            let locales = CheckSession.Locales(workspace: workspace)
            let inputs = try files.map { CheckSession.Input(name: $0, source: .bytes([UInt8](try Workspace.readInput($0)))) }
            let session = CheckSession(inputs: inputs, locales: locales)
            let expected = try ReportFormat.json.reporter.render(try session.run())  // warm: ICU objects and memos filled
            let run = try measure(seconds: .infinity, rounds: max(1, rounds)) {
                guard try ReportFormat.json.reporter.render(try session.run()) == expected else {
                    throw ValidationError("a round's report differs from the first round's")
                }
            }
            try printJSON(["rounds": run.rounds, "seconds": run.wall, "cpu_seconds": run.cpu,
                           "cpu_ms_per_check": 1000 * run.cpu / Double(run.rounds), "ms_per_check": 1000 * run.wall / Double(run.rounds)])
        }
    }
}

// MARK: Measuring

/// Runs `body` until `seconds` have passed or `limit` rounds are run (at least `minimum`): the rounds run,
/// the wall time and the CPU time they took (CPU time is steadier on a shared machine).
private func measure(seconds: Double, rounds limit: Int? = nil, atLeast minimum: Int = 1,
                     _ body: () throws -> Void) throws -> (rounds: Int, wall: Double, cpu: Double) {
    let start = ContinuousClock.now
    let cpuStart = cpuSeconds()
    var rounds = 0
    repeat {
        try body()
        rounds += 1
    } while rounds < minimum || (rounds < (limit ?? .max) && elapsedSeconds(since: start) < seconds)
    return (rounds, elapsedSeconds(since: start), cpuSeconds() - cpuStart)
}

private func elapsedSeconds(since start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// The process's peak resident set size, in MiB (getrusage; Linux counts KiB).
private func peakMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// User and system CPU time of this process so far.
private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

private func printJSON(_ object: [String: Any]) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    FileHandle.standardOutput.write(data + Data("\n".utf8))
}
