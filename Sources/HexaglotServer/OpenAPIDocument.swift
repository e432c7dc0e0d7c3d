import Foundation
import NIOCore

extension DocumentLibrary {
    /// `Docs/openapi.yaml` of the workspace, served as is at `/openapi.yaml`;
    /// nil when the workspace has none (the route then answers 404).
    func openAPIDocument() throws -> Rendering? {
        let path = workspace.root + "/Docs/openapi.yaml"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        return Rendering(body: ByteBuffer(bytes: bytes), entityTag: EntityTag(of: bytes))
    }
}
