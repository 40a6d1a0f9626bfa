import NQSupport

/// A trained linear classifier: for each feature (a hash) the classes it has a weight for. Scoring
/// adds the weights of the features present; the class with the highest score wins. Weights are kept
/// sparse (a feature has weights for a few classes) in half precision. A feature is known by the low
/// 32 bits of its hash (`key`): the rare features that share them share their weights, and a model
/// file keeps 2 bytes or so a feature (sorted keys, the gaps as varints).
///
/// In memory a feature costs two reads: its slot in an open-addressing table (the key and where its
/// row starts, 8 bytes), then its row in `entries` (the number of weights, then each weight's class and
/// half-precision value in one 32-bit word, side by side). Scoring is bound by those reads, not by the
/// arithmetic: a table of 8-byte slots at most half full, and no third array to look in.
public struct LinearModel: Sendable {
    public let classes: [String]
    /// Each feature's key, in the order added.
    var keys: [UInt32] = []
    /// Each feature's row: the count, then (class << 16 | weight's bits) for each weight.
    var entries: [UInt32] = []
    /// Key << 32 | the row's offset in `entries`; `empty` for a free slot. A power of two, at most half full.
    var slots: [UInt64] = []
    static let empty = UInt64.max

    public init(classes: [String]) { self.classes = classes }

    public var featureCount: Int { keys.count }
    public var weightCount: Int { entries.count - keys.count }

    /// The part of a feature's hash a model keeps.
    @inlinable public static func key(_ h: UInt64) -> UInt64 { h & 0xFFFF_FFFF }

