import Foundation

/// The process's peak resident memory, read from Linux `/proc/self/status`.
public enum PeakMemory {
    /// The high-water mark of the resident set (`VmHWM`) in bytes, or nil where `/proc` is absent.
    public static func residentHighWaterMark() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }

    /// Resets the high-water mark to the current resident set (writes `5` to `/proc/self/clear_refs`,
    /// Linux 4.0+), so a later reading measures only what follows. Returns whether it worked.
    @discardableResult
    public static func resetHighWaterMark() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }
}
