import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs deeply recursive work on dedicated threads with a large stack and waits for them, so
/// that the depth the work may reach does not depend on the caller's thread (cooperative-pool
/// threads have small stacks).
///
/// The threads are joined before the results are returned: when `map` returns, no thread it
/// started is still running or holding memory.
package enum LargeStackThread {
    /// The stack reserved for each thread; only the pages actually used are committed.
    static let stackSize = 512 << 20

    /// Runs `work` on one large-stack thread and returns its result.
    package static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Result {
        map(count: 1, threads: 1) { _ in work() }[0]
    }

    /// `work(0) ..< work(count)`, computed on at most `threads` large-stack threads that each take
    /// the next index not started yet; the results are in index order, whatever order they
    /// finished in. When no thread can be started, the work runs on the calling thread.
    package static func map<Result: Sendable>(
        count: Int, threads: Int, _ work: @escaping @Sendable (Int) -> Result
    ) -> [Result] {
        guard count > 0 else { return [] }
        let job = Job(count: count, work: work)
        var started: [pthread_t] = []
        for _ in 0..<max(1, min(threads, count)) {
            guard let thread = start(job) else { break }
            started.append(thread)
        }
        for thread in started { pthread_join(thread, nil) }
        job.runRemaining()
        return job.results()
    }

    /// Starts one worker thread on `job`; nil when the system refuses a thread.
    private static func start(_ job: AnyJob) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(job as AnyObject).toOpaque()
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let status = pthread_create(
            &thread, &attributes,
            { context in
                guard let context else { return nil }
                let job = Unmanaged<AnyObject>.fromOpaque(context).takeRetainedValue()
                (job as? AnyJob)?.runRemaining()
                return nil
            }, context)
        guard status == 0 else {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return nil
        }
        return thread
    }

    /// A job as the C thread entry sees it.
    private protocol AnyJob: AnyObject {
        func runRemaining()
    }

    /// The shared state of one `map`: the next index to take and the results so far. The lock
    /// orders each result's write before the read after the threads are joined.
    private final class Job<Result: Sendable>: AnyJob, @unchecked Sendable {
        private let count: Int
        private let work: @Sendable (Int) -> Result
        private let lock = NSLock()
        private var next = 0
        private var slots: [Result?]

        init(count: Int, work: @escaping @Sendable (Int) -> Result) {
            self.count = count
            self.work = work
            slots = Array(repeating: nil, count: count)
        }

        /// Takes indexes until none is left, computing each.
        func runRemaining() {
            while let index = take() {
                let result = work(index)
                lock.withLock { slots[index] = result }
            }
        }

        private func take() -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        /// The results in index order; every index has been computed when this is called.
        func results() -> [Result] {
            lock.withLock { slots.compactMap { $0 } }
        }
    }
}
