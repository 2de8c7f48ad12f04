/// How an SDK spells the method generated from an operationId.
public enum SDKCasing: String, Sendable {
    /// `postAnalyticsConversationsDetailsQuery` (Java, JavaScript/TypeScript, Swift).
    case camel
    /// `post_analytics_conversations_details_query` (Python).
    case snake
    /// `PostAnalyticsConversationsDetailsQuery` (Go, .NET).
    case pascal

    /// The method name this SDK generates from the camelCase `operationId`.
    public func methodName(for operationId: String) -> String {
        guard let first = operationId.first else { return operationId }
        switch self {
        case .camel: return first.lowercased() + operationId.dropFirst()
        case .pascal: return first.uppercased() + operationId.dropFirst()
        case .snake:
            let characters = Array(operationId)
            var name = ""
            for (index, character) in characters.enumerated() {
                if character.isUppercase, index > 0 {
                    let previous = characters[index - 1]
                    let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                    if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) {
                        name += "_"
                    }
                }
                name += character.lowercased()
            }
            return name
        }
    }
}

/// The kinds of source `discover` reads, by file extension: languages with a Genesys Cloud SDK
/// (scanned for SDK method calls and path literals) and scripts or data files (path literals
/// only).
public enum SourceLanguage: String, Sendable, CaseIterable {
    case java, kotlin, javascript, typescript, python, go, csharp, swift
    case shell, powershell, json, yaml, http, ruby, php

    /// The language of a file name, nil for files `discover` does not read.
    public static func of(fileName name: String) -> SourceLanguage? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return byExtension[name[name.index(after: dot)...].lowercased()]
    }

    private static let byExtension: [String: SourceLanguage] = [
        "java": .java, "groovy": .java, "scala": .java, "kt": .kotlin, "kts": .kotlin,
        "js": .javascript, "mjs": .javascript, "cjs": .javascript, "jsx": .javascript, "vue": .javascript,
        "ts": .typescript, "tsx": .typescript, "mts": .typescript, "cts": .typescript,
        "py": .python, "go": .go, "cs": .csharp, "swift": .swift,
        "sh": .shell, "bash": .shell, "zsh": .shell, "ksh": .shell, "ps1": .powershell, "psm1": .powershell,
        "json": .json, "yaml": .yaml, "yml": .yaml, "http": .http, "rest": .http, "rb": .ruby, "php": .php,
    ]

    /// The casing of the Genesys Cloud SDK for this language; nil when there is none (only path
    /// literals are looked for).
    public var sdkCasing: SDKCasing? {
        switch self {
        case .java, .kotlin, .javascript, .typescript, .swift: .camel
        case .python: .snake
        case .go, .csharp: .pascal
        case .shell, .powershell, .json, .yaml, .http, .ruby, .php: nil
        }
    }
}
