import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(.docxDocumentXML, data, size)
}

@main
enum FuzzDOCXDocumentXML {
    static func main() { runLibFuzzer(fuzzTestOneInput) }
}
