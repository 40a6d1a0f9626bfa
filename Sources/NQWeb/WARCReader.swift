/// WARC crawl archives (ISO 28500, the format of Common Crawl's news crawl), read as a stream: record
/// after record, each `response` record's HTTP message parsed and, when it is a 200 HTML page, handed on
/// with its target URI and date. Other records (request, metadata, warcinfo, non-HTML, non-200) are
/// counted. A record whose header cannot be read is reported; reading goes on at the next `WARC/` line.
struct WARCReader<Source: ByteStream> {
    typealias Counts = WARCRecordCounts
    typealias Page = WARCPage

    var reader: BufferedReader<Source>
    var counts = Counts()
    /// The first broken record's place and reason.
    var firstProblem: String?
    /// The largest record kept (a larger page is passed over).
    static var maxRecord: Int { 64 << 20 }

    init(_ source: Source) { reader = BufferedReader(source) }

    /// The next HTML page; nil at the end.
    mutating func next() throws(StreamFailure) -> Page? {
        while true {
            // The version line, after any blank lines between records.
            var line: [UInt8]
            repeat {
                guard let l = try reader.line() else { return nil }
                line = l
            } while line.isEmpty
            let start = reader.position
            guard line.starts(with: Array("WARC/".utf8)) else {
                broken("no WARC/ version line at byte \(start)")
                try resync()
                continue
            }
            counts.records += 1
            let number = counts.records
            var headers: [String: String] = [:]
            var ended = false
            while let h = try reader.line() {
                if h.isEmpty { ended = true; break }
                guard let colon = h.firstIndex(of: 0x3A) else { continue }
                let name = String(decoding: h[..<colon], as: UTF8.self).lowercased()
                let value = String(decoding: h[(colon + 1)...], as: UTF8.self).trimmingSpaces
                headers[name] = value
            }
            guard ended else {
                broken("record \(number) ends in its header")
                return nil
            }
            guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
                broken("record \(number) has no Content-Length")
                try resync()
                continue
            }
            let type = headers["warc-type"]?.lowercased() ?? ""
            let contentType = headers["content-type"]?.lowercased() ?? ""
            guard type == "response" || type == "resource", length <= Self.maxRecord else {
                if length > Self.maxRecord { counts.tooLarge += 1 } else { counts.otherTypes += 1 }
                let skipped = try reader.skip(length)
                if skipped < length { broken("record \(number) stops before its end (\(skipped) of \(length) bytes)"); return nil }
                continue
            }
            let block = try reader.take(length)
            if block.count < length {
                broken("record \(number) stops before its end (\(block.count) of \(length) bytes)")
                return nil
            }
            let url = headers["warc-target-uri"].map { $0.hasPrefix("<") && $0.hasSuffix(">") ? String($0.dropFirst().dropLast()) : $0 }
            let date = headers["warc-date"]
            if type == "resource" {
                guard contentType.contains("html") else { counts.notHTML += 1; continue }
                return Page(number: number, url: url, date: date, charset: nil, body: block)
            }
            guard contentType.hasPrefix("application/http") else { counts.otherTypes += 1; continue }
            guard let response = HTTPResponse(block) else {
                broken("record \(number) holds no HTTP response")
                continue
            }
            guard response.status == 200 else { counts.notOK += 1; continue }
            guard response.isHTML else { counts.notHTML += 1; continue }
            guard let body = response.decodedBody() else {
                broken("record \(number): its HTTP body could not be decoded")
                continue
            }
            return Page(number: number, url: url, date: date, charset: response.charset, body: body)
        }
    }

    mutating func broken(_ reason: String) {
        counts.broken += 1
        if firstProblem == nil { firstProblem = reason }
    }

    /// Reads on to the next line that starts a record.
    mutating func resync() throws(StreamFailure) {
        while true {
            _ = try reader.fill(5)
            let rest = reader.buffer[reader.offset...]
            if rest.starts(with: Array("WARC/".utf8)) { return }
            guard try reader.line() != nil else { return }
        }
    }
}

/// An HTML page from a WARC record: its record's number in the file, the target URI and date, the HTTP
/// charset, the body.
struct WARCPage: Sendable {
    var number: Int
    var url: String?
    var date: String?
    var charset: String?
    var body: [UInt8]
}

/// What a WARC file held: records, and those passed over by kind.
struct WARCRecordCounts: Equatable {
    var records = 0
    var notHTML = 0
    var notOK = 0
    var otherTypes = 0
    var broken = 0
    var tooLarge = 0
}

/// An HTTP response as a WARC stores it: status line, headers, body (de-chunked, gzip decoded).
struct HTTPResponse {
    var status: Int
    var headers: [String: String]
    var body: ArraySlice<UInt8>

    init?(_ block: [UInt8]) {
        var i = 0
        func line() -> ArraySlice<UInt8>? {
            guard i < block.count else { return nil }
            let end = block[i...].firstIndex(of: 0x0A) ?? block.count
            var l = block[i..<end]
            if l.last == 0x0D { l = l.dropLast() }
            i = min(block.count, end + 1)
            return l
        }
        guard let statusLine = line(), statusLine.starts(with: Array("HTTP/".utf8)) else { return nil }
        let parts = statusLine.split(separator: 0x20)
        guard parts.count >= 2, let code = Int(String(decoding: parts[1], as: UTF8.self)) else { return nil }
        status = code
        headers = [:]
        while let h = line(), !h.isEmpty {
            guard let colon = h.firstIndex(of: 0x3A) else { continue }
            headers[String(decoding: h[..<colon], as: UTF8.self).lowercased()] = String(decoding: h[(colon + 1)...], as: UTF8.self).trimmingSpaces
        }
        body = block[i...]
    }

    var isHTML: Bool {
        guard let type = headers["content-type"]?.lowercased() else {
            // No type: HTML if it looks like it.
            let head = String(decoding: body.prefix(512), as: UTF8.self).lowercased()
            return head.contains("<html") || head.contains("<!doctype html")
        }
        return type.contains("text/html") || type.contains("application/xhtml")
    }

    var charset: String? {
        guard let type = headers["content-type"], let r = type.lowercased().range(of: "charset=") else { return nil }
        let value = type[r.upperBound...].prefix { $0 != ";" && $0 != " " }.filter { $0 != "\"" && $0 != "'" }
        return value.isEmpty ? nil : String(value)
    }

    func decodedBody() -> [UInt8]? {
        var bytes = Array(body)
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let plain = Self.dechunk(bytes) { bytes = plain }
        switch headers["content-encoding"]?.lowercased() {
        case nil, "", "identity": return bytes
        case "gzip", "x-gzip", "deflate":
            guard let gz = try? GzipStream(MemoryStream(bytes: bytes)) else { return nil }
            var out: [UInt8] = []
            do {
                while let chunk = try gz.next() {
                    out += chunk
                    if out.count > WARCReader<MemoryStream>.maxRecord { return nil }
                }
            } catch { return nil }
            return out
        default:
            return nil
        }
    }

    /// HTTP/1.1 chunked transfer coding undone; nil when it is not well formed.
    static func dechunk(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            guard let nl = b[i...].firstIndex(of: 0x0A) else { return nil }
            let sizeText = String(decoding: b[i..<nl], as: UTF8.self).prefix { $0.isHexDigit }
            guard let size = Int(sizeText, radix: 16) else { return nil }
            i = nl + 1
            if size == 0 { return out }
            guard i + size <= b.count else { return nil }
            out += b[i..<(i + size)]
            i += size
            while i < b.count, b[i] == 0x0D || b[i] == 0x0A { i += 1 }
        }
        return out
    }
}
