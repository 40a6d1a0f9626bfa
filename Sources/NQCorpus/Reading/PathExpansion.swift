import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file to read, with the category its folder gives it.
public struct FileToRead: Sendable, Hashable {
    public var path: String
    /// The name of the sub-folder it was found in below a loaded folder (nil at the top).
    public var category: String?

    public init(path: String, category: String? = nil) {
        self.path = path
        self.category = category
    }
}

/// Turns what a user names (files, folders, globs) into the files to read, in a stable order.
public enum PathExpansion {
    public static func expand(_ specs: [String]) -> (files: [FileToRead], problems: [LoadProblem]) {
        var files: [FileToRead] = []
        var problems: [LoadProblem] = []
        for spec in specs {
            let path = (spec as NSString).expandingTildeInPath
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                if isDirectory.boolValue { walk(path, into: &files, problems: &problems) } else { files.append(FileToRead(path: path)) }
            } else if path.contains(where: { "*?[".contains($0) }) {
                let matches = glob(path)
                if matches.isEmpty { problems.append(LoadProblem(path: spec, reason: "no file matches this pattern")) }
                for m in matches {
                    var isDir: ObjCBool = false
                    _ = FileManager.default.fileExists(atPath: m, isDirectory: &isDir)
                    if isDir.boolValue { walk(m, into: &files, problems: &problems) } else { files.append(FileToRead(path: m)) }
                }
            } else {
                problems.append(LoadProblem(path: spec, reason: "no such file or folder"))
            }
        }
        return (files, problems)
    }

    /// The walk of a folder, without recursion: hidden names and other extensions passed over; a
    /// folder that cannot be read, and a link that leads outside the folder (not followed, as find and
    /// ripgrep do), reported; links inside it followed once (a loop ends).
    static func walk(_ root: String, into files: inout [FileToRead], problems: inout [LoadProblem]) {
        guard let realRoot = realPath(root) else {
            problems.append(LoadProblem(path: root, reason: "cannot be read"))
            return
        }
        var found: [FileToRead] = []
        var visited: Set<String> = [realRoot]
        // (folder path as shown, path relative to the root)
        var pending: [(String, [String])] = [(root, [])]
        while let (folder, relative) = pending.popLast() {
            guard let dir = opendir(folder) else {
                problems.append(LoadProblem(path: folder, reason: "a folder that cannot be read (\(String(cString: strerror(errno))))"))
                continue
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let full = (folder as NSString).appendingPathComponent(name)
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                var kind = info.st_mode & S_IFMT
                if kind == S_IFLNK {
                    guard let target = realPath(full), target == realRoot || target.hasPrefix(realRoot + "/") else {
                        problems.append(LoadProblem(path: full, reason: "a link to outside the folder, not followed", kind: .note))
                        continue
                    }
                    guard stat(full, &info) == 0 else { continue }
                    kind = info.st_mode & S_IFMT
                    if kind == S_IFDIR {
                        guard !visited.contains(target) else { continue }
                        visited.insert(target)
                    }
                }
                if kind == S_IFDIR {
                    pending.append((full, relative + [name]))
                    continue
                }
                guard DocumentReader.isArticleFile(name) else { continue }
                // FIFOs, devices and sockets with a text file's name are reported when read.
                found.append(FileToRead(path: full, category: relative.last))
            }
        }
        files += found.sorted { $0.path < $1.path }
    }

    static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard Glibc.glob(pattern, 0, nil, &g) == 0 else { return [] }
        return (0..<Int(g.gl_pathc)).compactMap { g.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }
}
