/// The states and provinces of the United States and Canada by their abbreviations — postal codes ("SC",
/// "TX", "ON") and the abbreviations of news style ("S.C.", "Calif.", "Ore.", "Ont.") — as written after a
/// town and a comma ("Charleston, SC", "Portland, Ore., police"), where they are the state's mentions and
/// make the town a place. Only there: alone, "IN", "OR", "Miss." and "Mass." are other words. Also what a
/// party's letter and a hyphen before them make ("Rep. Jim Clyburn (D-SC)", "R-S.C."): a label, no name.
/// Keys without their dots; names as the gazetteer has them (facts compiled for nq; CC0 1.0).
enum StateAbbreviations {
    /// One state a line: its name, then its abbreviations with their dots (|).
    static let tsv = """
    Alabama	AL|Ala.
    Alaska	AK
    Arizona	AZ|Ariz.
    Arkansas	AR|Ark.
    California	CA|Calif.|Cal.
    Colorado	CO|Colo.
    Connecticut	CT|Conn.
    Delaware	DE|Del.
    Florida	FL|Fla.
    Georgia	GA|Ga.
    Hawaii	HI
    Idaho	ID
    Illinois	IL|Ill.
    Indiana	IN|Ind.
    Iowa	IA
    Kansas	KS|Kan.|Kans.
    Kentucky	KY|Ky.
    Louisiana	LA|La.
    Maine	ME
    Maryland	MD|Md.
    Massachusetts	MA|Mass.
    Michigan	MI|Mich.
    Minnesota	MN|Minn.
    Mississippi	MS|Miss.
    Missouri	MO|Mo.
    Montana	MT|Mont.
    Nebraska	NE|Neb.|Nebr.
    Nevada	NV|Nev.
    New Hampshire	NH|N.H.
    New Jersey	NJ|N.J.
    New Mexico	NM|N.M.
    New York	NY|N.Y.
    North Carolina	NC|N.C.
    North Dakota	ND|N.D.
    Ohio	OH
    Oklahoma	OK|Okla.
    Oregon	OR|Ore.|Oreg.
    Pennsylvania	PA|Pa.|Penn.
    Rhode Island	RI|R.I.
    South Carolina	SC|S.C.
    South Dakota	SD|S.D.
    Tennessee	TN|Tenn.
    Texas	TX|Tex.
    Utah	UT
    Vermont	VT|Vt.
    Virginia	VA|Va.
    Washington	WA|Wash.
    West Virginia	WV|W.Va.|W.V.
    Wisconsin	WI|Wis.|Wisc.
    Wyoming	WY|Wyo.
    Washington, D.C.	DC|D.C.
    # (Canada's provinces: no party labels.)
    Ontario	ON|Ont.
    Quebec	QC|Que.
    British Columbia	BC|B.C.
    Alberta	AB|Alta.
    Manitoba	MB|Man.
    Saskatchewan	SK|Sask.
    Nova Scotia	NS|N.S.
    New Brunswick	NB|N.B.
    """

    /// The state's name by an abbreviation's letters ("SC" for "SC" and "S.C.").
    static let states: [String: String] = table.states
    /// The keys of the United States' states (before Canada's provinces in the list).
    static let unitedStates: Set<String> = table.unitedStates
    /// The United States' states' names ("Utah", "Texas": AP writes some in full, "R-Utah").
    static let unitedStatesNames: Set<String> = table.names

    static let table: (states: [String: String], unitedStates: Set<String>, names: Set<String>) = {
        var states: [String: String] = [:]
        var unitedStates: Set<String> = []
        var names: Set<String> = []
        var inCanada = false
        for line in tsv.split(separator: "\n") {
            if line.hasPrefix("#") { inCanada = true; continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            if !inCanada { names.insert(String(fields[0])) }
            for abbreviation in fields[1].split(separator: "|") {
                states[key(abbreviation)] = String(fields[0])
                if !inCanada { unitedStates.insert(key(abbreviation)) }
            }
        }
        return (states, unitedStates, names)
    }()

    static func key<S: StringProtocol>(_ written: S) -> String { String(written.filter { $0 != "." }) }

    /// The state a word after "Town, " abbreviates ("S.C.", "Calif", "TX"), if it is one.
    static func state<S: StringProtocol>(_ written: S) -> String? { states[key(written)] }

    /// Whether a word is a party's letter, a hyphen and a state ("D-SC", "R-S.C.", "D-Mo.", "R-Utah"): a label of a
    /// member of Congress, no name.
    /// (Asked of every name of one word: its first two bytes decide most, with no string made.)
    static func isPartyAndState(_ written: String) -> Bool {
        let u = written.utf8
        guard let first = u.first, first == 0x44 || first == 0x52 || first == 0x49, u.count >= 4,
              u[u.index(after: u.startIndex)] == 0x2D else { return false }
        return unitedStates.contains(key(written.dropFirst(2))) || unitedStatesNames.contains(String(written.dropFirst(2)))
    }
}
