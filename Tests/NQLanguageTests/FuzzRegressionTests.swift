import Foundation
import NQFuzzing
import Testing

/// Every input the fuzzer kept (Fuzz/corpus, grown by Scripts/fuzz: inputs that reached new code,
/// and any that crashed or hung) runs again here through the same target: none may crash or hang.
@Suite("Fuzz finds")
struct FuzzRegressionTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz/corpus").standardized

    @Test("Every kept fuzz input runs through lexer, parser, checker and evaluator without a crash")
    func replay() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
        #expect(names.count >= 50, "Fuzz/corpus should hold the inputs Scripts/fuzz kept")
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.corpus.appendingPathComponent(name)))
            bytes.withUnsafeBufferPointer { FuzzTarget.run($0) }
        }
    }
}
