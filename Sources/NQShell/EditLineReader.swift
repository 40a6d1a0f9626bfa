import CEditLine
import Foundation
import NQLanguage
import NQSupport

/// Line editing on libedit's native API (histedit.h, through the CEditLine shim): emacs bindings,
/// UTF-8 input, ~/.editrc, Tab completion, history kept across sessions in `historyPath`.
public final class EditLineReader: LineReader {
    let el: OpaquePointer
    let history: OpaquePointer
    let historyPath: String?
    var promptText: UnsafeMutablePointer<CChar>
    /// The prompt, asked anew before each line ("nq [296 articles]> ").
    public var primaryPrompt: () -> String
    public var continuationPrompt: String
    public var completer: Completer?
    public private(set) var warnings: [String] = []
    /// Set once a history write failed (one warning, not one per statement).
    var historyFailed = false

    public init?(primaryPrompt: @escaping () -> String, continuationPrompt: String, historyPath: String?) {
        setlocale(LC_CTYPE, "")
        guard let el = nq_el_init("nq"), let history = nq_history_init(1000) else { return nil }
        self.el = el
        self.history = history
        self.historyPath = historyPath
        self.primaryPrompt = primaryPrompt
        self.continuationPrompt = continuationPrompt
        promptText = strdup("nq> ")
        _ = nq_el_set_editor(el, "emacs")
        _ = nq_el_set_signal(el, 1)
        _ = nq_el_set_history(el, history)
        _ = nq_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        _ = nq_el_set_prompt(el) { el in
            guard let el, let data = nq_el_get_clientdata(el) else { return nil }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().promptText
        }
        _ = nq_el_add_function(el, "nq-complete", "Complete the word before the cursor") { el, _ in
            guard let el, let data = nq_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().completeLine()
        }
        _ = nq_el_bind(el, "^I", "nq-complete")
        _ = el_source(el, nil)  // ~/.editrc
        if let path = historyPath, FileManager.default.fileExists(atPath: path) {
            HistoryFile(path: path).trim()
            if nq_history_load(history, path) < 0 {
                warnings.append("warning: could not read the history in \(path); starting with an empty history")
            }
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
        promptText = strdup(continuation ? continuationPrompt : primaryPrompt())
        Interrupts.reset()
        var count: Int32 = 0
        guard let raw = el_gets(el, &count) else {
            if count == -1 && (errno == EINTR || Interrupts.pending) {
                FileDescriptorSink.standardOutput.write("^C\n")
                return .interrupted
            }
            return .end
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// A whole statement is one history entry; its lines are joined (a trailing `\` dropped).
    public func remember(_ statement: String) {
        let lines = statement.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var l = line
            while l.last == " " { l.removeLast() }
            if l.last == "\\" { l.removeLast() }
            return l
        }
        // A password in a database URL is not kept (neither in memory's history nor in the file).
        let entry = Credentials.hidden(in: lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " "))
        guard !entry.isEmpty else { return }
        _ = nq_history_enter(history, entry)
        // Appended now, under a lock, beside what other running shells append (mode 0600).
        if let path = historyPath, !historyFailed, !HistoryFile(path: path).append(entry) {
            historyFailed = true
            FileDescriptorSink.standardError.write("warning: could not save the history to \(path)\n")
        }
    }

    /// Tab: one candidate replaces the word; several extend it to what they share, or are listed in columns.
    func completeLine() -> UInt8 {
        guard let completer, let info = el_line(el) else { return UInt8(CC_ERROR) }
        let length = info.pointee.cursor - info.pointee.buffer
        let before = String(decoding: UnsafeRawBufferPointer(start: info.pointee.buffer, count: length), as: UTF8.self)
        let completion = completer.complete(before)
        let typed = String(before.suffix(completion.replacing))
        switch completion.candidates.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            let c = completion.candidates[0]
            el_deletestr(el, Int32(typed.unicodeScalars.count))
            _ = el_insertstr(el, c + (c.hasSuffix("/") ? "" : " "))
            return UInt8(CC_REFRESH)
        default:
            let common = Completer.commonPrefix(completion.candidates)
            if common.count > typed.count {
                el_deletestr(el, Int32(typed.unicodeScalars.count))
                _ = el_insertstr(el, common)
                return UInt8(CC_REFRESH)
            }
            FileDescriptorSink.standardOutput.write("\n" + Completer.columns(completion.candidates, width: Terminal.columns() ?? 80))
            return UInt8(CC_REDISPLAY)
        }
    }
}
