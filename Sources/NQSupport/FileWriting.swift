import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole or not at all: a temporary file beside it, renamed over it when complete.
/// Errors say what went wrong in plain words (no Foundation error domains).
public enum FileWriting {
    public struct Failure: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// The temporary file nq writes beside `path` before renaming it over `path`: hidden, and named
    /// for the process, so that nq removes only what it made.
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).nq-tmp-\(getpid())").path
    }

    /// Flushes a file (or a folder's entries) to the disk; false when the disk says it failed.
    @discardableResult
    public static func sync(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        return fsync(fd) == 0 || errno == EINVAL
    }

    public static func write(_ text: String, to path: String, mode: mode_t = 0o644) throws(Failure) {
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw Failure(reason: "it is a folder")
            case S_IFREG, S_IFLNK: break
            default: throw Failure(reason: "it is not a regular file")
            }
        }
        let temporary = temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(reason: reason(errno)) }
        var failure: Int32 = 0
        var copy = text
        copy.withUTF8 { b in
            var done = 0
            while done < b.count {
                let n = Glibc.write(fd, b.baseAddress! + done, b.count - done)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                done += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw Failure(reason: reason(failure))
        }
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "the folder does not exist"
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "the disk is full"
        case EROFS: return "the file system is read-only"
        default: return String(cString: strerror(code))
        }
    }
}
