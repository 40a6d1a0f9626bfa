import Foundation
import NQLanguage

/// Loading progress on standard error, shown once loading has taken a second: files, articles, MB/s.
final class ProgressBar: @unchecked Sendable {
    let errors: OutputSink
    let started = Date()
    let lock = NSLock()
    var shown = false
    var bytes = 0

    init(errors: OutputSink) { self.errors = errors }

    func update(_ done: Int, _ total: Int, _ bytesSoFar: Int) {
        lock.lock()
        defer { lock.unlock() }
        bytes = bytesSoFar
        let elapsed = Date().timeIntervalSince(started)
        guard elapsed > 1, done % max(1, total / 100) == 0 || done == total else { return }
        shown = true
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let rate = Double(bytes) / 1_000_000 / max(0.001, elapsed)
        errors.write("\rloading [" + String(repeating: "█", count: filled) + String(repeating: " ", count: width - filled)
                     + "] \(done)/\(total) files, " + String(format: "%.1f MB/s", rate) + "   ")
    }

    func finish(articles: Int) {
        lock.lock()
        defer { lock.unlock() }
        if shown { errors.write("\rloaded \(articles) articles in " + String(format: "%.1f s", Date().timeIntervalSince(started)) + String(repeating: " ", count: 40) + "\n") }
    }
}
