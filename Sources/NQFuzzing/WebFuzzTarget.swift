import NQWeb

/// What the web fuzzer runs for each input (`Scripts/fuzz --web`): the bytes as a page, an HTTP
/// response, a WARC archive and gzip. Its finds are replayed by the tests (`Fuzz/web-corpus`).
public enum WebFuzzTarget {
    public static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        WebReadersExercise.run(Array(bytes))
    }
}
