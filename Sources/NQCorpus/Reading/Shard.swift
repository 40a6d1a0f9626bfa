import Foundation

/// One shard of a map step (`--shard K/N`): N processes, each with its own K, load the articles of the
/// same files into one store together. An article belongs to shard K when a stable hash (FNV-1a, the
/// same in every process and on every machine) of its place — a file's path as given, or for a file of
/// many articles (CSV, TSV, JSON, JSON lines, WARC) the path and the record's number — is K − 1 modulo N.
/// A file of one article is read only by its shard; a file of many is read by every shard, each keeping
/// its records (a WARC's other pages are not parsed).
public struct Shard: Sendable, Equatable {
    public let k: Int
    public let n: Int

    public init?(k: Int, n: Int) {
        guard n >= 1, k >= 1, k <= n else { return nil }
        (self.k, self.n) = (k, n)
    }

    /// `K/N`, as written on the command line.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(k: k, n: n)
    }

    /// Whether the article at `place` (a path, or `path#record`) is this shard's.
    public func keeps(_ place: String) -> Bool {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in place.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(h % UInt64(n)) + 1 == k
    }

    /// Whether a file of that name holds many articles (its records are divided among the shards).
    public static func holdsMany(_ path: String) -> Bool {
        var ext = (path as NSString).pathExtension.lowercased()
        if ext == "gz" { ext = ((path as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        return ["csv", "tsv", "jsonl", "ndjson", "json", "warc"].contains(ext)
    }

    /// The key a file is remembered by as loaded: a file of many articles by this shard's part of it.
    public func fileKey(_ path: String) -> String { Self.holdsMany(path) ? "\(path)#shard \(k)/\(n)" : path }
}
