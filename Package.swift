// swift-tools-version:6.0
import PackageDescription

// Modules by concern; dependencies flow one way, towards the corpus model and the support below it:
//   nq (executable) → NQShell → NQLanguage → NQCorpus → NQSupport
//   nq (executable) → NQAnalysis → NQWeb → NQCorpus;  nq (executable) → NQStore → NQLanguage → NQCorpus
// The language knows neither the analysis nor the store: the executable hands it a `CorpusSource`.
let package = Package(
    name: "nq",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nq", targets: ["nq"]),
        // For the fuzzer's own package (Fuzz/): the language on a corpus made in code.
        .library(name: "NQFuzzing", targets: ["NQFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // libedit's native histedit.h API through a small C shim (see Sources/CEditLine/shim.h).
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // libxml2's HTML parser, for web pages (Sources/CLibXML2/shim.h).
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, for .gz files and .warc.gz crawl archives.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // libpq, PostgreSQL's client library: a shared store on a PostgreSQL server (Sources/CLibPQ/shim.h).
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // Infrastructure with no knowledge of news: hash tables, varints and packed lists, a memo,
        // work on all cores, the version.
        .target(name: "NQSupport"),
        // The corpus model (articles, sections, paragraphs, sentences, quotes, mentions) and the
        // readers that turn files (text, CSV, JSON lines, HTML) into raw documents.
        .target(name: "NQCorpus", dependencies: ["NQSupport"]),
        // Files as they come from the web: saved HTML pages (parsed by libxml2, the article found by scoring
        // the DOM, metadata from JSON-LD and <meta>), gzip, and WARC crawl archives read as a stream;
        // every other format handed to NQCorpus's readers.
        .target(name: "NQWeb", dependencies: ["NQCorpus", "NQSupport", "CLibXML2", "CZlib"]),
        // The trained language core: a tagger, a lemmatiser (and a parser), linear models trained by
        // nq-train from open treebanks and shipped as resources (Models/, with their README).
        .target(name: "NQLinguistics", dependencies: ["NQSupport"], resources: [.copy("Models")]),
        // Trains the language core's models from the shared treebanks beside the project, reproducibly; evaluates them.
        .executableTarget(name: "nq-train", dependencies: ["NQLinguistics", "NQAnalysis", "NQSupport"]),
        // Text analysis: cleaning, structure, sentence splitting, quotations, entities; and the
        // loader that turns paths into an analysed corpus.
        .target(name: "NQAnalysis", dependencies: ["NQWeb", "NQCorpus", "NQLinguistics", "NQSupport"], exclude: ["Entities/README.md"]),
        // The saved store: an analysed corpus in SQLite (through GRDB) or in PostgreSQL (through libpq),
        // reopened without analysing again, and answering the language's plans in place (compiled to SQL;
        // the language knows no SQL).
        .target(name: "NQStore", dependencies: ["NQLanguage", "NQCorpus", "NQSupport", "CLibPQ", .product(name: "GRDB", package: "GRDB.swift")]),
        // The query language: source text, lexer, parser, syntax tree, checker, evaluator, renderers.
        .target(name: "NQLanguage", dependencies: ["NQCorpus", "NQSupport"]),
        // The shell: the libedit line reader, completion, Ctrl-C, start-up; the input loop is the language's.
        .target(name: "NQShell", dependencies: ["NQLanguage", "NQCorpus", "NQSupport", "CEditLine"]),
        // What the fuzzer runs for each input (Fuzz/, Scripts/fuzz); its finds are replayed by the tests.
        .target(name: "NQFuzzing", dependencies: ["NQLanguage", "NQCorpus", "NQWeb"]),
        // The executable: argument parsing only, plus the bundled demo corpus.
        .executableTarget(
            name: "nq",
            dependencies: [
                "NQShell",
                "NQLanguage",
                "NQAnalysis",
                "NQLinguistics",
                "NQStore",
                "NQCorpus",
                "NQSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Demo")]
        ),
        // Test fixtures (copies of the reference article and small files in each format), shared by
        // the test targets; tests never read the shared folder beside the project.
        .target(name: "NQFixtures", path: "Tests/NQFixtures", resources: [.copy("Files")]),
        .testTarget(name: "NQSupportTests", dependencies: ["NQSupport"]),
        .testTarget(name: "NQLinguisticsTests", dependencies: ["NQLinguistics", "NQSupport"]),
        .testTarget(name: "NQWebTests", dependencies: ["NQWeb", "NQCorpus", "NQSupport", "NQFixtures", "CZlib"]),
        .testTarget(name: "NQCorpusTests", dependencies: ["NQCorpus", "NQSupport", "NQFixtures"]),
        .testTarget(name: "NQAnalysisTests", dependencies: ["NQAnalysis", "NQCorpus", "NQSupport", "NQFixtures"]),
        .testTarget(name: "NQLanguageTests", dependencies: ["NQLanguage", "NQCorpus", "NQSupport", "NQFuzzing"]),
        .testTarget(name: "NQShellTests", dependencies: ["NQShell", "NQLanguage"]),
        .testTarget(name: "NQStoreTests", dependencies: ["NQStore", "NQLanguage", "NQAnalysis", "NQCorpus", "NQSupport", "NQFixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["nq", "NQLanguage", "NQAnalysis", "NQCorpus", "NQFixtures"]),
    ]
)
