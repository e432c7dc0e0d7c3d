import ArgumentParser
import Foundation
import HexaglotICU
import HexaglotModel
import HexaglotRender
import HexaglotTree
import HexaglotWriters
#if canImport(Glibc)
import Glibc
#endif

/// `hexaglot bench`: the Hexaglot side of `Benchmarks/run`. Each subcommand
/// prints one JSON object on standard output.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure rendering, ICU calls and checking (used by Benchmarks/run; prints JSON).",
        discussion: """
            Each subcommand prints one JSON object on standard output. Measure release builds:
              hexaglot bench synth MODEL --paragraphs N -o DIR     a note of N paragraphs in a new workspace
              hexaglot bench render MODEL [--format F] [--seconds S | --rounds N]   documents per second, warm
              hexaglot bench icu OPERATIONS.tsv [--seconds S]      ICU-bound calls per second (Benchmarks/run writes the file)
              hexaglot bench once --task render|check [--repeat N] -- ARGS…   one render or check in process: seconds, peak MiB
            """,
        subcommands: [Synth.self, Throughput.self, ICUOps.self, Once.self]
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
    /// templates loaded once (warm), to the bytes of one format.
    struct Throughput: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render", abstract: "Render MODEL in every language over and over; documents per second.")

        @Argument(help: "The document model.") var model: String
        @Option(help: "The output format.") var format: DocumentFormat = .text
        @Option(help: "How long to measure, in seconds.") var seconds: Double = 2
        @Option(help: "Measure exactly this many rounds instead (for profilers such as callgrind).") var rounds: Int?
        @Option(help: "The workspace (default: found above the model).") var root: String?

        func run() throws {
            let workspace = try root.map(Workspace.init(root:)) ?? Workspace.containing(model)
            let note = try workspace.loadModel(at: model)
            // Each language's pack and template loaded once: the rounds measure rendering and writing.
            let renderers = try workspace.languages().map { try Renderer(model: note, language: $0, workspace: workspace) }
            var bytes = 0
            func renderAll() throws {
                for renderer in renderers { bytes &+= try format.writer.write(try renderer.render()).count }
            }
            try renderAll()  // warm: ICU objects cached
            let run = try measure(seconds: rounds == nil ? seconds : .infinity, rounds: rounds, renderAll)
            let documents = Double(run.rounds * renderers.count)
            try printJSON(["documents": run.rounds * renderers.count, "seconds": run.wall, "cpu_seconds": run.cpu,
                           "documents_per_second": documents / run.wall, "documents_per_cpu_second": documents / run.cpu,
                           "bytes": bytes])
        }
    }

    /// Operations per second of the ICU-bound calls the renderer makes, through
    /// HexaglotICU's public API, on the operations Benchmarks/run writes (micro.tsv).
    struct ICUOps: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "icu", abstract: "ICU-bound operations per second (daterange, list, number, spellout, collation).")

        @Argument(help: "The operations, one per line: op<TAB>language<TAB>ICU locale<TAB>arguments… (written by Benchmarks/run).") var input: String
        @Option(help: "How long to measure each operation, in seconds.") var seconds: Double = 1

        func run() throws {
            let lines = try Workspace.readText(input).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
                .filter { $0.count >= 4 && !$0[0].hasPrefix("#") }
            var operations: [String: [() throws -> Int]] = [:]
            var order: [String] = []
            for fields in lines {  // op, language, ICU locale, arguments
                let (op, locale, args) = (fields[0], fields[2], Array(fields.dropFirst(3)))
                if operations[op] == nil { order.append(op) }
                operations[op, default: []].append(try Self.operation(op, locale: locale, args))
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

        /// One call as the renderer makes it: a value-type style, its cached ICU object, the output as a String.
        static func operation(_ op: String, locale: String, _ args: [String]) throws -> () throws -> Int {
            switch op {
            case "daterange":
                guard args.count == 3, let from = CivilDate(iso: args[1]), let to = CivilDate(iso: args[2]) else { break }
                let skeleton = args[0]
                return { try DateIntervalFormat(skeleton: skeleton, locale: locale).format(from: from, to: to).utf8.count }
            case "list":
                return { try ListFormat(locale: locale).format(args).utf8.count }
            case "number":
                guard args.count == 1, let n = Int(args[0]) else { break }
                return { try NumberFormat(locale: locale).format(n).utf8.count }
            case "spellout":
                guard args.count == 2, let n = Int(args[1]) else { break }
                let ruleSet = args[0]
                return { try SpellOutFormat(locale: locale, ruleSet: ruleSet).format(n).utf8.count }
            case "collation":
                return { try Collation(locale: locale).sorted(args).count }
            default: break
            }
            throw ValidationError("cannot read the operation '\(op)' with arguments \(args)")
        }
    }

    /// One `render --lang all` or one `check`, in process, timed (best of
    /// --repeat) without process start-up, with the peak resident memory.
    struct Once: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "once",
            abstract: "Time one render (every language) or one check in process; seconds and peak memory.",
            discussion: "Arguments after -- go to `hexaglot render` or `hexaglot check` as given.")

        enum Task: String, CaseIterable, ExpressibleByArgument { case render, check }

        @Option(help: "What to time.") var task: Task
        @Option(help: "How many times to run it; the best time is kept.") var `repeat`: Int = 1
        @Argument(parsing: .postTerminator, help: "The render or check arguments.") var arguments: [String] = []

        func run() throws {
            var best = Double.infinity, bestCPU = Double.infinity
            var findings = false
            for _ in 0..<max(1, `repeat`) {
                let start = ContinuousClock.now
                let cpuStart = cpuSeconds()
                do {
                    if task == .render {
                        let command = try RenderCommand.parse(arguments)
                        try command.run()
                    } else {
                        let command = try CheckCommand.parse(arguments)
                        try command.run()
                    }
                } catch let code as ArgumentParser.ExitCode where code.rawValue == HexaglotTree.ExitCode.findings {
                    findings = true
                }
                best = min(best, elapsedSeconds(since: start))
                bestCPU = min(bestCPU, cpuSeconds() - cpuStart)
            }
            try printJSON(["seconds": best, "cpu_seconds": bestCPU, "peak_mib": peakMiB(), "findings": findings])
        }
    }
}

// MARK: Measuring

/// Runs `body` until `seconds` have passed or `limit` rounds are run (at least once): the rounds run, the
/// wall time and the CPU time they took (CPU time is steadier on a shared machine).
private func measure(seconds: Double, rounds limit: Int? = nil, _ body: () throws -> Void) throws -> (rounds: Int, wall: Double, cpu: Double) {
    let start = ContinuousClock.now
    let cpuStart = cpuSeconds()
    var rounds = 0
    repeat {
        try body()
        rounds += 1
    } while rounds < (limit ?? .max) && elapsedSeconds(since: start) < seconds
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
