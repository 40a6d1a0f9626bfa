/// nq's version: what `--version` prints, the banner shows and a saved store records.
public enum NQVersion {
    public static let current = "0.1.0"
}
