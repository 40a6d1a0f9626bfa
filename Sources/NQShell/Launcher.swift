import Foundation
import NQCorpus
import NQSupport
import NQLanguage

/// What the command line asked for (parsed by the executable).
public struct LaunchOptions: Sendable {
    public enum ColorChoice: String, Sendable, CaseIterable { case auto, always, never }

    public var scripts: [String] = []
    public var commands: [String] = []
    /// Empty: the bundled demo corpus.
    public var corpus: [String] = []
    public var demoCorpus: String?
    public var format: OutputFormat?
    public var color: ColorChoice = .auto
    public var noRC = false
    public var parameters: [String: String] = [:]
    public var bail = true
    public var version = NQVersion.current
    /// Where articles come from and stores go (the executable hands in files analysed and SQLite stores).
    public var source: CorpusSource = NoCorpusSource()
    /// A store that `--corpus` names alone, opened to answer statements in place (nil: not a store).
    public var openInPlace: (@Sendable (String) throws -> StoreInPlace?)? = nil

    public init() {}
}

/// Starts nq: loads the corpus, then runs `-c` statements, scripts, piped input or the interactive shell.
public enum Launcher {
    nonisolated(unsafe) private static var keptUntilExit: Interpreter? = nil

    public static func run(_ options: LaunchOptions) -> Int32 {
        let out = FileDescriptorSink.standardOutput
        let err = FileDescriptorSink.standardError
        let stdoutIsTerminal = isatty(1) == 1
        let stdinIsTerminal = isatty(0) == 1

        var settings = Settings()
        settings.format = options.format ?? .table
        let env = ProcessInfo.processInfo.environment
        settings.autoColor = stdoutIsTerminal && env["NO_COLOR"].map(\.isEmpty) != false && env["TERM"] != "dumb"
        switch options.color {
        case .always: settings.color = true
        case .never: settings.color = false
        case .auto: settings.color = settings.autoColor
        }
        if stdoutIsTerminal {
            settings.width = Terminal.columns() ?? 120
            settings.rows = 40
        }

        let specs = options.corpus.isEmpty ? options.demoCorpus.map { [$0] } ?? [] : options.corpus
        // One store named alone is opened in place: statements read from it what they need.
        var store: StoreInPlace? = nil
        if options.corpus.count == 1, let open = options.openInPlace {
            do {
                store = try open(options.corpus[0])
            } catch {
                err.write("error: cannot open \(Credentials.hidden(in: options.corpus[0])): \(error) — \(options.corpus[0].contains("://") ? "check that the server is running, the URL, the user and the password" : "check the path; a store is made with save \"FILE.nqdb\"")\n".visible())
                return 1
            }
        }
        var corpus = Corpus()
        if store == nil {
            guard let loaded = load(specs, source: options.source, errors: err, progress: isatty(2) == 1) else { return 1 }
            corpus = loaded
        }
        if options.corpus.isEmpty, let demo = options.demoCorpus {
            // The bundled corpus is shown as demo/… wherever the build put it.
            corpus.renamePaths(prefix: demo.hasSuffix("/") ? demo : demo + "/", to: "demo/")
        }
        let interpreter = Interpreter(corpus: corpus, source: options.source, settings: settings,
                                      parameters: options.parameters, output: out, errors: err)
        if let store { interpreter.open(inPlace: store) }
        interpreter.isCancelled = { Interrupts.pending }
        // Kept until the process exits: freeing a large corpus object by object at the end of `run`
        // takes tens of milliseconds that exit does at once.
        keptUntilExit = interpreter
        // Every input goes through the one loop: ~/.nqrc, -c, scripts, piped input, the prompt.
        var batch = InputLoop(interpreter, mode: .batch(bail: options.bail))
        batch.willExecute = { Interrupts.reset() }
        if !options.noRC, let home = ProcessInfo.processInfo.environment["HOME"] {
            let rc = (home as NSString).appendingPathComponent(".nqrc")
            if let text = try? String(contentsOfFile: rc, encoding: .utf8) {
                var rcLoop = batch
                rcLoop.mode = .batch(bail: false)
                rcLoop.runScript(text, origin: .file(rc))
            }
        }

        var ok = true
        for command in options.commands {
            ok = batch.run(StringLineReader(command), origin: .commandLine) && ok
            if !ok && options.bail { return 1 }
            if interpreter.wantsQuit { return ok ? 0 : 1 }
        }
        for script in options.scripts {
            guard let text = try? String(contentsOfFile: script, encoding: .utf8) else {
                err.write("error: \(script): cannot read this script (no such file, or not UTF-8 text)\n")
                ok = false
                if options.bail { return 1 }
                continue
            }
            ok = batch.runScript(text, origin: .file(script)) && ok
            if !ok && options.bail { return 1 }
            if interpreter.wantsQuit { return ok ? 0 : 1 }
        }
        if !options.commands.isEmpty || !options.scripts.isEmpty { return ok ? 0 : 1 }

        if stdinIsTerminal && stdoutIsTerminal {
            return interactive(interpreter, options: options, output: out, errors: err)
        }
        ok = batch.run(PlainLineReader(), origin: .standardInput)
        return ok ? 0 : 1
    }

    /// The corpus from --corpus (or the demo); nil when it cannot be loaded.
    static func load(_ specs: [String], source: CorpusSource, errors: OutputSink, progress: Bool) -> Corpus? {
        var corpus = Corpus()
        guard !specs.isEmpty else { return corpus }
        let bar: ProgressBar? = progress ? ProgressBar(errors: errors) : nil
        var report: LoadProgress? = nil
        if let bar {
            report = { done, total, bytes in bar.update(done, total, bytes) }
        }
        do {
            let loaded = try source.load(specs, into: &corpus, progress: report, isCancelled: { Interrupts.pending })
            bar?.finish(articles: loaded.articles)
            errors.warn(loaded.problems)
        } catch {
            bar?.finish(articles: 0)
            errors.warn(error.problems)
            errors.write("error: \(error)\n".visible())
            return nil
        }
        return corpus
    }

    static func interactive(_ interpreter: Interpreter, options: LaunchOptions,
                            output: OutputSink, errors: OutputSink) -> Int32 {
        let n = interpreter.articleCount
        let whence = interpreter.inPlace.map { " in \($0.path.visible(newlines: false)), answered in place" }
            ?? " loaded\(options.corpus.isEmpty ? " (demo corpus)" : "")"
        output.write("nq \(options.version) — \(n) article\(n == 1 ? "" : "s")\(whence). Type help for help, quit or Ctrl-D to leave.\n")
        var session = InputLoop(interpreter, mode: .interactive)
        session.willExecute = {
            Interrupts.reset()
            // A resized terminal: tables fit the width it has now (unless set width fixed one).
            if !interpreter.settings.widthFixed, let columns = Terminal.columns() { interpreter.settings.width = columns }
        }
        guard let reader = EditLineReader(
            primaryPrompt: {
                let n = interpreter.articleCount
                return "nq [\(n) article\(n == 1 ? "" : "s")]> "
            },
            continuationPrompt: "     ...> ",
            historyPath: History.defaultPath()) else {
            errors.write("warning: line editing is not available; reading plain lines\n")
            return session.run(PlainLineReader(), origin: .prompt) ? 0 : 1
        }
        for w in reader.warnings { errors.write(w + "\n") }
        reader.completer = CorpusNames(interpreter).completer()
        session.run(reader, origin: .prompt)
        return 0
    }
}
