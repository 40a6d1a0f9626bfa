/// What `set` changes, and what the command line sets first.
public struct Settings: Sendable {
    public var format: OutputFormat = .table
    public var color = false
    /// The display limit of a table (nil: all rows).
    public var rows: Int? = nil
    public var width = 120
    public var timer = false
    /// Print each evaluation step (sources scanned, rows in and out of each filter and grouping).
    public var trace = false
    /// What `set color auto` means here: colour when the output is a terminal that wants it (the
    /// shell works it out as `--color auto` does).
    public var autoColor = false
    /// Set by `set width N`: the shell then stops following the terminal's width.
    public var widthFixed = false

    public init() {}

    public static let options = ["format", "color", "rows", "width", "timer", "trace", "param"]
}
