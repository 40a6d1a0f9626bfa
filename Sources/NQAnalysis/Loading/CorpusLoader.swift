import Foundation
import NQCorpus

/// Loads what a user names (files, folders, globs) into analysed articles, reading and analysing
/// files on all cores. Bad files are reported, never fatal.
public struct CorpusLoader: Sendable {
    /// Progress as files finish: (files done, files in all, bytes read so far).
    public typealias Progress = @Sendable (_ done: Int, _ total: Int, _ bytes: Int) -> Void

    public struct Outcome: Sendable {
        public var articles: [AnalyzedArticle]
        public var problems: [LoadProblem]
        public var files: Int
    }

    public init() {}

    public func load(_ specs: [String], progress: Progress? = nil) -> Outcome {
        let (files, expansionProblems) = PathExpansion.expand(specs)
        // Read the files on all cores, then analyse their documents on all cores (a big CSV file is
        // many articles).
        let reads = ConcurrentMap.map(files) { file in DocumentReader.read(path: file.path, category: file.category) }
        let documents = reads.flatMap(\.documents)
        let bytes = ByteCounter()
        let articles = ConcurrentMap.map(documents) { doc -> AnalyzedArticle in
            let a = ArticleBuilder.build(doc)
            bytes.add(a.article.text.utf8.count)
            return a
        } progress: { done, total in
            progress?(done, total, bytes.value)
        }
        var problems = expansionProblems
        for read in reads { problems += read.problems }
        return Outcome(articles: articles, problems: problems, files: files.count)
    }
}

/// `map` over an array on all cores, results in input order.
public enum ConcurrentMap {
    public static func map<T: Sendable, R: Sendable>(
        _ items: [T], _ transform: @Sendable (T) -> R,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            let r = transform(items[i])
            let done = box.set(i, r)
            progress?(done, items.count)
        }
        return box.values()
    }

    final class ResultBox<R: Sendable>: @unchecked Sendable {
        private var results: [R?]
        private var done = 0
        private let lock = NSLock()

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ r: R) -> Int {
            lock.lock()
            defer { lock.unlock() }
            results[i] = r
            done += 1
            return done
        }

        func values() -> [R] { results.map { $0! } }
    }
}

/// A byte count shared by the loading threads.
final class ByteCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0

    func add(_ n: Int) {
        lock.lock()
        total += n
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
}
