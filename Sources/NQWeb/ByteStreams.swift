import CZlib
import NQCorpus
import NQSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Bytes read a chunk at a time: a file, or a gzip stream over one. A 1 GB crawl archive is read
/// through a few MiB of buffers.
protocol ByteStream {
    /// The next chunk; nil at the end.
    mutating func next() throws(StreamFailure) -> [UInt8]?
}

struct StreamFailure: Error, Equatable {
    var reason: String
}

/// A regular file, a MiB at a time.
final class FileStream: ByteStream {
    let fd: Int32
    var checksum = Checksum()
    static let chunk = 1 << 20

    /// Opens `path` (a regular file only: a FIFO or a device would block or never end).
    init(path: String) throws(StreamFailure) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw StreamFailure(reason: "cannot be read (\(String(cString: strerror(errno))))") }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw StreamFailure(reason: "not a regular file")
        }
        _ = fcntl(fd, F_SETFL, 0)
        self.fd = fd
    }

    deinit { close(fd) }

    func next() throws(StreamFailure) -> [UInt8]? {
        var failed: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: Self.chunk) { buffer, count in
            count = 0
            while count < Self.chunk {
                let n = read(fd, buffer.baseAddress! + count, Self.chunk - count)
                if n < 0 { if errno == EINTR { continue }; failed = errno; break }
                if n == 0 { break }
                count += n
            }
        }
        if failed != 0 { throw StreamFailure(reason: "cannot be read: \(String(cString: strerror(failed)))") }
        if chunk.isEmpty { return nil }
        checksum.add(chunk)
        return chunk
    }
}

/// Bytes already in memory, as one chunk.
struct MemoryStream: ByteStream {
    var bytes: [UInt8]?
    mutating func next() throws(StreamFailure) -> [UInt8]? {
        defer { bytes = nil }
        return bytes
    }
}

/// gzip, decompressed by zlib as it is read. Many members one after another (as `.warc.gz` stores each
/// record) are one stream. A stream that stops before its end, or corrupt data, is an error naming it.
final class GzipStream<Source: ByteStream>: ByteStream {
    var source: Source
    var stream = z_stream()
    var input: [UInt8] = []
    var inputOffset = 0
    var finished = false
    var sawData = false
    /// Bytes out so far.
    private(set) var produced = 0
    static var outputChunk: Int { 1 << 20 }

    init(_ source: Source) throws(StreamFailure) {
        self.source = source
        // 15 + 32: a zlib or gzip header, found by its magic bytes.
        let status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw StreamFailure(reason: "zlib could not start (\(status))") }
    }

    deinit { inflateEnd(&stream) }

    /// An error met after some output: the output is returned first, the error on the next call.
    var pending: StreamFailure?

    func next() throws(StreamFailure) -> [UInt8]? {
        if let pending {
            self.pending = nil
            throw pending
        }
        do {
            return try produce()
        } catch {
            guard partial > 0 else { throw error }
            pending = error
            let out = Array(partialOutput.prefix(partial))
            partial = 0
            return out
        }
    }

    /// Output made by the call that failed.
    private var partialOutput: [UInt8] = []
    private var partial = 0

    private func produce() throws(StreamFailure) -> [UInt8]? {
        guard !finished else { return nil }
        var out = [UInt8](repeating: 0, count: Self.outputChunk)
        var written = 0
        while written < out.count {
            if inputOffset >= input.count {
                guard let more = try source.next() else {
                    // Input ended: a clean end only right after a member ended.
                    finished = true
                    if stream.total_in > 0 || (sawData && stream.avail_in > 0) {
                        partialOutput = Array(out.prefix(written))
                        partial = written
                        throw StreamFailure(reason: "the gzip data stops before its end (a truncated file), after \(produced + written) bytes")
                    }
                    if !sawData { throw StreamFailure(reason: "empty gzip file") }
                    break
                }
                input = more
                inputOffset = 0
                sawData = true
            }
            var status: Int32 = Z_OK
            let consumed: Int
            let made: Int
            (consumed, made, status) = input.withUnsafeMutableBufferPointer { inBuf in
                out.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_in = inBuf.baseAddress! + inputOffset
                    stream.avail_in = UInt32(inBuf.count - inputOffset)
                    stream.next_out = outBuf.baseAddress! + written
                    stream.avail_out = UInt32(outBuf.count - written)
                    let beforeIn = stream.avail_in, beforeOut = stream.avail_out
                    let s = inflate(&stream, Z_NO_FLUSH)
                    return (Int(beforeIn - stream.avail_in), Int(beforeOut - stream.avail_out), s)
                }
            }
            inputOffset += consumed
            written += made
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                // The next member, if any: skip padding zeros some writers leave.
                while inputOffset < input.count, input[inputOffset] == 0 { inputOffset += 1 }
                inflateReset(&stream)
                stream.total_in = 0
            default:
                finished = true
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                partialOutput = Array(out.prefix(written))
                partial = written
                throw StreamFailure(reason: produced + written == 0 ? "not valid gzip data (\(message))"
                                    : "not valid gzip data (\(message)) after \(produced + written) bytes")
            }
        }
        produced += written
        out.removeSubrange(written...)
        return out.isEmpty && finished ? nil : out
    }
}

/// A stream read in lines and runs of bytes, over chunks.
struct BufferedReader<Source: ByteStream> {
    var source: Source
    var buffer: [UInt8] = []
    var offset = 0
    var ended = false
    /// Bytes consumed before `buffer[offset]`.
    var position = 0

    init(_ source: Source) { self.source = source }

    /// Makes at least `count` bytes available after `offset`, if the stream has them.
    mutating func fill(_ count: Int) throws(StreamFailure) -> Bool {
        while buffer.count - offset < count {
            guard !ended else { return false }
            guard let more = try source.next() else { ended = true; return false }
            if offset > 0 {
                buffer.removeSubrange(0..<offset)
                offset = 0
            }
            buffer += more
        }
        return true
    }

    /// The next line without its line end (\r\n or \n); nil at the end. Lines longer than `limit` are cut.
    mutating func line(limit: Int = 1 << 16) throws(StreamFailure) -> [UInt8]? {
        var scanned = 0
        while true {
            if let nl = buffer[(offset + scanned)...].firstIndex(of: 0x0A) {
                var line = Array(buffer[offset..<nl])
                if line.last == 0x0D { line.removeLast() }
                advance(nl + 1 - offset)
                return line.count > limit ? Array(line.prefix(limit)) : line
            }
            scanned = buffer.count - offset
            if scanned > limit {
                let line = Array(buffer[offset..<(offset + limit)])
                advance(scanned)
                return line
            }
            guard try fill(scanned + 1) else {
                guard scanned > 0 else { return nil }
                let line = Array(buffer[offset...])
                advance(scanned)
                return line
            }
        }
    }

    /// The next `count` bytes (fewer at the end).
    mutating func take(_ count: Int) throws(StreamFailure) -> [UInt8] {
        _ = try fill(count)
        let n = min(count, buffer.count - offset)
        let out = Array(buffer[offset..<(offset + n)])
        advance(n)
        return out
    }

    /// Passes over `count` bytes without keeping them; how many there were.
    mutating func skip(_ count: Int) throws(StreamFailure) -> Int {
        var left = count
        while left > 0 {
            if buffer.count - offset == 0 { guard try fill(1) else { break } }
            let n = min(left, buffer.count - offset)
            advance(n)
            left -= n
        }
        return count - left
    }

    mutating func advance(_ n: Int) {
        offset += n
        position += n
        if offset == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            offset = 0
        }
    }
}
