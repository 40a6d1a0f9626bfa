import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#else
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads one file into raw documents, choosing the format by the file's extension (`.csv`, `.tsv`,
/// `.jsonl`/`.ndjson`, `.json`, `.html`/`.htm`, anything else as plain text).
public enum DocumentReader {
    public enum Format: String, Sendable, CaseIterable {
        case text, csv, tsv, jsonLines, json, html
    }

    /// Extensions read when a folder is loaded; other files in a folder (README.md, images) are passed over.
    public static let folderExtensions: Set<String> = ["txt", "text", "csv", "tsv", "jsonl", "ndjson", "json", "html", "htm"]

    public static func format(of path: String) -> Format {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv": return .tsv
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .json
        case "html", "htm", "xhtml": return .html
        default: return .text
        }
    }

    /// Reads `path`. `category` is the sub-folder name the file was found in, if any.
    public static func read(path: String, category: String? = nil) -> ReadResult {
        let bytes: [UInt8]
        do {
            bytes = try readBytes(path)
        } catch {
            return ReadResult(problems: [LoadProblem(path: path, reason: error.reason)])
        }
        return read(bytes: bytes, path: path, category: category)
    }

    public static func read(bytes: [UInt8], path: String, category: String? = nil) -> ReadResult {
        if bytes.allSatisfy({ $0.isASCIIWhitespace }) {
            return ReadResult(problems: [LoadProblem(path: path, reason: "empty file")])
        }
        if bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) {
            return ReadResult(problems: [LoadProblem(path: path, reason: "an SQLite database (if it is an nq store, load it by its name)")])
        }
        let text: String
        do {
            text = try TextDecoding.decode(bytes)
        } catch {
            return ReadResult(problems: [LoadProblem(path: path, reason: "binary data, not text")])
        }
        switch format(of: path) {
        case .text: return PlainTextReader.read(text, path: path, category: category)
        case .csv: return CSVReader.read(text, path: path, category: category)
        case .tsv: return CSVReader.read(text, path: path, category: category, separator: 0x09)
        case .jsonLines: return JSONLinesReader.read(text, path: path, category: category)
        case .json: return JSONLinesReader.readDocument(text, path: path, category: category)
        case .html: return HTMLReader.read(text, path: path, category: category)
        }
    }

    struct ReadFailure: Error {
        var reason: String
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadFailure(reason: "no such file")
        }
        if isDirectory.boolValue { throw ReadFailure(reason: "is a folder") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadFailure(reason: "cannot be read (permission denied?)") }
        defer { close(fd) }
        // Straight into the array: read(2) up to the file's size and one byte more; more if it grew.
        var info = stat()
        let size = fstat(fd, &info) == 0 ? max(0, Int(info.st_size)) : 0
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
        while true {
            let more = try readChunk(1 << 20)
            bytes += more
            if more.count < 1 << 20 { return bytes }
        }
    }
}

extension Error {
    var reason: String { (self as? DocumentReader.ReadFailure)?.reason ?? "\(self)" }
}
