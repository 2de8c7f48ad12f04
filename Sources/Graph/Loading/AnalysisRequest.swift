import Org
import Policy
import Terraform

/// What a command asks to analyse, before any file is read: the paths, the config, the specs
/// and policies, variables and an optional plan.
public struct AnalysisRequest: Sendable {
    public var paths: [String]
    public var recursive: Bool
    /// `--config`; nil: discover `.scopecheck.hcl` from the working directory.
    public var configPath: String?
    public var overrides: ConfigOverrides
    /// `--overlay` files, applied after the config's `overlays`.
    public var overlays: [String]
    /// `--var-file` / `--var` in command-line order (after the config's `var_files`).
    public var variableArguments: [TerraformLoadOptions.VariableArgument]
    public var workingDirectory: String
    public var environment: [String: String]
    /// `--plan`: a plan JSON analysed instead of the HCL (see `PlanInput`); `paths` then name
    /// at most the root module it was made from, read only for source locations.
    public var planPath: String? = nil
    /// Whether the provider's calls, made by the client that runs Terraform, are analysed even
    /// when no policy says what that client holds (`scopecheck deployer`).
    public var includesDeployer = false
    /// `--org`: a directory (or file) of JSON saved from the Platform API; with no `paths`, no
    /// Terraform is read at all.
    public var orgPath: String? = nil
    /// `--usage`: client usage query results, files or directories.
    public var usagePaths: [String] = []
    /// Whose the usage rows are that name no client of the org's answers (the audited client).
    public var usageCaller: Caller? = nil
    /// Sources of calls added to the standard ones (`audit --discover`: the calls found in an
    /// application's source, made by the audited client).
    public var extraSources: [any CallSource] = []
    /// Whether Terraform is read when no `paths` are given (from the working directory);
    /// false for commands that read only the org's answers or usage exports.
    public var readsTerraformByDefault = true

    public init(
        paths: [String], recursive: Bool = false, configPath: String? = nil,
        overrides: ConfigOverrides = ConfigOverrides(), overlays: [String] = [],
        variableArguments: [TerraformLoadOptions.VariableArgument] = [], workingDirectory: String,
        environment: [String: String]
    ) {
        self.paths = paths
        self.recursive = recursive
        self.configPath = configPath
        self.overrides = overrides
        self.overlays = overlays
        self.variableArguments = variableArguments
        self.workingDirectory = workingDirectory
        self.environment = environment
    }
}
