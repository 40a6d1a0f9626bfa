import Foundation
import NQSupport
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#else
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads one file of text into raw documents, choosing the format by the file's extension (`.csv`,
/// `.tsv`, `.jsonl`/`.ndjson`, `.json`, anything else as plain text). Web pages, gzip and WARC files are
/// read by NQWeb (`ArticleFiles`), which hands text formats to this reader.
public enum DocumentReader {
    public enum Format: String, Sendable, CaseIterable {
        case text, csv, tsv, jsonLines, json
    }

    /// Extensions read when a folder is loaded; other files in a folder (README.md, images) are passed
    /// over. `.gz` files count when the name inside is one of these (`pages.warc.gz`, `a.html.gz`).
    public static let folderExtensions: Set<String> = ["txt", "text", "csv", "tsv", "jsonl", "ndjson", "json", "html",
                                                       "htm", "xhtml", "warc"]

    /// Whether a file of that name is loaded from a folder.
    public static func isArticleFile(_ name: String) -> Bool {
        var ext = (name as NSString).pathExtension.lowercased()
        if ext == "gz" { ext = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        return folderExtensions.contains(ext)
    }

    public static func format(of path: String) -> Format {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv": return .tsv
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .json
        default: return .text
        }
    }

    /// The largest file nq reads (a file is held whole while it is read).
    public static let maxFileBytes = 1 << 30
    /// The largest article (one record of a CSV or JSON lines file, or one file of text): its text
    /// is analysed whole, and offsets into it are 32-bit.
    public static let maxRecordBytes = 64 << 20

    /// Reads `path`. `category` is the sub-folder name the file was found in, if any. Many problems in
    /// one file (bad rows) are summed up in one: how many, and the first.
    public static func read(path: String, category: String? = nil, isCancelled: @Sendable () -> Bool = { false }) -> ReadResult {
        let bytes: [UInt8]
        do {
            bytes = try readBytes(path, isCancelled: isCancelled)
        } catch {
            return ReadResult(problems: [LoadProblem(path: path, reason: error.reason)])
        }
        return finish(read(bytes: bytes, path: path, category: category), path: path, bytes: bytes)
    }

    /// A file's reading made final: articles over the size limit left out, many skipped records summed up
    /// in one problem, and the fingerprint of the file's bytes.
    public static func finish(_ read: ReadResult, path: String, bytes: [UInt8]) -> ReadResult {
        var fingerprint = Checksum()
        fingerprint.add(bytes)
        return finish(read, path: path, fingerprint: fingerprint.value)
    }

    public static func finish(_ read: ReadResult, path: String, fingerprint: UInt64) -> ReadResult {
        var result = read
        result.documents.removeAll { doc in
            let size = doc.blocks.reduce(0) { $0 + $1.text.utf8.count } + (doc.title?.utf8.count ?? 0)
            guard size > maxRecordBytes else { return false }
            result.problems.append(LoadProblem(path: doc.path, reason: "an article of \(size >> 20) MiB, over nq's limit of \(maxRecordBytes >> 20) MiB for one article"))
            return true
        }
        result.fingerprint = fingerprint
        let skipped = result.problems.filter { $0.kind == .skipped }
        if skipped.count > 1 {
            let first = skipped[0]
            let summary = LoadProblem(path: path, reason: "\(skipped.count) records skipped; the first, \(first.path): \(first.reason)")
            result.problems = [summary] + result.problems.filter { $0.kind != .skipped }
        }
        return result
    }

    public static func read(bytes: [UInt8], path: String, category: String? = nil) -> ReadResult {
        if bytes.allSatisfy({ $0.isASCIIWhitespace }) {
            return ReadResult(problems: [LoadProblem(path: path, reason: "empty file")])
        }
        if bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) {
            return ReadResult(problems: [LoadProblem(path: path, reason: "an SQLite database (if it is an nq store, load it by its name)")])
        }
        let text: String
        let repaired: Int
        do {
            (text, repaired) = try TextDecoding.decodeCounting(bytes)
        } catch {
            return ReadResult(problems: [LoadProblem(path: path, reason: "binary data, not text")])
        }
        var result: ReadResult
        switch format(of: path) {
        case .text: result = PlainTextReader.read(text, path: path, category: category)
        case .csv: result = CSVReader.read(text, path: path, category: category)
        case .tsv: result = CSVReader.read(text, path: path, category: category, separator: 0x09)
        case .jsonLines: result = JSONLinesReader.read(text, path: path, category: category)
        case .json: result = JSONLinesReader.readDocument(text, path: path, category: category)
        }
        if repaired > 0 {
            result.problems.append(LoadProblem(path: path, reason: "\(repaired) byte\(repaired == 1 ? " was" : "s were") not valid UTF-8 and read as Latin-1",
                                               kind: .repaired))
        }
        return result
    }

    public struct ReadFailure: Error {
        public var reason: String
        public init(reason: String) { self.reason = reason }
    }

    /// A regular file's bytes (up to `maxFileBytes`); a FIFO, device or socket is refused, not waited on.
    public static func readBytes(_ path: String, isCancelled: @Sendable () -> Bool = { false }) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadFailure(reason: "no such file")
        }
        if isDirectory.boolValue { throw ReadFailure(reason: "is a folder") }
        // Not blocking: opening a FIFO would wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw ReadFailure(reason: "cannot be read (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        // Regular files only: a FIFO, a device (/dev/zero) or a socket would never end, or block.
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadFailure(reason: "cannot be read (\(String(cString: strerror(errno))))") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: throw ReadFailure(reason: "a FIFO (named pipe), not a regular file")
        case S_IFCHR, S_IFBLK: throw ReadFailure(reason: "a device, not a regular file")
        case S_IFSOCK: throw ReadFailure(reason: "a socket, not a regular file")
        default: throw ReadFailure(reason: "not a regular file")
        }
        let size = max(0, Int(info.st_size))
        if size > maxFileBytes {
            throw ReadFailure(reason: "\(size >> 20) MiB, over nq's limit of \(maxFileBytes >> 20) MiB for one file (split it)")
        }
        _ = fcntl(fd, F_SETFL, 0)
        func readChunk(_ capacity: Int) throws -> [UInt8] {
            var failed: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                while count < capacity {
                    let n = systemRead(fd, buffer.baseAddress! + count, capacity - count)
                    if n < 0 { if errno == EINTR { continue }; failed = errno; break }
                    if n == 0 { break }
                    count += n
                }
            }
            if failed != 0 { throw ReadFailure(reason: "cannot be read: \(String(cString: strerror(failed)))") }
            return chunk
        }
        var bytes = try readChunk(size + 1)
        guard bytes.count > size else { return bytes }
        // It grew while being read: more, up to the limit.
        while true {
            if isCancelled() { throw ReadFailure(reason: "interrupted") }
            let more = try readChunk(1 << 20)
            bytes += more
            if bytes.count > maxFileBytes { throw ReadFailure(reason: "grew past nq's limit of \(maxFileBytes >> 20) MiB for one file") }
            if more.count < 1 << 20 { return bytes }
        }
    }
}

extension Error {
    public var reason: String { (self as? DocumentReader.ReadFailure)?.reason ?? "\(self)" }
}
