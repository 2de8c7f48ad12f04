import Core

/// Ranks real names (scopes, permissions) by how close they are to a name that is not one of
/// them, for "did you mean" messages. Names are compared normalised (lowercased, without `-` and
/// `_`) and split at `:` into a domain and qualifiers (`analytics:readonly`,
/// `routing:queue:view`). The ranking, best first:
/// 1. names of the same domain: first those with as many `:` parts as the query, then by edit
///    distance (so `analytics:view` gives `analytics:readonly` before `analytics`);
/// 2. names within a small edit distance of the query (typos: `analytic:readonly`);
/// 3. names whose domain starts with the query's domain or the reverse (`speech` →
///    `speech-and-text-analytics`), for domains of 4 characters or more.
/// Ties are broken by the name itself, so the result is deterministic.
enum NameSuggester {
    /// Up to `limit` of `candidates` closest to `name`, best first.
    static func suggestions(for name: String, among candidates: [String], limit: Int = 5) -> [String] {
        let query = Parts(name)
        let typoLimit = max(2, query.normalized.count / 3)
        var ranked: [(tier: Int, shapeDiffers: Bool, distance: Int, name: String)] = []
        for candidate in candidates {
            let parts = Parts(candidate)
            let shapeDiffers = parts.count != query.count
            if parts.domain == query.domain {
                let distance = EditDistance.between(query.normalized, parts.normalized) ?? .max
                ranked.append((0, shapeDiffers, distance, candidate))
            } else if let distance = EditDistance.between(query.normalized, parts.normalized, limit: typoLimit) {
                ranked.append((1, false, distance, candidate))
            } else if query.domain.count >= 4, parts.domain.count >= 4,
                parts.domain.starts(with: query.domain) || query.domain.starts(with: parts.domain)
            {
                ranked.append((2, shapeDiffers, abs(parts.domain.count - query.domain.count), candidate))
            }
        }
        ranked.sort {
            ($0.tier, $0.shapeDiffers ? 1 : 0, $0.distance, $0.name) < (
                $1.tier, $1.shapeDiffers ? 1 : 0, $1.distance, $1.name
            )
        }
        return ranked.prefix(limit).map(\.name)
    }

    /// A name normalised and split for comparison.
    private struct Parts {
        /// Lowercased, without `-` and `_`, as UTF-8.
        let normalized: [UInt8]
        /// The normalised part before the first `:`.
        let domain: ArraySlice<UInt8>
        /// The number of `:`-separated parts.
        let count: Int

        init(_ name: String) {
            normalized = Array(name.lowercased().utf8.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "_") })
            domain = normalized.prefix { $0 != UInt8(ascii: ":") }
            count = normalized.count { $0 == UInt8(ascii: ":") } + 1
        }
    }
}
