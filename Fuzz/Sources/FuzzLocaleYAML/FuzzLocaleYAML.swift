import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(.localeYAML, data, size)
}

@main
enum FuzzLocaleYAML {
    static func main() { runLibFuzzer(fuzzTestOneInput) }
}
