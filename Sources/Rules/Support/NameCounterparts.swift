import Core

/// Real names that a misremembered snake_case name probably means: a typo of one (edit
/// distance, `scope` → `scopes`) or a name sharing its words (`redirect_uris` →
/// `registered_redirect_uris`, `grant_type` → `authorized_grant_type`).
enum NameCounterparts {
    /// The counterparts of `name` among `candidates`, best first: the typo match, then names
    /// whose words contain all of `name`'s (or whose words `name` contains), fewest extra
    /// words first, candidates' order on ties.
    static func of(_ name: String, among candidates: [String]) -> [String] {
        var result: [String] = []
        if let typo = ClosestName.to(name, among: candidates) { result.append(typo) }
        let words = Self.words(name)
        let sharing = candidates.enumerated().compactMap {
            index, candidate -> (extra: Int, index: Int, name: String)? in
            let other = Self.words(candidate)
            guard candidate != name, !words.isEmpty, words.isSubset(of: other) || other.isSubset(of: words) else {
                return nil
            }
            return (abs(other.count - words.count), index, candidate)
        }
        for match in sharing.sorted(by: { ($0.extra, $0.index) < ($1.extra, $1.index) })
        where !result.contains(match.name) {
            result.append(match.name)
        }
        return result
    }

    /// The words of a snake_case name, singular (`redirect_uris` → `redirect`, `uri`).
    private static func words(_ name: String) -> Set<String> {
        Set(
            name.lowercased().split(separator: "_").map { word in
                word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : String(word)
            })
    }
}
