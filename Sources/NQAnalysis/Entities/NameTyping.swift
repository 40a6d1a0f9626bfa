import Foundation
import NQCorpus
import NQLinguistics

/// The trained name typer (`NQLinguistics.SpanTyper`, `Models/names.nqm`) for the names that neither
/// the gazetteer nor a rule's evidence types: "Noam Chomsky said", "at Kyoto University", "in
/// Ziguinchor". Read the first time such a name is met; without the file (a damaged install, which
/// start-up reports) those names stay "other". `NQ_NAME_TYPER=off` leaves it out (for measuring).
public enum NameTyping {
    static let shipped: SpanTyper? = {
        if ProcessInfo.processInfo.environment["NQ_NAME_TYPER"] == "off" { return nil }
        return LanguageCore.shippedFile("names.nqm").flatMap { try? ModelCoding.spanTyper($0) }
    }()

    /// A typer to use instead of the shipped one: nq-train's cross-validation (`--folds`) sets it — a typer
    /// that has not seen the documents it is measured on — before any article is analysed, never while one is.
    nonisolated(unsafe) public static var replacement: SpanTyper?

    static var typer: SpanTyper? { replacement ?? shipped }

    static let types: [String: EntityType] = ["PER": .person, "ORG": .organization, "LOC": .place]

    /// The type of the name at `range` of a paragraph's tokens, from the words of the name and two
    /// tokens either side (a possessive "'s" a word of its own, as the treebanks write it).
    static func type(_ typer: SpanTyper, _ tokens: [TextToken], _ range: Range<Int>) -> EntityType {
        var words: [String] = []
        var span = 0..<0
        for k in max(0, range.lowerBound - 2)..<min(tokens.count, range.upperBound + 2) {
            if k == range.lowerBound { span = words.count..<words.count }
            let t = tokens[k].text
            let bare = tokens[k].kind == .word && tokens[k].hasApostrophe ? Gazetteer.stripPossessive(t) : t
            words.append(bare)
            if k + 1 == range.upperBound { span = span.lowerBound..<words.count }
            if bare.utf8.count < t.utf8.count { words.append("'s") }
        }
        let (type, margin) = typer.type(words, span)
        return margin >= minimumMargin ? types[type] ?? .other : .other
    }

    /// How far the typer's best class must lead the next for a name to take it (else it stays "other"):
    /// 4, for precision. On the held-out GUM documents, typed F1 0.577 with no margin (precision 0.577),
    /// 0.571 with 4 (precision 0.611); with 4 the demo corpus's most mentioned things that are none of
    /// the three (CentOS, Minetest, COVID-19) stay "other".
    static let minimumMargin: Float = 4
}
