/// Lines inside an article's box that are not its text, told by what they say: a photo's caption with
/// its credit or a source line, a figure's caption, a line that is only the article's date, an
/// advertisement's note, a reading time, a prompt to share or rate the article, a placeholder for
/// embedded content, a label of what follows an article set as a paragraph. The words are data here;
/// matching is on the line's bytes or its lower-cased words, without regular expressions.
enum PageLines {
    /// Whether a paragraph is one of those lines.
    static func isNotText(_ text: String) -> Bool {
        isPhotoCredit(text) || isDateLine(text) || isFigureCaption(text) || isAdvertisementNote(text)
            || isReadingTime(text) || isFeedbackPrompt(text) || isEmbedPlaceholder(text)
            || (text.utf8.count < 60 && PageWords.isFurnitureLabel(text))
    }

    /// How a line that is a photo credit (or a source's) begins ("Foto: dpa", "Bild: Keystone", "Crédits photos : X").
    static let creditOpenings: [String] = [
        "foto:", "fotos:", "foto ©", "foto/", "fotocredit", "bild:", "bilder:", "bildquelle:", "titelbild:",
        "beitragsbild:", "quelle: foto", "text & fotos:", "text und fotos:", "photo:", "photos:", "photo credit",
        "image:", "picture:", "credit:", "credits:", "crédit photo", "crédits photo", "copyright:", "©", "(c) ",
        // The source a piece or its figures came from ("Quelle: dpa-AFX", "Source: CDC").
        "quelle:", "quellen:", "source:", "sources:", "fuente:", "fonte:",
    ]
    /// What a caption ends with when it credits its photo ("… gut getarnt. (mlharing / iStock.com)",
    /// "… Mut zu. | © Augusta National/Getty Images"): the credit's label or a picture agency, found at
    /// the start of a word in the line's last 90 characters.
    static let creditMarks: [String] = [
        "©", "(foto", "(fotos", "(bild", "(photo", "(credit", "(quelle: foto", "foto:", "fotos:", "bild:",
        "photo:", "credit:", "crédit photo", "istock", "getty images", "gettyimages", "shutterstock",
        "picture alliance", "picture-alliance", "afp/", "afp /", "/afp", "/ afp", "wenn.com", "pixabay",
        "unsplash", "adobe stock", "stock.adobe",
    ]

    static let creditOpeningBytes = creditOpenings.map { Array($0.utf8) }
    static let creditMarkBytes = creditMarks.map { Array($0.utf8) }

    /// Whether a line is a photo's caption with its credit, or the credit alone: it begins as a credit
    /// does (under 150 characters), or it is under 300 characters and ends with a credit. On the line's
    /// bytes, ASCII letters compared without case.
    static func isPhotoCredit(_ text: String) -> Bool {
        guard text.utf8.count < 1200 else { return false }
        let bytes = Array(text.utf8)
        var characters = 0
        for b in bytes where b & 0xC0 != 0x80 { characters += 1 }
        guard characters < 300 else { return false }
        if characters < 150, creditOpeningBytes.contains(where: { startsFolded(bytes, at: 0, with: $0) }) { return true }
        // The last 90 characters, each at a word's start: the first, or after one that is no letter.
        var from = bytes.count
        var seen = 0
        while from > 0, seen < 90 {
            from -= 1
            if bytes[from] & 0xC0 != 0x80 { seen += 1 }
        }
        for i in from..<bytes.count where bytes[i] & 0xC0 != 0x80 {
            if i > 0, isLetterByte(bytes[i - 1]), isLetterByte(bytes[i]) { continue }
            if creditMarkBytes.contains(where: { startsFolded(bytes, at: i, with: $0) }) { return true }
        }
        return false
    }

    /// An ASCII letter, or a byte of a character beyond ASCII (most of which, in captions, are letters).
    static func isLetterByte(_ b: UInt8) -> Bool {
        let lower = b | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || b >= 0x80
    }

    /// Whether `bytes` has `part` (lower case) at `i`, ASCII capitals read as small letters.
    static func startsFolded(_ bytes: [UInt8], at i: Int, with part: [UInt8]) -> Bool {
        guard i + part.count <= bytes.count else { return false }
        for k in 0..<part.count {
            var b = bytes[i + k]
            if b >= 0x41, b <= 0x5A { b |= 0x20 }
            if b != part[k] { return false }
        }
        return true
    }

    /// The words that label a figure ("Abbildung 4:", "Figure 2.", "Abb.:", "Grafik:").
    static let figureLabels: [String] = ["abbildung", "abb.", "figure", "fig.", "grafik", "graphic", "chart", "bild", "image", "foto"]
    static let figureLabelBytes = figureLabels.map { Array($0.utf8) }

