/// Rows grouped by key, made at once from a list of (row → key) pairs: `rows(of: k)` are the rows
/// with key k, ascending (counting sort; no array per key).
public struct Postings: Sendable {
    private var offsets: [Int]
    private var items: [Int32]

    /// `key(row)` is the key of each row (negative: none).
    public init(count: Int, keys: Int, key: (Int) -> Int) {
        var offsets = [Int](repeating: 0, count: keys + 1)
        for r in 0..<count { let k = key(r); if k >= 0 { offsets[k + 1] += 1 } }
        for k in 0..<keys { offsets[k + 1] += offsets[k] }
        var fill = offsets
        var items = [Int32](repeating: 0, count: offsets[keys])
        for r in 0..<count {
            let k = key(r)
            if k >= 0 { items[fill[k]] = Int32(r); fill[k] += 1 }
        }
        self.offsets = offsets
        self.items = items
    }

    public func rows(of key: Int) -> ArraySlice<Int32> {
        key >= 0 && key + 1 < offsets.count ? items[offsets[key]..<offsets[key + 1]] : []
    }
}
