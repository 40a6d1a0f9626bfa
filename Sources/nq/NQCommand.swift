import ArgumentParser
import Foundation
import NQLanguage
import NQCorpus
import NQShell
import NQSupport
import NQStore

/// The command line (SPEC §2). Argument parsing only: `Launcher` does the work.
struct NQCommand: ParsableCommand {
    static let version = NQVersion.current
    static let configuration = CommandConfiguration(
        commandName: "nq",
        abstract: "A query shell for news articles: quotes, speakers, mentions, structure.",
        discussion: """
            nq                          interactive shell on the bundled demo corpus (or on --corpus)
            nq SCRIPT.nq [SCRIPT ...]   run scripts in batch, in order, then exit
            nq -c 'STATEMENT' [-c ...]  run statements, then exit
            ... | nq                    statements from standard input

            Exit status: 0 all statements succeeded, 1 a statement failed, 2 bad command line.
            """,
        version: version)

    @Argument(help: "Scripts (.nq files) to run in order.")
    var scripts: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("A statement to run (repeatable).", valueName: "statement"))
    var commands: [String] = []

    @Option(help: ArgumentHelp("A file, folder or glob of articles (repeatable); replaces the demo corpus.", valueName: "path"))
    var corpus: [String] = []

    @Option(help: ArgumentHelp("Load only shard K of N of the articles named (by a stable hash of each file's path, or of a record's place in a file of many): N processes, each with its own K, analyse a corpus into one store together.", valueName: "K/N"))
    var shard: String?

    @Option(help: "Output format: table, csv, tsv, json, jsonl, markdown.")
    var format: OutputFormat?

    @Option(help: "Colour: auto, always, never (NO_COLOR is honoured).")
    var color: LaunchOptions.ColorChoice = .auto

    @Flag(name: .customLong("no-rc"), help: "Do not run ~/.nqrc.")
    var noRC = false

    @Option(name: .customLong("param"), help: ArgumentHelp("A script parameter, NAME=VALUE (repeatable); $NAME in statements.", valueName: "name=value"))
    var parameters: [String] = []

    @Flag(name: .customLong("bail"), help: "Stop at the first failed statement (the default).")
    var bail = false

    @Flag(name: .customLong("keep-going"), help: "Go on after a failed statement.")
    var keepGoing = false

    func validate() throws {
        for p in parameters where !p.contains("=") || p.hasPrefix("=") {
            throw ValidationError("--param takes NAME=VALUE, got \"\(p)\"")
        }
        if bail && keepGoing { throw ValidationError("--bail and --keep-going exclude each other") }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N (for example 2/4), got \"\(shard)\"")
        }
    }

    func options() -> LaunchOptions {
        var o = LaunchOptions()
        o.scripts = scripts
        o.commands = commands
        o.corpus = corpus
        // Looked for only when it is used (finding the bundle costs a millisecond of a one-shot statement).
        if corpus.isEmpty { o.demoCorpus = DemoCorpus.path() }
        o.format = format
        o.color = color
        o.noRC = noRC
        o.bail = !keepGoing
        o.version = Self.version
        var source = FilesAndStores()
        source.shard = shard.flatMap { Shard($0) }
        o.source = source
        o.openInPlace = { spec in
            if PostgresEngine.isURL(spec) { return try PostgresEngine(url: spec) }
            return FilesAndStores.isStore(spec) ? try StoreEngine(path: spec) : nil
        }
        // The language core's model files are checked at start-up (about 10 ms; read for use only when
        // tokens are asked for): a damaged one is said here, and the tokens source then says it is not
        // available.
        switch LanguageCoreAnnotator.shipped() {
        case .success(let annotator): TokenTable.annotator = annotator
        case .failure(let error):
            FileDescriptorSink.standardError.write("warning: the language core cannot be used: \(error)\n")
        }
        for p in parameters {
            let parts = p.split(separator: "=", maxSplits: 1)
            o.parameters[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return o
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension LaunchOptions.ColorChoice: ExpressibleByArgument {}

enum DemoCorpus {
    /// The bundled demo corpus; `NQ_DEMO_CORPUS` overrides where it is looked for.
    static func path() -> String? {
        if let p = ProcessInfo.processInfo.environment["NQ_DEMO_CORPUS"], !p.isEmpty { return p }
        return Bundle.module.resourceURL?.appendingPathComponent("Demo").path
    }
}
