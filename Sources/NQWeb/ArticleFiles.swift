import Foundation
import NQCorpus
import NQSupport

/// Reads any file nq loads: `.html`/`.htm` pages, `.warc` crawl archives, any of them (or a text format)
/// gzipped as `NAME.gz`; text formats go to `DocumentReader`.
public enum ArticleFiles {
    /// With `keep`, only the articles whose place (`path#record`) it keeps are read: a shard's part of a
    /// file of many (a WARC's other pages are not parsed).
    public static func read(path: String, category: String? = nil, isCancelled: @escaping @Sendable () -> Bool = { false },
                            keep: (@Sendable (String) -> Bool)? = nil) -> ReadResult {
        var result = readAll(path: path, category: category, isCancelled: isCancelled, keep: keep)
        if let keep {
            result.documents.removeAll { !keep($0.path) }
            result.problems.removeAll { $0.path.contains("#") && !keep($0.path) }
        }
        return result
    }

    static func readAll(path: String, category: String?, isCancelled: @escaping @Sendable () -> Bool,
                        keep: (@Sendable (String) -> Bool)?) -> ReadResult {
        var inner = path
        let gzipped = (path as NSString).pathExtension.lowercased() == "gz"
        if gzipped { inner = (path as NSString).deletingPathExtension }
        let ext = (inner as NSString).pathExtension.lowercased()
        if ext == "warc" { return readWARC(path: path, gzipped: gzipped, category: category, isCancelled: isCancelled, keep: keep) }
        let bytes: [UInt8]
        do {
            bytes = gzipped ? try gunzip(path: path) : try DocumentReader.readBytes(path, isCancelled: isCancelled)
        } catch let failure as StreamFailure {
            return ReadResult(problems: [LoadProblem(path: path, reason: failure.reason)])
        } catch {
            return ReadResult(problems: [LoadProblem(path: path, reason: error.reason)])
        }
        if ext == "html" || ext == "htm" || ext == "xhtml" {
            return DocumentReader.finish(readPage(bytes, path: path, category: category), path: path, bytes: bytes)
        }
        // The format by the name inside (news.jsonl.gz is JSON lines).
        var result = DocumentReader.read(bytes: bytes, path: inner, category: category)
        if gzipped {
            // Documents read from NAME.csv.gz are named by the .gz file.
            for k in result.documents.indices {
                let named = result.documents[k].path
                guard named.hasPrefix(inner), !named.hasPrefix(path) else { continue }
                result.documents[k].path = path + named.dropFirst(inner.count)
            }
            for k in result.problems.indices where result.problems[k].path.hasPrefix(inner) && !result.problems[k].path.hasPrefix(path) {
                result.problems[k].path = path + result.problems[k].path.dropFirst(inner.count)
            }
        }
        return DocumentReader.finish(result, path: path, bytes: bytes)
    }

    /// One page's bytes read.
    public static func readPage(_ bytes: [UInt8], path: String, category: String?, url: String? = nil, date: String? = nil,
                                charset: String? = nil) -> ReadResult {
        if bytes.allSatisfy({ $0.isASCIIWhitespace }) {
            return ReadResult(problems: [LoadProblem(path: path, reason: "empty file")])
        }
        if looksBinary(bytes) {
            return ReadResult(problems: [LoadProblem(path: path, reason: "binary data, not an HTML page")])
        }
        let reading = WebPage.read(bytes, path: path, category: category, url: url, date: date, charset: charset)
        var result = ReadResult()
        if let document = reading.document { result.documents.append(document) }
        if let problem = reading.problem { result.problems.append(LoadProblem(path: path, reason: problem)) }
        if reading.onlyDescription {
            result.problems.append(LoadProblem(path: path, reason: "the article's text is not in the page (a script shows it?): its description is read as its text",
                                               kind: .repaired))
        }
        if reading.truncated {
            result.problems.append(LoadProblem(path: path, reason: "markup nested more than 256 elements deep; the text deeper in was not read",
                                               kind: .repaired))
        }
        if reading.repaired > 0 {
            result.problems.append(LoadProblem(path: path, reason: "\(reading.repaired) byte\(reading.repaired == 1 ? " was" : "s were") not valid UTF-8 and read as Windows-1252",
                                               kind: .repaired))
        }
        return result
    }

