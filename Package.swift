// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "scopecheck",
    products: [
        .library(name: "ScopeCheck", targets: ["ScopeCheck"]),
        .executable(name: "scopecheck", targets: ["scopecheck"]),
    ],
    targets: [
        .target(name: "ScopeCheck"),
        .executableTarget(name: "scopecheck", dependencies: ["ScopeCheck"]),
        .executableTarget(name: "scopecheck-bench", dependencies: ["ScopeCheck"]),
        .testTarget(name: "ScopeCheckTests", dependencies: ["ScopeCheck"]),
    ]
)
