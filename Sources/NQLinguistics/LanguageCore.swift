import Foundation
import NQSupport

/// A word of a sentence as the language core sees it.
public struct AnnotatedWord: Sendable, Hashable {
    public var form: String
    public var lemma: String
    public var upos: String
    /// The head's index in the sentence (1-based), 0 for the root; nil until a parser is loaded.
    public var head: Int?
    public var relation: String?
}

/// The trained language core: annotate a sentence's words with lemma, part of speech (and, with a
/// parser, head and relation). Models are read once from the files shipped with nq.
public final class LanguageCore: Sendable {
    public let tagger: Tagger
    public let lemmatizer: Lemmatizer
    /// The parser's payload, checked (checksum, version) when the core was read; decoded on first use,
    /// so that start-up does not pay for building its tables.
    private let parserPayload: [UInt8]?
    private let parserMemo = Memo<ParserBox>()
    private final class ParserBox: Sendable {
        let parser: DependencyParser?
        init(_ parser: DependencyParser?) { self.parser = parser }
    }

    public init(tagger: Tagger, lemmatizer: Lemmatizer, parser: DependencyParser? = nil) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        parserPayload = nil
        if let parser { _ = parserMemo.get { ParserBox(parser) } }
    }

    init(tagger: Tagger, lemmatizer: Lemmatizer, parserPayload: [UInt8]?) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parserPayload = parserPayload
    }

    /// The dependency parser, nil when none was shipped.
    public var parser: DependencyParser? {
        parserMemo.get { ParserBox(parserPayload.flatMap { try? ModelCoding.parser(payload: $0) }) }.parser
    }

    public func annotate(_ words: [String], parsing: Bool = true) -> [AnnotatedWord] {
        let tags = tagger.tag(words)
        var out = zip(words, tags).map { AnnotatedWord(form: $0, lemma: lemmatizer.lemma($0, $1), upos: $1, head: nil, relation: nil) }
        if parsing, let parser {
            for (k, arc) in parser.parse(words, tags: tags).enumerated() {
                out[k].head = arc.head
                out[k].relation = arc.relation
            }
        }
        return out
    }

    /// The bytes of one shipped model file (`tagger.nqm`, `names.nqm`, …), nil when it cannot be read:
    /// for a part of the core used alone.
    public static func shippedFile(_ name: String) -> [UInt8]? {
        (try? Data(contentsOf: shippedFolder.appendingPathComponent(name))).map { [UInt8]($0) }
    }

    /// The core shipped with nq (`NQ_MODELS` names another folder of model files).
    public static func shipped() throws(ModelError) -> LanguageCore {
        try load(from: shippedFolder)
    }

    public static var shippedFolder: URL {
        if let folder = ProcessInfo.processInfo.environment["NQ_MODELS"], !folder.isEmpty {
            return URL(fileURLWithPath: folder)
        }
        return Bundle.module.resourceURL!.appendingPathComponent("Models")
    }

    /// Checks the model files of `folder` (magic, version, kind, length; with `checksums` their
    /// checksums too) without keeping them: what start-up does, so that a missing, cut or foreign file
    /// is said at once while the models' memory and the time to read them are spent only when they are
    /// used (a file damaged inside is found by its checksum then).
    public static func check(_ folder: URL = shippedFolder, checksums: Bool = false) throws(ModelError) {
        for (name, kind, required) in [("tagger.nqm", "tagger", true), ("lemmas.nqm", "lemmas", true), ("parser.nqm", "parser", false),
                                       ("names.nqm", "names", false)] {
            let path = folder.appendingPathComponent(name).path
            guard FileManager.default.isReadableFile(atPath: path) else {
                if required { throw .notAModel("\(name) cannot be read") }
                continue
            }
            try ModelFile.check(fileAt: path, kind: kind, checksum: checksums)
        }
    }

    /// The core from a folder of model files (tagger.nqm, lemmas.nqm, and parser.nqm when there is one).
    public static func load(from folder: URL) throws(ModelError) -> LanguageCore {
        func bytes(_ name: String) throws(ModelError) -> [UInt8] {
            guard let d = try? Data(contentsOf: folder.appendingPathComponent(name)) else { throw .notAModel("\(name) cannot be read") }
            return [UInt8](d)
        }
        // The parser is used when its file is there (it is not shipped until it meets its bar: Models/README.md).
        let hasParser = FileManager.default.fileExists(atPath: folder.appendingPathComponent("parser.nqm").path)
        return LanguageCore(tagger: try ModelCoding.tagger(try bytes("tagger.nqm")),
                            lemmatizer: try ModelCoding.lemmatizer(try bytes("lemmas.nqm")),
                            parserPayload: hasParser ? try ModelFile.unwrap(try bytes("parser.nqm"), kind: "parser") : nil)
    }
}

