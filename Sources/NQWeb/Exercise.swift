/// Every reader of this module on one input, for the fuzzer (`Scripts/fuzz --web`, NQFuzzing): as a web
/// page, as an HTTP response, as a WARC archive, as gzip. Nothing may crash or hang.
public enum WebReadersExercise {
    public static func run(_ bytes: [UInt8]) {
        _ = WebPage.read(bytes, path: "fuzz.html")
        _ = HTTPResponse(bytes)?.decodedBody()
        var warc = WARCReader(MemoryStream(bytes: bytes))
        var pages = 0
        while pages < 1000, let page = (try? warc.next()) ?? nil {
            _ = WebPage.read(page.body, path: "fuzz.warc#\(page.number)", url: page.url, date: page.date, charset: page.charset)
            pages += 1
        }
        if let gz = try? GzipStream(MemoryStream(bytes: bytes)) {
            var produced = 0
            while produced < 64 << 20, let chunk = (try? gz.next()) ?? nil { produced += chunk.count }
        }
    }
}
