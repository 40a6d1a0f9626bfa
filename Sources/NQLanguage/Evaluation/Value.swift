/// A field's value in a result row.
public enum Value: Hashable, Sendable {
    case null
    case int(Int)
    case string(String)

    public var isNull: Bool { self == .null }

    /// The value as text (empty for null), for matching and display.
    public var text: String {
        switch self {
        case .null: return ""
        case .int(let n): return String(n)
        case .string(let s): return s
        }
    }

    /// Orders values of one field: numbers numerically, text by code points, null last.
    public static func precedes(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.string(let x), .string(let y)): return x < y
        case (.null, _): return false
        case (_, .null): return true
        case (.int, .string): return true
        case (.string, .int): return false
        }
    }
}

public enum FieldType: String, Sendable {
    case number, text
    /// A person's or source's name: `=` also matches a part of it ("Lavrov" = "Sergei Lavrov").
    case name
}
