import NQSupport
/// The gazetteer's names as plain phrases and kinds (place, organization, given, demonym), for the
/// trained entity recogniser to learn from (nq-train saves them inside its model).
public enum NameLists {
    public static var entries: [(phrase: String, kind: String)] {
        var out: [(String, String)] = []
        for row in Gazetteer.rows(GazetteerData.tsv) {
            if row.kind == "given" {
                out += row.canonical.spaceSeparated().map { (String($0), "given") }
                continue
            }
            // (Things, products' names, are no kind the recogniser learns.)
            if row.kind == "thing" { continue }
            let kind = row.kind == "organization" ? "organization" : "place"
            out += ([row.canonical] + row.aliases).map { ($0, kind) } + row.demonyms.map { ($0, "demonym") }
        }
        return out
    }
}
