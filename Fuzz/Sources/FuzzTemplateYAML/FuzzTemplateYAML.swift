import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(.templateYAML, data, size)
}

@main
enum FuzzTemplateYAML {
    static func main() { runLibFuzzer(fuzzTestOneInput) }
}
