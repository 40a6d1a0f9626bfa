import Foundation

/// The test fixtures, copied into the project (tests never read the shared folder beside the project).
public enum Fixtures {
    public static var root: URL { Bundle.module.resourceURL!.appendingPathComponent("Files") }

    public static func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    public static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    public static var referenceArticle: String { path("blinken-lavrov-geneva.txt") }
}
