import Foundation
import NQFixtures
import Testing
@testable import NQCorpus
@testable import NQWeb

/// Web pages written for these tests (Tests/NQFixtures/Files/web and formats/page.html): the article's
/// text, structure and metadata, and none of the page's furniture.
@Suite("Web pages")
struct WebPageTests {
    func read(_ name: String) -> ReadResult { ArticleFiles.read(path: Fixtures.path(name)) }

    @Test("A news page with navigation, a cookie banner, a byline, share bar, caption, tags, related links, comments, a sidebar and a footer: only the article")
    func sidebarAndComments() throws {
        let result = read("web/sidebar-comments.html")
        #expect(result.problems.isEmpty)
        let doc = try #require(result.documents.first)
        #expect(doc.title == "Harbour ferry returns after winter repairs")
        #expect(doc.date == "2024-03-18")
        #expect(doc.author == "Mara Lindqvist")
        #expect(doc.source == "The Coast Gazette")
        #expect(doc.url == "https://gazette.example/2024/03/18/harbour-ferry-returns")
        #expect(doc.language == "en")
        #expect(doc.blocks == [
            RawBlock("The harbour ferry made its first crossing of the year on Monday morning, after three months in dry dock for repairs to its hull and engines.", kind: .paragraph),
            RawBlock("\u{201C}We are delighted to have her back,\u{201D} said Ines Ferreira, the port\u{2019}s operations manager. \u{201C}The islanders have waited long enough.\u{201D}", kind: .paragraph),
            RawBlock("The crossing, which links the old town with the island of Skerry, carried 140 passengers and a dozen bicycles on its first run.", kind: .paragraph),
            RawBlock("A costly winter", kind: .heading),
            RawBlock("The repairs cost the port authority about 1.2 million euros, twice what was planned, after engineers found corrosion in the propeller shaft.", kind: .paragraph),
            RawBlock("The hull was in better shape than we feared, but the shaft was not.", kind: .paragraph),
            RawBlock("Passengers can expect the timetable to change twice more this spring:", kind: .paragraph),
            RawBlock("From 1 April, a first departure at 6.15 in the morning.", kind: .paragraph),
            RawBlock("From 1 May, an evening crossing on Fridays and Saturdays.", kind: .paragraph),
            RawBlock("Tickets bought for the cancelled winter crossings will be refunded until the end of June, the authority said.", kind: .paragraph),
        ])
    }

    @Test("JSON-LD gives the headline, date, authors, publisher, section and URL; <html lang> the language; the body is [itemprop=articleBody]")
    func jsonLD() throws {
        let doc = try #require(read("web/json-ld.html").documents.first)
        #expect(doc.title == "Stadtwerke senken Gaspreis zum ersten Mal seit Jahren")
        #expect(doc.date == "2023-11-02")
        #expect(doc.author == "Jonas Weber, Lea Hoffmann")
        #expect(doc.source == "Lokalnachrichten Neustadt")
        #expect(doc.category == "Wirtschaft")
        #expect(doc.url == "https://lokal.example/wirtschaft/gaspreis-sinkt")
        #expect(doc.language == "de")
        #expect(doc.blocks.map(\.text) == [
            "Die Stadtwerke Neustadt senken zum Januar den Gaspreis um elf Prozent. Ein Haushalt mit einem Verbrauch von 15.000 Kilowattstunden spart damit rund 180 Euro im Jahr.",
            "\u{201E}Wir geben die gesunkenen Einkaufspreise an unsere Kunden weiter\u{201C}, sagte Geschäftsführerin Petra Kolb am Donnerstag.",
            "Die Verbraucherzentrale begrüßte den Schritt, forderte aber, auch den Grundpreis zu überprüfen, der seit 2021 um ein Drittel gestiegen ist.",
        ])
    }

    @Test("Broken layout: an unclosed <aside> around the article, a lead in <h2>, a paragraph above and one below the body's box, a BEM modifier naming ads, teaser cards, a section headed \"Sur le même sujet\": the article whole, not the ad slot, the cards, that section or the links")
    func brokenLayout() throws {
        let doc = try #require(read("web/broken-layout.html").documents.first)
        #expect(doc.title == "Le port rouvre ses quais aux pêcheurs")
        #expect(doc.language == "fr")
        #expect(doc.blocks == [
            RawBlock("Après huit mois de travaux, les quais nord du port ont rouvert lundi matin, et les premiers chalutiers y ont déchargé leur pêche avant l'aube.", kind: .paragraph),
            RawBlock("Les travaux, commencés au printemps dernier, devaient durer cinq mois, mais la découverte d'anciennes fondations a tout retardé.", kind: .paragraph),
            RawBlock("Une quarantaine de bateaux attendaient la réouverture, amarrés depuis l'été aux pontons provisoires du bassin sud.", kind: .paragraph),
            RawBlock("« Nous avons enfin retrouvé de la place pour travailler », a dit un patron pêcheur, soulagé de quitter les pontons.", kind: .paragraph),
            RawBlock("La criée, fermée pendant les travaux, rouvrira à son tour la semaine prochaine, selon la chambre de commerce.", kind: .paragraph),
            RawBlock("Le coût total des travaux atteint 4,2 millions d'euros, financés pour moitié par la région et pour moitié par la ville.", kind: .paragraph),
        ])
    }

    @Test("A post saved inside a template script in the article's body (as Blogger saves them) is read as the markup it is; a template elsewhere is not")
    func templatePost() throws {
        let doc = try #require(read("web/template-post.html").documents.first)
        #expect(doc.title == "Harbour lights return to the old pier")
        #expect(doc.blocks == [
            RawBlock("The lamps along the old pier were lit again on Saturday evening, for the first time since the storm of last winter tore down their cables.", kind: .paragraph),
            RawBlock("Volunteers from the harbour society spent three weekends rewiring the posts, and the council paid for the new lanterns, which use a fifth of the power.", kind: .paragraph),
            RawBlock("What comes next", kind: .heading),
            RawBlock("The society hopes to restore the bandstand at the end of the pier next spring, once the timber has been checked for rot.", kind: .paragraph),
        ])
    }

    @Test("An article whose text a script shows: its description is read as its text, and the load report says so")
    func scriptRendered() throws {
        let result = read("web/script-rendered.html")
        let doc = try #require(result.documents.first)
        #expect(doc.title == "Ferry timetable changes for the winter")
        #expect(doc.blocks == [RawBlock("From November the first ferry leaves the island at half past six, an hour earlier than in summer, and the last one returns at nine.", kind: .paragraph)])
        #expect(result.problems.map(\.reason) == ["the article's text is not in the page (a script shows it?): its description is read as its text"])
    }

    @Test("<script …/> and <style …/> are start tags as browsers read them: the code after them up to </script> is no text of the page")
    func selfClosedScripts() throws {
        let doc = try #require(read("web/self-closed-script.html").documents.first)
        #expect(doc.title == "Bakery reopens after the flood")
        #expect(doc.blocks.map(\.text) == [
            "The bakery on the harbour front opened its doors again on Saturday, six weeks after the river flooded its kitchen and shop.",
            "Its owners said neighbours had helped to clear the mud and to rebuild the ovens, and that the first loaves sold out within an hour.",
        ])
    }

    @Test("The site's calls to its readers at the end of an article (follow us, the copyright) and a line of its metadata (\"Posted on …\") are not its text; a paragraph before them that mentions subscribing is")
    func promotionTail() throws {
        let doc = try #require(read("web/promotion-tail.html").documents.first)
        #expect(doc.blocks.map(\.text) == [
            "The town library will stay open until nine on weekday evenings from next month, the council said on Tuesday, after a survey of its readers.",
            "Readers who subscribe to the library's reading clubs asked most often for later hours, and the council found the money in this year's budget.",
            "The library will also open on Sunday afternoons during the winter, for a trial of three months.",
        ])
    }

    @Test("Inside the article's box but not its text: a photo's caption with its credit, a line that is only the date, an author's box, an advertisement's label and note, a reading time, a figure's caption, a placeholder for an embedded map, a prompt to rate the article, a 'Further reading:' line, ruby readings; a lead above the box past a byline and a dateline is kept")
    func captionsDatesAndLeads() throws {
        let doc = try #require(read("web/captions-and-leads.html").documents.first)
        #expect(doc.title == "Lighthouse keeper retires after forty years")
        #expect(doc.blocks.map(\.text) == [
            "Arvid Holm climbed the 212 steps of the Skarv lighthouse for the last time on Friday, ending a career that began when the lamp still burned paraffin.",
            "He was the last keeper on the coast to live beside his light, and the harbour came out to see him off with a brass band and a cake shaped like the tower.",
            "\u{201C}The light never asked me how I felt,\u{201D} Holm said. \u{201C}It only asked to be kept.\u{201D} He plans to move inland, to a house with no view of the sea.",
            "The lighthouse will be run from the harbour office from next month, its lamp switched by a timer and watched by a camera.",
            "Harbour master Liv Sand said the town owed him more than a cake. \u{201C}Ships came home because of him, and some of the men on them never knew his name,\u{201D} she said.",
            "The town council has said it will turn the keeper\u{2019}s cottage into a small museum of the coast and its wrecks.",
            "Visitors to the tower are asked to book ahead in summer. \u{706F}\u{53F0} is how the Japanese guide on the harbour wall spells it.",
        ])
    }

    @Test("Lines told by their words: photo credits and sources, dates, figure captions, advertisement notes, reading times, prompts to share, labels of what follows an article")
    func creditAndDateLines() {
        for line in ["Foto: dpa", "Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)",
                     "Lee Elder war der Zuschauermagnet. | \u{00A9} Augusta National/Getty Images", "Crédits photos : Bestimage",
                     "Titelbild: Geyres Christophe/ABACA/picture-alliance"] {
            #expect(PageLines.isPhotoCredit(line), "\(line)")
        }
        for line in ["Der Vorbild: ein Bürgermeister, der zuhört.", "Photography is his second career, he said.",
                     "Bogotá (dpa) - Gebrochene Wirbelsäule, gebrochener Oberschenkel: das Bulletin nach dem Sturz."] {
            #expect(!PageLines.isPhotoCredit(line), "\(line)")
        }
        for line in ["23.10.2018", "15. Mai 2019, 05:28 Uhr", "Aktualisiert: 11.04.2020, 10:27", "Monday 28 September 2020 19:27",
                     "Published: Jan. 28, 2020"] {
            #expect(PageLines.isDateLine(line), "\(line)")
        }
        for line in ["Termin: 29.02.2020, 19 Uhr", "8:10 AM", "2:30,62", "Am 4. Oktober kommt das Buch heraus.", "Energie 12.12.2022, 08:30 Uhr"] {
            #expect(!PageLines.isDateLine(line), "\(line)")
        }
        #expect(PageLines.isPhotoCredit("Quelle: dpa-AFX"))
        #expect(PageLines.isFigureCaption("Abbildung 4: klassische Schwachschicht."))
        #expect(PageLines.isFigureCaption("Figure 2. Font sizes of all text elements"))
        #expect(PageLines.isFigureCaption("Abb.: Der Versuchsstand"))
        #expect(!PageLines.isFigureCaption("Bildung ist der Schlüssel: das sagt die Ministerin."))
        #expect(!PageLines.isFigureCaption("Figures released on Monday show a fall in prices."))
        #expect(PageLines.isAdvertisementNote("*Werbung. Dieser Beitrag enthält Werbung für eine Marke."))
        #expect(PageLines.isAdvertisementNote("Anzeige, enthält Affiliate Links"))
        #expect(!PageLines.isAdvertisementNote("Die Anzeige wurde am Montag bei der Polizei erstattet."))
        #expect(PageLines.isReadingTime("5 min read"))
        #expect(PageLines.isReadingTime("Lesezeit: 3 Minuten"))
        #expect(!PageLines.isReadingTime("Backzeit 25 Min."))
        #expect(PageLines.isFeedbackPrompt("War der Artikel nützlich?"))
        #expect(PageLines.isFeedbackPrompt("Den Artikel mit anderen teilen:"))
        #expect(PageLines.isEmbedPlaceholder("Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden."))
        #expect(!PageLines.isEmbedPlaceholder("Die Polizei hat den Inhalt des Koffers sichergestellt."))
        #expect(PageWords.isFurnitureLabel("Kontakt:"))
        #expect(PageWords.isFurnitureLabel("Weitere Informationen"))
        #expect(!PageWords.isFurnitureLabel("Kontaktverbot, das"))
        #expect(!PageWords.isFurnitureHeading("Kontakt"), "a heading that names contacts does not drop its section")
    }

    @Test("An index page of links and teasers is no article, and the load report says so")
    func indexPage() {
        let result = read("web/index-page.html")
        #expect(result.documents.isEmpty)
        #expect(result.problems.map(\.reason) == ["no article in the page (an index or a gallery?)"])
    }

    @Test("A paginated article in a layout table: its paragraphs (unclosed <p>), not the menu or the page links; <meta name=date>; the <title>'s site name dropped")
    func paginated() throws {
        let doc = try #require(read("web/paginated.html").documents.first)
        #expect(doc.title == "The long road to the new library")
        #expect(doc.date == "2022-06-09")
        #expect(doc.blocks.map(\.text) == [
            "Construction began in the spring, but the first plans for the library go back almost a decade, to a council meeting in 2013.",
            "At that meeting, councillors voted to set aside a plot by the river, which was then a car park used mostly on market days.",
            "Funding proved harder. Two bids to the national heritage fund failed before a third, smaller bid succeeded in 2020.",
        ])
    }

    @Test("A page in Windows-1252 (declared by <meta charset>): curly quotes, accents and the euro sign read as such")
    func windows1252() throws {
        let result = read("web/windows-1252.html")
        #expect(result.problems.isEmpty)
        let doc = try #require(result.documents.first)
        #expect(doc.title == "Café owners fear the winter")
        #expect(doc.blocks.first?.text == "\u{201C}We cannot pay €900 a month for heating,\u{201D} said the owner of a small café near the station.")
    }

    @Test("The reference page: scripts, navigation, share bars and footers dropped; headings marked; <title>, date and canonical URL")
    func referencePage() throws {
        let doc = try #require(read("formats/page.html").documents.first)
        #expect(doc.title == "Bridge reopens after repairs")
        #expect(doc.date == "2021-05-04")
        #expect(doc.url == "https://example.org/bridge")
        #expect(doc.blocks == [
            RawBlock("The old bridge reopened on Tuesday after \u{201C}two long years\u{201D} of repairs, the mayor said.", kind: .paragraph),
            RawBlock("Traffic returns", kind: .heading),
            RawBlock("Traffic returned to the bridge within hours & the queues were short.", kind: .paragraph),
            RawBlock("Drivers welcomed the news.", kind: .paragraph),
        ])
    }

    @Test("A byline is a name: 'By', 'Von', 'Por' and 'Par' are not part of it")
    func bylines() {
        #expect(PageMetadata.byline("By Ann Lee") == "Ann Lee")
        #expect(PageMetadata.byline("von Jonas Weber") == "Jonas Weber")
        #expect(PageMetadata.byline("Por María Gómez") == "María Gómez")
        #expect(PageMetadata.byline("Byron Katz") == "Byron Katz")
    }

    @Test("Encodings as browsers decide them: byte-order mark, then <meta charset> or http-equiv, else UTF-8, else Windows-1252")
    func encodings() {
        func decide(_ s: [UInt8], transport: String? = nil) -> PageEncoding.Decision { PageEncoding.decide(s, transport: transport) }
        #expect(decide([0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8)).encoding == "UTF-8")
        #expect(decide([0xFF, 0xFE, 0x3C, 0x00]).encoding == "UTF-16LE")
        #expect(decide(Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>caf".utf8) + [0xE9]).bytes
            == Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>café".utf8))
        #expect(decide(Array("<meta charset='koi8-r'>".utf8)).encoding == "koi8-r")
        // Undeclared and not UTF-8: Windows-1252 (0x93 and 0x94 are curly quotes there).
        #expect(decide(Array("<p>".utf8) + [0x93, 0x68, 0x69, 0x94]).bytes == Array("<p>\u{201C}hi\u{201D}".utf8))
        // Declared UTF-8 with one stray byte: repaired and counted.
        let repaired = decide(Array("<meta charset=utf-8><p>café ".utf8) + [0xE9])
        #expect(repaired.repaired == 1)
        #expect(repaired.bytes == Array("<meta charset=utf-8><p>café é".utf8))
        // An HTTP header's charset comes before the page's own.
        #expect(decide(Array("<meta charset=utf-8><p>".utf8) + [0xE9], transport: "iso-8859-1").bytes == Array("<meta charset=utf-8><p>é".utf8))
    }

    @Test("Bad pages: 100,000 nested tags load what the parser follows and say what was not read; a binary file named .html and an empty one are refused with their path")
    func badPages() throws {
        let dir = try TemporaryFolder()
        let deep = "<html><body><div class=\"story\"><p>The top paragraph of a deeply nested page, long enough to be article text.</p>"
            + String(repeating: "<div>", count: 100_000) + "<p>Deep text.</p>" + String(repeating: "</div>", count: 100_000) + "</div></body></html>"
        let deepPath = dir.write("deep.html", Array(deep.utf8))
        let result = ArticleFiles.read(path: deepPath)
        #expect(result.documents.first?.blocks.map(\.text) == ["The top paragraph of a deeply nested page, long enough to be article text."])
        #expect(result.problems.map(\.reason) == ["markup nested more than 256 elements deep; the text deeper in was not read"])
        let binary = dir.write("image.html", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let b = ArticleFiles.read(path: binary)
        #expect(b.documents.isEmpty)
        #expect(b.problems.map(\.description) == ["\(binary): binary data, not an HTML page"])
        // NUL bytes past the first 8 KiB (not a binary file): passed over, as browsers do, not the end of the page.
        let nul = Array(("<html><head><title>T</title><style>" + String(repeating: " ", count: 9000) + "</style></head><body><article>").utf8)
            + [0] + Array("<p>Text after a NUL byte in the page, long enough to be a paragraph of the article.</p></article></body></html>".utf8)
        #expect(ArticleFiles.read(path: dir.write("nul.html", nul)).documents.first?.blocks.map(\.text)
            == ["Text after a NUL byte in the page, long enough to be a paragraph of the article."])
        let empty = dir.write("empty.html", Array(" \n".utf8))
        #expect(ArticleFiles.read(path: empty).problems.map(\.reason) == ["empty file"])
    }
}

/// A folder of its own under the system's temporary folder, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "nq-web-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let p = path + "/" + name
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }
}
