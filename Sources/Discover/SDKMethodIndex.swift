import Spec

/// Finds the operation an SDK method name stands for: every operation's operationId and SDK
/// method name, normalised (ASCII lowercase, no `_`), with the suffixes SDKs add to variants
/// (`Async`, `WithHttpInfo`, `_with_http_info`) recognised.
struct SDKMethodIndex: Sendable {
    /// A method name matched to an operation.
    struct Match {
        var operation: APIOperation
        /// Whether the name is spelt exactly as the SDK of the language spells it.
        var exactCasing: Bool
    }

    private let operations: [APIOperation]
    /// Normalised name → index of the first operation with that name.
    private let byName: [String: Int]
    /// The first three normalised bytes of every name, to pass over most identifiers quickly.
    private let prefixes: Set<UInt32>
    /// The shortest normalised name.
    private let shortest: Int

    /// Suffixes of SDK method variants, normalised.
    private static let variantSuffixes = ["async", "withhttpinfo"]

    /// The index of the operations of `specs`; a name two specs define stands for the first's.
    init(_ specs: [APISpec]) {
        operations = specs.flatMap(\.operations)
        var byName: [String: Int] = [:]
        for (index, operation) in operations.enumerated() {
            for name in [operation.operationId, operation.sdkMethodName].compactMap({ $0 }) {
                let normalized = OperationIndex.normalizedName(name)
                if byName[normalized] == nil { byName[normalized] = index }
            }
        }
        self.byName = byName
        prefixes = Set(byName.keys.compactMap { Self.prefix(Array($0.utf8)) })
        shortest = byName.keys.map(\.utf8.count).min() ?? 0
    }

    /// The operation `identifier` names in a file whose SDK uses `casing`.
    func match(_ identifier: ArraySlice<UInt8>, casing: SDKCasing) -> Match? {
        guard identifier.count >= shortest, let prefix = Self.prefix(Self.normalized(identifier).prefix(3)),
            prefixes.contains(prefix)
        else { return nil }
        let normalized = Array(Self.normalized(identifier))
        guard normalized.count >= shortest else { return nil }
        var candidates = [normalized]
        for suffix in Self.variantSuffixes where normalized.count > suffix.utf8.count {
            if normalized.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
                candidates.append(Array(normalized.dropLast(suffix.utf8.count)))
            }
        }
        for candidate in candidates {
            guard let index = byName[String(decoding: candidate, as: UTF8.self)] else { continue }
            let operation = operations[index]
            let written = String(decoding: identifier, as: UTF8.self)
            let exact = [operation.operationId, operation.sdkMethodName].compactMap { $0 }.contains { name in
                let expected = casing.methodName(for: name)
                return written == expected || Self.variants(of: expected, casing: casing).contains(written)
            }
            return Match(operation: operation, exactCasing: exact)
        }
        return nil
    }

    /// The spellings of an SDK's method variants (`...Async`, `...WithHttpInfo`,
    /// `..._with_http_info`).
    private static func variants(of name: String, casing: SDKCasing) -> [String] {
        switch casing {
        case .snake: [name + "_with_http_info"]
        case .camel, .pascal: [name + "Async", name + "WithHttpInfo"]
        }
    }

    /// The bytes of `identifier` without `_`, ASCII letters lowercased (computed lazily, so
    /// most identifiers are rejected after a few bytes).
    private static func normalized(_ identifier: ArraySlice<UInt8>) -> some Sequence<UInt8> {
        identifier.lazy.filter { $0 != UInt8(ascii: "_") }.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
    }

    private static func prefix(_ bytes: some Sequence<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        var count = 0
        for byte in bytes.prefix(3) {
            value = value << 8 | UInt32(byte)
            count += 1
        }
        return count == 3 ? value : nil
    }
}
