#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// glibc's `malloc_trim` (free pages of every arena back to the system), which Swift's Glibc module
/// does not declare: found by name at run time, and nothing where there is none.
public enum MemoryTrim {
    typealias Trim = @convention(c) (Int) -> Int32
    nonisolated(unsafe) static let function: Trim? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    public static func trim() { _ = function?(0) }
}
