extension ProviderSchema {
    /// The resources of `MyPureCloud/genesyscloud` the analyzer reads (GENESYS.md §4):
    /// `genesyscloud_oauth_client` and `genesyscloud_auth_role`, and their data sources, which
    /// select an existing object by `name`; the data actions (`genesyscloud_integration_action`,
    /// `_draft`), their integrations and integration credentials. Attributes, nested blocks,
    /// requirements and allowed values follow the provider's own schema (v1.84.1 docs).
    public static let genesysCloud = ProviderSchema(
        source: "MyPureCloud/genesyscloud",
        resources: [
            "genesyscloud_oauth_client": oauthClient,
            "genesyscloud_auth_role": authRole,
            "genesyscloud_integration_action": integrationAction(draft: false),
            "genesyscloud_integration_action_draft": integrationAction(draft: true),
            "genesyscloud_integration": integration,
            "genesyscloud_integration_credential": integrationCredential,
        ],
        dataSources: [
            "genesyscloud_oauth_client": BlockSchema(attributes: [
                AttributeSchema(name: "name", kind: .string, presence: .required)
            ]),
            "genesyscloud_auth_role": BlockSchema(attributes: [
                AttributeSchema(name: "name", kind: .string, presence: .required)
            ]),
        ])

    /// The grant types `authorized_grant_type` accepts, with the provider's spelling.
    public static let oauthGrantTypes = [
        "CODE", "TOKEN", "SAML2BEARER", "SAML2-BEARER", "PASSWORD", "CLIENT-CREDENTIALS",
    ]

    private static let clientCredentials = ["CLIENT-CREDENTIALS"]

    private static let oauthClient = BlockSchema(
        attributes: [
            AttributeSchema(name: "name", kind: .string, presence: .required),
            AttributeSchema(name: "description", kind: .string, presence: .optional),
            AttributeSchema(
                name: "authorized_grant_type", kind: .string, presence: .required, allowedValues: oauthGrantTypes),
            AttributeSchema(
                name: "scopes", kind: .setOfStrings, presence: .optional,
                requiredWhen: AttributeCondition(attribute: "authorized_grant_type", isNoneOf: clientCredentials)),
            AttributeSchema(
                name: "access_token_validity_seconds", kind: .number, presence: .optional,
                numberRange: NumberRange(
                    minimum: 300, maximum: 172_800, exceptionalMaximum: 38_880_000,
                    exceptionalMaximumCondition: "only for clients using Genesys Cloud SCIM (Identity Management)"),
                defaultValue: .number(86_400)),
            AttributeSchema(
                name: "registered_redirect_uris", kind: .setOfStrings, presence: .optional,
                appliesWhen: AttributeCondition(attribute: "authorized_grant_type", isOneOf: ["CODE", "TOKEN"])),
            AttributeSchema(
                name: "state", kind: .string, presence: .optional, allowedValues: ["active", "inactive"],
                defaultValue: .string("active")),
            AttributeSchema(name: "integration_credential_name", kind: .string, presence: .optional),
            AttributeSchema(name: "expose_client_secret", kind: .bool, presence: .optional, defaultValue: .bool(false)),
            AttributeSchema(name: "directory_client_secret", kind: .string, presence: .optional, sensitive: true),
            AttributeSchema(name: "integration_credential_id", kind: .string, presence: .computed),
            AttributeSchema(name: "client_id", kind: .string, presence: .computed),
            AttributeSchema(name: "client_secret", kind: .string, presence: .computed, sensitive: true),
        ],
        blocks: [
            NestedBlockSchema(
                name: "roles", nesting: .set,
                requiredWhen: AttributeCondition(attribute: "authorized_grant_type", isOneOf: clientCredentials),
                body: BlockSchema(attributes: [
                    AttributeSchema(name: "role_id", kind: .string, presence: .required),
                    AttributeSchema(name: "division_id", kind: .string, presence: .optional),
                ]))
        ])

    private static let permissionOperands = NestedBlockSchema(
        name: "operands", nesting: .set, minimumItems: 1,
        body: BlockSchema(attributes: [
            AttributeSchema(
                name: "type", kind: .string, presence: .required,
                allowedValues: ["USER", "QUEUE", "SCALAR", "VARIABLE"]),
            AttributeSchema(name: "queue_id", kind: .string, presence: .optional),
            AttributeSchema(name: "user_id", kind: .string, presence: .optional),
            AttributeSchema(name: "value", kind: .string, presence: .optional),
        ]))

    private static let permissionTerms = NestedBlockSchema(
        name: "terms", nesting: .set, minimumItems: 1,
        body: BlockSchema(
            attributes: [
                AttributeSchema(name: "variable_name", kind: .string, presence: .required),
                AttributeSchema(
                    name: "operator", kind: .string, presence: .required,
                    allowedValues: ["EQ", "IN", "GE", "GT", "LE", "LT"]),
            ],
            blocks: [permissionOperands]))

