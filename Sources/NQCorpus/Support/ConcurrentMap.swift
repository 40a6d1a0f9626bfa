import Foundation

/// `map` over an array on all cores, results in input order (loading analyses articles with it, the
/// store decodes records with it). The work runs on threads of our own with 16 MiB stacks: analysing
/// an article nests deeply enough that a debug build overflows the small stacks of dispatch's workers.
///
/// The threads are made once and kept (`WorkerPool`): a load maps batch after batch, and threads
/// that last keep their malloc arenas, whose freed memory the next batch reuses instead of asking
/// the system for new pages.
public enum ConcurrentMap {
    public static let stackSize = 16 << 20

    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        // One item, or a map asked from inside a map (the pool's threads would wait on each other).
        guard items.count > 1, !WorkerPool.isWorker else { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        let workers = min(items.count, WorkerPool.shared.count)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            WorkerPool.shared.run {
                while let i = box.nextIndex() { box.set(i, transform(items[i])) }
                done.signal()
            }
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

/// One thread per core (16 MiB stacks), made when first needed and kept for the life of the
/// process; jobs run in the order given.
final class WorkerPool: @unchecked Sendable {
    static let shared = WorkerPool(count: max(1, ProcessInfo.processInfo.activeProcessorCount))

    let count: Int
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var first = 0

    /// Whether the calling thread is one of the pool's.
    static var isWorker: Bool { Thread.current.threadDictionary[key] != nil }
    private static let key = "nq.worker"

    private init(count: Int) {
        self.count = count
        for _ in 0..<count {
            let thread = Thread { [self] in
                Thread.current.threadDictionary[Self.key] = true
                while true { next()() }
            }
            thread.stackSize = ConcurrentMap.stackSize
            thread.start()
        }
    }

    func run(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func next() -> @Sendable () -> Void {
        condition.lock()
        defer { condition.unlock() }
        while first == jobs.count { condition.wait() }
        let job = jobs[first]
        first += 1
        if first == jobs.count {
            jobs.removeAll(keepingCapacity: true)
            first = 0
        }
        return job
    }
}
