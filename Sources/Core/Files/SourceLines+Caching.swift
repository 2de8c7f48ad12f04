import Foundation

extension SourceLines {
    /// Lines from `provider`, asked at most once per file: a report with many findings in one
    /// file splits (and redacts) it once. Safe to use from several threads.
    public static func caching(_ provider: @escaping @Sendable (String) -> [String]?) -> SourceLines {
        let cache = LinesCache(provider)
        return SourceLines { cache.lines(of: $0) }
    }

}

/// The answers of a lines provider, kept by file name.
private final class LinesCache: @unchecked Sendable {
    private let provider: @Sendable (String) -> [String]?
    private let lock = NSLock()
    private var answers: [String: [String]?] = [:]

    init(_ provider: @escaping @Sendable (String) -> [String]?) {
        self.provider = provider
    }

    func lines(of file: String) -> [String]? {
        if let answer = lock.withLock({ answers[file] }) { return answer }
        let answer = provider(file)
        lock.withLock { answers[file] = answer }
        return answer
    }
}
