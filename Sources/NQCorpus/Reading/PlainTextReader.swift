/// Plain text: the first non-empty line is the title, blank lines separate paragraphs.
public enum PlainTextReader {
    public static func read(_ text: String, path: String, category: String? = nil) -> ReadResult {
        var blocks = TextBlocks.split(text)
        guard !blocks.isEmpty else {
            return ReadResult(problems: [LoadProblem(path: path, reason: "empty file")])
        }
        // The title is the first line alone, even when the body follows without a blank line.
        var title = blocks.removeFirst()
        if let firstLine = text.split(separator: "\n", maxSplits: 64).first(where: { !TextBlocks.isBlank($0) }) {
            let line = TextBlocks.trim(firstLine)
            if line.utf8.count < title.utf8.count {
                blocks.insert(TextBlocks.trim(String(decoding: Array(title.utf8.dropFirst(line.utf8.count + 1)), as: UTF8.self)), at: 0)
                title = line
            }
        }
        let doc = RawDocument(title: title, blocks: blocks.map { RawBlock($0) }, category: category, path: path)
        return ReadResult(documents: [doc])
    }
}
