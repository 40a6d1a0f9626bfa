import Foundation
import NQCorpus
import NQWeb
import NQSupport

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

    /// What a load into a corpus did.
    public struct Summary: Sendable {
        public var articles: Int
        public var problems: [LoadProblem]
        public var files: Int
        /// Files passed over because the corpus holds them already.
        public var alreadyLoaded = 0
        /// Ctrl-C stopped the load after this many files (their articles are in).
        public var interruptedAfter: Int? = nil
    }

    /// Files are read and analysed in batches of about this many bytes, so that the raw text of a
    /// batch is let go before the next is read: memory holds the corpus and one batch, not all the
    /// raw documents besides.
    public var batchBytes = 2 << 20
    /// A shard of a map step (`--shard K/N`): only its articles are loaded (`Shard`).
    public var shard: Shard? = nil

    public init() {}

    /// Loads into `corpus`, batch by batch, in the order of the files. A batch joins the corpus on a
    /// thread of its own while the next batch is analysed, and the batch after it is read on another
    /// (the first batch is read on all cores), so no core waits for the join or for the disk.
    public func load(_ specs: [String], into corpus: inout Corpus, progress: Progress? = nil,
                     isCancelled: @escaping @Sendable () -> Bool = { false }) -> Summary {
        var (files, problems) = PathExpansion.expand(specs)
        // A file named twice, or loaded before with the same content, is read once. (Files of a
        // reopened store are known by their articles' paths.)
        var known = corpus.loadedFiles
        let isKnownURL = corpus.isKnownURL
        var urls = Set<String>()
        let storedPaths: Set<String> = corpus.loadedFiles.isEmpty && !corpus.articles.isEmpty
            ? Set(corpus.articles.map { $0.path.split(separator: "#", maxSplits: 1).first.map(String.init) ?? $0.path }) : []
        var alreadyLoaded = 0
        var named: Set<String> = []
        let shard = self.shard
        files = files.filter { file in
            guard named.insert(file.path).inserted else { return false }
            if let shard, !Shard.holdsMany(file.path), !shard.keeps(file.path) { return false }
            if storedPaths.contains(file.path) {
                problems.append(LoadProblem(path: file.path, reason: "already in the corpus (from the store), not loaded again", kind: .note))
                alreadyLoaded += 1
                return false
            }
            return true
        }
        var added = 0
        var interruptedAfter: Int? = nil
        let sizes = files.map { Self.fileSize($0.path) }
        let totalSize = sizes.reduce(0, +)
        let joiner = Joiner(corpus, totalSize: totalSize)
        // The rules' trained models (the tagger, the name typer) are read on a thread of their own while the first
        // files are read, for a corpus of a megabyte or more, which asks them: read the first time an article asks
        // them, every worker would wait for the one reading them.
        let models = totalSize >= 1 << 20 ? Prefetch { _ = SentenceTagger.tagger; _ = NameTyping.typer; return true } : nil
        defer { _ = models?.wait() }
        // The batches: consecutive files of about `batchBytes` together.
        var batches: [(files: Range<Int>, size: Int)] = []
        var first = 0
        while first < files.count {
            var end = first, size = 0
            while end < files.count, end == first || size < batchBytes {
                size += sizes[end]
                end += 1
            }
            batches.append((first..<end, size))
            first = end
        }
        var next: Prefetch<[ReadResult]>? = nil
        let read: @Sendable (FileToRead) -> ReadResult = { file in
            var keep: (@Sendable (String) -> Bool)? = nil
            if let shard, Shard.holdsMany(file.path) { keep = { shard.keeps($0) } }
            return ArticleFiles.read(path: file.path, category: file.category, isCancelled: isCancelled, keep: keep)
        }
        for (k, batch) in batches.enumerated() {
            if isCancelled() {
                _ = next?.wait()
                interruptedAfter = batch.files.lowerBound
                break
            }
            var reads = next?.wait() ?? ConcurrentMap.map(Array(files[batch.files]), read)
            if k + 1 < batches.count {
                let following = files[batches[k + 1].files]
                // Read on all cores too (web pages cost more to read than to analyse), beside the analysis of this batch.
                next = Prefetch { ConcurrentMap.map(Array(following), read) }
            }
            for (r, file) in zip(reads.indices, files[batch.files]) {
                guard let print = reads[r].fingerprint else { continue }
                // (A shard remembers its part of a file of many articles, not the file.)
                let key = shard?.fileKey(file.path) ?? file.path
                if known[key] == print {
                    reads[r] = ReadResult(problems: [LoadProblem(path: file.path, reason: "already loaded (same path and content), not loaded again", kind: .note)])
                    alreadyLoaded += 1
                } else {
                    known[key] = print
                }
            }
            // A big CSV file is many articles: they are analysed on all cores too.
            for read in reads { problems += read.problems }
            var documents = Self.documents(taking: &reads)
            if let isKnownURL {
                // Articles whose url is kept already (a store appended to, or earlier in this load) are passed over.
                var repeated: [String: Int] = [:]
                documents = documents.filter { d in
                    guard let u = d.url, !u.isEmpty, !urls.insert(u).inserted || isKnownURL(u) else { return true }
                    repeated[d.path.split(separator: "#", maxSplits: 1).first.map(String.init) ?? d.path, default: 0] += 1
                    return false
                }
                for (path, n) in repeated.sorted(by: { $0.key < $1.key }) {
                    problems.append(LoadProblem(path: path, reason: "\(n) article\(n == 1 ? "" : "s") already in the store (same url), not added again", kind: .note))
                }
            }
            let articles = ConcurrentMap.map(documents) { ArticleBuilder.build($0) }
            added += articles.count
            let (done, count) = (batch.files.upperBound, files.count)
            joiner.join(consume articles, size: batch.size) { bytes in progress?(done, count, bytes) }
        }
        corpus = joiner.finish()
        corpus.loadedFiles = known
        // The batches' raw text and working memory are free now: their pages go back before the
        // postings are made (the workers' malloc arenas would hold them beside the postings' new
        // ones), and the postings' working memory after. (Not after each batch: the pool's threads
        // reuse what a batch freed for the next.)
        MemoryTrim.trim()
        corpus.prepareIndexes()
        MemoryTrim.trim()
        return Summary(articles: added, problems: problems, files: files.count, alreadyLoaded: alreadyLoaded, interruptedAfter: interruptedAfter)
    }

    /// Work done on a thread of its own, its result waited for later.
    final class Prefetch<T: Sendable>: @unchecked Sendable {
        private var value: T?
        private let done = DispatchSemaphore(value: 0)

        init(_ work: @escaping @Sendable () -> T) {
            ConcurrentMap.thread { [self] in
                value = work()
                done.signal()
            }
        }

        func wait() -> T {
            done.wait()
            return value!
        }
    }

    /// Adds batches to a corpus in order, each on a thread while the caller prepares the next.
    final class Joiner: @unchecked Sendable {
        private var corpus: Corpus
        private let bytesBefore: Int
        private let startedEmpty: Bool
        private let totalSize: Int
        private var sizeSoFar = 0
        private var running: DispatchSemaphore? = nil
        /// The batch being added, handed over to the joining thread (so it is changed in place).
        private var pending: [AnalyzedArticle] = []

        init(_ corpus: Corpus, totalSize: Int) {
            self.corpus = corpus
            bytesBefore = corpus.textBytes
            startedEmpty = corpus.articles.isEmpty
            self.totalSize = totalSize
        }

        /// Starts adding a batch once the one before is in; `done` is told the text bytes added so far.
        func join(_ batch: consuming [AnalyzedArticle], size: Int, done: @escaping @Sendable (Int) -> Void) {
            running?.wait()
            let finished = DispatchSemaphore(value: 0)
            running = finished
            // Moved, not copied: a copy alive while the joining thread starts would make every
            // article's tables shared, and changing them in place would copy each one.
            pending = consume batch
            ConcurrentMap.thread { [self] in
                var taken: [AnalyzedArticle] = []
                swap(&taken, &pending)
                corpus.add(contentsOf: consume taken)
                let firstBatch = sizeSoFar == 0
                sizeSoFar += size
                if firstBatch, startedEmpty, sizeSoFar < totalSize, sizeSoFar > 0 {
                    // Room for the rest, in the proportions of the first batch (and a little more).
                    corpus.reserveCapacity(scalingBy: 1.05 * Double(totalSize) / Double(sizeSoFar))
                }
                done(corpus.textBytes - bytesBefore)
                finished.signal()
            }
        }

        /// The corpus with every batch in.
        func finish() -> Corpus {
            running?.wait()
            running = nil
            return corpus
        }
    }

    /// Loads into a list of analysed articles (for tests and tools that want them apart from a corpus).
    public func load(_ specs: [String]) -> Outcome {
        let (files, expansionProblems) = PathExpansion.expand(specs)
        var reads = ConcurrentMap.map(files, Self.read)
        var problems = expansionProblems
        for read in reads { problems += read.problems }
        let articles = ConcurrentMap.map(Self.documents(taking: &reads)) { ArticleBuilder.build($0) }
        return Outcome(articles: articles, problems: problems, files: files.count)
    }

    /// The documents of the reads in order, moved out of them (a copy would retain every string of
    /// every document, and the reads' release them again, while the cores wait for the next map).
    static func documents(taking reads: inout [ReadResult]) -> [RawDocument] {
        var documents: [RawDocument] = []
        documents.reserveCapacity(reads.reduce(0) { $0 + $1.documents.count })
        for k in reads.indices {
            var taken: [RawDocument] = []
            swap(&taken, &reads[k].documents)
            if taken.count == 1 { documents.append(taken.removeLast()); continue }
            taken.reverse()
            while let document = taken.popLast() { documents.append(document) }
        }
        return documents
    }

    @Sendable static func read(_ file: FileToRead) -> ReadResult {
        ArticleFiles.read(path: file.path, category: file.category)
    }

    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
