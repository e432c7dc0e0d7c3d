import CLibFuzzer
import Foundation
import HexaglotTesting

/// One libFuzzer input through one entry point: a non-Hexaglot error, or a
/// Hexaglot error without the input's file, a location or a single line, is a crash.
public func fuzzOne(_ target: FuzzEntryPoints.Target, _ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        if let error = try FuzzEntryPoints.run(target, bytes), let problem = FuzzEntryPoints.problem(with: error, target: target) {
            fatalError("\(target.rawValue): \(problem)")
        }
    } catch {
        fatalError("\(target.rawValue): not a HexaglotError: \(error)")
    }
    return 0
}

/// Hands the process to libFuzzer's driver (with the command line's flags) and exits with its status.
public func runLibFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
}
