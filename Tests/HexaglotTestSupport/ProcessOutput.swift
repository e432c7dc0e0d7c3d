import Dispatch
import Foundation

/// Both pipes of a child process read to their end at once: reading one to its end
/// first blocks for good once the process fills the other (64 KiB on Linux) and waits
/// for it to be read. For the test targets that run the `hexaglot` executable.
public func readConcurrently(_ out: Pipe, _ err: Pipe) -> (stdout: Data, stderr: Data) {
    final class Sink: @unchecked Sendable { var data = Data() }
    let errors = Sink()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        errors.data = err.fileHandleForReading.readDataToEndOfFile()
        done.signal()
    }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    done.wait()
    return (output, errors.data)
}
