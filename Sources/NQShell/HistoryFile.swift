import Foundation
import NQSupport
#if canImport(Glibc)
import Glibc
#endif

/// The history file, shared by every nq running as this user: each entry is appended as it is
/// accepted, under a lock (flock), so two shells at once both keep theirs and a killed terminal loses
/// nothing. The file stays in libedit's format (the `_HiStOrY_V2_` line, then one entry a line with
/// white space, backslashes and control characters as `\ooo`), so `H_LOAD` reads it.
struct HistoryFile {
    let path: String
    /// Entries kept when the file is trimmed (at start-up, when it holds twice as many).
    var keep = 1000
    static let cookie = "_HiStOrY_V2_"

    /// An entry as a line of the file: white space, backslashes and control bytes as `\ooo`
    /// (strunvis reads them back), every other byte as it is (UTF-8 stays UTF-8).
    static func encode(_ entry: String) -> String {
        var bytes: [UInt8] = []
        for b in entry.utf8 {
            if b <= 0x20 || b == 0x5C || b == 0x7F {
                bytes += [0x5C, 0x30 + (b >> 6), 0x30 + ((b >> 3) & 7), 0x30 + (b & 7)]
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Runs `body` with the file open for appending and locked; false when it cannot be opened.
    private func locked(_ flags: Int32, _ body: (Int32) -> Bool) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fd = Glibc.open(path, flags | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { return false }
        defer { flock(fd, LOCK_UN) }
        return body(fd)
    }

    /// Appends one entry (with the first line when the file is new). False when it cannot be written.
    func append(_ entry: String) -> Bool {
        locked(O_WRONLY | O_APPEND) { fd in
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
            let text = (info.st_size == 0 ? Self.cookie + "\n" : "") + Self.encode(entry) + "\n"
            return text.utf8CString.withUnsafeBufferPointer { p in
                write(fd, p.baseAddress!, p.count - 1) == p.count - 1
            }
        }
    }

    /// Keeps the newest `keep` entries when the file holds more than twice as many (under the lock,
    /// written to a temporary file and renamed over it).
    func trim() {
        _ = locked(O_RDONLY) { _ in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            guard lines.first == Substring(Self.cookie), lines.count - 1 > 2 * keep else { return true }
            lines = [lines[0]] + lines.suffix(keep)
            return (try? FileWriting.write(lines.joined(separator: "\n") + "\n", to: path, mode: 0o600)) != nil
        }
    }
}
