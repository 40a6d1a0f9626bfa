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

    public static func write(_ text: String, to path: String) throws(Failure) {
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw Failure(reason: "it is a folder")
            case S_IFREG, S_IFLNK: break
            default: throw Failure(reason: "it is not a regular file")
            }
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).nq-tmp-\(getpid())").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
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
