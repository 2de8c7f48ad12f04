// swift-tools-version: 6.0
import PackageDescription

/// The library's stages in pipeline order: files → syntax → model → graph → rules → findings →
/// report, with the commands' features on top. A stage imports only stages before it
/// (docs/architecture.md; `Tests/tools/check_stages.py` fails on a back-edge).
let stages: [(name: String, dependencies: [String])] = [
    ("Core", []),
    ("Syntax", ["Core"]),
    ("Genesys", ["Core"]),
    ("Terraform", ["Core", "Syntax"]),
    ("Spec", ["Core", "Syntax", "Genesys"]),
    ("Policy", ["Core", "Syntax", "Genesys", "Terraform", "Spec"]),
    ("Graph", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy"]),
    ("Rules", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Graph"]),
    ("Lint", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Graph", "Rules"]),
    ("Report", ["Core", "Genesys", "Spec", "Rules", "Lint"]),
    ("Explain", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Graph", "Rules", "Lint"]),
    ("Suggest", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Graph", "Rules", "Lint"]),
    ("Fix", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Graph", "Rules", "Lint"]),
    ("Discover", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Graph", "Rules", "Lint"]),
    ("Inventory", ["Core", "Syntax", "Genesys", "Terraform", "Spec", "Policy", "Graph", "Rules", "Lint"]),
    ("SpecTools", ["Core", "Syntax", "Genesys", "Spec"]),
    ("SpecFetch", ["Core", "Syntax", "Genesys", "Spec"]),
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