    /// The slot a key starts probing at (its bits multiplied: FNV's low bits are weak).
    @inline(__always)
    static func slot(_ key: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Adds a feature's weights (features in any order; each key once).
    public mutating func add(feature: UInt64, weights: [(Int, Float)]) {
        guard !weights.isEmpty else { return }
        let key = UInt32(truncatingIfNeeded: feature)
        if (keys.count + 1) * 2 > slots.count { grow(to: max(16, slots.count * 2)) }
        place(key, UInt32(entries.count))
        keys.append(key)
        entries.append(UInt32(weights.count))
        for (c, w) in weights { entries.append(UInt32(c) << 16 | UInt32(Float16(w).bitPattern)) }
    }

    mutating func place(_ key: UInt32, _ offset: UInt32) {
        let mask = slots.count - 1
        var s = Self.slot(key, mask)
        while slots[s] != Self.empty { s = (s + 1) & mask }
        slots[s] = UInt64(key) << 32 | UInt64(offset)
    }

    /// The table made again with `count` slots (a power of two).
    mutating func grow(to count: Int) {
        slots = [UInt64](repeating: Self.empty, count: count)
        var offset = 0
        for key in keys {
            place(key, UInt32(offset))
            offset += 1 + Int(entries[offset])
        }
    }

    /// Adds the weights of `features` to `scores` (one slot a class). In three passes, each of loads
    /// that do not wait for one another: every feature's first slot, then the rows found, then their
    /// weights; the processor has the reads of all the features under way at once instead of one at a time.
    public func score(_ features: [UInt64], into scores: inout [Float]) {
        for i in scores.indices { scores[i] = 0 }
        guard !slots.isEmpty, !features.isEmpty else { return }
        let classCount = scores.count
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                scores.withUnsafeMutableBufferPointer { s in
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
                        let mask = slots.count - 1
                        for (i, f) in features.enumerated() {
                            found[i] = slots[Self.slot(UInt32(truncatingIfNeeded: f), mask)]
                        }
                        var rows = 0
                        for (i, f) in features.enumerated() {
                            let key = UInt32(truncatingIfNeeded: f)
                            var slot = found[i]
                            var k = Self.slot(key, mask)
                            while slot != Self.empty && UInt32(truncatingIfNeeded: slot >> 32) != key {
                                k = (k + 1) & mask
                                slot = slots[k]
                            }
                            if slot != Self.empty {
                                found[rows] = slot & 0xFFFF_FFFF
                                rows += 1
                            }
                        }
                        for r in 0..<rows {
                            let row = Int(truncatingIfNeeded: found[r])
                            let n = Int(entries[row])
                            for e in entries[(row + 1)..<(row + 1 + n)] {
                                let c = Int(e >> 16)
                                if c < classCount { s[c] += Self.float(e & 0xFFFF) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A half-precision value's bits as a Float: normal numbers by shifting the bits (no library call),
    /// the rest (zeros, subnormals, infinities) through `Float16`. The same value either way.
    @inline(__always)
    static func float(_ bits: UInt32) -> Float {
        let magnitude = bits & 0x7FFF
        if magnitude >= 0x0400, magnitude < 0x7C00 {
            return Float(bitPattern: (bits & 0x8000) << 16 | ((magnitude << 13) &+ 0x3800_0000))
        }
        return Float(Float16(bitPattern: UInt16(truncatingIfNeeded: bits)))
    }

    /// Each feature's key and its (class, weight) pairs, in the order added.
    func rows() -> [(key: UInt32, weights: [(Int, Float)])] {
        var out: [(key: UInt32, weights: [(Int, Float)])] = []
        out.reserveCapacity(keys.count)
        var offset = 0
        for key in keys {
            let n = Int(entries[offset])
            out.append((key, entries[(offset + 1)..<(offset + 1 + n)].map { (Int($0 >> 16), Self.float($0 & 0xFFFF)) }))
            offset += 1 + n
        }
        return out
    }

    /// The best class among `allowed` (all when nil).
    public static func best(_ scores: [Float], allowed: ((Int) -> Bool)? = nil) -> Int {
        var best = -1
        var top = -Float.infinity
        for (c, s) in scores.enumerated() where allowed?(c) ?? true {
            if s > top { (best, top) = (c, s) }
        }
        return max(best, 0)
    }

    /// The model without weights smaller than `minimum` (and features left with none).
    public func pruned(minimum: Float) -> LinearModel {
        var m = LinearModel(classes: classes)
        for row in rows() {
            m.add(feature: UInt64(row.key), weights: row.weights.filter { abs($0.1) >= minimum })
        }
        return m
    }

    // MARK: - Bytes

    /// The classes; the number of features; for each, in order of key, the gap from the previous key
    /// and its number of weights (varints); then each weight's class (a byte when there are at most
    /// 256 classes) and its value (half precision).
    func write(_ w: inout BinaryWriter) {
        w.strings(classes)
        w.u64(UInt64(keys.count))
        let rows = rows().sorted { $0.key < $1.key }
        var previous: UInt64 = 0
        for row in rows {
            Varint.append(UInt64(row.key) - previous, to: &w.bytes)
            previous = UInt64(row.key)
            Varint.append(UInt64(row.weights.count), to: &w.bytes)
        }
        let wide = classes.count > 256
        for row in rows {
            for (c, weight) in row.weights {
                if wide { w.u16(UInt16(c)) } else { w.bytes.append(UInt8(c)) }
                w.u16(Float16(weight).bitPattern)
            }
        }
    }

    static func read(_ r: inout BinaryReader) throws(ModelError) -> LinearModel {
        var m = LinearModel(classes: try r.strings())
        guard !m.classes.isEmpty, m.classes.count <= Int(UInt16.max) else { throw .damaged("its classes") }
        let n = Int(try r.u64())
        guard n < 50_000_000 else { throw .damaged("a feature count of \(n)") }
        m.keys.reserveCapacity(n)
        var counts: [Int] = []
        counts.reserveCapacity(n)
        var key: UInt64 = 0
        var total = 0
        for k in 0..<n {
            guard let gap = r.varint(), let count = r.varint(), k == 0 || gap > 0, count <= UInt64(m.classes.count) else {
                throw .damaged("the feature table")
            }
            key += gap
            guard key <= 0xFFFF_FFFF else { throw .damaged("a feature key") }
            m.keys.append(UInt32(key))
            counts.append(Int(count))
            total += Int(count)
        }
        guard total + n < Int(UInt32.max) else { throw .damaged("a weight count of \(total)") }
        let wide = m.classes.count > 256
        m.entries.reserveCapacity(total + n)
        for count in counts {
            m.entries.append(UInt32(count))
            for _ in 0..<count {
                let c = wide ? try r.u16() : UInt16(try r.take(1).first!)
                guard Int(c) < m.classes.count else { throw .damaged("a class number") }
                m.entries.append(UInt32(c) << 16 | UInt32(try r.u16()))
            }
        }
        var size = 16
        while size < n * 2 { size *= 2 }
        m.grow(to: size)
        return m
    }
}

/// Trains a `LinearModel`: the averaged perceptron (Collins 2002), averaging kept lazily with the
/// instant of each weight's last change.
public struct PerceptronTrainer {
    public let classes: [String]
    var rows: [UInt64: Int] = [:]
    var order: [UInt64] = []
    var weights: [Float] = []
    var totals: [Double] = []
    var stamps: [Int] = []
    var instant = 0

    public init(classes: [String]) { self.classes = classes }

    mutating func row(_ f: UInt64) -> Int {
        if let r = rows[f] { return r }
        let r = order.count
        rows[f] = r
        order.append(f)
        weights += repeatElement(0, count: classes.count)
        totals += repeatElement(0, count: classes.count)
        stamps += repeatElement(0, count: classes.count)
        return r
    }

    public func score(_ features: [UInt64], into scores: inout [Float]) {
        for i in scores.indices { scores[i] = 0 }
        let n = classes.count
        for f in features {
            guard let r = rows[f] else { continue }
            for c in 0..<n { scores[c] += weights[r * n + c] }
        }
    }

    /// Adds `d` to the weight of class `c` for each feature (a structured update: call `tick` once per
    /// example around them).
    public mutating func adjust(_ features: [UInt64], _ c: Int, by d: Float) {
        for f in features { bump(row(f) * classes.count + c, d) }
    }

    /// One example seen (the clock the averages are kept by).
    public mutating func tick() { instant += 1 }

    /// One example seen: when the guess was wrong, the truth's weights go up and the guess's down.
    public mutating func update(truth: Int, guess: Int, features: [UInt64]) {
        instant += 1
        guard truth != guess else { return }
        for f in features {
            let r = row(f)
            bump(r * classes.count + truth, 1)
            bump(r * classes.count + guess, -1)
        }
    }

    mutating func bump(_ k: Int, _ d: Float) {
        totals[k] += Double(instant - stamps[k]) * Double(weights[k])
        stamps[k] = instant
        weights[k] += d
    }

    /// The averaged weights, without those whose size is below `minimum` (in features sorted by
    /// hash: the same bytes for the same training).
    public func averaged(minimum: Float = 0.001) -> LinearModel {
        var model = LinearModel(classes: classes)
        let n = classes.count
        // Features whose hashes share their key share one row: their averages are added.
        var byKey: [UInt64: [UInt64]] = [:]
        for f in order { byKey[LinearModel.key(f), default: []].append(f) }
        for key in byKey.keys.sorted() {
            var sums = [Double](repeating: 0, count: n)
            for f in byKey[key]! {
                let r = rows[f]!
                for c in 0..<n {
                    let k = r * n + c
                    sums[c] += totals[k] + Double(instant - stamps[k]) * Double(weights[k])
                }
            }
            var ws: [(Int, Float)] = []
            for c in 0..<n {
                let w = Float(sums[c] / Double(max(instant, 1)))
                if abs(w) >= minimum { ws.append((c, w)) }
            }
            model.add(feature: key, weights: ws)
        }
        return model
    }
}
