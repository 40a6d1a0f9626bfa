import Foundation
import NQFuzzing

/// Which target: the language (default) or, with NQ_FUZZ_TARGET=web, the web readers.
let fuzzesWeb = ProcessInfo.processInfo.environment["NQ_FUZZ_TARGET"] == "web"

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    if fuzzesWeb { WebFuzzTarget.run(bytes) } else { FuzzTarget.run(bytes) }
    return 0
}

typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: Callback) -> Int32

/// The executable's `main` as the package manager names it (it links `main` to this), handing over
/// to libFuzzer's driver.
@_cdecl("nq_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return runDriver(&argc, &argv, fuzz)
}
