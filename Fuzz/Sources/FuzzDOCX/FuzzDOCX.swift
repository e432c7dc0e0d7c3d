import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(.docx, data, size)
}

@main
enum FuzzDOCX {
    static func main() { runLibFuzzer(fuzzTestOneInput) }
}
