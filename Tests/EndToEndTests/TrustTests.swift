import Foundation
import NQFixtures
import Testing

/// What issue "Trust" found, through the built binary: nothing lost, no quiet failure in batch.
@Suite("Trust: nothing lost, no quiet failure")
struct BatchTrustTests {
    /// Runs `body` with a new folder, removed after.
    func inFolder(_ body: (URL) throws -> Void) throws {
        let dir = try Fixtures.temporaryFolder("nq-trust")
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(dir)
    }

    /// The reference article saved as a store named `name` in `dir`.
    func savedStore(_ dir: URL, _ name: String) throws -> String {
        let store = dir.appendingPathComponent(name).path
        #expect(try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle, "-c", "save \"\(store)\""]).status == 0)
        return store
    }

    /// Runs a program (not nq through its helper: a shell with limits, or nq as another user).
    func execute(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> NQProcess.Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        if let environment { p.environment = environment }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return NQProcess.Output(status: p.terminationStatus, stdout: stdout, stderr: stderr)
    }

    @Test("save onto a folder of files: exit 1, the folder and its files as they were")
    func saveOntoFolder() throws {
        try inFolder { dir in
            let v = try Fixtures.folderOfFiles(in: dir)
            let r = try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle, "-c", "save \"\(v.path)\""])
            #expect(r.status == 1)
            #expect(r.stderr.contains("error: 1:6: \(v.path) is a folder; save writes one file — name a file such as \"corpus.nqdb\""))
            #expect(try String(contentsOf: v.appendingPathComponent("a.txt"), encoding: .utf8) == "x\n")
            #expect(FileManager.default.fileExists(atPath: v.appendingPathComponent("sub").path))
            let notes = dir.appendingPathComponent("notes.txt")
            try "mine\n".write(to: notes, atomically: true, encoding: .utf8)
            let over = try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle, "-c", "save \"\(notes.path)\""])
            #expect(over.status == 1)
            #expect(over.stderr.contains("exists and is not an nq store"))
            #expect(try String(contentsOf: notes, encoding: .utf8) == "mine\n")
        }
    }

    @Test("A store is known by its content: saved as x.db, it opens with --corpus and load; damaged, it is exit 1")
    func storeByContent() throws {
        try inFolder { dir in
            let store = try savedStore(dir, "x.db")
            let opened = try NQProcess.run(["--no-rc", "--corpus", store, "--format", "csv", "-c", "count quotes"])
            #expect(opened.status == 0)
            #expect(opened.stdout == "count\n23\n")
            let loaded = try NQProcess.run(["--no-rc", "--corpus", Fixtures.path("nested"), "--format", "csv", "-c", "load \"\(store)\"", "-c", "count articles"])
            #expect(loaded.stdout == "count\n3\n")
            // A byte of the text changed on disk: an error, never the changed text.
            var bytes = try Data(contentsOf: URL(fileURLWithPath: store))
            let at = bytes.range(of: Data("off-ramp".utf8))!.lowerBound
            bytes[at] = UInt8(ascii: "K")
            try bytes.write(to: URL(fileURLWithPath: store))
            // Answered in place, a statement that reads the text finds the damage; one that reads only
            // other tables answers from them; one that needs the corpus in memory checks all of it.
            for statement in ["find quotes where speaker = \"Lavrov\" show text", "count sentences where text contains \"ramp\"", "kwic \"Geneva\""] {
                let damaged = try NQProcess.run(["--no-rc", "--corpus", store, "-c", statement])
                #expect(damaged.status == 1, "\(statement)")
                #expect(damaged.stderr.contains("the store is damaged"), "\(statement): \(damaged.stderr)")
                #expect(damaged.stdout == "", "\(statement)")
            }
            let untouched = try NQProcess.run(["--no-rc", "--corpus", store, "--format", "csv", "-c", "count quotes where speaker = \"Lavrov\""])
            #expect(untouched.stdout == "count\n4\n")
        }
    }

    @Test("A read-only store answers in place; adding to it is a clear error and changes nothing")
    func readOnlyStore() throws {
        try inFolder { dir in
            let store = try savedStore(dir, "ro.nqdb")
            let before = try Data(contentsOf: URL(fileURLWithPath: store))
            // Read-only for everyone: no write permission, and for root (who ignores it) the immutable flag.
            #expect(chmod(store, 0o444) == 0)
            if geteuid() == 0 { _ = try execute("/usr/bin/chattr", ["+i", store]) }
            defer { if geteuid() == 0 { _ = try? execute("/usr/bin/chattr", ["-i", store]) } }
            #expect(open(store, O_WRONLY) == -1, "the store could still be written: the test cannot make it read-only here")
            let r = try NQProcess.run(["--no-rc", "--corpus", store, "--format", "csv", "-c", "count quotes where speaker = \"Lavrov\"",
                                       "-c", "load \"\(Fixtures.path("formats"))\""])
            #expect(r.stdout == "count\n4\n")
            #expect(r.status == 1)
            #expect(r.stderr.contains("cannot add to \(store): attempt to write a readonly database; nothing was added — copy it somewhere writable, or save a new store"), "\(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        }
    }

    @Test("Nothing to load is exit 1: an empty folder, by --corpus and by load")
    func emptyFolder() throws {
        try inFolder { dir in
            let r = try NQProcess.run(["--no-rc", "--corpus", dir.path, "-c", "count articles"])
            #expect(r.status == 1)
            #expect(r.stderr.contains("error: nothing was loaded from \(dir.path)"))
            let l = try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle, "-c", "load \"\(dir.path)\""])
            #expect(l.status == 1)
            #expect(l.stderr.contains("nothing was loaded from \(dir.path)"))
        }
    }

    @Test("Loading the same folder twice adds nothing the second time, and says so")
    func loadTwice() throws {
        let r = try NQProcess.run(["--no-rc", "--corpus", Fixtures.path("nested"), "--format", "csv",
                                   "-c", "load \"\(Fixtures.path("nested"))\"", "-c", "count articles"])
        #expect(r.status == 0)
        #expect(r.stdout == "count\n2\n")
        #expect(r.stderr.contains("already loaded (same path and content), not loaded again"))
        #expect(r.stderr.contains("loaded 0 articles; 2 in all"))
    }

    @Test("export into a folder: exit 1, in nq's words")
    func exportIntoFolder() throws {
        try inFolder { dir in
            let r = try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle, "-c", "export count quotes to \"\(dir.path)\""])
            #expect(r.status == 1)
            #expect(r.stderr.contains("cannot tell the format") || r.stderr.contains("it is a folder"))
            let csvFolder = dir.appendingPathComponent("out.csv")
            try FileManager.default.createDirectory(at: csvFolder, withIntermediateDirectories: true)
            let f = try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle, "-c", "export count quotes to \"\(csvFolder.path)\""])
            #expect(f.status == 1)
            #expect(f.stderr.contains("cannot write \(csvFolder.path): it is a folder — check that the folder exists and is writable"))
            #expect(!f.stderr.contains("NSCocoaErrorDomain"))
        }
    }

    @Test("A save that runs out of room: exit 1 in plain words, no temporary file left, the old store intact")
    func saveOutOfRoom() throws {
        try inFolder { dir in
            let store = try savedStore(dir, "c.nqdb")
            let before = try Data(contentsOf: URL(fileURLWithPath: store))
            // Files limited to 64 KiB (ulimit -f, with SIGXFSZ ignored so that the write fails instead):
            // the demo corpus's store is megabytes.
            let script = "trap '' XFSZ; ulimit -f 64; exec '\(NQProcess.binary.path)' --no-rc -c 'save \"\(store)\"'"
            let r = try execute("/bin/bash", ["-c", script])
            let stderr = r.stderr
            #expect(r.status == 1)
            #expect(stderr.contains("error: 1:6: cannot write \(store): "), "\(stderr)")
            #expect(!stderr.contains("SQLite error") && !stderr.contains("NSCocoaErrorDomain"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["c.nqdb"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        }
    }

    @Test("A folder that cannot be read is reported (run as an ordinary user)")
    func unreadableFolder() throws {
        try inFolder { root in
            // The corpus in a folder of its own; a copy of nq beside it when the test runs as root.
            let dir = root.appendingPathComponent("corpus")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            chmod(dir.path, 0o755)
            try "Headline\n\nA paragraph.\n".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
            chmod(dir.appendingPathComponent("good.txt").path, 0o644)
            let locked = dir.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            chmod(locked.path, 0o700)
            // root reads every folder: the check runs nq as nobody (setpriv, util-linux) when the tests run as root.
            var arguments = ["--no-rc", "--corpus", dir.path, "--format", "csv", "-c", "count articles"]
            var binary = NQProcess.binary.path
            if getuid() == 0 {
                // A copy in the test's folder, which every user can reach (the build folder may not be),
                // with the language core's models, which nq looks for beside itself.
                let bin = root.appendingPathComponent("bin")
                try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
                chmod(bin.path, 0o755)
                let copy = bin.appendingPathComponent("nq").path
                try FileManager.default.copyItem(atPath: binary, toPath: copy)
                chmod(copy, 0o755)
                let bundle = "nq_NQLinguistics.resources"
                try FileManager.default.copyItem(atPath: (binary as NSString).deletingLastPathComponent + "/" + bundle,
                                                 toPath: bin.appendingPathComponent(bundle).path)
                binary = copy
                arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", binary] + arguments
                binary = "/usr/bin/setpriv"
            } else {
                chmod(locked.path, 0)
            }
            defer { chmod(locked.path, 0o700) }
            let r = try execute(binary, arguments, environment: ["HOME": root.path, "PATH": "/usr/bin:/bin", "NQ_DEMO_CORPUS": dir.path])
            let (stdout, stderr) = (r.stdout, r.stderr)
            #expect(stdout == "count\n1\n", "\(stderr)")
            #expect(stderr.contains("warning: \(locked.path): a folder that cannot be read (Permission denied) (skipped)"))
        }
    }
}
