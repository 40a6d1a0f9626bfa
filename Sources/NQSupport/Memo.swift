import Foundation

/// A value worked out the first time it is asked for and kept (shared by copies of its owner, which
/// replaces it with a new `Memo` when it changes what the value is made from, unless it alone holds
/// one with no value yet). Safe to ask from any number of threads at once.
public final class Memo<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    public init() {}

    /// Whether the value has been made (a copy that changes needs a new memo only then).
    public var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value != nil
    }

    public func get(_ make: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
