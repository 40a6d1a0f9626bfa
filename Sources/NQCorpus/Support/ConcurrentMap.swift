import Foundation

/// `map` over an array on all cores, results in input order (loading analyses articles with it, the
/// store decodes records with it). The work runs on threads of our own with 16 MiB stacks: analysing
/// an article nests deeply enough that a debug build overflows the small stacks of dispatch's workers.
public enum ConcurrentMap {
    public static let stackSize = 16 << 20

    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        let workers = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            let thread = Thread {
                while let i = box.nextIndex() { box.set(i, transform(items[i])) }
                done.signal()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        for _ in 0..<workers { done.wait() }
        return box.values()
    }

    final class ResultBox<R: Sendable>: @unchecked Sendable {
        private var results: [R?]
        private var next = 0
        private let lock = NSLock()

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func nextIndex() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < results.count else { return nil }
            next += 1
            return next - 1
        }

        func set(_ i: Int, _ r: R) {
            lock.lock()
            defer { lock.unlock() }
            results[i] = r
        }

        /// The results, taken out of the box (so that the caller holds the only copy of each).
        func values() -> [R] {
            lock.lock()
            defer { lock.unlock() }
            let values = results.map { $0! }
            results = []
            return values
        }
    }
}
