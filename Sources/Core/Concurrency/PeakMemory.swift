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

}
