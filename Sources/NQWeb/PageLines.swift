/// Lines inside an article's box that are not its text, told by what they say: a photo's caption with
/// its credit, and a line that is only the article's date. The words are data here; matching is on the
/// lower-cased line, word by word, without regular expressions.
enum PageLines {
    /// How a line that is a photo credit begins ("Foto: dpa", "Bild: Keystone", "Crédits photos : X").
    static let creditOpenings: [String] = [
        "foto:", "fotos:", "foto ©", "foto/", "fotocredit", "bild:", "bilder:", "bildquelle:", "titelbild:",
        "beitragsbild:", "quelle: foto", "text & fotos:", "text und fotos:", "photo:", "photos:", "photo credit",
        "image:", "picture:", "credit:", "credits:", "crédit photo", "crédits photo", "copyright:", "©", "(c) ",
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

    /// Whether a line is a photo's caption with its credit, or the credit alone: it begins as a credit
    /// does (under 150 characters), or it is under 300 characters and ends with a credit.
    static func isPhotoCredit(_ text: String) -> Bool {
        let scalars = Array(text.lowercased().unicodeScalars)
        guard scalars.count < 300 else { return false }
        if scalars.count < 150, creditOpenings.contains(where: { starts(scalars, at: 0, with: $0) }) { return true }
        let from = max(0, scalars.count - 90)
        for i in from..<scalars.count {
            // At a word's start: the first character, or after one that is no letter.
            if i > 0, scalars[i - 1].properties.isAlphabetic, scalars[i].properties.isAlphabetic { continue }
            if creditMarks.contains(where: { starts(scalars, at: i, with: $0) }) { return true }
        }
        return false
    }

    static func starts(_ scalars: [Unicode.Scalar], at i: Int, with part: String) -> Bool {
        var k = i
        for s in part.unicodeScalars {
            guard k < scalars.count, scalars[k] == s else { return false }
            k += 1
        }
        return true
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