/// The models as files (`ModelFile` around each payload).
public enum ModelCoding {
    public static func bytes(_ t: Tagger) -> [UInt8] {
        var w = BinaryWriter()
        t.model.write(&w)
        let words = t.dictionary.keys.sorted()
        w.u32(UInt32(words.count))
        for k in words {
            w.string(k)
            w.u32(UInt32(t.dictionary[k]!))
        }
        return ModelFile.wrap(kind: "tagger", payload: w.bytes)
    }

    public static func tagger(_ bytes: [UInt8]) throws(ModelError) -> Tagger {
        var r = BinaryReader(try ModelFile.unwrap(bytes, kind: "tagger"))
        let model = try LinearModel.read(&r)
        let n = Int(try r.u32())
        guard n < 10_000_000 else { throw .damaged("a dictionary of \(n) words") }
        var d: [String: Int] = [:]
        for _ in 0..<n {
            let k = try r.string()
            let t = Int(try r.u32())
            guard t < model.classes.count else { throw .damaged("a dictionary tag") }
            d[k] = t
        }
        guard r.isAtEnd else { throw .damaged("bytes after the dictionary") }
        return Tagger(model: model, dictionary: d)
    }

    public static func bytes(_ e: EntityRecognizer) -> [UInt8] {
        var w = BinaryWriter()
        e.model.write(&w)
        e.lexicon.write(&w)
        return ModelFile.wrap(kind: "entities", payload: w.bytes)
    }

    public static func entityRecognizer(_ bytes: [UInt8]) throws(ModelError) -> EntityRecognizer {
        var r = BinaryReader(try ModelFile.unwrap(bytes, kind: "entities"))
        let model = try LinearModel.read(&r)
        guard model.classes == EntityRecognizer.labels else { throw .damaged("its labels") }
        let lexicon = try NameLexicon.read(&r)
        guard r.isAtEnd else { throw .damaged("bytes after the lexicon") }
        return EntityRecognizer(model: model, lexicon: lexicon)
    }

    public static func bytes(_ t: SpanTyper) -> [UInt8] {
        var w = BinaryWriter()
        t.model.write(&w)
        return ModelFile.wrap(kind: "names", payload: w.bytes)
    }

    public static func spanTyper(_ bytes: [UInt8]) throws(ModelError) -> SpanTyper {
        var r = BinaryReader(try ModelFile.unwrap(bytes, kind: "names"))
        let model = try LinearModel.read(&r)
        guard model.classes == SpanTyper.classes else { throw .damaged("its classes") }
        guard r.isAtEnd else { throw .damaged("bytes after the weights") }
        return SpanTyper(model: model)
    }

    public static func bytes(_ p: DependencyParser) -> [UInt8] {
        var w = BinaryWriter()
        p.model.write(&w)
        w.u32(UInt32(p.beam))
        return ModelFile.wrap(kind: "parser", payload: w.bytes)
    }

    public static func parser(_ bytes: [UInt8]) throws(ModelError) -> DependencyParser {
        try parser(payload: try ModelFile.unwrap(bytes, kind: "parser"))
    }

    /// A parser from a payload already unwrapped (checked).
    static func parser(payload: [UInt8]) throws(ModelError) -> DependencyParser {
        var r = BinaryReader(payload)
        let model = try LinearModel.read(&r)
        // The beam it was trained with (files without one were trained greedily).
        let beam = r.isAtEnd ? 1 : Int(try r.u32())
        guard r.isAtEnd, (1...64).contains(beam) else { throw .damaged("bytes after the weights") }
        guard model.classes.first == "shift", model.classes.dropFirst().allSatisfy({ $0.hasPrefix("left:") || $0.hasPrefix("right:") }) else {
            throw .damaged("its transitions")
        }
        return DependencyParser(model: model, beam: beam)
    }

    public static func bytes(_ l: Lemmatizer) -> [UInt8] {
        var w = BinaryWriter()
        l.write(&w)
        return ModelFile.wrap(kind: "lemmas", payload: w.bytes)
    }

    public static func lemmatizer(_ bytes: [UInt8]) throws(ModelError) -> Lemmatizer {
        var r = BinaryReader(try ModelFile.unwrap(bytes, kind: "lemmas"))
        let l = try Lemmatizer.read(&r)
        guard r.isAtEnd else { throw .damaged("bytes after the table") }
        return l
    }
}
