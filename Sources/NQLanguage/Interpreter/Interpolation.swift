/// `$name` inside text in quotes: `print "Speaker: $who"`. A parameter that is not set is an error
/// (never the literal text); `$$` is a dollar sign; a `$` before anything but a name stays as it is.
enum Interpolation {
    /// The text with its parameters filled in, or the first name that is not set.
    static func apply(_ s: String, _ parameters: [String: String]) -> Result<String, UnsetName> {
        guard s.contains("$") else { return .success(s) }
        var out = ""
        let scalars = Array(s.unicodeScalars)
        var i = 0
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c == "_" || (c.isASCII && c.properties.isAlphabetic) }
        func isName(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || ("0"..."9").contains(c) }
        while i < scalars.count {
            let c = scalars[i]
            if c == "$", i + 1 < scalars.count, scalars[i + 1] == "$" {
                out.unicodeScalars.append("$")
                i += 2
            } else if c == "$", i + 1 < scalars.count, isNameStart(scalars[i + 1]) {
                var j = i + 1
                var name = ""
                while j < scalars.count, isName(scalars[j]) { name.unicodeScalars.append(scalars[j]); j += 1 }
                guard let v = parameters[name] ?? parameters[name.lowercased()] else { return .failure(UnsetName(name: name)) }
                out += v
                i = j
            } else {
                out.unicodeScalars.append(c)
                i += 1
            }
        }
        return .success(out)
    }

    struct UnsetName: Error { var name: String }
}