    /// Whether a line is a figure's caption: a figure label, perhaps its number, then a colon (or, after
    /// a number, a full stop), in under 300 characters.
    static func isFigureCaption(_ text: String) -> Bool {
        guard text.utf8.count < 1200, let first = text.utf8.first, isLetterByte(first), first < 0x80 else { return false }
        let bytes = Array(text.utf8)
        var characters = 0
        for b in bytes where b & 0xC0 != 0x80 { characters += 1 }
        guard characters < 300 else { return false }
        for label in figureLabelBytes where startsFolded(bytes, at: 0, with: label) {
            var i = label.count
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            var digits = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; digits += 1 }
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            guard i < bytes.count else { return false }
            return bytes[i] == UInt8(ascii: ":") || (digits > 0 && bytes[i] == UInt8(ascii: "."))
        }
        return false
    }

    /// Parts of the lines that say a post is an advertisement or holds one ("*Werbung. Dieser Beitrag
    /// enthält Werbung", "Anzeige, enthält Affiliate Links", "PAID CONTENT", "Continua depois da publicidade").
    static let advertisementMarks: PartList = [
        "enthält werbung", "unbezahlte werbung", "*werbung", "werbung:", "werbung |", "anzeige -", "- anzeige", "anzeige,",
        "anzeige:", "anzeige |", "affiliate link", "affiliate-link", "werbelink", "bezahlte partnerschaft",
        "sponsored post", "sponsored content", "paid content", "contains affiliate", "publicidad", "publicité", "pubblicità",
    ]

    /// Whether a line under 150 characters says that what is around it is an advertisement.
    static func isAdvertisementNote(_ text: String) -> Bool { isShort(text, under: 150, holding: advertisementMarks) }

    /// Parts of the lines that ask the reader to share or rate the article ("War der Artikel nützlich?",
    /// "Den Artikel mit anderen teilen:", "Was this article helpful?").
    static let feedbackPrompts: PartList = [
        "artikel teilen", "beitrag teilen", "artikel mit anderen teilen", "share this", "share on", "war der artikel",
        "war dieser artikel", "was this article", "did you find this", "hat ihnen der artikel", "hat dir der artikel",
        "artikel bewerten", "beitrag bewerten", "rate this", "partager cet article", "compartir en", "condividi",
    ]

    /// Whether a line under 60 characters asks the reader to share or rate the article.
    static func isFeedbackPrompt(_ text: String) -> Bool { isShort(text, under: 60, holding: feedbackPrompts) }

    /// Parts of the lines that stand in for an embedded post or map until the reader lets it load
    /// ("Externer Inhalt", "Klicken Sie auf den Button, um den Inhalt von … zu laden").
    static let placeholderParts: PartList = [
        "externer inhalt", "externe inhalte", "um den inhalt", "inhalt laden", "inhalte laden", "inhalt nachzuladen",
        "keine verbindung zu", "click to load", "load content", "load the content", "third-party content",
        "third party content",
    ]

    /// Whether a line under 300 characters stands in for embedded content.
    static func isEmbedPlaceholder(_ text: String) -> Bool { isShort(text, under: 300, holding: placeholderParts) }

    /// Words of a line that gives an article's reading time ("5 min read", "Lesezeit: 3 Minuten").
    static let readingTimeWords: PartList = [
        "min read", "minute read", "minutes read", "read time", "reading time", "lesezeit", "lesedauer", "de lecture",
        "de lectura", "di lettura", "czytania",
    ]

    /// Whether a line under 40 characters with a number in it is the article's reading time.
    static func isReadingTime(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && isShort(text, under: 40, holding: readingTimeWords)
    }

    /// Whether a line has fewer than `limit` characters (its bytes, at most four a character, tested
    /// first) and, in lower case, one of `parts`.
    static func isShort(_ text: String, under limit: Int, holding parts: PartList) -> Bool {
        guard text.utf8.count < limit * 4, text.count < limit else { return false }
        return parts.containsPart(of: text.lowercased())
    }

    static let months: Set<String> = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "january", "february", "march", "may", "june", "july", "october", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ]
    /// Words a line that gives a date and time may hold beside them: weekdays, "Uhr", "at", time zones,
    /// and the labels of a publication date ("Aktualisiert:", "Published").
    static let dateWords: Set<String> = [
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "uhr", "am", "um", "at", "on",
        "le", "el", "de", "den", "der", "the", "of", "h", "pm", "cet", "cest", "utc", "gmt", "mez", "mesz", "est",
        "aktualisiert", "publiziert", "veröffentlicht", "veröffentlichung", "erscheinungsdatum", "datum", "date",
        "posted", "updated", "published", "stand", "erstellt", "geändert", "actualizado", "publicado", "publié",
        "modifié", "mis", "à", "jour",
    ]

    /// Whether a short line is nothing but a date, with perhaps its time, its weekday and a publication
    /// label ("23.10.2018", "15. Mai 2019, 05:28 Uhr", "Aktualisiert: 11.04.2020, 10:27"). A line with a
    /// time and no date is not one (a timetable's cell), nor one with any other word ("Termin: 29.02.").
    static func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count < 70 else { return false }
        let lower = text.lowercased()
        var hasDate = false
        var hasMonth = false
        var hasNumber = false
        for word in lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "(" || $0 == ")" || $0 == "·" }) {
            var w = Substring(word)
            while let last = w.last, last == ":" || last == "." || last == "-" || last == "–" { w = w.dropLast() }
            if w.isEmpty || w == "-" || w == "–" || w == "/" { continue }
            if w.allSatisfy({ $0.isNumber || $0 == "." || $0 == "/" || $0 == "-" || $0 == ":" }) {
                guard w.contains(where: \.isNumber) else { continue }
                let parts = w.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" })
                if parts.count == 3 { hasDate = true } else { hasNumber = true }
                continue
            }
            if months.contains(String(w)) { hasMonth = true; continue }
            if dateWords.contains(String(w)) { continue }
            return false
        }
        return hasDate || (hasMonth && hasNumber)
    }
}
