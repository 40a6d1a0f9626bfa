import NQCorpus

/// Finds the named entities an article mentions, links their mentions (a later "Lavrov" is the earlier
/// "Sergei Lavrov"; an acronym in brackets is its full name's alias) and types them from evidence in
/// the text (titles, given names, organisation words, prepositions of place) and the gazetteer.
/// Linear: one pass over each paragraph's tokens, dictionary look-ups only.
public enum EntityRecognizer {
    /// Words joining a name's parts: "Organization for Security and Co-operation in Europe".
    static let connectors = WordSet(.connectors, ["of", "for", "and", "in", "on", "the", "de", "del", "da", "von", "van", "&", "al", "bin"])
    static let placeWords = WordSet(.placeWords, ["city", "county", "province", "island", "islands", "river", "lake", "mountain",
                                          "mountains", "street", "avenue", "road", "square", "bridge", "airport", "station",
                                          "park", "valley", "bay", "coast", "beach", "region", "district", "peninsula",
                                          "plaza", "hall", "stadium", "arena", "village", "town", "harbour", "harbor", "port",
                                          "strait", "sea", "ocean", "desert", "forest", "canyon", "falls", "mount", "cathedral"])
    /// Capitalised at the start of a sentence, but not names.
    static let sentenceWords = WordSet(.sentenceWords, [
        "neither", "either", "both", "each", "every", "all", "some", "many", "most", "several", "such", "another",
        "other", "no", "yes", "also", "however", "meanwhile", "although", "though", "despite", "after", "before",
        "during", "since", "while", "when", "where", "why", "how", "what", "who", "this", "that", "these", "those",
        "there", "here", "it", "its", "our", "my", "your", "his", "her", "their", "if", "as", "once", "later",
        "according", "following", "thus", "still", "instead", "nearly", "about", "only", "even", "just", "now",
        "today", "yesterday", "tomorrow", "last", "next", "first", "second", "third", "new", "more", "less",
        "further", "furthermore", "moreover", "overall", "currently", "recently", "previously", "additionally",
        "well", "yeah", "yes", "oh", "okay", "ok", "thank", "thanks", "hello", "hi", "sure", "right", "um", "uh",
        "absolutely", "definitely", "really", "actually", "maybe", "perhaps", "please", "you", "we", "they", "he",
        "she", "i", "me", "us", "them", "so", "and", "but", "or", "because", "then", "like", "great", "good",
        "utc", "gmt", "bst", "est", "edt", "pst", "pdt", "cet", "cest", "am", "pm", "a.m.", "p.m.",
    ])
    /// Adjectives of regions and peoples that are not mentions by themselves.
    static let adjectives: WordSet = ["European", "African", "Asian", "Arab", "Western", "Eastern", "Northern", "Southern",
                                          "Soviet", "Islamic", "Muslim", "Christian", "Jewish", "Hindu", "Buddhist", "Catholic",
                                          "Protestant", "Latino", "Hispanic", "Black", "White", "Indigenous", "Nordic", "Slavic", "Democratic", "Republican",
                                          "Middle", "Central", "Anglo", "Sunni", "Shia", "Shiite", "Kurdish", "Pashtun"]
    /// Titles that are adjectives ("former Warsaw Pact allies"): before a name they say nothing of a person.
    static let adjectivalRoles = WordSet(.adjectivalRoles, ["former", "acting", "senior", "deputy", "vice", "first", "then", "ex", "national", "state",
                                                   "general", "special", "private", "supreme", "incumbent", "security", "emergency", "home",
                                                   "foreign", "interior", "health", "finance", "economy", "justice", "press", "crown", "field"])
    /// First words that turn "X of Country" into the country: "Republic of Belarus".
    static let statePrefixes: WordSet = ["Republic", "Kingdom", "State", "Commonwealth", "Principality", "Sultanate", "Emirate", "Federation"]
    static let placePrepositions = WordSet(.placePrepositions, ["in", "at", "from", "near", "to", "across", "into", "outside", "throughout"])
    static let otherWords = WordSet(.otherWords, ["covid-19", "coronavirus", "sars-cov-2", "ebola", "brexit", "olympics", "christmas",
                                          "easter", "ramadan", "internet", "bitcoin", "hurricane", "storm", "cyclone", "typhoon",
                                          "war", "award", "prize", "cup", "championship", "championships", "games", "festival",
                                          "act", "bill", "law", "treaty", "pact", "agreement", "accord", "summit", "conference",
                                          "election", "elections", "protests", "pandemic", "virus", "disease"])

