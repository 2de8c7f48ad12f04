import Core
import Syntax

/// A string written out in the configuration that reaches a place a secret goes — a credential's
/// secret field, the provider's `oauthclient_secret`, a `password`, a module input or variable
/// whose name says secret — or that has the form of a Genesys Cloud client secret wherever it is.
public struct SecretLiteral: Sendable {
    /// Where the string is written.
    public var range: SourceRange
    /// The string itself: for redaction only, never to print.
    public var value: String
    public var shape: SecretShape
    /// The place it reaches, for messages (`fields.clientSecret of
    /// genesyscloud_integration_credential.credential`); nil for a string found only by its form.
    public var slot: String?
    /// The module calls it came through, from where it is used to where it is written.
    public var via: [String]
    /// The root module variable it is the value of, when it is written as one: a `.tfvars`
    /// argument or the variable's `default`.
    public var rootVariable: String?

    public init(
        range: SourceRange, value: String, shape: SecretShape, slot: String?, via: [String] = [],
        rootVariable: String? = nil, isInLoadedVariablesFile: Bool = false
    ) {
        self.range = range
        self.value = value
        self.shape = shape
        self.slot = slot
        self.via = via
        self.rootVariable = rootVariable
        self.isInLoadedVariablesFile = isInLoadedVariablesFile
    }

    /// Whether Terraform reads the variables file that holds it without being told to; false
    /// for `prod.tfvars` (read only with `-var-file`) and for anything else.
    public var isInLoadedVariablesFile: Bool

    /// Whether a variables file (`.tfvars`, `.tfvars.json`) holds it.
    public var isInVariablesFile: Bool { SecretLiteralFinder.isVariablesFile(range.file) }
}

/// Where a configuration holds secrets: the strings written out that reach a place a secret
/// goes, and the variables that carry a secret there.
public struct ConfigurationSecrets: Sendable {
    /// In source order, one a place in the source, the most specific place each reaches.
    public var literals: [SecretLiteral]
    /// Module call path → the names of its variables that carry a secret: named for one
    /// (`client_secret`), or read where a secret goes (`fields = { password = var.pw }`).
    public var variables: [[String]: Set<String>]
}

extension TerraformConfiguration {
    /// Every string written out that reaches a place a secret goes, followed from that place
    /// through `local.x`, `var.x` and module calls to where it is written, every string of any
    /// file shaped like a Genesys Cloud client secret, and the variables that carry secrets.
    public func secrets(schema: ProviderSchema = .genesysCloud) -> ConfigurationSecrets {
        var finder = SecretLiteralFinder(configuration: self, schema: schema)
        finder.find()
        return ConfigurationSecrets(literals: finder.found.sorted { $0.range < $1.range }, variables: finder.variables)
    }
}
