import Foundation
import NQSupport

/// A model file that cannot be used: say which and why, never crash.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    case notAModel(String)
    case otherVersion(found: UInt32)
    case damaged(String)

    public var description: String {
        switch self {
        case .notAModel(let why): return "not an nq model file (\(why))"
        case .otherVersion(let v): return "a model of format \(v); this nq reads format \(ModelFile.version): rebuild nq, or retrain with its nq-train"
        case .damaged(let what): return "the model file is damaged (\(what)); reinstall nq, or retrain with nq-train"
        }
    }
}

/// The bytes of a model: "NQMODEL" and a format byte, the format version, the kind ("tagger", …), the
/// payload's length, the payload, and a checksum of the payload. Little-endian throughout.
public enum ModelFile {
    public static let magic = Array("NQMODEL\u{1}".utf8)
    /// 2: features by the low 32 bits of their hash, as varint gaps; a class in a byte.
    public static let version: UInt32 = 2

    public static func wrap(kind: String, payload: [UInt8]) -> [UInt8] {
        var w = BinaryWriter()
        w.bytes.append(contentsOf: magic)
        w.u32(version)
        w.string(kind)
        w.u64(UInt64(payload.count))
        w.bytes.append(contentsOf: payload)
        var c = Checksum()
        c.add(payload)
        w.u64(c.value)
        return w.bytes
    }

    /// The payload of a model of `kind`, checked.
    public static func unwrap(_ bytes: [UInt8], kind: String) throws(ModelError) -> [UInt8] {
        guard bytes.count >= magic.count + 4, Array(bytes.prefix(magic.count)) == magic else {
            throw .notAModel("it does not start with NQMODEL")
        }
        var r = BinaryReader(bytes, at: magic.count)
        let v = try r.u32()
        guard v == version else { throw .otherVersion(found: v) }
        let k = try r.string()
        guard k == kind else { throw .notAModel("it holds a \(k), not a \(kind)") }
        let n = Int(try r.u64())
        guard n >= 0, n <= bytes.count - r.at - 8 else { throw .damaged("its length") }
        let payload = Array(bytes[r.at..<(r.at + n)])
        r.at += n
        var c = Checksum()
        c.add(payload)
        guard try r.u64() == c.value, r.at == bytes.count else { throw .damaged("its checksum does not match") }
        return payload
    }
}

extension ModelFile {
    /// Checks the model file at `path` as `unwrap` does (magic, version, kind, length, and with
    /// `checksum` the checksum of the payload, read in pieces of 1 MiB and kept nowhere). Start-up
    /// checks all but the checksum (a missing, cut, foreign or other-version file), which costs
    /// nothing; the checksum is checked when the models are read for use.
    public static func check(fileAt path: String, kind: String, checksum: Bool = true) throws(ModelError) {
        guard let file = FileHandle(forReadingAtPath: path) else { throw .notAModel("\((path as NSString).lastPathComponent) cannot be read") }
        defer { try? file.close() }
        func read(_ n: Int) throws(ModelError) -> [UInt8] {
            guard let d = try? file.read(upToCount: n), d.count == n else { throw .damaged("it ends early") }
            return [UInt8](d)
        }
        // The header: magic, version, kind (a length and its bytes), payload length.
        let head = try read(magic.count + 8)
        guard Array(head.prefix(magic.count)) == magic else { throw .notAModel("it does not start with NQMODEL") }
        var r = BinaryReader(head, at: magic.count)
        let v = try r.u32()
        guard v == version else { throw .otherVersion(found: v) }
        let kindLength = Int(try r.u32())
        guard kindLength < 256 else { throw .damaged("its kind") }
        let k = String(decoding: try read(kindLength), as: UTF8.self)
        guard k == kind else { throw .notAModel("it holds a \(k), not a \(kind)") }
        var lengthReader = BinaryReader(try read(8))
        let n = Int(try lengthReader.u64())
        var info = stat()
        let size = stat(path, &info) == 0 ? Int(info.st_size) : -1
        guard n >= 0, n == size - (magic.count + 8 + kindLength + 8) - 8 else { throw .damaged("its length") }
        guard checksum else { return }
        var c = Checksum()
        var failure: ModelError?
        c.add(count: n) { add in
            var left = n
            while left > 0 {
                let piece = min(left, 1 << 20)
                guard let d = try? file.read(upToCount: piece), d.count == piece else { failure = .damaged("it ends early"); return }
                d.withUnsafeBytes { add($0) }
                left -= piece
            }
        }
        if let failure { throw failure }
        var sumReader = BinaryReader(try read(8))
        guard try sumReader.u64() == c.value else { throw .damaged("its checksum does not match") }
    }
}

/// Little-endian numbers and length-prefixed strings into bytes.
public struct BinaryWriter {
    public var bytes: [UInt8] = []
    public init() {}
    public mutating func u16(_ v: UInt16) { for k in 0..<2 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt16(k)))) } }
    public mutating func u32(_ v: UInt32) { for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(k)))) } }
    public mutating func u64(_ v: UInt64) { for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) } }
    public mutating func string(_ s: String) {
        u32(UInt32(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }
    public mutating func strings(_ list: [String]) {
        u32(UInt32(list.count))
        for s in list { string(s) }
    }
}

/// Reads what `BinaryWriter` wrote, every length checked.
public struct BinaryReader {
    let bytes: [UInt8]
    public var at: Int

    public init(_ bytes: [UInt8], at: Int = 0) {
        self.bytes = bytes
        self.at = at
    }

    mutating func take(_ n: Int) throws(ModelError) -> ArraySlice<UInt8> {
        guard n >= 0, at + n <= bytes.count else { throw .damaged("it ends early") }
        defer { at += n }
        return bytes[at..<(at + n)]
    }

    mutating func load<T: FixedWidthInteger>(_ type: T.Type) throws(ModelError) -> T {
        let n = MemoryLayout<T>.size
        guard at + n <= bytes.count else { throw .damaged("it ends early") }
        let v = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: T.self) }
        at += n
        return T(littleEndian: v)
    }

    public mutating func u16() throws(ModelError) -> UInt16 { try load(UInt16.self) }
    public mutating func u32() throws(ModelError) -> UInt32 { try load(UInt32.self) }
    public mutating func u64() throws(ModelError) -> UInt64 { try load(UInt64.self) }
    public mutating func string() throws(ModelError) -> String {
        let n = Int(try u32())
        guard n < 1 << 24 else { throw .damaged("a string of \(n) bytes") }
        guard let s = String(validating: try take(n), as: UTF8.self) else { throw .damaged("a string that is not UTF-8") }
        return s
    }
    public mutating func strings() throws(ModelError) -> [String] {
        let n = Int(try u32())
        guard n < 1 << 24 else { throw .damaged("a list of \(n) strings") }
        var out: [String] = []
        for _ in 0..<n { out.append(try string()) }
        return out
    }
    public var isAtEnd: Bool { at == bytes.count }

    /// A varint (nil when the bytes end inside it or it is too long).
    public mutating func varint() -> UInt64? { Varint.read(bytes, at: &at, bits: 64) }
}
