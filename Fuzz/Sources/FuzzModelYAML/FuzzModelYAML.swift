import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(.modelYAML, data, size)
}

@main
enum FuzzModelYAML {
    static func main() { runLibFuzzer(fuzzTestOneInput) }
}
