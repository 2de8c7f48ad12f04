import Foundation
import Testing

/// The stage rules of docs/architecture.md: which target may import which.
struct StageRules {
    /// A target's place: its stage's line and its position on it.
    struct Place {
        var stage: Int
        var position: Int
        /// Whether the line orders its targets (`→`) rather than listing siblings (`,`).
        var ordered: Bool
    }

    var places: [String: Place] = [:]

    /// Reads the ```stages block of `markdown`; nil when there is none.
    init?(markdown: String) {
        guard let start = markdown.range(of: "```stages\n"),
            let end = markdown.range(of: "\n```", range: start.upperBound..<markdown.endIndex)
        else { return nil }
        let lines = markdown[start.upperBound..<end.lowerBound].split(separator: "\n")
        for (stage, line) in lines.enumerated() {
            let words = line.split(separator: " ", maxSplits: 1)
            guard words.count == 2 else { return nil }
            let ordered = words[1].contains("→")
            let targets = words[1].split(whereSeparator: { $0 == "," || $0 == "→" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            for (position, target) in targets.enumerated() {
                places[target] = Place(stage: stage, position: position, ordered: ordered)
            }
        }
    }

    /// Whether `importer` may import `imported` (both targets of the rules).
    func allows(_ importer: String, toImport imported: String) -> Bool {
        guard let from = places[importer], let to = places[imported] else { return false }
        if to.stage != from.stage { return to.stage < from.stage }
        return from.ordered && to.position < from.position
    }

    /// The imports that break the rules: `Sources/<target>/<file>: imports <module>`. Modules
    /// that are not targets of the rules (Foundation, Glibc) are not checked.
    func violations(imports: [(target: String, file: String, module: String)]) -> [String] {
        imports.compactMap { entry in
            guard places[entry.module] != nil, entry.module != entry.target,
                !allows(entry.target, toImport: entry.module)
            else { return nil }
            return "\(entry.file): \(entry.target) imports \(entry.module), which comes later in the pipeline"
        }
    }
}

@Suite struct ArchitectureTests {
    static let root = TestSupport.packageRoot

    static func rules() throws -> StageRules {
        let text = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        return try #require(StageRules(markdown: text))
    }

    /// Every `import` line of the sources, with its target.
    static func imports() throws -> [(target: String, file: String, module: String)] {
        let sources = root.appendingPathComponent("Sources")
        var found: [(target: String, file: String, module: String)] = []
        for target in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
            let folder = sources.appendingPathComponent(target)
            let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            for file in files.sorted() where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
                    guard words.count == 2, words[0] == "import" else { continue }
                    found.append((target, "Sources/\(target)/\(file)", String(words[1])))
                }
            }
        }
        return found
    }

    /// `("Name", ["A", "B"])` entries of Package.swift's stage list.
    static func packageDependencies() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var dependencies: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("(\""), let close = trimmed.firstIndex(of: "]") else { continue }
            let quoted = trimmed[..<close].split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map {
                String($0.element)
            }
            guard let name = quoted.first else { continue }
            dependencies[name] = Set(quoted.dropFirst())
        }
        return dependencies
    }

    @Test func everyTargetHasAStage() throws {
        let rules = try Self.rules()
        let targets = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("Sources").path)
        #expect(Set(targets) == Set(rules.places.keys))
    }

    @Test func noStageImportsALaterOne() throws {
        let rules = try Self.rules()
        let imports = try Self.imports()
        #expect(imports.count > 300)
        #expect(rules.violations(imports: imports) == [])
    }

    @Test func packageDependenciesAreExactlyTheImports() throws {
        let rules = try Self.rules()
        let dependencies = try Self.packageDependencies()
        #expect(dependencies.count == 19)
        let imports = try Self.imports()
        for (target, declared) in dependencies {
            let used = Set(imports.filter { $0.target == target && rules.places[$0.module] != nil }.map(\.module))
            #expect(declared == used, "\(target) declares \(declared.sorted()) but imports \(used.sorted())")
            for dependency in declared {
                #expect(rules.allows(target, toImport: dependency), "\(target) depends on \(dependency)")
            }
        }
    }

    @Test func aBackEdgeIsReported() throws {
        let rules = try #require(
            StageRules(
                markdown: """
                    ```stages
                    files  Core
                    model  Terraform → Spec
                    graph  Graph
                    feat   Explain, Fix
                    ```
                    """))
        let imports: [(target: String, file: String, module: String)] = [
            ("Spec", "Sources/Spec/a.swift", "Terraform"), ("Spec", "Sources/Spec/a.swift", "Foundation"),
            ("Graph", "Sources/Graph/b.swift", "Spec"), ("Core", "Sources/Core/c.swift", "Graph"),
            ("Terraform", "Sources/Terraform/d.swift", "Spec"), ("Fix", "Sources/Fix/e.swift", "Explain"),
        ]
        #expect(
            rules.violations(imports: imports) == [
                "Sources/Core/c.swift: Core imports Graph, which comes later in the pipeline",
                "Sources/Terraform/d.swift: Terraform imports Spec, which comes later in the pipeline",
                "Sources/Fix/e.swift: Fix imports Explain, which comes later in the pipeline",
            ])
    }
}
