/// Passwords written into database URLs, hidden wherever nq prints or keeps a line: messages, the
/// banner, the history file. `postgresql://ann:secret@host/db` → `postgresql://ann:***@host/db`, and a
/// `password=…` parameter → `password=***`.
public enum Credentials {
    public static func hidden(in text: String) -> String {
        guard text.contains("://") || text.lowercased().contains("password=") else { return text }
        var out = ""
        var rest = Substring(text)
        // user:secret@ after each scheme://
        while let scheme = rest.range(of: "://") {
            out += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == " " || $0 == "\"" || $0 == "'" }) ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                out += rest[...colon] + "***"
                rest = rest[at...]
            }
        }
        out += rest
        // password=secret
        var result = ""
        var tail = Substring(out)
        while let r = tail.range(of: "password=", options: .caseInsensitive) {
            result += tail[..<r.upperBound] + "***"
            tail = tail[r.upperBound...]
            tail = tail[(tail.firstIndex(where: { $0 == "&" || $0 == " " || $0 == "\"" || $0 == "'" }) ?? tail.endIndex)...]
        }
        return result + tail
    }
}
