import Foundation

/// Runs deeply recursive work on a dedicated thread with a large stack and waits for it, so that
/// the depth the work may reach does not depend on the caller's thread (cooperative-pool threads
/// have small stacks).
enum LargeStackThread {
    /// The stack reserved for the work; only the pages actually used are committed.
    static let stackSize = 512 << 20

    static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Result {
        let box = ResultBox<Result>()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = work()
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        finished.wait()
        guard let value = box.value else { return work() }
        return value
    }

    /// Hands the result from the worker thread to the waiting one; the semaphore orders the
    /// write before the read.
    private final class ResultBox<Value>: @unchecked Sendable {
        var value: Value?
    }
}
