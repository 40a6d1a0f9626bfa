extension String {
    /// The string with each character that `replacement` gives text for replaced by it (the string
    /// itself when none is: no copy).
    public func escaped(_ replacement: (Character) -> String?) -> String {
        guard contains(where: { replacement($0) != nil }) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            if let r = replacement(ch) { out += r } else { out.append(ch) }
        }
        return out
    }

    /// The string as it may reach a terminal: control characters from data (ESC, BEL, backspace,
    /// carriage return, DEL, the C1 controls …) written out visibly (`\e`, `\r`, `\x07`, `\u{9B}`), so
    /// that no article, file name or statement can move the cursor, retitle or clear the screen.
    /// Tabs stay, and newlines unless `newlines` is false.
    public func visible(newlines: Bool = true) -> String {
        // Fast path: nothing below 0x20 but tab and newline, no DEL, no C1 (bytes C2 80–C2 9F).
        var clean = true
        for b in utf8 where b < 0x20 || b == 0x7F || b == 0xC2 {
            if b == 0x09 || (b == 0x0A && newlines) { continue }
            if b == 0xC2 { clean = false; break }
            clean = false
            break
        }
        if clean { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            out += Self.visible(scalar, newlines: newlines) ?? String(scalar)
        }
        return out
    }

    static func visible(_ s: Unicode.Scalar, newlines: Bool) -> String? {
        switch s.value {
        case 0x09: return nil
        case 0x0A: return newlines ? nil : "\\n"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        case 0x00..<0x20, 0x7F: return "\\x" + (s.value < 0x10 ? "0" : "") + String(s.value, radix: 16)
        case 0x80..<0xA0: return "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
        default: return nil
        }
    }
}
