import Foundation
import NQFixtures
import Testing

/// The real `nq` binary in a real pseudo-terminal (tmux), typed at as a person would.
final class TmuxSession {
    let name: String
    let socket: String
    let home: URL

    init(command: String, home: URL) throws {
        name = "nq\(UInt32.random(in: 0..<UInt32.max))"
        socket = "nq-test-\(name)"
        self.home = home
        let env = "env HOME=\(home.path) XDG_STATE_HOME=\(home.path)/state TERM=xterm-256color LC_ALL=C.UTF-8"
        try tmux(["new-session", "-d", "-s", name, "-x", "120", "-y", "40", "\(env) \(command); echo EXIT=$?; sleep 60"], capture: false)
    }

    deinit { _ = try? tmux(["kill-server"], capture: false) }

    /// Runs tmux through the C library's system(3), which waits for it plainly (the server that
    /// new-session starts must not hold a pipe of ours open).
    @discardableResult
    func tmux(_ args: [String], capture: Bool = true) throws -> String {
        let out = Fixtures.scratch.appendingPathComponent("\(name)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let quoted = (["tmux", "-L", socket] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let status = system(quoted.joined(separator: " ") + " > '\(out)' 2>/dev/null < /dev/null")
        guard status == 0 else { throw ShellTestError.tmux(args.joined(separator: " ")) }
        return capture ? ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "") : ""
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Literal text (no key names).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// The screen and its scrollback (tmux trims the spaces at the ends of lines).
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name, "-S", "-200"]) }

    /// Waits until the screen holds `text` (at most `seconds`); returns the screen.
    @discardableResult
    func wait(for text: String, seconds: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw ShellTestError.timeout(text, last)
    }

    /// The number of times `text` is on the screen.
    func occurrences(_ text: String) throws -> Int { try screen().components(separatedBy: text).count - 1 }
}

enum ShellTestError: Error, CustomStringConvertible {
    case tmux(String)
    case timeout(String, String)

    var description: String {
        switch self {
        case .tmux(let a): return "tmux \(a) failed (is tmux installed? apt-get install -y tmux)"
        case .timeout(let t, let screen): return "timed out waiting for \(t.debugDescription); the screen:\n\(screen)"
        }
    }
}

