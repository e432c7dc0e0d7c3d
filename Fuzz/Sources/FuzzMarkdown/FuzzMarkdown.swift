import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(.markdown, data, size)
}

@main
enum FuzzMarkdown {
    static func main() { runLibFuzzer(fuzzTestOneInput) }
}
