import Foundation
import NQWeb
import Testing

/// Every input the web fuzzer kept (Fuzz/web-corpus, grown by `Scripts/fuzz --web`) runs again through
/// the same readers: as a page, an HTTP response, a WARC archive and gzip. None may crash or hang.
@Suite("Web fuzz finds")
struct WebFuzzRegressionTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz/web-corpus").standardized

    @Test("Every kept web fuzz input runs through the page, HTTP, WARC and gzip readers without a crash")
    func replay() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
        #expect(names.count >= 20, "Fuzz/web-corpus should hold the inputs Scripts/fuzz --web kept")
        for name in names {
            WebReadersExercise.run(try [UInt8](Data(contentsOf: Self.corpus.appendingPathComponent(name))))
        }
    }
}