    struct Candidate {
        var range: Range<Int>       // token range
        var words: [String]
        var gazetteer: Gazetteer.Entry?
        var evidence: EntityType?
        var paragraph: Int          // index into the article's paragraphs
        var sentenceStart: Bool
        /// A part of a token ("Moscow" in "pro-Moscow"), when the mention is not whole tokens.
        var token: TextToken? = nil
        /// The words joined by spaces (made once, in `extract`).
        var name = ""
        /// The last word's key (`SpeakerResolver.key`), for names not in the gazetteer (made once).
        var lastKey = ""
    }

    /// `speakers`: the people quoted in the article (evidence that their names are persons').
    public static func extract(text: String, paragraphs: [Paragraph], sentences: [Sentence], speakers: Set<String> = []) -> [Mention] {
        var text = text
        return text.withUTF8 { b in extract(b, paragraphs, sentences, speakers) }
    }

    static func extract(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: [Paragraph], _ sentences: [Sentence], _ speakers: Set<String>) -> [Mention] {
        extract(b, paragraphs, sentences, speakers, tokens: paragraphs.map { TextTokenizer.tokens(b, $0.range.start..<$0.range.end) })
    }

    static func extract(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: [Paragraph], _ sentences: [Sentence], _ speakers: Set<String>,
                        tokens tokenLists: [[TextToken]]) -> [Mention] {
        let gazetteer = Gazetteer.shared
        var candidates: [Candidate] = []
        // Words seen capitalised mid-sentence: evidence that a sentence-initial word is a name.
        var midSentence = Set<String>()
        var acronyms: [String: String] = [:]
        var acronymTypes: [String: EntityType] = [:]
        for (pi, tokens) in tokenLists.enumerated() {
            let first = candidates.count
            candidatesIn(tokens, paragraph: pi, gazetteer: gazetteer, into: &candidates)
            for k in first..<candidates.count {
                let words = candidates[k].words
                candidates[k].name = words.count == 1 ? words[0] : words.joined(separator: " ")
                if candidates[k].gazetteer == nil { candidates[k].lastKey = SpeakerResolver.key(words[words.count - 1]) }
                // Asked only of one-word names (below): only they are noted.
                if !candidates[k].sentenceStart, words.count == 1 { midSentence.insert(candidates[k].name) }
            }
            // "Full Name (ACR)".
            for k in max(0, candidates.count - 8)..<candidates.count where candidates[k].paragraph == pi && candidates[k].words.count >= 2 {
                let c = candidates[k]
                let after = c.range.upperBound
                if after + 2 < tokens.count, tokens[after].isPunctuation("("), tokens[after + 2].isPunctuation(")"),
                   SpeakerResolver.isAcronym(tokens[after + 1].text, of: c.words) {
                    acronyms[tokens[after + 1].text] = c.name
                    acronymTypes[tokens[after + 1].text] = c.gazetteer?.type ?? c.evidence ?? .other
                }
            }
        }
        // A name whose last word also stands alone elsewhere ("Perttu Ahola" … "Ahola said") is a
        // person's; so is the name of someone quoted.
        var singles = Set<String>()
        for k in candidates.indices where candidates[k].words.count == 1 && candidates[k].gazetteer == nil { singles.insert(candidates[k].lastKey) }
        for k in candidates.indices where candidates[k].gazetteer == nil && candidates[k].evidence == nil {
            let words = candidates[k].words
            if words.count >= 2, !speakers.isEmpty, speakers.contains(candidates[k].name) {
                candidates[k].evidence = .person
            } else if (2...4).contains(words.count), singles.contains(candidates[k].lastKey),
                      words.allSatisfy({ isNameWord($0) || SpeakerResolver.particles.contains($0) }), !words[0].hasSuffix("ing") {
                candidates[k].evidence = .person
            }
        }
        // Person names of the article, by surname: the name and its words.
        var fullNames: [String: (name: String, words: [String])] = [:]
        for k in candidates.indices where candidates[k].gazetteer == nil && candidates[k].words.count >= 2 && candidates[k].evidence == .person {
            let c = candidates[k]
            // Leading titles in capitals ("IM Dorsa Derakhshani") are not part of the name.
            let words = Array(c.words.drop { !isNameWord($0) && !SpeakerResolver.particles.contains($0) })
            guard words.count >= 2 else { continue }
            let key = c.lastKey
            if let existing = fullNames[key], existing.words.count >= words.count { continue }
            fullNames[key] = (words.joined(separator: " "), words)
        }

        var mentions: [Mention] = []
        mentions.reserveCapacity(candidates.count)
        var sentenceCursor = 0
        for c in candidates {
            let tokens = tokenLists[c.paragraph]
            let written = c.name
            var canonical = written
            var type = c.evidence ?? .other
            if let g = c.gazetteer {
                canonical = g.canonical
                type = g.type
            } else if !acronyms.isEmpty, let full = acronyms[written] {
                canonical = gazetteer.entries[full]?.canonical ?? full
                type = gazetteer.entries[full]?.type ?? acronymTypes[written] ?? .organization
            } else if c.words.count == 1, !fullNames.isEmpty, let full = fullNames[c.lastKey], full.name != written {
                canonical = full.name
                type = .person
            } else if c.words.count >= 2, !fullNames.isEmpty, let full = fullNames[c.lastKey], c.words.drop(while: { !isNameWord($0) }).allSatisfy(full.words.contains) {
                canonical = full.name
                type = .person
            } else if c.sentenceStart, c.words.count == 1, c.evidence == nil, !midSentence.contains(written), !isAcronym(written) {
                continue  // a capitalised first word of a sentence, and nothing more
            }
            let p = paragraphs[c.paragraph]
            let start = c.token?.start ?? tokens[c.range.lowerBound].start
            var end = c.token?.end ?? tokens[c.range.upperBound - 1].end
            let lastBytes = c.token?.bytes ?? tokens[c.range.upperBound - 1].bytes
            end -= lastBytes.count - Gazetteer.possessiveLength(lastBytes)
            while sentenceCursor + 1 < sentences.count, sentences[sentenceCursor].range.end <= start { sentenceCursor += 1 }
            let sentence = sentences.isEmpty ? 0 : sentences[sentenceCursor].index
            // The text as written: most often the name's words as joined (no new string then).
            let shownBytes = UnsafeBufferPointer(rebasing: b[start..<end])
            let shown = written.utf8Equals(shownBytes) ? written : String(decoding: shownBytes, as: UTF8.self)
            mentions.append(Mention(section: p.section, paragraph: p.index, sentence: sentence,
                                    range: TextRange(start, end), entity: canonical, text: shown, type: type))
            // "NATO-Russia Council" is also a mention of NATO (and of Russia).
            if c.token == nil, c.range.contains(where: { tokens[$0].hasHyphen }) {
                var offset = start
                for word in c.words {
                    defer { offset += word.utf8.count + 1 }
                    guard word.utf8.contains(0x2D) else { continue }
                    var partOffset = offset
                    for part in word.split(separator: "-", omittingEmptySubsequences: false) {
                        defer { partOffset += part.utf8.count + 1 }
                        let name = Gazetteer.stripPossessive(String(part))
                        guard name != canonical, let g = gazetteer.entries[name], !part.isEmpty else { continue }
                        mentions.append(Mention(section: p.section, paragraph: p.index, sentence: sentence,
                                                range: TextRange(partOffset, partOffset + name.utf8.count),
                                                entity: g.canonical, text: name, type: g.type))
                    }
                }
            }
        }
        return mentions
    }