    private static let permissionPolicies = NestedBlockSchema(
        name: "permission_policies", nesting: .set,
        body: BlockSchema(
            attributes: [
                AttributeSchema(name: "domain", kind: .string, presence: .required),
                AttributeSchema(name: "entity_name", kind: .string, presence: .required),
                AttributeSchema(name: "action_set", kind: .setOfStrings, presence: .required),
            ],
            blocks: [
                NestedBlockSchema(
                    name: "conditions", nesting: .list, maximumItems: 1,
                    body: BlockSchema(
                        attributes: [
                            AttributeSchema(
                                name: "conjunction", kind: .string, presence: .required, allowedValues: ["AND", "OR"])
                        ],
                        blocks: [permissionTerms]))
            ]))

    private static let authRole = BlockSchema(
        attributes: [
            AttributeSchema(name: "name", kind: .string, presence: .required),
            AttributeSchema(name: "description", kind: .string, presence: .optional),
            AttributeSchema(name: "default_role_id", kind: .string, presence: .optional),
            AttributeSchema(name: "permissions", kind: .setOfStrings, presence: .optional),
        ],
        blocks: [permissionPolicies])

    /// `genesyscloud_integration_action`, or its `_draft` (no `function_config`, and the URL
    /// template required).
    private static func integrationAction(draft: Bool) -> BlockSchema {
        var blocks = [
            NestedBlockSchema(
                name: "config_request", nesting: .list, maximumItems: 1,
                body: BlockSchema(attributes: [
                    AttributeSchema(
                        name: "request_type", kind: .string, presence: .required,
                        allowedValues: ["GET", "PUT", "POST", "PATCH", "DELETE"]),
                    AttributeSchema(
                        name: "request_url_template", kind: .string, presence: draft ? .required : .optional),
                    AttributeSchema(name: "request_template", kind: .string, presence: .optional),
                    AttributeSchema(name: "headers", kind: .mapOfStrings, presence: .optional),
                ])),
            NestedBlockSchema(
                name: "config_response", nesting: .list, maximumItems: 1,
                body: BlockSchema(attributes: [
                    AttributeSchema(name: "success_template", kind: .string, presence: .optional),
                    AttributeSchema(name: "translation_map", kind: .mapOfStrings, presence: .optional),
                    AttributeSchema(name: "translation_map_defaults", kind: .mapOfStrings, presence: .optional),
                ])),
        ]
        if !draft {
            blocks.append(
                NestedBlockSchema(
                    name: "function_config", nesting: .list, maximumItems: 1,
                    body: BlockSchema(attributes: [
                        AttributeSchema(name: "file_path", kind: .string, presence: .required),
                        AttributeSchema(name: "description", kind: .string, presence: .optional),
                        AttributeSchema(name: "handler", kind: .string, presence: .optional),
                        AttributeSchema(name: "runtime", kind: .string, presence: .optional),
                        AttributeSchema(name: "timeout_seconds", kind: .number, presence: .optional),
                        AttributeSchema(name: "zip_id", kind: .string, presence: .optional),
                    ])))
        }
        return BlockSchema(
            attributes: [
                AttributeSchema(name: "name", kind: .string, presence: .required),
                AttributeSchema(name: "category", kind: .string, presence: .required),
                AttributeSchema(name: "integration_id", kind: .string, presence: .required),
                AttributeSchema(name: "contract_input", kind: .string, presence: .required),
                AttributeSchema(name: "contract_output", kind: .string, presence: .required),
                AttributeSchema(name: "config_timeout_seconds", kind: .number, presence: .optional),
                AttributeSchema(name: "secure", kind: .bool, presence: .optional, defaultValue: .bool(false)),
            ],
            blocks: blocks)
    }

    private static let integration = BlockSchema(
        attributes: [
            AttributeSchema(name: "integration_type", kind: .string, presence: .required),
            AttributeSchema(
                name: "intended_state", kind: .string, presence: .optional, allowedValues: ["ENABLED", "DISABLED"],
                defaultValue: .string("DISABLED")),
        ],
        blocks: [
            NestedBlockSchema(
                name: "config", nesting: .list, maximumItems: 1,
                body: BlockSchema(attributes: [
                    AttributeSchema(name: "name", kind: .string, presence: .optional),
                    AttributeSchema(name: "notes", kind: .string, presence: .optional),
                    AttributeSchema(name: "properties", kind: .string, presence: .optional),
                    AttributeSchema(name: "advanced", kind: .string, presence: .optional),
                    AttributeSchema(name: "credentials", kind: .mapOfStrings, presence: .optional),
                ]))
        ])

    private static let integrationCredential = BlockSchema(attributes: [
        AttributeSchema(name: "credential_type_name", kind: .string, presence: .required),
        AttributeSchema(name: "name", kind: .string, presence: .optional),
        AttributeSchema(name: "fields", kind: .mapOfStrings, presence: .optional, sensitive: true),
    ])
}
