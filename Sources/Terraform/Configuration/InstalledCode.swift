import Core

/// A module call of the user's configuration whose code `terraform init` installed (a remote
/// source): files under it are not the user's to edit, so what is found there is reported at
/// the call.
public struct InstalledModuleCall: Hashable, Sendable {
    /// The module's address (`module.integration`).
    public var address: String
    /// The `source` as written.
    public var source: String
    /// The call's label in the calling file (`module "integration"`).
    public var range: SourceRange

    public init(address: String, source: String, range: SourceRange) {
        self.address = address
        self.source = source
        self.range = range
    }
}

extension TerraformConfiguration {
    /// For each file of installed code (a remote module, and every module it calls), the
    /// outermost remote module call above it, which is written in the user's configuration.
    public var installedModuleCalls: [String: InstalledModuleCall] {
        var calls: [String: InstalledModuleCall] = [:]
        for module in modules where !module.isRoot {
            guard let call = outermostRemoteCall(above: module.path) else { continue }
            for file in module.files { calls[file] = call }
        }
        return calls
    }

    /// The first remote call on the way from the root to the module at `path`.
    private func outermostRemoteCall(above path: [String]) -> InstalledModuleCall? {
        for depth in 0..<path.count {
            guard let call = module(path: Array(path.prefix(depth)))?.moduleCall(path[depth]),
                case .remote(let source) = call.source
            else { continue }
            return InstalledModuleCall(
                address: path.prefix(depth + 1).map { "module.\($0)" }.joined(separator: "."), source: source,
                range: call.nameRange)
        }
        return nil
    }
}
