import Foundation
import NQAnalysis
import NQCorpus
import NQStore
import NQSupport

/// The corpus source of the executable: files analysed by `CorpusLoader`, saved stores (`.nqdb`)
/// opened and written by `SQLiteStore`. The one place that decides "a store, or files?".
struct FilesAndStores: CorpusSource {
    var store = SQLiteStore()
    /// `--shard K/N`: only the articles of shard K of N are loaded (`Shard`).
    var shard: Shard? = nil

    /// A store is known by its content (an SQLite database), or by its name when it does not exist yet.
    static func isStore(_ spec: String) -> Bool {
        PostgresEngine.isURL(spec) || spec.lowercased().hasSuffix(".nqdb") || SQLiteStore.looksLikeSQLite((spec as NSString).expandingTildeInPath)
    }

    func load(_ specs: [String], into corpus: inout Corpus, progress: LoadProgress?,
              isCancelled: @escaping @Sendable () -> Bool) throws(LoadFailure) -> LoadReport {
        var report = LoadReport()
        for (k, spec) in specs.enumerated() where Self.isStore(spec) {
            do {
                let opened = PostgresEngine.isURL(spec) ? try PostgresEngine(url: spec).loadCorpus() : try store.open(spec)
                report.articles += opened.articles.count
                corpus.add(contentsOf: opened)
            } catch {
                throw LoadFailure(spec: k, "cannot open \(Credentials.hidden(in: spec)): \(error)",
                                  suggestion: "check the path; a store is made with save \"FILE.nqdb\"")
            }
        }
        let files = specs.enumerated().filter { !Self.isStore($0.element) }
        guard let first = files.first else { return report }
        var loader = CorpusLoader()
        loader.shard = shard
        let summary = loader.load(files.map(\.element), into: &corpus, progress: progress, isCancelled: isCancelled)
        report += LoadReport(articles: summary.articles, files: summary.files, problems: summary.problems)
        if let done = summary.interruptedAfter {
            throw LoadFailure(spec: first.offset, "interrupted: \(report.articles) article\(report.articles == 1 ? "" : "s") from the first \(done) of \(summary.files) files were loaded",
                              suggestion: "load the rest again (files loaded already are passed over)", problems: summary.problems)
        }
        // Nothing from the files (a folder with no articles, a path that does not exist): an error,
        // unless they were all loaded already.
        if summary.articles == 0 && summary.alreadyLoaded == 0 && shard == nil {
            throw LoadFailure(spec: first.offset, "nothing was loaded from \(files.map(\.element).joined(separator: ", "))",
                              suggestion: "give a file, a folder or a glob that exists", problems: summary.problems)
        }
        return report
    }

    func save(_ corpus: Corpus, to path: String) throws(LoadFailure) {
        do {
            if PostgresEngine.isURL(path) { return try PostgresEngine.save(corpus, to: path) }
            try store.save(corpus, to: path)
        } catch SQLiteStore.StoreError.refused(let why, let fix), SQLiteStore.StoreError.cannotWrite(let why, let fix) {
            throw LoadFailure(why, suggestion: fix)
        } catch {
            if PostgresEngine.isURL(path) {
                throw LoadFailure("cannot save to \(Credentials.hidden(in: path)): \(error)", suggestion: "check the server, the database and the user's rights")
            }
            throw LoadFailure("cannot save to \(path): \(error)", suggestion: "check that the folder exists and is writable")
        }
    }
}
