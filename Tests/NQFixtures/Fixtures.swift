import Foundation

/// The test fixtures, copied into the project (tests never read the shared folder beside the project).
public enum Fixtures {
    public static var root: URL { Bundle.module.resourceURL!.appendingPathComponent("Files") }

    public static func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// A folder `v` in `dir` holding a file `a.txt` ("x\n") and an empty sub-folder: what `save` must not
    /// touch.
    public static func folderOfFiles(in dir: URL) throws -> URL {
        let v = dir.appendingPathComponent("v")
        try FileManager.default.createDirectory(at: v.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "x\n".write(to: v.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        return v
    }

    /// The test process's own folder in the temporary directory (`nq-tests-PID`), removed with all
    /// in it when the process exits: the stores, folders and files tests write go here, so that a
    /// run of the suite leaves nothing behind.
    public static let scratch: URL = {
        let dir = scratchFolder(of: getpid())
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o755])
        atexit { try? FileManager.default.removeItem(at: Fixtures.scratchFolder(of: getpid())) }
        return dir
    }()

    static func scratchFolder(of pid: Int32) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("nq-tests-\(pid)")
    }

    /// A path in `scratch` for a test to write at: the prefix, a UUID and the suffix.
    public static func scratchPath(_ prefix: String, _ suffix: String = "") -> String {
        scratch.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)").path
    }

    /// A new empty folder in `scratch` (mode 0755: any user may read it), for a test to write in.
    public static func temporaryFolder(_ prefix: String) throws -> URL {
        let dir = scratch.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        return dir
    }

    public static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    public static var referenceArticle: String { path("blinken-lavrov-geneva.txt") }
}
