import Core
import Spec

/// Loads the specs in force for a command: the given bindings (or the default spec), the
/// overlays, with paths shown relative to the working directory.
public enum SpecCatalogLoader {
    /// The catalogue and the overlay diagnostics. A spec that cannot be loaded, or none found,
    /// is a usage error.
    public static func load(
        bindings: [SpecBinding], overlays: [String], workingDirectory: String, environment: [String: String]
    ) throws(InputError) -> (SpecCatalog, [Diagnostic]) {
        let cache = SpecCache.standard(environment: environment)
        let located = try SpecLocator.locate(
            explicit: bindings, workingDirectory: workingDirectory, cacheDirectory: cache?.directory)
        let relative = located.map {
            SpecBinding(
                path: PathDisplay.relative($0.path, to: workingDirectory), host: $0.host, semantics: $0.semantics)
        }
        let overlayPaths = overlays.map { PathDisplay.relative($0, to: workingDirectory) }
        do {
            let loaded = try SpecSetLoader.load(bindings: relative, overlayPaths: overlayPaths, cache: cache)
            return (SpecCatalog(set: loaded.set, overlaySources: loaded.overlaySources), loaded.diagnostics)
        } catch {
            throw InputError([error.diagnostic])
        }
    }
}
