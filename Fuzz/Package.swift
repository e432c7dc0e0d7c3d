// swift-tools-version:6.0
// Fuzz targets for Hexaglot's readers and parsers, one executable each, kept
// out of the root package so `swift build` / `swift test` never compile them.
// Build and run through `Fuzz/run <target> [seconds]` (libFuzzer, ASan).
import Foundation
import PackageDescription

/// SwiftPM names a path dependency by its folder ("main" for /work/main), not by its manifest.
let rootPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

/// Executable target name → `FuzzEntryPoints.Target` raw value.
let fuzzTargets = [
    "FuzzModelYAML", "FuzzTemplateYAML", "FuzzLocaleYAML", "FuzzProse",
    "FuzzText", "FuzzMarkdown", "FuzzHTML", "FuzzDOCX", "FuzzDOCXDocumentXML",
]

let package = Package(
    name: "HexaglotFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        // HexaglotTesting: the fuzz entry points, a product of the root package that no release ships.
        .target(name: "FuzzHarness", dependencies: ["CLibFuzzer", .product(name: "HexaglotTesting", package: rootPackage)]),
    ] + fuzzTargets.map { .executableTarget(name: $0, dependencies: ["FuzzHarness"]) }
)
