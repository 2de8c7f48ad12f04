import Foundation

/// Values a command keeps until the process exits. A loaded spec catalog is a few hundred
/// thousand objects; freeing them one by one as the command returns costs a tenth of a warm
/// `explain`, and the process ends right after anyway, returning all its memory at once.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var values: [Any] = []

    /// Keeps `value` alive (unreleased) until the process exits.
    static func keep(_ value: Any) {
        lock.withLock { values.append(value) }
    }
}
