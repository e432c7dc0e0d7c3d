import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(.html, data, size)
}

@main
enum FuzzHTML {
    static func main() { runLibFuzzer(fuzzTestOneInput) }
}
