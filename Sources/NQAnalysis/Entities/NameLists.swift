/// The gazetteer's names as plain phrases and kinds (place, organization, given, demonym), for the
/// trained entity recogniser to learn from (nq-train saves them inside its model).
public enum NameLists {
    public static var entries: [(phrase: String, kind: String)] {
        var out: [(String, String)] = []
        for line in GazetteerData.tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2 else { continue }
            if cols[0] == "given" {
                out += cols[1].split(separator: " ").map { (String($0), "given") }
                continue
            }
            let kind = cols[0] == "organization" ? "organization" : "place"
            out.append((cols[1], kind))
            if cols.count > 2 { out += cols[2].split(separator: "|").map { (String($0), kind) } }
            if cols.count > 3 { out += cols[3].split(separator: "|").map { (String($0), "demonym") } }
        }
        return out
    }
}
