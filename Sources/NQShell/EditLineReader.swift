import CEditLine
import Foundation

/// Line editing on libedit's native API (histedit.h, through the CEditLine shim): emacs bindings,
/// UTF-8 input, ~/.editrc, history kept in memory and saved to `historyPath` at the end.
public final class EditLineReader: LineReader {
    let el: OpaquePointer
    let history: OpaquePointer
    let historyPath: String?
    var promptText: UnsafeMutablePointer<CChar>
    let primary: String
    let secondary: String
    public var warnings: [String] = []

    public init?(primaryPrompt: String, continuationPrompt: String, historyPath: String?) {
        setlocale(LC_CTYPE, "")
        guard let el = nq_el_init("nq"), let history = nq_history_init(1000) else { return nil }
        self.el = el
        self.history = history
        self.historyPath = historyPath
        primary = primaryPrompt
        secondary = continuationPrompt
        promptText = strdup(primaryPrompt)
        _ = nq_el_set_editor(el, "emacs")
        _ = nq_el_set_signal(el, 1)
        _ = nq_el_set_history(el, history)
        _ = nq_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        _ = nq_el_set_prompt(el) { el in
            guard let el, let data = nq_el_get_clientdata(el) else { return nil }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().promptText
        }
        _ = el_source(el, nil)  // ~/.editrc
        if let path = historyPath, FileManager.default.fileExists(atPath: path) {
            if nq_history_load(history, path) < 0 { warnings.append("warning: could not read history from \(path)") }
        }
        Interrupts.install()
    }

    deinit {
        free(promptText)
        el_end(el)
        history_end(history)
    }

    public func readLine(continuation: Bool) -> LineReadResult {
        free(promptText)
        promptText = strdup(continuation ? secondary : primary)
        Interrupts.reset()
        var count: Int32 = 0
        guard let raw = el_gets(el, &count) else {
            if count == -1 && (errno == EINTR || Interrupts.pending) {
                FileHandle.standardOutput.write("^C\n".data(using: .utf8)!)
                return .interrupted
            }
            return .end
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func remember(_ statement: String) {
        _ = nq_history_enter(history, statement)
    }

    /// Writes the history file (mode 0600); a failure is one warning, never fatal.
    public func saveHistory() -> String? {
        guard let path = historyPath else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if nq_history_save(history, path) < 0 { return "warning: could not save history to \(path)" }
        chmod(path, 0o600)
        return nil
    }
}