    /// Binary data: a NUL byte, or many control bytes, in the first 8 KiB (UTF-16 pages have a byte-order mark).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        let head = bytes.prefix(8192)
        if head.contains(0) { return true }
        let controls = head.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }.count
        return controls * 20 > head.count
    }

    /// A whole gzip file decompressed (up to nq's limit for one file).
    static func gunzip(path: String) throws(StreamFailure) -> [UInt8] {
        let gz = try GzipStream(try FileStream(path: path))
        var out: [UInt8] = []
        while let chunk = try gz.next() {
            out += chunk
            if out.count > DocumentReader.maxFileBytes {
                throw StreamFailure(reason: "over \(DocumentReader.maxFileBytes >> 20) MiB when decompressed, nq's limit for one file")
            }
        }
        return out
    }

    /// The pages of a crawl archive, read as a stream and cleaned a batch at a time on all cores.
    static func readWARC(path: String, gzipped: Bool, category: String?, isCancelled: @escaping @Sendable () -> Bool,
                         keep: (@Sendable (String) -> Bool)? = nil) -> ReadResult {
        let file: FileStream
        do { file = try FileStream(path: path) } catch {
            return ReadResult(problems: [LoadProblem(path: path, reason: error.reason)])
        }
        var result = ReadResult()
        var counts = WARCCounts()
        var firstProblem: String?
        var stopped: String?
        func run<S: ByteStream>(_ source: S) {
            var warc = WARCReader(source)
            var batch: [WARCPage] = []
            func flush() {
                let pages = batch
                batch.removeAll()
                let reads = ConcurrentMap.map(pages) { page in
                    readPage(page.body, path: "\(path)#\(page.number)", category: category, url: page.url, date: page.date,
                             charset: page.charset)
                }
                for r in reads {
                    result.documents += r.documents
                    for p in r.problems {
                        if p.kind == .skipped { counts.noArticle += 1 } else { result.problems.append(p) }
                    }
                }
            }
            do {
                while let page = try warc.next() {
                    if let keep, !keep("\(path)#\(page.number)") { continue }
                    batch.append(page)
                    if batch.count >= 64 {
                        flush()
                        if isCancelled() { stopped = "interrupted"; break }
                    }
                }
            } catch {
                stopped = error.reason
            }
            flush()
            counts.reader = warc.counts
            firstProblem = warc.firstProblem
        }
        if gzipped {
            do { run(try GzipStream(file)) } catch { stopped = error.reason }
        } else {
            run(file)
        }
        let c = counts.reader
        if let stopped {
            result.problems.append(LoadProblem(path: path, reason: "\(stopped); the \(result.documents.count) article\(result.documents.count == 1 ? "" : "s") before it were loaded"))
        }
        if c.records == 0, result.documents.isEmpty, stopped == nil {
            return DocumentReader.finish(ReadResult(problems: [LoadProblem(path: path, reason: "no WARC records in the file")]),
                                         path: path, fingerprint: file.checksum.value)
        }
        if c.broken > 0, let firstProblem {
            result.problems.append(LoadProblem(path: path, reason: "\(c.broken) broken record\(c.broken == 1 ? "" : "s") skipped; the first: \(firstProblem)"))
        }
        var passed: [String] = []
        if c.otherTypes > 0 { passed.append("\(c.otherTypes) not a response") }
        if c.notOK > 0 { passed.append("\(c.notOK) not status 200") }
        if c.notHTML > 0 { passed.append("\(c.notHTML) not HTML") }
        if c.tooLarge > 0 { passed.append("\(c.tooLarge) over \(WARCReader<FileStream>.maxRecord >> 20) MiB") }
        if counts.noArticle > 0 { passed.append("\(counts.noArticle) without an article") }
        if !passed.isEmpty {
            result.problems.append(LoadProblem(path: path, reason: "\(c.records) records, \(result.documents.count) article\(result.documents.count == 1 ? "" : "s"); passed over: \(passed.joined(separator: ", "))", kind: .note))
        }
        return DocumentReader.finish(result, path: path, fingerprint: file.checksum.value)
    }

    struct WARCCounts {
        var reader = WARCRecordCounts()
        var noArticle = 0
    }
}
