import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(.text, data, size)
}

@main
enum FuzzText {
    static func main() { runLibFuzzer(fuzzTestOneInput) }
}
