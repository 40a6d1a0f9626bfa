// swift-tools-version:6.0
import PackageDescription

// The fuzz target, a package of its own so that the project's build never links libFuzzer. Built and
// run by Scripts/fuzz (swift build -Xswiftc -sanitize=fuzzer); see there.
let package = Package(
    name: "nq-fuzz",
    dependencies: [.package(name: "nq", path: "..")],
    targets: [
        .executableTarget(
            name: "nq-fuzz",
            dependencies: [.product(name: "NQFuzzing", package: "nq")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
