import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(.prose, data, size)
}

@main
enum FuzzProse {
    static func main() { runLibFuzzer(fuzzTestOneInput) }
}
