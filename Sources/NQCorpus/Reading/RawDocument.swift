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
    /// Who wrote it (a web page's byline or metadata).
    public var author: String? = nil
    /// Its language, as a two- or three-letter code (a web page's `<html lang>`).
    public var language: String? = nil

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
    public enum Kind: Sendable, Hashable {
        /// The file (or record) was not loaded.
        case skipped
        /// It was loaded, but not as it was (bytes repaired).
        case repaired
        /// Worth knowing, nothing wrong (a file loaded already, a link not followed).
        case note
    }

    public var path: String
    public var reason: String
    public var kind: Kind

    public init(path: String, reason: String, kind: Kind = .skipped) {
        self.path = path
        self.reason = reason
        self.kind = kind
    }

    /// The warning line for it, safe for a terminal (control characters in a file name shown visibly).
    public var warning: String {
        let place = "\(path.visible(newlines: false)): \(reason.visible(newlines: false))"
        switch kind {
        case .skipped: return "warning: \(place) (skipped)\n"
        case .repaired: return "warning: \(place)\n"
        case .note: return "note: \(place)\n"
        }
    }

    public var description: String { "\(path): \(reason)" }
}

/// What reading one file gave: its documents and what had to be skipped.
public struct ReadResult: Sendable {
    public var documents: [RawDocument] = []
    public var problems: [LoadProblem] = []
    /// A check of the file's bytes (to know a file is loaded already).
    public var fingerprint: UInt64? = nil

    public init(documents: [RawDocument] = [], problems: [LoadProblem] = []) {
        self.documents = documents
        self.problems = problems
    }
}
