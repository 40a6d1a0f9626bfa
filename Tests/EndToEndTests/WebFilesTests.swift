import Foundation
import NQFixtures
import Testing

/// The built nq on a folder of web files as a crawl leaves them: pages, a gzipped page, a WARC, and bad
/// ones beside them. Each bad file is named with its reason; the rest loads and answers.
@Suite("Web files, end to end")
struct WebFilesTests {
    @Test("A folder of pages with a truncated gzip, a broken WARC, 100,000 nested tags and a binary .html: the good ones load, each bad one is named with its reason")
    func folderOfWebFiles() throws {
        let dir = Fixtures.scratch.appendingPathComponent("nq-web-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["sidebar-comments.html", "json-ld.html", "index-page.html"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("web/" + name), toPath: dir + "/" + name)
        }
        func write(_ name: String, _ bytes: [UInt8]) { FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(bytes)) }
        // A gzip that stops after its header and a few bytes.
        write("cut.html.gz", [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03, 0xB3, 0xC9, 0x28])
        let record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/a\r\n\r\nno length here\r\n\r\n"
        write("broken.warc", Array(record.utf8))
        write("deep.html", Array(("<html><body><article><p>A paragraph at the top of a very deep page, long enough to be text.</p>"
            + String(repeating: "<div>", count: 100_000) + "deep" + "</article></body></html>").utf8))
        write("photo.html", (0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let out = try NQProcess.run(["--no-rc", "--corpus", dir, "--format", "tsv", "-c", "find articles order by title show title, author, language"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == """
            title\tauthor\tlanguage
            (untitled)\t\t
            Harbour ferry returns after winter repairs\tMara Lindqvist\ten
            Stadtwerke senken Gaspreis zum ersten Mal seit Jahren\tJonas Weber, Lea Hoffmann\tde

            """)
        let warnings = out.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("loaded") }
        #expect(warnings.contains("warning: \(dir)/cut.html.gz: the gzip data stops before its end (a truncated file), after 2 bytes (skipped)"), "\(warnings)")
        #expect(warnings.contains("warning: \(dir)/broken.warc: 1 broken record skipped; the first: record 1 has no Content-Length (skipped)"), "\(warnings)")
        #expect(warnings.contains("warning: \(dir)/deep.html: markup nested more than 256 elements deep; the text deeper in was not read"), "\(warnings)")
        #expect(warnings.contains("warning: \(dir)/photo.html: binary data, not an HTML page (skipped)"), "\(warnings)")
        #expect(warnings.contains("warning: \(dir)/index-page.html: no article in the page (an index or a gallery?) (skipped)"), "\(warnings)")
    }
}