    /// Shaped like a name's word: a capital, then small letters ("Ahola", "O'Brien", "Jean-Pierre",
    /// "McDonald"); not an acronym or a product's camel case ("CentOS", "IM").
    static func isNameWord(_ w: String) -> Bool {
        // Most words start with a small letter or are plain ASCII: decide those on the bytes.
        guard let f = w.utf8.first, !(f >= 0x61 && f <= 0x7A) else { return false }
        if w.utf8.allSatisfy({ $0 < 0x80 }) {
            var w = w
            return w.withUTF8 { all in
                let b = UnsafeBufferPointer(rebasing: all[0..<Gazetteer.possessiveLength(all)])
                guard b.count >= 2, b[0] >= 0x41 && b[0] <= 0x5A, b.contains(where: { $0 >= 0x61 && $0 <= 0x7A }),
                      !b.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
                for k in 1..<b.count where b[k] >= 0x41 && b[k] <= 0x5A {
                    let mc = k >= 2 && b[k - 2] == 0x4D && b[k - 1] == 0x63
                    let mac = k >= 3 && b[k - 3] == 0x4D && b[k - 2] == 0x61 && b[k - 1] == 0x63
                    if !(b[k - 1] == 0x27 || b[k - 1] == 0x2D || mc || mac) { return false }
                }
                return true
            }
        }
        let chars = Array(Gazetteer.stripPossessive(w))
        guard let f = chars.first, f.isUppercase, chars.count >= 2, chars.contains(where: \.isLowercase) else { return false }
        for k in 1..<chars.count where chars[k].isUppercase {
            let before = String(chars[max(0, k - 3)..<k])
            if !(chars[k - 1] == "'" || chars[k - 1] == "-" || chars[k - 1] == "\u{2019}" || before.hasSuffix("Mc") || before.hasSuffix("Mac")) { return false }
        }
        return !chars.contains(where: \.isNumber)
    }

