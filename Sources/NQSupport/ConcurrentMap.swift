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

    public static func map<T: Sendable, R: Sendable>(_ items: consuming [T], _ transform: @escaping @Sendable (consuming T) -> R) -> [R] {
        // One item, or a map asked from inside a map (the pool's threads would wait on each other).
        guard items.count > 1, !WorkerPool.isWorker else { return items.map { transform($0) } }
        let box = Box<T, R>(consume items)
        let workers = min(box.count, WorkerPool.shared.count)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            WorkerPool.shared.run {
                // Each item is taken out of the box by the worker that transforms it, so what it
                // holds is freed on that worker, not later by the caller while the workers wait.
                while let (i, item) = box.take() { box.set(i, transform(item)) }
                done.signal()
            }
        }
        for _ in 0..<workers { done.wait() }
        return box.values()
    }

    /// Starts `work` on one of the pool's threads and returns at once; the caller waits for it with
    /// `wait()` (from a pool's thread, the work runs at once instead: the pool could be full).
    public static func start(_ work: @escaping @Sendable () -> Void) -> Started {
        let started = Started()
        guard !WorkerPool.isWorker else {
            work()
            started.done.signal()
            return started
        }
        WorkerPool.shared.run {
            work()
            started.done.signal()
        }
        return started
    }

    /// Starts `work` on a new thread with the pool's large stack (for work that must not wait for
    /// the pool: reading the next batch, joining the last).
    public static func thread(_ work: @escaping @Sendable () -> Void) {
        let thread = Thread(block: work)
        thread.stackSize = stackSize
        thread.start()
    }

    /// Work started by `start`.
    public final class Started: Sendable {
        fileprivate let done = DispatchSemaphore(value: 0)

        /// Returns when the work is finished.
        public func wait() { done.wait() }
    }

    /// The items still to do and the results so far, under a lock.
    final class Box<T: Sendable, R: Sendable>: @unchecked Sendable {
        private var items: [T?]
        private var results: [R?]
        private var taken = 0
        private let lock = NSLock()
        let count: Int

        init(_ items: consuming [T]) {
            count = items.count
            // Moved in: the items are taken from the end of the list, which is then reversed.
            var moved: [T?] = []
            moved.reserveCapacity(count)
            while let item = items.popLast() { moved.append(item) }
            moved.reverse()
            self.items = moved
            results = Array(repeating: nil, count: count)
        }

        /// The next item and its index, taken out of the box; nil when none is left.
        func take() -> (Int, T)? {
            lock.lock()
            defer { lock.unlock() }
            guard taken < count else { return nil }
            taken += 1
            return (taken - 1, items[taken - 1].take()!)
        }

        func set(_ i: Int, _ r: consuming R) {
            lock.lock()
            defer { lock.unlock() }
            results[i] = consume r
        }

        /// The results, moved out of the box (so that the caller holds the only copy of each).
        func values() -> [R] {
            lock.lock()
            defer { lock.unlock() }
            var values: [R] = []
            values.reserveCapacity(count)
            for k in results.indices { values.append(results[k].take()!) }
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
            ConcurrentMap.thread { [self] in
                Thread.current.threadDictionary[Self.key] = true
                while true { next()() }
            }
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
