extension Collection<String> {
    /// `joined(separator: " ")`, made in one buffer of the right size. (The library's `joined` on an
    /// array slice is not specialised and builds the string by appending.)
    func joinedBySpaces() -> String {
        guard let first else { return "" }
        var bytes = count - 1
        for w in self { bytes += w.utf8.count }
        if bytes == first.utf8.count { return first }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var n = 0
            for (k, w) in zip(indices, self) {
                if k != startIndex { out[n] = 0x20; n += 1 }
                var w = w
                n = w.withUTF8 { b in
                    guard let base = b.baseAddress else { return n }
                    (out.baseAddress! + n).update(from: base, count: b.count)
                    return n + b.count
                }
            }
            return n
        }
    }
}
