/// "Did you mean" suggestions for misspelt names of attributes, blocks, rules and keywords.
public enum ClosestName {
    /// The candidate closest to `name` by edit distance, when it looks like a typo of it: at most
    /// half the name's length away (at least 2, at most 3), or a longer word `name` begins
    /// (`warn` → `warning`). Ties go to the alphabetically first candidate.
    public static func to(_ name: String, among candidates: some Sequence<String>) -> String? {
        let limit = min(3, max(2, name.count / 2))
        var best: (distance: Int, name: String)?
        for candidate in candidates where candidate != name {
            let distance = EditDistance.between(name, candidate) ?? .max
            let isTypo = distance <= limit || (name.count >= 3 && candidate.hasPrefix(name))
            guard isTypo else { continue }
            if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
            best = (distance, candidate)
        }
        return best?.name
    }

    /// `; did you mean "x"?` when a close candidate exists, otherwise the empty string.
    public static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        to(name, among: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
    }
}
