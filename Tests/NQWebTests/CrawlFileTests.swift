import CZlib
import Foundation
import Testing
@testable import NQCorpus
@testable import NQWeb

/// gzip files and WARC crawl archives, written by these tests.
@Suite("Crawl files")
struct CrawlFileTests {
    static func page(_ title: String, _ paragraphs: [String], head: String = "") -> [UInt8] {
        Array(("<html><head><title>\(title)</title>\(head)</head><body><nav><a href=\"/\">Home</a></nav><article><h1>\(title)</h1>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article><footer>Footer text</footer></body></html>").utf8)
    }

    static let first = ["The museum reopened on Saturday after a renovation that took two years and cost more than planned.",
                        "Visitors queued around the block before the doors opened at ten in the morning."]

    /// One WARC record.
    static func record(_ type: String, uri: String? = nil, date: String = "2024-05-01T12:00:00Z", contentType: String? = nil,
                       block: [UInt8], length: Int? = nil) -> [UInt8] {
        var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString)>\r\nWARC-Date: \(date)\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { header += "Content-Type: \(contentType)\r\n" }
        if let length { header += "Content-Length: \(length)\r\n" }
        return Array((header + "\r\n").utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func response(_ uri: String, status: String = "200 OK", type: String = "text/html; charset=utf-8",
                         extraHeaders: String = "", body: [UInt8]) -> [UInt8] {
        let http = Array("HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\n\(extraHeaders)\r\n".utf8) + body
        return record("response", uri: uri, contentType: "application/http; msgtype=response", block: http, length: http.count)
    }

    /// A WARC of mixed records: information, a request, metadata, pages (one chunked, in Windows-1252),
    /// a 404, an image and an index page.
    static func mixedRecords() -> [[UInt8]] {
        let latin = Array("<html><head><title>Caf".utf8) + [0xE9] + Array(" prices rise</title></head><body><div class=\"story\"><p>".utf8)
            + Array("Prices at the caf".utf8) + [0xE9] + Array("s on the square rose by a fifth this year, the owners said on Monday.</p><p>".utf8)
            + Array("Most blamed the cost of energy and of milk, which has doubled since the spring of last year.</p></div></body></html>".utf8)
        let chunked = Array(String(latin.count, radix: 16).utf8) + [0x0D, 0x0A] + latin + Array("\r\n0\r\n\r\n".utf8)
        let info = Array("software: nq tests\r\nformat: WARC File Format 1.0\r\n".utf8)
        let request = Array("GET /museum HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8)
        return [
            record("warcinfo", contentType: "application/warc-fields", block: info, length: info.count),
            record("request", uri: "https://news.example/museum", contentType: "application/http; msgtype=request", block: request, length: request.count),
            response("https://news.example/museum", body: page("Museum reopens", first)),
            response("https://news.example/missing", status: "404 Not Found", body: page("Not found", ["This page does not exist."])),
            response("https://news.example/logo.png", type: "image/png", body: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1]),
            record("metadata", uri: "https://news.example/museum", contentType: "application/warc-fields", block: Array("fetchTimeMs: 12\r\n".utf8), length: 17),
            response("https://news.example/cafe", type: "text/html; charset=windows-1252", extraHeaders: "Transfer-Encoding: chunked\r\n", body: chunked),
            response("https://news.example/", body: Array("<html><body><ul><li><a href=\"/a\">One</a></li><li><a href=\"/b\">Two</a></li></ul></body></html>".utf8)),
        ]
    }

    @Test("A WARC of mixed records: one article per HTML 200 response, url and date from the record, what was passed over counted")
    func mixedWARC() throws {
        let dir = try TemporaryFolder()
        let path = dir.write("crawl.warc", Self.mixedRecords().flatMap { $0 })
        let result = ArticleFiles.read(path: path)
        #expect(result.documents.map(\.title) == ["Museum reopens", "Café prices rise"])
        #expect(result.documents.map(\.path) == ["\(path)#3", "\(path)#7"])
        #expect(result.documents.map(\.url) == ["https://news.example/museum", "https://news.example/cafe"])
        #expect(result.documents.map(\.date) == ["2024-05-01", "2024-05-01"])
        #expect(result.documents[0].blocks.map(\.text) == Self.first)
        #expect(result.documents[1].blocks.first?.text == "Prices at the cafés on the square rose by a fifth this year, the owners said on Monday.")
        #expect(result.problems.map(\.reason) == ["8 records, 2 articles; passed over: 3 not a response, 1 not status 200, 1 not HTML, 1 without an article"])
        #expect(result.problems.map(\.kind) == [.note])
        #expect(result.fingerprint != nil)
    }

    @Test("Shards divide a WARC's pages between them: each reads only the pages whose place it keeps")
    func shardedWARC() throws {
        let dir = try TemporaryFolder()
        let path = dir.write("crawl.warc", Self.mixedRecords().flatMap { $0 })
        let shards = (1...2).map { Shard(k: $0, n: 2)! }
        let parts = shards.map { shard in ArticleFiles.read(path: path, keep: { shard.keeps($0) }).documents.map(\.path) }
        #expect(Set(parts[0]).isDisjoint(with: parts[1]))
        #expect(Set(parts[0] + parts[1]) == ["\(path)#3", "\(path)#7"])
        for (shard, part) in zip(shards, parts) { #expect(part.allSatisfy { shard.keeps($0) }) }
        #expect(Shard("2/4") == Shard(k: 2, n: 4) && Shard("5/4") == nil && Shard("0/3") == nil && Shard("x") == nil)
        #expect(Shard.holdsMany("a.warc.gz") && Shard.holdsMany("b.csv") && !Shard.holdsMany("c.html") && !Shard.holdsMany("d.txt"))
    }

    @Test("A .warc.gz (a gzip member per record) reads as the .warc does; a WARC without records is said to be one")
    func gzippedWARC() throws {
        let dir = try TemporaryFolder()
        let path = dir.write("crawl.warc.gz", Self.mixedRecords().flatMap { gzip($0) })
        let result = ArticleFiles.read(path: path)
        #expect(result.documents.map(\.title) == ["Museum reopens", "Café prices rise"])
        #expect(result.documents.first?.path == "\(path)#3")
        let none = dir.write("none.warc", Array("no records here\n".utf8))
        #expect(ArticleFiles.read(path: none).problems.map(\.reason) == ["no WARC records in the file"])
    }

    @Test("A WARC with a broken record: reported with its place and reason; the records after it load")
    func brokenRecord() throws {
        let dir = try TemporaryFolder()
        let broken = Self.record("response", uri: "https://news.example/broken", contentType: "application/http; msgtype=response",
                                 block: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>no length</p>".utf8))
        let path = dir.write("broken.warc", Self.response("https://news.example/museum", body: Self.page("Museum reopens", Self.first))
            + broken + Self.response("https://news.example/two", body: Self.page("Second story", Self.first.reversed())))
        let result = ArticleFiles.read(path: path)
        #expect(result.documents.map(\.title) == ["Museum reopens", "Second story"])
        #expect(result.problems.map(\.reason) == ["1 broken record skipped; the first: record 2 has no Content-Length"])
    }

    @Test("Truncated gzip: a .warc.gz keeps the records before the cut and says where it stopped; an .html.gz is refused with the reason")
    func truncatedGzip() throws {
        let dir = try TemporaryFolder()
        let whole = Self.mixedRecords().flatMap { gzip($0) }
        let path = dir.write("cut.warc.gz", Array(whole.prefix(whole.count - 40)))
        let result = ArticleFiles.read(path: path)
        #expect(result.documents.map(\.title) == ["Museum reopens", "Café prices rise"])
        let reasons = result.problems.map(\.reason)
        #expect(reasons.first?.hasPrefix("the gzip data stops before its end (a truncated file), after ") == true)
        #expect(reasons.first?.hasSuffix("bytes; the 2 articles before it were loaded") == true)
        let page = gzip(Self.page("Museum reopens", Self.first))
        let cut = dir.write("page.html.gz", Array(page.prefix(page.count / 2)))
        let refused = ArticleFiles.read(path: cut)
        #expect(refused.documents.isEmpty)
        #expect(refused.problems.first?.reason.hasPrefix("the gzip data stops before its end (a truncated file)") == true)
        let notGzip = dir.write("plain.html.gz", Self.page("Museum reopens", Self.first))
        #expect(ArticleFiles.read(path: notGzip).problems.first?.reason.hasPrefix("not valid gzip data (incorrect header check)") == true)
    }

    @Test("Any format gzipped: a page (.html.gz) and JSON lines (.jsonl.gz), named by the .gz file")
    func gzippedFormats() throws {
        let dir = try TemporaryFolder()
        let page = dir.write("story.html.gz", gzip(Self.page("Museum reopens", Self.first)))
        #expect(ArticleFiles.read(path: page).documents.map(\.blocks.count) == [2])
        let lines = dir.write("news.jsonl.gz", gzip(Array("{\"title\": \"One\", \"text\": \"First.\"}\n{\"title\": \"Two\", \"text\": \"Second.\", \"author\": \"Ann Lee\"}\n".utf8)))
        let read = ArticleFiles.read(path: lines)
        #expect(read.documents.map(\.title) == ["One", "Two"])
        #expect(read.documents.map(\.path) == ["\(lines)#1", "\(lines)#2"])
        #expect(read.documents.map(\.author) == [nil, "Ann Lee"])
        #expect(DocumentReader.isArticleFile("a.warc.gz") && DocumentReader.isArticleFile("b.HTML.gz") && !DocumentReader.isArticleFile("c.png.gz"))
    }
}

/// gzip (one member) by zlib.
func gzip(_ bytes: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    _ = deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    defer { deflateEnd(&stream) }
    var input = bytes
    var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
    let written = input.withUnsafeMutableBufferPointer { inBuf in
        out.withUnsafeMutableBufferPointer { outBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = UInt32(inBuf.count)
            stream.next_out = outBuf.baseAddress
            stream.avail_out = UInt32(outBuf.count)
            _ = deflate(&stream, Z_FINISH)
            return outBuf.count - Int(stream.avail_out)
        }
    }
    return Array(out.prefix(written))
}
