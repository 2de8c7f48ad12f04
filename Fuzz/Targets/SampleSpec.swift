import Foundation

/// The bundled sample spec (`samples/spec/genesys-platform-sample.json`, or the file named by
/// `SCOPECHECK_FUZZ_SPEC`), loaded once, for targets that resolve calls against a spec.
enum SampleSpec {
    static let catalog: SpecCatalog? = {
        let path =
            ProcessInfo.processInfo.environment["SCOPECHECK_FUZZ_SPEC"] ?? "samples/spec/genesys-platform-sample.json"
        guard
            let loaded = try? SpecSetLoader.load(bindings: [SpecBinding(path: path)], overlayPaths: [], cache: nil)
        else { return nil }
        return SpecCatalog(set: loaded.set)
    }()
}
