/// The policy reader (with its calls resolved against the bundled sample spec when found), the
/// config reader, the overlay reader and the baseline reader, all on the same bytes.
enum PolicyFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        let policy = PolicyLoader.parse(sources: [(path: "fuzz.hcl", bytes: bytes)])
        FuzzCheck.ranges(policy.diagnostics, byteCount: bytes.count, "policy")
        if let specs = SampleSpec.catalog {
            _ = RequirementGraph(modules: [], specs: specs, policy: policy)
        }
        let (_, configDiagnostics) = ConfigLoader.parse(bytes: bytes, path: "fuzz/.scopecheck.hcl")
        FuzzCheck.ranges(configDiagnostics, byteCount: bytes.count, "config")
        let overlays = OverlayParser.parse(bytes: bytes, path: "fuzz-overlay.hcl")
        FuzzCheck.ranges(overlays.diagnostics, byteCount: bytes.count, "overlay")
        if let text = String(validating: bytes, as: UTF8.self) {
            _ = try? Baseline.parse(text: text, path: "fuzz-baseline.json")
        }
    }
}
