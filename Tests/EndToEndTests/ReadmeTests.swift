import Foundation
import Testing

/// README.md's tutorial: every `nq>` line of its ```nq blocks runs on the demo corpus and must print
/// exactly what the README shows; ```nq-errors blocks show the error a statement reports.
@Suite("README tutorial")
struct ReadmeTests {
    struct Block {
        var kind: String
        var steps: [(statement: String, output: String)]
    }

    static func blocks() throws -> [Block] {
        let readme = try String(contentsOf: ExampleTests.root.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [Block] = []
        var current: Block? = nil
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if current == nil, line == "```nq" || line == "```nq-errors" {
                current = Block(kind: String(line.dropFirst(3)), steps: [])
            } else if current != nil, line == "```" {
                blocks.append(current!)
                current = nil
            } else if current != nil {
                if line.hasPrefix("nq> ") {
                    current!.steps.append((String(line.dropFirst(4)), ""))
                } else if !current!.steps.isEmpty {
                    current!.steps[current!.steps.count - 1].output += line + "\n"
                }
            }
        }
        return blocks
    }

    @Test("The README has a tutorial")
    func present() throws {
        let steps = try Self.blocks().flatMap(\.steps)
        #expect(steps.count >= 15)
        #expect(steps.contains { $0.statement == "help find" })
        #expect(steps.contains { $0.statement.hasPrefix("explain find quotes where speaker = \"Lavrov\"") })
        #expect(steps.contains { $0.statement == "set trace on" })
    }

    @Test("Every tutorial statement prints what the README shows")
    func transcripts() throws {
        for block in try Self.blocks() {
            if block.kind == "nq-errors" {
                for step in block.steps {
                    let r = try NQProcess.run(["--no-rc", "-c", step.statement])
                    #expect(r.stderr == step.output, "README: \(step.statement)")
                }
                continue
            }
            // One session per block (settings carry over), with a marker printed after each statement.
            var input = ""
            for (k, step) in block.steps.enumerated() { input += step.statement + "\nprint \"@@\(k)@@\"\n" }
            let r = try NQProcess.run(["--no-rc"], stdin: input)
            #expect(r.status == 0, "\(r.stderr)")
            var rest = r.stdout
            for (k, step) in block.steps.enumerated() {
                let marker = "@@\(k)@@\n"
                guard let end = rest.range(of: marker) else {
                    Issue.record("no output for \(step.statement)")
                    break
                }
                #expect(String(rest[..<end.lowerBound]) == step.output, "README: \(step.statement)")
                rest = String(rest[end.upperBound...])
            }
        }
    }
}
