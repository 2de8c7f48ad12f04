// swift-tools-version: 6.0
import PackageDescription

/// The library's targets in pipeline order: files → syntax → model → graph → rules → findings →
/// report, with the commands' features on top. A target imports only targets of earlier stages
/// (docs/architecture.md; `ArchitectureTests` fails on a back-edge). Each lists exactly what it
/// imports.
let stages: [(name: String, dependencies: [String])] = [
    ("Core", []),
    ("Syntax", ["Core"]),
    ("Genesys", []),
    ("Terraform", ["Core", "Syntax"]),
    ("Spec", ["Core", "Syntax", "Genesys"]),
    ("Policy", ["Core", "Syntax", "Genesys", "Terraform", "Spec"]),
    ("Org", ["Core", "Syntax", "Genesys"]),
    ("Graph", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Org"]),
    ("Rules", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Graph"]),
    ("Lint", ["Core", "Syntax", "Terraform", "Policy", "Graph", "Rules"]),
    ("Report", ["Core", "Spec", "Rules"]),
    ("Explain", ["Core", "Syntax", "Genesys", "Spec", "Graph"]),
    ("Suggest", ["Core", "Syntax", "Genesys", "Terraform", "Policy", "Graph"]),
    ("Fix", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Graph"]),
    ("Discover", ["Core", "Syntax", "Spec", "Policy", "Graph"]),
    ("Inventory", ["Core", "Syntax", "Terraform", "Graph"]),
    ("SpecTools", ["Core", "Spec"]),
    ("SpecFetch", ["Core", "Spec"]),
    ("Audit", ["Core", "Syntax", "Genesys", "Org", "Graph", "Rules"]),
]

let library = stages.map { $0.name }

let package = Package(
    name: "scopecheck",
    products: [
        .library(name: "ScopeCheck", targets: library),
        .executable(name: "scopecheck", targets: ["scopecheck"]),
    ],
    targets: stages.map { stage in
        .target(name: stage.name, dependencies: stage.dependencies.map { .target(name: $0) })
    } + [
        .executableTarget(name: "scopecheck", dependencies: library.map { .target(name: $0) }),
        .executableTarget(name: "scopecheck-bench", dependencies: library.map { .target(name: $0) }),
        .testTarget(
            name: "ScopeCheckTests", dependencies: library.map { .target(name: $0) } + ["scopecheck"]),
    ]
)
