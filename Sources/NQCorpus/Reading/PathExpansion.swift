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
                if isDirectory.boolValue { files += folder(path) } else { files.append(FileToRead(path: path)) }
            } else if path.contains(where: { "*?[".contains($0) }) {
                let matches = glob(path)
                if matches.isEmpty { problems.append(LoadProblem(path: spec, reason: "no file matches this pattern")) }
                for m in matches {
                    var isDir: ObjCBool = false
                    _ = FileManager.default.fileExists(atPath: m, isDirectory: &isDir)
                    if isDir.boolValue { files += folder(m) } else { files.append(FileToRead(path: m)) }
                }
            } else {
                problems.append(LoadProblem(path: spec, reason: "no such file or folder"))
            }
        }
        return (files, problems)
    }

    /// Every readable file below `root`, sorted; a file in a sub-folder takes the name of its nearest
    /// folder below the root as its category.
    static func folder(_ root: String) -> [FileToRead] {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: root) else { return [] }
        var found: [FileToRead] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            let ext = (relative as NSString).pathExtension.lowercased()
            guard DocumentReader.folderExtensions.contains(ext) else { continue }
            let full = (root as NSString).appendingPathComponent(relative)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
            let category = components.count > 1 ? String(components[components.count - 2]) : nil
            found.append(FileToRead(path: full, category: category))
        }
        return found.sorted { $0.path < $1.path }
    }

    static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard Glibc.glob(pattern, 0, nil, &g) == 0 else { return [] }
        return (0..<Int(g.gl_pathc)).compactMap { g.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }
}