    static func isAcronym(_ w: String) -> Bool {
        guard let f = w.utf8.first, !(f >= 0x61 && f <= 0x7A) else { return false }
        if f < 0x80 {
            var w = w
            if let answer = w.withUTF8(asciiAcronym) { return answer }
        }
        return w.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "." || $0 == "-" } && !w.dropFirst().isEmpty && w.contains { $0.isLetter }
    }

    static func isAcronym(_ t: TextToken) -> Bool {
        guard t.kind == .word, !t.isASCII || t.isCapitalized || t.bytes[0] < 0x41 else { return false }
        if t.isASCII { return asciiAcronym(t.bytes) ?? false }
        // A first letter that is small or has no case (Devanagari, Chinese) is no capital.
        if let f = t.text.unicodeScalars.first, f.properties.generalCategory == .otherLetter || f.properties.generalCategory == .lowercaseLetter {
            return false
        }
        return isAcronym(t.text)
    }

    /// ASCII first: capitals, digits, dots and hyphens only, with a letter; any small letter ends it.
    /// nil when the bytes are not all ASCII.
    static func asciiAcronym(_ w: UnsafeBufferPointer<UInt8>) -> Bool? {
        var letters = 0
        for c in w {
            if c >= 0x80 { return nil }
            if c >= 0x41 && c <= 0x5A { letters += 1 } else if !(c >= 0x30 && c <= 0x39 || c == 0x2E || c == 0x2D) { return false }
        }
        return w.count >= 2 && letters > 0
    }

    /// Whether the last part of a hyphenated word starts with a small letter ("Kremlin-aligned").
    static func lastPartIsLowercase(_ t: TextToken) -> Bool {
        guard t.isASCII else { return t.text.split(separator: "-").last?.first?.isLowercase == true }
        let b = t.bytes
        var k = b.count
        while k > 0, b[k - 1] == 0x2D { k -= 1 }  // empty parts at the end are no parts
        var s = k
        while s > 0, b[s - 1] != 0x2D { s -= 1 }
        return s < k && b[s] >= 0x61 && b[s] <= 0x7A
    }

    /// The candidate names of one paragraph.
    /// Appended to `out` (the article's candidates).
    static func candidatesIn(_ tokens: [TextToken], paragraph: Int, gazetteer: Gazetteer, into out: inout [Candidate]) {
        var pieces: [Range<Int>] = []
        // Mostly capitals (a shouted quotation, a headline): only the gazetteer is trusted.
        var words = 0, acronyms = 0
        for t in tokens where t.kind == .word {
            words += 1
            if isAcronym(t) { acronyms += 1 }
        }
        let shouting = words >= 4 && acronyms * 2 > words
        var i = 0
        var sentenceStart = true
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation && t.end - t.start == 1 && (t.mark == "." || t.mark == "!" || t.mark == "?") { sentenceStart = true; i += 1; continue }
            if t.kind != .word { i += 1; continue }
            let startsSentence = sentenceStart
            sentenceStart = false
            // Wiki markup: "((WN))" interview tags and "((hi))Hindi language:" translation notes.
            if i >= 2, tokens[i - 1].isPunctuation("("), tokens[i - 2].isPunctuation("(") { i += 1; continue }
            if i >= 2, tokens[i - 1].isPunctuation(")"), tokens[i - 2].isPunctuation(")") { i += 1; continue }
            let hyphenatedAdjective = t.hasHyphen && (!t.isCapitalized || lastPartIsLowercase(t))
            guard t.isCapitalized, !hyphenatedAdjective else {
                // "pro-Moscow", "ex-Soviet", "Kremlin-aligned": the capitalised part is a mention.
                if t.hasHyphen {
                    // The parts between hyphens, looked up on their bytes.
                    let b = t.bytes
                    var lo = 0
                    for k in 0...b.count where k == b.count || b[k] == 0x2D {
                        defer { lo = k + 1 }
                        guard let entry = gazetteer.entries.value(UnsafeBufferPointer(rebasing: b[lo..<k])) else { continue }
                        var token = t
                        token.setRange(start: t.start + lo, end: t.start + k)
                        out.append(Candidate(range: i..<(i + 1), words: [token.text], gazetteer: entry, evidence: entry.type,
                                             paragraph: paragraph, sentenceStart: false, token: token))
                    }
                }
                i += 1
                continue
            }
            if let (length, entry) = gazetteer.match(tokens, at: i),
               !(i + length < tokens.count && tokens[i + length].isCapitalized && !tokens[i + length].isIn(.roleWords)
                 && !tokens[i + length - 1].bytes.hasSuffix("'s") && gazetteer.match(tokens, at: i + length) == nil) {
                out.append(Candidate(range: i..<(i + length), words: tokens[i..<(i + length)].map { Gazetteer.stripPossessive($0.text) },
                                     gazetteer: entry, evidence: entry.type, paragraph: paragraph, sentenceStart: startsSentence))
                i += length
                continue
            }
            if shouting { i += 1; continue }
            // The capitalised run, with connectors inside it.
            var j = i
            while j < tokens.count {
                let u = tokens[j]
                if u.kind == .word, u.isCapitalized { j += 1; continue }
                if u.kind == .word, u.isIn(.connectors), j + 1 < tokens.count, tokens[j + 1].isCapitalized, j > i { j += 1; continue }
                break
            }
            let run = i..<j
            i = j
            split(run, tokens, into: &pieces)
            for piece in pieces {
                if let c = candidate(piece, tokens, paragraph: paragraph, sentenceStart: startsSentence && piece.lowerBound == run.lowerBound, gazetteer: gazetteer) {
                    out.append(c)
                }
            }
        }
    }

    /// Splits a run at connectors unless the part before names an institution ("Ministry of Defence",
    /// "Organization for Security and Co-operation in Europe").
    static let institutionWords = WordSet(.institutionWords, ["organization", "organisation", "university", "bank", "ministry"])

    /// The pieces go into `pieces` (emptied first: one array serves a whole paragraph).
    static func split(_ run: Range<Int>, _ tokens: [TextToken], into pieces: inout [Range<Int>]) {
        pieces.removeAll(keepingCapacity: true)
        guard let first = run.first, let last = run.last else { return }
        if run.count == 1 { pieces.append(run); return }
        var start = first
        var institutional = false
        for k in run {
            let w = tokens[k]
            if w.isIn(.organisationWords) || w.isIn(.institutionWords)
                || (w.isCapitalized && statePrefixes.contains(w.bytes)) { institutional = true }
            if tokens[k].isCapitalized { continue }
            // A connector.
            if !institutional {
                if k > start { pieces.append(start..<k) }
                start = k + 1
            }
        }
        if start <= last { pieces.append(start..<(last + 1)) }
    }

    /// A candidate from a piece of a run: titles and sentence words stripped, evidence of its type noted.
    static func candidate(_ piece: Range<Int>, _ tokens: [TextToken], paragraph: Int, sentenceStart: Bool, gazetteer: Gazetteer) -> Candidate? {
        var lo = piece.lowerBound
        let hi = piece.upperBound
        var evidence: EntityType? = nil
        var startsSentence = sentenceStart
        // Leading words that are not names: "The", "In", "Earlier", months and days.
        while lo < hi, SpeakerResolver.isFunctionWord(tokens[lo]) || tokens[lo].isIn(.monthsAndDays) || (tokens[lo].end - tokens[lo].start == 1 && tokens[lo].bytes[0] == 0x49)
                        || tokens[lo].isIn(.sentenceWords)
                        || (tokens[lo].hasApostrophe && sentenceWords.contains(SpeakerResolver.withoutContraction(tokens[lo].lower))) {
            lo += 1
            startsSentence = false
        }
        // Titles: "Foreign Minister", "Russian President" — the mention is the name after them.
        var titled = false
        while lo < hi, tokens[lo].isIn(.roleWords) || SpeakerResolver.isDemonymBeforeTitle(tokens, lo, end: hi)
                        || (gazetteer.demonyms.value(tokens[lo].bytes) != nil && lo + 1 < hi && tokens[lo + 1].isIn(.roleWords)) {
            lo += 1
            titled = true
            startsSentence = false
        }
        guard lo < hi else { return nil }
        let words = tokens[lo..<hi].map { Gazetteer.stripPossessive($0.text) }
        // A demonym alone ("Russian troops") is not a mention of the country; nor is "Kremlin-aligned".
        if words.count == 1, gazetteer.demonyms[words[0]] != nil || adjectives.contains(words[0]) { return nil }
        if words.count == 1, tokens[lo].hasHyphen, lastPartIsLowercase(tokens[lo]) { return nil }
        // "Republic of Belarus" → Belarus.
        if words.count >= 3, statePrefixes.contains(words[0]), words[1] == "of",
           let entry = gazetteer.entries[words.dropFirst(2).joined(separator: " ")] {
            return Candidate(range: lo..<hi, words: words, gazetteer: entry, evidence: entry.type, paragraph: paragraph, sentenceStart: startsSentence)
        }
        if words.count == 1 && (Lexicon.roleWords.contains(lowercasing: words[0]) || Lexicon.organisationWords.contains(lowercasing: words[0])) {
            return nil  // "Police", "Parliament" alone are common nouns at the start of a sentence
        }
        if words.count == 1, words[0].utf8.count == 1 || words[0].count == 1 { return nil }
        // Gazetteer inside the piece after stripping ("Russian President Vladimir Putin" → no; "U.S." yes).
        if let (length, entry) = gazetteer.match(tokens, at: lo), length == hi - lo {
            return Candidate(range: lo..<hi, words: words, gazetteer: entry, evidence: entry.type, paragraph: paragraph, sentenceStart: startsSentence)
        }
        // The word lists each word is in: the tokens' bits, unless a possessive changed the word.
        var anyBits: UInt64 = 0, lastBits: UInt64 = 0
        for t in tokens[lo..<hi] {
            lastBits = t.hasApostrophe ? (TokenClass.table.value(SpeakerResolver.lowercase(Gazetteer.stripPossessive(t.text))) ?? 0) : t.classes
            anyBits |= lastBits
        }
        // Evidence.
        let previous = lo > 0 ? tokens[lo - 1] : nil
        if titled || (previous.map { $0.isIn(.roleWords) && !$0.isCapitalized && !$0.isIn(.adjectivalRoles) } ?? false) {
            evidence = .person
        }
        if anyBits & TokenClass.organisationWords.bit != 0 { evidence = .organization }
        if words.count == 1, isAcronym(words[0]) { evidence = evidence ?? .organization }
        if lastBits & TokenClass.placeWords.bit != 0 { evidence = .place }
        if anyBits & TokenClass.otherWords.bit != 0 { evidence = .other }
        if evidence == nil, words.count >= 2, gazetteer.givenNames.contains(words[0]),
           words.dropFirst().allSatisfy({ SpeakerResolver.startsUpper($0) || SpeakerResolver.particles.contains($0) }) {
            evidence = .person
        }
        if evidence == nil, let prev = previous, prev.kind == .word, prev.isIn(.placePrepositions), words.count <= 3 {
            evidence = .place
        }
        return Candidate(range: lo..<hi, words: words, gazetteer: nil, evidence: evidence, paragraph: paragraph, sentenceStart: startsSentence)
    }
}
