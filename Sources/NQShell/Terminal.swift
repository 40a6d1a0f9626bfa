import Foundation

enum History {
    /// `$XDG_STATE_HOME/nq/history`, else `~/.local/state/nq/history`.
    static func defaultPath() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let state = env["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/nq/history" }
        guard let home = env["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/nq/history"
    }
}

public enum Terminal {
    public static func columns() -> Int? {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
