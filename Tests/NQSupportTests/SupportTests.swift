import Foundation
import Testing
@testable import NQSupport

@Suite("Varints")
struct VarintTests {
    @Test("Round trip at every length's edges, through memory and through an array")
    func roundTrip() {
        let values: [UInt64] = [0, 1, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1F_FFFF, 0x20_0000, 0xFFF_FFFF, 0x1000_0000, UInt64(UInt32.max), UInt64.max]
        var bytes: [UInt8] = []
        for v in values { Varint.append(v, to: &bytes) }
        var i = 0
        for v in values { #expect(Varint.read(bytes, at: &i) == v) }
        #expect(i == bytes.count)
        for v in values where v <= UInt64(UInt32.max) {
            var buffer = [UInt8](repeating: 0, count: 10)
            let n = buffer.withUnsafeMutableBufferPointer { Varint.write(v, to: $0.baseAddress!) }
            #expect(n == Varint.length(UInt32(v)))
            var at = 0
            #expect(buffer.withUnsafeBufferPointer { Varint.read($0, at: &at) } == UInt32(v))
            #expect(at == n)
        }
    }

    @Test("Damaged input: cut short or too long is nil, never a crash")
    func damaged() {
        var i = 0
        #expect(Varint.read([0x80, 0x80], at: &i) == nil)
        i = 0
        #expect(Varint.read([UInt8](repeating: 0xFF, count: 12), at: &i) == nil)
        i = 0
        #expect(Varint.read([0x80, 0x80, 0x80, 0x80, 0x80, 0x01], at: &i, bits: 35) == nil)
    }
}

@Suite("Packed lists")
struct PackedListsTests {
    @Test("Lists come back as they went in; packed bytes are checked; inversion turns them around")
    func lists() {
        var p = PackedLists()
        let lists: [[Int32]] = [[0, 1, 5, 300], [], [2, 70_000], [5]]
        for l in lists { p.append(l) }
        #expect(p.count == 4)
        #expect((0..<4).map { p.list($0) } == lists)
        #expect(PackedLists.isValid(p.packed(0), below: 301))
        #expect(!PackedLists.isValid(p.packed(0), below: 300))
        #expect(!PackedLists.isValid([0x00], below: 10))  // a difference of 0: not ascending
        #expect(!PackedLists.isValid([0x81], below: 10))  // cut short
        let inv = p.inverted(keys: 70_001)
        #expect(inv.list(5) == [0, 3])
        #expect(inv.list(2) == [2])
        #expect(inv.list(4) == [])
        var copy = PackedLists()
        copy.append(packed: p.packed(2))
        #expect(copy.list(0) == [2, 70_000])
    }
}

@Suite("Hash slots")
struct HashSlotsTests {
    @Test("A hash as the whole key: set, find, replace, grow past the minimum")
    func wholeKey() {
        var t = HashSlots(minimumSlots: 4)
        var added = 0
        for k in 0..<1000 where t.set(UInt64(k) &* 0x9E37_79B9 &+ 1, Int32(k)) { added += 1 }
        #expect(added == 1000)
        let again = t.set(1, 7)
        #expect(!again)
        #expect(t.count == 1000)
        #expect(t.find(1) == 7)
        #expect(t.find(UInt64(999) &* 0x9E37_79B9 &+ 1) == 999)
        #expect(t.find(0xDEAD) == nil)
        #expect(t.withLookUp { find in (0..<1000).filter { find(UInt64($0) &* 0x9E37_79B9 &+ 1) != nil }.count } == 1000)
    }

    @Test("Keys kept by row: equal hashes are told apart by the caller's comparison")
    func byRow() {
        let keys = ["a", "b", "c"]
        var t = HashSlots()
        for (k, _) in keys.enumerated() { t.add(42, Int32(k)) }  // all with one hash
        #expect(t.first(42) { keys[Int($0)] == "c" } == 2)
        #expect(t.first(42) { keys[Int($0)] == "z" } == nil)
        #expect(HashSlots().find(42) == nil)
    }

    @Test("The scratch set: each hash once, 0 included, through growth")
    func scratch() {
        var s = ScratchHashSet(capacityFor: 0)
        defer { s.deallocate() }
        let zero = (s.insert(0), s.insert(0))
        #expect(zero == (true, false))
        var first = 0, second = 0
        for k in 1...5000 where s.insert(UInt64(k) &* 0x1_0000_0001) { first += 1 }
        for k in 1...5000 where s.insert(UInt64(k) &* 0x1_0000_0001) { second += 1 }
        #expect(first == 5000 && second == 0)
    }
}

@Suite("Memo, postings, work on all cores")
struct ConcurrencyTests {
    @Test("A memo makes its value once, however many threads ask")
    func memo() {
        let memo = Memo<Int>()
        let made = ConcurrentMap.map(Array(0..<64)) { _ in memo.get { Int.random(in: 1...1_000_000) } }
        #expect(Set(made).count == 1)
        #expect(memo.isMade)
    }

    @Test("map keeps the input order; a map inside a map runs in place")
    func map() {
        let out = ConcurrentMap.map(Array(0..<500)) { x in ConcurrentMap.map([x, x]) { $0 * 2 }.reduce(0, +) }
        #expect(out == (0..<500).map { $0 * 4 })
    }

    @Test("Postings group rows by key, ascending, skipping rows with none")
    func postings() {
        let keys = [2, -1, 0, 2, 1, 0]
        let p = Postings(count: keys.count, keys: 3) { keys[$0] }
        #expect(Array(p.rows(of: 0)) == [2, 5])
        #expect(Array(p.rows(of: 2)) == [0, 3])
        #expect(Array(p.rows(of: 3)) == [])
    }
}

@Suite("Bytes")
struct BytesTests {
    @Test("memchr search, ASCII case, byte containment")
    func bytes() {
        let b: [UInt8] = Array("abcabc".utf8)
        b.withUnsafeBufferPointer { p in
            #expect(p.firstIndex(of: UInt8(ascii: "c"), from: 3) == 5)
            #expect(p.firstIndex(of: UInt8(ascii: "c"), from: 0, to: 2) == nil)
        }
        #expect("Ünïcode ABC".asciiLowercased() == "Ünïcode abc")
        #expect("needle in hay".utf8Contains(Array("in h".utf8)))
        #expect(!"needle".utf8Contains(Array("needles".utf8)))
        #expect("President of the Republic of Ireland".utf8Offset(of: Array(" of ".utf8)) == 9)
        #expect("Mayor".utf8Offset(of: Array(" of ".utf8)) == nil)
        // The words between spaces on the bytes, as `split(separator: " ")` gives them by characters.
        for s in ["Recep Tayyip Erdoğan", "  two  spaces ", "", " ", "one", "Ursula von der Leyen"] {
            #expect(s.spaceSeparated() == s.split(separator: " "))
        }
        #expect(FNV1a.finish("ab".utf8.reduce(FNV1a.seed, FNV1a.step)) != FNV1a.finish("ba".utf8.reduce(FNV1a.seed, FNV1a.step)))
    }
}
