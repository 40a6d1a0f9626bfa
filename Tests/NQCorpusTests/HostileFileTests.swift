import Foundation
import NQCorpus
import NQFixtures
import Testing

/// Files a hostile or unlucky user puts in a corpus folder: each is reported and passed over, the rest loads.
@Suite("Hostile files")
struct HostileFileTests {
    func folder() throws -> URL {
        let dir = try Fixtures.temporaryFolder("nq-hostile")
        try "Headline\n\nA paragraph of text.\n".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test("A FIFO and a link to /dev/zero named .txt are reported, not read (they would block or never end)")
    func fifoAndDevice() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        let zero = dir.appendingPathComponent("z.txt").path
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        // The walk does not follow a link out of the folder; named directly, the file is refused when read.
        let (files, problems) = PathExpansion.expand([dir.path])
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["good.txt", "pipe.txt"])
        #expect(problems.map(\.reason) == ["a link to outside the folder, not followed"])
        #expect(DocumentReader.read(path: dir.appendingPathComponent("pipe.txt").path).problems.map(\.reason) == ["a FIFO (named pipe), not a regular file"])
        #expect(DocumentReader.read(path: zero).problems.map(\.reason) == ["a device, not a regular file"])
    }

    @Test("UTF-16 and UTF-32 with a byte-order mark are text, not binary")
    func wideText() throws {
        let text = "Grüße aus Köln\n\nZweiter Absatz — “zitiert”.\n"
        var le: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        var be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        var be32: [UInt8] = [0x00, 0x00, 0xFE, 0xFF]
        for s in text.unicodeScalars { be32 += [0, UInt8(s.value >> 16), UInt8((s.value >> 8) & 0xFF), UInt8(s.value & 0xFF)] }
        for bytes in [le, be, be32] {
            #expect(try TextDecoding.decode(bytes) == text)
            let read = DocumentReader.read(bytes: bytes, path: "wide.txt")
            #expect(read.problems.isEmpty)
            #expect(read.documents.first?.title == "Grüße aus Köln")
        }
    }

    @Test("A malformed file is one warning with the first bad line and a count, not one per row")
    func malformedSummary() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("rows.jsonl").path
        let lines = ["{\"title\": \"ok\", \"text\": \"fine\"}"] + Array(repeating: "not json", count: 949)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = DocumentReader.read(path: path)
        #expect(r.documents.count == 1)
        #expect(r.problems.count == 1)
        #expect(r.problems[0].reason == "949 records skipped; the first, \(path)#2: line 2: not valid JSON")
    }

    @Test("An SQLite file met in a folder is reported as a database, not as binary text")
    func storeInFolder() {
        let bytes = Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 1, count: 100)
        #expect(DocumentReader.read(bytes: bytes, path: "x.txt").problems.map(\.reason) == ["an SQLite database (if it is an nq store, load it by its name)"])
    }
}

@Suite("Limits")
struct RecordLimitTests {
    @Test("An article over 64 MiB is refused with its size; the others in the file load")
    func hugeRecord() throws {
        let dir = try Fixtures.temporaryFolder("nq-huge")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("rows.jsonl").path
        let huge = String(repeating: "word ", count: (65 << 20) / 5)
        try ("{\"title\": \"small\", \"text\": \"fine\"}\n{\"title\": \"huge\", \"text\": \"\(huge)\"}\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = DocumentReader.read(path: path)
        #expect(r.documents.map(\.title) == ["small"])
        #expect(r.problems.map(\.reason) == ["an article of 65 MiB, over nq's limit of 64 MiB for one article"])
    }
}
