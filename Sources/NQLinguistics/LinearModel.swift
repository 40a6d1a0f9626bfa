import NQSupport

/// A trained linear classifier: for each feature (a hash) the classes it has a weight for. Scoring
/// adds the weights of the features present; the class with the highest score wins. Weights are kept
/// sparse (a feature has weights for a few classes) in half precision.
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

    /// Adds a feature's weights (features in any order; each once).
    public mutating func add(feature h: UInt64, weights: [(Int, Float)]) {
        guard !weights.isEmpty else { return }
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
        guard let r = index.find(f) else { return }
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

    func write(_ w: inout BinaryWriter) {
        w.strings(classes)
        w.u64(UInt64(hashes.count))
        for h in hashes { w.u64(h) }
        for s in starts { w.u32(s) }
        for c in entryClass { w.u16(c) }
        for x in entryWeight { w.u16(x.bitPattern) }
    }

    static func read(_ r: inout BinaryReader) throws(ModelError) -> LinearModel {
        var m = LinearModel(classes: try r.strings())
        let n = Int(try r.u64())
        guard n < 50_000_000 else { throw .damaged("a feature count of \(n)") }
        m.hashes.reserveCapacity(n)
        for _ in 0..<n { m.hashes.append(try r.u64()) }
        m.starts = []
        m.starts.reserveCapacity(n + 1)
        for _ in 0...n { m.starts.append(try r.u32()) }
        guard m.starts.first == 0, zip(m.starts, m.starts.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw .damaged("the weight rows") }
        let e = Int(m.starts.last ?? 0)
        m.entryClass.reserveCapacity(e)
        for _ in 0..<e {
            let c = try r.u16()
            guard Int(c) < m.classes.count else { throw .damaged("a class number") }
            m.entryClass.append(c)
        }
        m.entryWeight.reserveCapacity(e)
        for _ in 0..<e { m.entryWeight.append(Float16(bitPattern: try r.u16())) }
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
        for f in order.sorted() {
            let r = rows[f]!
            var ws: [(Int, Float)] = []
            for c in 0..<n {
                let k = r * n + c
                let total = totals[k] + Double(instant - stamps[k]) * Double(weights[k])
                let w = Float(total / Double(max(instant, 1)))
                if abs(w) >= minimum { ws.append((c, w)) }
            }
            model.add(feature: f, weights: ws)
        }
        return model
    }
}
