// swift-tools-version:6.0
// Hexaglot: one language-neutral model of a UN document, rendered in the six
// official languages through the system ICU, and checked across versions.
import PackageDescription

let package = Package(
    name: "Hexaglot",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hexaglot", targets: ["HexaglotMain"]),
        .library(name: "Hexaglot", targets: ["HexaglotRender", "HexaglotWriters", "HexaglotReaders", "HexaglotCheck"]),
        // Not shipped: what fuzzing and benchmarks run. A product only because Fuzz/ is a
        // package of its own that depends on this one.
        .library(name: "HexaglotTesting", targets: ["HexaglotTesting"]),
        .executable(name: "hexaglot-bench", targets: ["HexaglotBench"]),
    ],
    // Every dependency pinned to one exact version here: Package.resolved cannot be
    // committed on these machines (their package copies' commit ids are not upstream's),
    // so Package.swift alone says what every build resolves to.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // NIOCore's ByteBuffer is the server's body type; the version Hummingbird resolves to.
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        // The multipart/form-data parser of POST /check (maintained, on NIO, used by Vapor).
        .package(url: "https://github.com/vapor/multipart-kit", exact: "4.7.1"),
    ],
    targets: [
        // C shim over the system ICU: stable, unversioned names for the
        // version-suffixed ICU C API (ucol_open_72 …). Swift calls only these.
        .target(
            name: "CICUShim",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // The one Swift layer over ICU: value-type styles, cached ICU objects.
        .target(name: "HexaglotICU", dependencies: ["CICUShim", "HexaglotTree"]),
        // The document tree (AST), source locations, the error type and the calendar day.
        .target(name: "HexaglotTree"),
        // The language-neutral document model, locales and templates, as data.
        // YAMLAliasCheck imports CYaml, Yams' libyaml target, which comes with the Yams product
        // but is not a product of its own (so it cannot be listed here): it scans a file's tokens
        // for aliases before Yams composes it, because Yams' public API only composes, and an
        // alias-built key ("billion laughs") costs exponential time to hash while composing.
        // Yams is pinned exactly above, so that target's API cannot move under it.
        .target(
            name: "HexaglotModel",
            dependencies: ["HexaglotTree", .product(name: "Yams", package: "Yams")]
        ),
        // Model + locale + templates → document tree.
        .target(name: "HexaglotRender", dependencies: ["HexaglotModel", "HexaglotTree", "HexaglotICU"]),
        // Document tree → text, Markdown, HTML, DOCX.
        .target(
            name: "HexaglotWriters",
            dependencies: ["HexaglotTree", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Text, Markdown, HTML, DOCX → document tree (the renderer's), with source locations.
        // ICU reads numbers spelled in labels ("第一百一十条", "الفصل الرابع", "Article premier").
        .target(
            name: "HexaglotReaders",
            dependencies: ["HexaglotTree", "HexaglotICU", "HexaglotModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Parallel versions → findings, one rule per file → reports.
        // The HTML report renders inline content with the HTML writer's renderer.
        .target(name: "HexaglotCheck", dependencies: ["HexaglotTree", "HexaglotICU", "HexaglotModel", "HexaglotReaders", "HexaglotWriters"]),
        // Translators' formats: XLIFF out of and back into templates, TMX from aligned versions.
        .target(name: "HexaglotInterchange", dependencies: ["HexaglotModel", "HexaglotRender", "HexaglotReaders", "HexaglotCheck", "HexaglotTree"]),
        // `hexaglot import`: official versions in, one model and a template per language out.
        .target(name: "HexaglotImport", dependencies: ["HexaglotCheck", "HexaglotRender", "HexaglotModel", "HexaglotTree", "HexaglotICU"]),
        // HTTP API and side-by-side review page over the same library (Hummingbird 2).
        .target(
            name: "HexaglotServer",
            dependencies: [
                "HexaglotRender", "HexaglotWriters", "HexaglotModel", "HexaglotCheck", "HexaglotTree", "HexaglotICU",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ]
        ),
        // The `hexaglot` command: its arguments mapped onto the library's entry points.
        .target(
            name: "HexaglotCLI",
            dependencies: [
                "HexaglotRender", "HexaglotWriters", "HexaglotModel", "HexaglotReaders", "HexaglotCheck", "HexaglotServer",
                "HexaglotImport", "HexaglotTree", "HexaglotInterchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The `hexaglot` executable: runs HexaglotCLI's command.
        .executableTarget(name: "HexaglotMain", dependencies: ["HexaglotCLI"]),
        // Fuzz entry points (bytes → each reader and parser, as the CLI runs them) and synthetic
        // notes of any length: for Fuzz/, the tests and the benchmarks; no shipped product holds it.
        .target(name: "HexaglotTesting", dependencies: ["HexaglotTree", "HexaglotModel", "HexaglotReaders", "HexaglotCheck"]),
        // `hexaglot-bench`, the Hexaglot side of Benchmarks/run: synthetic notes, warm render
        // throughput, ICU calls per second, one render or check timed in process.
        .executableTarget(
            name: "HexaglotBench",
            dependencies: [
                "HexaglotCLI", "HexaglotCheck", "HexaglotTesting", "HexaglotRender", "HexaglotWriters", "HexaglotModel", "HexaglotTree", "HexaglotICU",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the repository and scratch copies of its data, renderings
        // of the note, goldens, an XML tree, a DOCX unzipped, running the `hexaglot` executable
        // with both pipes read at once. No product holds it.
        .target(
            name: "HexaglotTestSupport",
            dependencies: [
                "HexaglotTree", "HexaglotModel", "HexaglotRender", "HexaglotWriters",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Tests/HexaglotTestSupport"
        ),
        // One test target per module, named for it; a test that runs the `hexaglot` executable
        // depends on HexaglotMain so that it is built.
        .testTarget(name: "HexaglotICUTests", dependencies: ["HexaglotICU", "HexaglotTree"]),
        .testTarget(name: "HexaglotTreeTests", dependencies: ["HexaglotTree", "HexaglotTestSupport"]),
        .testTarget(name: "HexaglotModelTests", dependencies: ["HexaglotModel", "HexaglotTestSupport"]),
        .testTarget(
            name: "HexaglotRenderTests",
            dependencies: [
                "HexaglotRender", "HexaglotModel", "HexaglotTree", "HexaglotICU", "HexaglotWriters",
                "HexaglotTestSupport", "HexaglotMain",
            ]
        ),
        .testTarget(name: "HexaglotWritersTests", dependencies: ["HexaglotWriters", "HexaglotTree", "HexaglotTestSupport"]),
        .testTarget(
            name: "HexaglotReadersTests",
            dependencies: [
                "HexaglotReaders", "HexaglotTree", "HexaglotModel", "HexaglotWriters", "HexaglotCheck",
                "HexaglotTestSupport", "HexaglotMain", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "HexaglotCheckTests",
            dependencies: [
                "HexaglotCheck", "HexaglotReaders", "HexaglotTree", "HexaglotModel", "HexaglotICU", "HexaglotRender",
                "HexaglotWriters", "HexaglotTestSupport", "HexaglotMain",
            ]
        ),
        .testTarget(
            name: "HexaglotImportTests",
            dependencies: [
                "HexaglotImport", "HexaglotCheck", "HexaglotReaders", "HexaglotRender", "HexaglotModel",
                "HexaglotTree", "HexaglotICU", "HexaglotWriters", "HexaglotTestSupport", "HexaglotMain",
            ]
        ),
        .testTarget(
            name: "HexaglotInterchangeTests",
            dependencies: [
                "HexaglotInterchange", "HexaglotCheck", "HexaglotReaders", "HexaglotModel", "HexaglotTree",
                "HexaglotWriters", "HexaglotTestSupport", "HexaglotMain",
            ]
        ),
        .testTarget(
            name: "HexaglotServerTests",
            dependencies: [
                "HexaglotServer", "HexaglotCheck", "HexaglotWriters", "HexaglotTree", "HexaglotModel", "HexaglotRender", "HexaglotMain",
                "HexaglotTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // End to end: the `hexaglot` command, hostile inputs and fuzz seeds, determinism, README; it also holds
        // the fixtures and goldens the other test targets read (Tests/HexaglotTests/Fixtures, Goldens).
        .testTarget(
            name: "HexaglotTests",
            dependencies: [
                "HexaglotCheck", "HexaglotReaders", "HexaglotRender", "HexaglotModel", "HexaglotTree",
                "HexaglotWriters", "HexaglotTesting", "HexaglotTestSupport", "HexaglotMain",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures", "Goldens"]
        ),
    ]
)
