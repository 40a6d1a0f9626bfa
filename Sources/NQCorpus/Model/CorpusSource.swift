/// Where corpora come from and where they are saved: the seam between the language (which asks for a
/// corpus by what the user named) and the parts that make one (the analysis of files, the store).
/// The executable wires the real ones; tests give a corpus of records made in the test.
public protocol CorpusSource: Sendable {
    /// Adds what `specs` name (files, folders, globs, saved stores) to `corpus`. Files that cannot be
    /// read are reported in the result and skipped; specs that give nothing at all throw, and so does
    /// a load that `isCancelled` stopped (what was loaded by then stays, and the error says so).
    func load(_ specs: [String], into corpus: inout Corpus, progress: LoadProgress?,
              isCancelled: @escaping @Sendable () -> Bool) throws(LoadFailure) -> LoadReport
    /// Writes the analysed corpus to a store at `path`.
    func save(_ corpus: Corpus, to path: String) throws(LoadFailure)
}

/// Progress as files finish: (files done, files in all, bytes read so far).
public typealias LoadProgress = @Sendable (_ done: Int, _ total: Int, _ bytes: Int) -> Void

/// What a load added.
public struct LoadReport: Sendable, Equatable {
    public var articles: Int
    public var files: Int
    /// Files or rows skipped, each with its reason (warnings).
    public var problems: [LoadProblem]

    public init(articles: Int = 0, files: Int = 0, problems: [LoadProblem] = []) {
        self.articles = articles
        self.files = files
        self.problems = problems
    }

    public static func += (a: inout LoadReport, b: LoadReport) {
        a.articles += b.articles
        a.files += b.files
        a.problems += b.problems
    }
}

/// A load or save that failed as a whole: which of the specs (by position), what went wrong, how to fix it.
public struct LoadFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var spec: Int
    public var message: String
    public var suggestion: String?
    /// What was skipped on the way (reported before the failure).
    public var problems: [LoadProblem]

    public init(spec: Int = 0, _ message: String, suggestion: String? = nil, problems: [LoadProblem] = []) {
        self.spec = spec
        self.message = message
        self.suggestion = suggestion
        self.problems = problems
    }

    public var description: String { suggestion.map { "\(message) — \($0)" } ?? message }
}

/// A source that has nothing to load and cannot save: a language without the analysis or a store.
public struct NoCorpusSource: CorpusSource {
    public init() {}

    public func load(_ specs: [String], into corpus: inout Corpus, progress: LoadProgress?,
                     isCancelled: @escaping @Sendable () -> Bool) throws(LoadFailure) -> LoadReport {
        throw LoadFailure("loading is not available in this build")
    }

    public func save(_ corpus: Corpus, to path: String) throws(LoadFailure) {
        throw LoadFailure("saving a store is not available in this build")
    }
}
