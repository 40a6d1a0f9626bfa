import NQSupport
/// A block of text as a reader found it: blank-line separated text, or an HTML element.
public struct RawBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Plain text: analysis decides whether it is a paragraph, a heading, a dateline or furniture.
        case text
        /// Marked up as a heading (HTML h2–h6).
        case heading
        /// Marked up as a paragraph (HTML p, li, blockquote).
        case paragraph
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .text) {
        self.text = text
        self.kind = kind
    }
}

/// One article as read from a file, before cleaning and analysis.
public struct RawDocument: Sendable {
    public var title: String?
    public var blocks: [RawBlock]
    public var date: String?
    public var url: String?
    public var source: String?
    public var category: String?
    public var path: String

    public init(title: String?, blocks: [RawBlock], date: String? = nil, url: String? = nil,
                source: String? = nil, category: String? = nil, path: String) {
        self.title = title
        self.blocks = blocks
        self.date = date
        self.url = url
        self.source = source
        self.category = category
        self.path = path
    }
}

/// A file, or part of one, that could not be loaded; it is reported and skipped.
public struct LoadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The warning line for it, safe for a terminal (control characters in a file name shown visibly).
    public var warning: String { "warning: \(path.visible(newlines: false)): \(reason.visible(newlines: false)) (skipped)\n" }

    public var description: String { "\(path): \(reason)" }
}

/// What reading one file gave: its documents and what had to be skipped.
public struct ReadResult: Sendable {
    public var documents: [RawDocument] = []
    public var problems: [LoadProblem] = []

    public init(documents: [RawDocument] = [], problems: [LoadProblem] = []) {
        self.documents = documents
        self.problems = problems
    }
}
