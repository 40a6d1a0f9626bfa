import NQSupport

/// A trained linear classifier: for each feature (a hash) the classes it has a weight for. Scoring
/// adds the weights of the features present; the class with the highest score wins. Weights are kept
/// sparse (a feature has weights for a few classes) in half precision. A feature is known by the low
/// 32 bits of its hash (`key`): the rare features that share them share their weights, and a model
/// file keeps 2 bytes or so a feature (sorted keys, the gaps as varints).
public struct LinearModel: Sendable {
    public let classes: [String]
    var index = HashSlots()
    var hashes: [UInt64] = []
    var starts: [UInt32] = [0]
    var entryClass: [UInt16] = []
    var entryWeight: [Float16] = []

    public init(classes: [String]) { self.classes = classes }

    public var featureCount: Int { hashes.count }
    public var weightCount: Int { entryWeight.count }

    /// The part of a feature's hash a model keeps.
    @inlinable public static func key(_ h: UInt64) -> UInt64 { h & 0xFFFF_FFFF }

    /// Adds a feature's weights (features in any order; each key once).
    public mutating func add(feature: UInt64, weights: [(Int, Float)]) {
        guard !weights.isEmpty else { return }
        let h = Self.key(feature)
        index.add(h, Int32(hashes.count))
        hashes.append(h)
        for (c, w) in weights {
            entryClass.append(UInt16(c))
            entryWeight.append(Float16(w))
        }
        starts.append(UInt32(entryWeight.count))
    }

    /// Adds the weights of `features` to `scores` (one slot a class).
    @inlinable
    public func score(_ features: [UInt64], into scores: inout [Float]) {
        for i in scores.indices { scores[i] = 0 }
        scores.withUnsafeMutableBufferPointer { s in
            for f in features { addWeights(f, s) }
        }
    }

    @usableFromInline
    func addWeights(_ f: UInt64, _ s: UnsafeMutableBufferPointer<Float>) {
        guard let r = index.find(Self.key(f)) else { return }
        let row = Int(r)
        for k in Int(starts[row])..<Int(starts[row + 1]) { s[Int(entryClass[k])] += Float(entryWeight[k]) }
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
        for (k, h) in hashes.enumerated() {
            let ws = (Int(starts[k])..<Int(starts[k + 1])).compactMap { e -> (Int, Float)? in
                let w = Float(entryWeight[e])
                return abs(w) >= minimum ? (Int(entryClass[e]), w) : nil
            }
            m.add(feature: h, weights: ws)
        }
        return m
    }

    // MARK: - Bytes

    /// The classes; the number of features; for each, in order of key, the gap from the previous key
    /// and its number of weights (varints); then each weight's class (a byte when there are at most
    /// 256 classes) and its value (half precision).
    func write(_ w: inout BinaryWriter) {
        w.strings(classes)
        w.u64(UInt64(hashes.count))
        let order = hashes.indices.sorted { hashes[$0] < hashes[$1] }
        var previous: UInt64 = 0
        for k in order {
            Varint.append(hashes[k] - previous, to: &w.bytes)
            previous = hashes[k]
            Varint.append(UInt64(starts[k + 1] - starts[k]), to: &w.bytes)
        }
        let wide = classes.count > 256
        for k in order {
            for e in Int(starts[k])..<Int(starts[k + 1]) {
                if wide { w.u16(entryClass[e]) } else { w.bytes.append(UInt8(entryClass[e])) }
                w.u16(entryWeight[e].bitPattern)
            }
        }
    }

    static func read(_ r: inout BinaryReader) throws(ModelError) -> LinearModel {
        var m = LinearModel(classes: try r.strings())
        guard !m.classes.isEmpty, m.classes.count <= Int(UInt16.max) else { throw .damaged("its classes") }
        let n = Int(try r.u64())
        guard n < 50_000_000 else { throw .damaged("a feature count of \(n)") }
        m.hashes.reserveCapacity(n)
        m.starts.reserveCapacity(n + 1)
        var key: UInt64 = 0
        for k in 0..<n {
            guard let gap = r.varint(), let count = r.varint(), k == 0 || gap > 0, count <= UInt64(m.classes.count) else {
                throw .damaged("the feature table")
            }
            key += gap
            guard key <= 0xFFFF_FFFF else { throw .damaged("a feature key") }
            m.hashes.append(key)
            m.starts.append(m.starts.last! + UInt32(count))
        }
        let e = Int(m.starts.last ?? 0)
        let wide = m.classes.count > 256
        m.entryClass.reserveCapacity(e)
        m.entryWeight.reserveCapacity(e)
        for _ in 0..<e {
            let c = wide ? try r.u16() : UInt16(try r.take(1).first!)
            guard Int(c) < m.classes.count else { throw .damaged("a class number") }
            m.entryClass.append(c)
            m.entryWeight.append(Float16(bitPattern: try r.u16()))
        }
        m.index = HashSlots(capacity: n)
        for (k, h) in m.hashes.enumerated() { m.index.add(h, Int32(k)) }
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
