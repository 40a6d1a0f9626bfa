import Foundation
import Testing

/// Golden outputs: every `Examples/NAME.nq` runs on the demo corpus and its standard output must equal
/// `Examples/NAME.expected`. Re-record (after checking the change is wanted) with NQ_UPDATE_GOLDEN=1.
@Suite("Examples")
struct ExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var scripts: [String] {
        let dir = root.appendingPathComponent("Examples").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".nq") }.sorted()
    }

    @Test("Every example has a committed expected output")
    func allHaveExpectations() {
        #expect(Self.scripts.count >= 10)
        for s in Self.scripts {
            let expected = Self.root.appendingPathComponent("Examples/" + s.replacingOccurrences(of: ".nq", with: ".expected")).path
            #expect(FileManager.default.fileExists(atPath: expected), "missing \(expected)")
        }
    }

    @Test("Example output matches its golden file", arguments: scripts)
    func golden(_ script: String) throws {
        let r = try NQProcess.run(["Examples/" + script], directory: Self.root.path)
        #expect(r.status == 0, "\(script) exited \(r.status): \(r.stderr)")
        let expectedURL = Self.root.appendingPathComponent("Examples/" + script.replacingOccurrences(of: ".nq", with: ".expected"))
        if ProcessInfo.processInfo.environment["NQ_UPDATE_GOLDEN"] == "1" {
            try r.stdout.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(r.stdout == expected, "\(script): output differs from \(expectedURL.lastPathComponent)")
    }
}