@Suite("The interactive shell in a pseudo-terminal", .serialized)
struct ShellTests {
    let home: URL = {
        let dir = Fixtures.scratch.appendingPathComponent("nq-shell-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }()

    var command: String { "\(NQProcess.binary.path) --no-rc --corpus \(Fixtures.referenceArticle)" }

    @Test("Tab completes sources and speakers; Up recalls; Ctrl-C and errors keep it alive; Ctrl-D exits 0; history survives")
    func session() throws {
        let shell = try TmuxSession(command: command, home: home)
        try shell.wait(for: "nq [1 article]>")

        // A source completed with Tab.
        try shell.type("count quo")
        try shell.send("Tab")
        try shell.wait(for: "nq [1 article]> count quotes")
        try shell.send("Enter")
        try shell.wait(for: "   23")

        // A speaker's name completed from the corpus, inside quotes.
        try shell.type("find quotes where speaker = \"Lav")
        try shell.send("Tab")
        try shell.wait(for: "find quotes where speaker = \"Sergei Lavrov\"")
        try shell.send("Enter")
        try shell.wait(for: "concrete article-by-article")

        // Up recalls the last statement.
        try shell.send("Up")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try shell.occurrences("find quotes where speaker = \"Sergei Lavrov\"") >= 2)
        try shell.send("C-u")

        // Ctrl-C drops the line being typed; the shell goes on.
        try shell.type("count sect")
        Thread.sleep(forTimeInterval: 0.3)
        try shell.send("C-c")
        try shell.wait(for: "count sect^C")
        try shell.type("count sections")
        try shell.send("Enter")
        try shell.wait(for: "count\n─────\n    3")

        // An error does not end the session.
        try shell.type("fnd quotes")
        try shell.send("Enter")
        try shell.wait(for: "error: 1:1: unknown statement \"fnd\" — did you mean \"find\"?")
        try shell.type("print \"still here\"")
        try shell.send("Enter")
        try shell.wait(for: "\nstill here\n")

        // Ctrl-D on an empty line leaves with exit status 0.
        try shell.send("C-d")
        try shell.wait(for: "EXIT=0")

        // History is kept for the next session.
        let again = try TmuxSession(command: command, home: home)
        try again.wait(for: "nq [1 article]>")
        try again.send("Up")
        try again.wait(for: "nq [1 article]> print \"still here\"")
        let history = home.appendingPathComponent("state/nq/history").path
        let mode = (try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)
        try again.send("C-u")
        try again.send("C-d")
        try again.wait(for: "EXIT=0")
    }

    @Test("A password in a database URL is shown nowhere: not in the error, not on the screen after it, not in the history file")
    func passwordHidden() throws {
        let shell = try TmuxSession(command: command, home: home)
        try shell.wait(for: "nq [1 article]>")
        try shell.type("save \"postgresql://ann:hunter2pw@127.0.0.1:1/news\"")
        try shell.send("Enter")
        let screen = try shell.wait(for: "error: 1:6: cannot save to postgresql://ann:***@127.0.0.1:1/news")
        #expect(screen.components(separatedBy: "hunter2pw").count == 2, "the password appears beyond the line typed: \(screen)")
        try shell.send("C-d")
        try shell.wait(for: "EXIT=0")
        let file = try String(contentsOf: home.appendingPathComponent("state/nq/history"), encoding: .utf8)
        #expect(file.contains("postgresql://ann:***@127.0.0.1:1/news"), "\(file)")
        #expect(!file.contains("hunter2pw"))
    }

    @Test("Two shells at once both keep their history; a killed terminal loses nothing")
    func sharedHistory() throws {
        let a = try TmuxSession(command: command, home: home)
        let b = try TmuxSession(command: command, home: home)
        try a.wait(for: "nq [1 article]>")
        try b.wait(for: "nq [1 article]>")
        try a.type("print \"from A\"")
        try a.send("Enter")
        try a.wait(for: "\nfrom A\n")
        try b.type("print \"from B, café\"")
        try b.send("Enter")
        try b.wait(for: "\nfrom B, café\n")
        try a.type("print \"A again\"")
        try a.send("Enter")
        try a.wait(for: "\nA again\n")
        // A leaves normally; B's terminal is killed without quitting.
        try a.send("C-d")
        try a.wait(for: "EXIT=0")
        _ = try b.tmux(["kill-server"], capture: false)
        let file = try String(contentsOf: home.appendingPathComponent("state/nq/history"), encoding: .utf8)
        #expect(file == "_HiStOrY_V2_\nprint\\040\"from\\040A\"\nprint\\040\"from\\040B,\\040café\"\nprint\\040\"A\\040again\"\n")
        // libedit reads it back: the newest first.
        let c = try TmuxSession(command: command, home: home)
        try c.wait(for: "nq [1 article]>")
        try c.send("Up")
        try c.wait(for: "nq [1 article]> print \"A again\"")
        try c.send("Up")
        try c.wait(for: "nq [1 article]> print \"from B, café\"")
        try c.send("C-u")
        try c.send("C-d")
        try c.wait(for: "EXIT=0")
    }

    @Test("Multi-line statements get a continuation prompt and run as one")
    func multiLine() throws {
        let shell = try TmuxSession(command: command, home: home)
        try shell.wait(for: "nq [1 article]>")
        try shell.type("count paragraphs where (index < 3")
        try shell.send("Enter")
        try shell.wait(for: "     ...>")
        try shell.type("or index > 30)")
        try shell.send("Enter")
        try shell.wait(for: "count\n─────\n    3")
        try shell.send("C-d")
        try shell.wait(for: "EXIT=0")
    }

    @Test("A resized terminal: the next table fits the width it has now; set width holds")
    func resize() throws {
        let shell = try TmuxSession(command: command, home: home)
        try shell.wait(for: "nq [1 article]>")
        // A bar is a quarter of the width (at most 30): 30 at 120 columns, 15 at 60.
        try shell.type("count quotes by speaker limit 1")
        try shell.send("Enter")
        try shell.wait(for: "Sergei Lavrov      4  " + String(repeating: "█", count: 30) + "\n")
        try shell.tmux(["resize-window", "-t", shell.name, "-x", "60", "-y", "40"], capture: false)
        try shell.send("C-l")
        try shell.type("count quotes by speaker limit 1")
        try shell.send("Enter")
        try shell.wait(for: "Sergei Lavrov      4  " + String(repeating: "█", count: 15) + "\n")
        try shell.type("set width 80; count quotes by speaker limit 1")
        try shell.send("Enter")
        try shell.wait(for: "Sergei Lavrov      4  " + String(repeating: "█", count: 20) + "\n")
        try shell.send("C-d")
        try shell.wait(for: "EXIT=0")
    }

    @Test("An unwritable history file gives one warning, never a failure")
    func brokenHistory() throws {
        let state = home.appendingPathComponent("state/nq")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        // A folder where the history file should be: it can be neither read nor written.
        try FileManager.default.createDirectory(at: state.appendingPathComponent("history"), withIntermediateDirectories: true)
        let shell = try TmuxSession(command: command, home: home)
        try shell.wait(for: "nq [1 article]>")
        try shell.type("count sections")
        try shell.send("Enter")
        try shell.wait(for: "    3")
        try shell.send("C-d")
        let screen = try shell.wait(for: "EXIT=0")
        #expect(screen.contains("warning: could not"))
    }

    @Test("Piped statements: the result alone, no prompt or banner")
    func piped() throws {
        let r = try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle], stdin: "count quotes\n")
        #expect(r.stdout == "count\n─────\n   23\n")
    }
}
