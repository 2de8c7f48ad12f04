/// Every rule scopecheck runs, and the descriptors of the findings the linter itself makes.
public enum RuleRegistry {
    /// The rules, in documentation order.
    public static let rules: [any Rule] = [
        UnknownScopeRule(), MissingScopeRule(), MissingPermissionRule(), IntegrationClientRule(), ScopesIgnoredRule(),
        RolesIgnoredRule(),
        MissingScopesRule(), MissingRolesRule(), InvalidGrantTypeRule(), UnknownEndpointRule(), ExcessScopeRule(),
        ExcessPermissionRule(), DeployerMissingPermissionRule(), DeployerExcessPermissionRule(),
        UnknownPermissionRule(), UnknownAttributeRule(), MissingAttributeRule(), InvalidValueRule(),
        DeprecatedEndpointRule(), PreviewEndpointRule(), PolicyViolationRule(), UnknownClientRule(),
        HardcodedSecretRule(), PlaceholderSecretRule(), ClientSecretInStateRule(), OutputNotSensitiveRule(),
        VariableNotSensitiveRule(), MisplacedPermissionRule(), UnresolvedValueRule(),
    ]

    /// `parse-error`: syntax and evaluation errors of Terraform, policy and config files.
    public static let parseError = RuleDescriptor(
        id: "parse-error",
        summary: "A Terraform, policy or config file could not be read.",
        defaultSeverity: .error,
        explanation: """
            HCL or JSON syntax errors, and expressions Terraform itself would reject. What the file \
            could not say is not analysed, so other findings may be missing until it is fixed.
            """)

    /// `terraform-validation`: what Terraform itself would warn about or reject, short of a
    /// syntax error (duplicate declarations, references to undeclared objects, override files).
    public static let terraformValidation = RuleDescriptor(
        id: "terraform-validation",
        summary: "Terraform would warn about or reject this configuration.",
        defaultSeverity: .warning,
        explanation: """
            Problems terraform validate reports that do not stop the analysis: a second declaration \
            of the same address (the first is analysed), a reference to a variable, local or \
            resource that is not declared (its value is unknown), an override file (not merged). \
            Fix them as Terraform would ask.
            """)

    /// `unresolved-value`: what the analysis needed but could not know statically. A rule of its
    /// own (`UnresolvedValueRule`), and the rule of the input diagnostics that are notes.
    public static var unresolvedValue: RuleDescriptor { UnresolvedValueRule.descriptor }

    /// Every descriptor: the rules', the linter's own and the suppression annotations'.
    public static var descriptors: [RuleDescriptor] {
        rules.map(\.descriptor) + [parseError, terraformValidation] + SuppressionRules.descriptors
    }

    /// Every rule id.
    public static var ids: Set<String> { Set(descriptors.map(\.id)) }

    /// The descriptor with `id`.
    public static func descriptor(_ id: String) -> RuleDescriptor? {
        descriptors.first { $0.id == id }
    }
}
