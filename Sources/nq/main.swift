import ArgumentParser
import Foundation
import NQShell

// Exit status (SPEC §2): 0 success, 1 a statement failed, 2 bad command line.
do {
    // parse() throws a clean exit for --help and --version, which the catch below prints.
    let command = try NQCommand.parse()
    exit(Launcher.run(command.options()))
} catch {
    let code = NQCommand.exitCode(for: error)
    if code == .success {
        print(NQCommand.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write((NQCommand.fullMessage(for: error) + "\n").data(using: .utf8)!)
    exit(2)
}
