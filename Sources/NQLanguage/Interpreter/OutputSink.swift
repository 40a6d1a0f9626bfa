import Foundation
import NQCorpus

/// Where output goes: standard output and error in the shell, a buffer in tests.
public protocol OutputSink: AnyObject, Sendable {
    func write(_ text: String)
}

extension OutputSink {
    /// The warnings of a load, one line each.
    public func warn(_ problems: [LoadProblem]) {
        for problem in problems { write(problem.warning) }
    }
}

/// Writes to a file descriptor (1 or 2), unbuffered by Swift.
public final class FileDescriptorSink: OutputSink {
    let fd: Int32

    public init(fd: Int32) { self.fd = fd }

    public static let standardOutput = FileDescriptorSink(fd: 1)
    public static let standardError = FileDescriptorSink(fd: 2)

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { b in
            var offset = 0
            while offset < b.count {
                let n = Foundation.write(fd, b.baseAddress! + offset, b.count - offset)
                if n <= 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}

/// Collects output in memory.
public final class BufferSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""

    public init() {}

    public func write(_ text: String) {
        lock.lock()
        buffer += text
        lock.unlock()
    }

    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }
}
