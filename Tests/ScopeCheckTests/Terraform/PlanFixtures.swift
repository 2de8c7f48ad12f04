import Foundation

/// Terraform plan JSON fixtures (format_version 1.2, written by hand after the documented format)
/// and the configurations they were planned from.
enum PlanFixtures {
    /// A root module with a local module (`roles`), a module called with `for_each` (`teams`),
    /// `count` and `for_each` resources, a data source, a sensitive variable and a policy.
    static let modulesConfiguration: [String: String] = [
        "main.tf": #"""
        module "roles" {
          source = "./roles"
        }

        module "teams" {
          for_each = { a = "Team A", b = "Team B" }
          source   = "./team"
          name     = each.value
          role_id  = module.roles.poller_role_id
        }

        resource "genesyscloud_oauth_client" "pollers" {
          count                 = 2
          name                  = "Poller ${count.index}"
          authorized_grant_type = "CLIENT-CREDENTIALS"
          roles {
            role_id     = module.roles.poller_role_id
            division_id = "*"
          }
        }

        resource "genesyscloud_oauth_client" "apps" {
          for_each                 = toset(["eu", "us"])
          name                     = "App ${each.key}"
          authorized_grant_type    = "CODE"
          scopes                   = ["routing:readonly", "analytics:readonly", "analytics:view"]
          registered_redirect_uris = [var.redirect]
          directory_client_secret  = var.secret
        }

        data "genesyscloud_auth_role" "admin" {
          name = "Master Admin"
        }

        resource "genesyscloud_oauth_client" "admin" {
          name                  = "Admin"
          authorized_grant_type = "CLIENT-CREDENTIALS"
          roles {
            role_id = data.genesyscloud_auth_role.admin.id
          }
        }
        """#,
        "variables.tf": #"""
        variable "redirect" {
          type    = string
          default = "https://app.example.com/callback"
        }

        variable "secret" {
          type      = string
          sensitive = true
          default   = "s3cret"
        }
        """#,
        "roles/main.tf": #"""
        resource "genesyscloud_auth_role" "poller" {
          name = "Poller"
          permission_policies {
            domain      = "analytics"
            entity_name = "queueObservation"
            action_set  = ["view"]
          }
        }

        output "poller_role_id" {
          value = genesyscloud_auth_role.poller.id
        }
        """#,
        "team/main.tf": #"""
        variable "name" {
          type = string
        }

        variable "role_id" {
          type = string
        }

        resource "genesyscloud_oauth_client" "team" {
          name                  = var.name
          authorized_grant_type = "CLIENT-CREDENTIALS"
          roles {
            role_id = var.role_id
          }
        }
        """#,
        "policy.hcl": #"""
        client "genesyscloud_oauth_client.pollers" {
          calls = ["GET /api/v2/routing/queues"]
        }

        client "genesyscloud_oauth_client.apps" {
          calls = ["GET /api/v2/users/me"]
        }
        """#,
        ".scopecheck.hcl": #"""
        spec     = "spec.json"
        policies = ["policy.hcl"]
        """#,
    ]

    /// The plan of `modulesConfiguration`: the client `admin` and the data source exist; the rest is
    /// created (ids and role ids known after apply); `legacy` is deleted.
    static let modulesPlan = #"""
        {
          "format_version": "1.2",
          "terraform_version": "1.9.5",
          "variables": {
            "redirect": {"value": "https://app.example.com/callback"},
            "secret": {"value": "s3cret"}
          },
          "planned_values": {
            "root_module": {
              "resources": [
                {
                  "address": "data.genesyscloud_auth_role.admin",
                  "mode": "data", "type": "genesyscloud_auth_role", "name": "admin",
                  "provider_name": "registry.terraform.io/mypurecloud/genesyscloud", "schema_version": 0,
                  "values": {"id": "0f7a-admin", "name": "Master Admin"},
                  "sensitive_values": {}
                },
                {
                  "address": "genesyscloud_oauth_client.admin",
                  "mode": "managed", "type": "genesyscloud_oauth_client", "name": "admin",
                  "provider_name": "registry.terraform.io/mypurecloud/genesyscloud", "schema_version": 0,
                  "values": {
                    "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                    "client_id": "c1", "description": null, "id": "c1", "name": "Admin",
                    "roles": [{"division_id": null, "role_id": "0f7a-admin"}], "scopes": null, "state": "active"
                  },
                  "sensitive_values": {"roles": [{}]}
                },
                {
                  "address": "genesyscloud_oauth_client.apps[\"eu\"]",
                  "mode": "managed", "type": "genesyscloud_oauth_client", "name": "apps", "index": "eu",
                  "provider_name": "registry.terraform.io/mypurecloud/genesyscloud", "schema_version": 0,
                  "values": {
                    "access_token_validity_seconds": 86400, "authorized_grant_type": "CODE", "description": null,
                    "directory_client_secret": "s3cret", "name": "App eu",
                    "registered_redirect_uris": ["https://app.example.com/callback"], "roles": [],
                    "scopes": ["analytics:readonly", "analytics:view", "routing:readonly"], "state": "active"
                  },
                  "sensitive_values": {
                    "directory_client_secret": true, "registered_redirect_uris": [false], "roles": [],
                    "scopes": [false, false, false]
                  }
                },
                {
                  "address": "genesyscloud_oauth_client.apps[\"us\"]",
                  "mode": "managed", "type": "genesyscloud_oauth_client", "name": "apps", "index": "us",
                  "provider_name": "registry.terraform.io/mypurecloud/genesyscloud", "schema_version": 0,
                  "values": {
                    "access_token_validity_seconds": 86400, "authorized_grant_type": "CODE", "description": null,
                    "directory_client_secret": "s3cret", "name": "App us",
                    "registered_redirect_uris": ["https://app.example.com/callback"], "roles": [],
                    "scopes": ["analytics:readonly", "analytics:view", "routing:readonly"], "state": "active"
                  },
                  "sensitive_values": {
                    "directory_client_secret": true, "registered_redirect_uris": [false], "roles": [],
                    "scopes": [false, false, false]
                  }
                },
                {
                  "address": "genesyscloud_oauth_client.pollers[0]",
                  "mode": "managed", "type": "genesyscloud_oauth_client", "name": "pollers", "index": 0,
                  "provider_name": "registry.terraform.io/mypurecloud/genesyscloud", "schema_version": 0,
                  "values": {
                    "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                    "description": null, "name": "Poller 0", "roles": [{"division_id": "*"}], "scopes": null,
                    "state": "active"
                  },
                  "sensitive_values": {"roles": [{}]}
                },
                {
                  "address": "genesyscloud_oauth_client.pollers[1]",
                  "mode": "managed", "type": "genesyscloud_oauth_client", "name": "pollers", "index": 1,
                  "provider_name": "registry.terraform.io/mypurecloud/genesyscloud", "schema_version": 0,
                  "values": {
                    "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                    "description": null, "name": "Poller 1", "roles": [{"division_id": "*"}], "scopes": null,
                    "state": "active"
                  },
                  "sensitive_values": {"roles": [{}]}
                }
              ],
              "child_modules": [
                {
                  "address": "module.roles",
                  "resources": [
                    {
                      "address": "module.roles.genesyscloud_auth_role.poller",
                      "mode": "managed", "type": "genesyscloud_auth_role", "name": "poller",
                      "provider_name": "registry.terraform.io/mypurecloud/genesyscloud", "schema_version": 0,
                      "values": {
                        "default_role_id": null, "description": null, "name": "Poller",
                        "permission_policies": [
                          {"action_set": ["view"], "conditions": [], "domain": "analytics", "entity_name": "queueObservation"}
                        ],
                        "permissions": null
                      },
                      "sensitive_values": {"permission_policies": [{"action_set": [false], "conditions": []}]}
                    }
                  ]
                },
                {
                  "address": "module.teams[\"a\"]",
                  "resources": [
                    {
                      "address": "module.teams[\"a\"].genesyscloud_oauth_client.team",
                      "mode": "managed", "type": "genesyscloud_oauth_client", "name": "team",
                      "provider_name": "registry.terraform.io/mypurecloud/genesyscloud", "schema_version": 0,
                      "values": {
                        "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                        "description": null, "name": "Team A", "roles": [{"division_id": null}], "scopes": null,
                        "state": "active"
                      },
                      "sensitive_values": {"roles": [{}]}
                    }
                  ]
                },
                {
                  "address": "module.teams[\"b\"]",
                  "resources": [
                    {
                      "address": "module.teams[\"b\"].genesyscloud_oauth_client.team",
                      "mode": "managed", "type": "genesyscloud_oauth_client", "name": "team",
                      "provider_name": "registry.terraform.io/mypurecloud/genesyscloud", "schema_version": 0,
                      "values": {
                        "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                        "description": null, "name": "Team B", "roles": [{"division_id": null}], "scopes": null,
                        "state": "active"
                      },
                      "sensitive_values": {"roles": [{}]}
                    }
                  ]
                }
              ]
            }
          },
          "resource_changes": [
            {
              "address": "genesyscloud_oauth_client.admin",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "admin",
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["no-op"],
                "before": {
                  "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                  "client_id": "c1", "description": null, "id": "c1", "name": "Admin",
                  "roles": [{"division_id": null, "role_id": "0f7a-admin"}], "scopes": null, "state": "active"
                },
                "after": {
                  "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                  "client_id": "c1", "description": null, "id": "c1", "name": "Admin",
                  "roles": [{"division_id": null, "role_id": "0f7a-admin"}], "scopes": null, "state": "active"
                },
                "after_unknown": {}, "before_sensitive": {"roles": [{}]}, "after_sensitive": {"roles": [{}]}
              }
            },
            {
              "address": "genesyscloud_oauth_client.apps[\"eu\"]",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "apps", "index": "eu",
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["create"], "before": null,
                "after": {
                  "access_token_validity_seconds": 86400, "authorized_grant_type": "CODE", "description": null,
                  "directory_client_secret": "s3cret", "name": "App eu",
                  "registered_redirect_uris": ["https://app.example.com/callback"], "roles": [],
                  "scopes": ["analytics:readonly", "analytics:view", "routing:readonly"], "state": "active"
                },
                "after_unknown": {
                  "client_id": true, "client_secret": true, "id": true, "integration_credential_id": true,
                  "registered_redirect_uris": [false], "roles": [], "scopes": [false, false, false]
                },
                "before_sensitive": false,
                "after_sensitive": {
                  "client_secret": true, "directory_client_secret": true, "registered_redirect_uris": [false], "roles": [],
                  "scopes": [false, false, false]
                }
              }
            },
            {
              "address": "genesyscloud_oauth_client.apps[\"us\"]",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "apps", "index": "us",
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["create"], "before": null,
                "after": {
                  "access_token_validity_seconds": 86400, "authorized_grant_type": "CODE", "description": null,
                  "directory_client_secret": "s3cret", "name": "App us",
                  "registered_redirect_uris": ["https://app.example.com/callback"], "roles": [],
                  "scopes": ["analytics:readonly", "analytics:view", "routing:readonly"], "state": "active"
                },
                "after_unknown": {
                  "client_id": true, "client_secret": true, "id": true, "integration_credential_id": true,
                  "registered_redirect_uris": [false], "roles": [], "scopes": [false, false, false]
                },
                "before_sensitive": false,
                "after_sensitive": {
                  "client_secret": true, "directory_client_secret": true, "registered_redirect_uris": [false], "roles": [],
                  "scopes": [false, false, false]
                }
              }
            },
            {
              "address": "genesyscloud_oauth_client.legacy",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "legacy",
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["delete"],
                "before": {"authorized_grant_type": "PASSWORD", "id": "c9", "name": "Legacy", "scopes": ["admin"]},
                "after": null, "after_unknown": {}, "before_sensitive": {}, "after_sensitive": false
              },
              "action_reason": "delete_because_no_resource_config"
            },
            {
              "address": "genesyscloud_oauth_client.pollers[0]",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "pollers", "index": 0,
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["create"], "before": null,
                "after": {
                  "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                  "description": null, "name": "Poller 0", "roles": [{"division_id": "*"}], "scopes": null,
                  "state": "active"
                },
                "after_unknown": {
                  "client_id": true, "client_secret": true, "id": true, "integration_credential_id": true,
                  "roles": [{"role_id": true}]
                },
                "before_sensitive": false, "after_sensitive": {"client_secret": true, "roles": [{}]}
              }
            },
            {
              "address": "genesyscloud_oauth_client.pollers[1]",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "pollers", "index": 1,
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["create"], "before": null,
                "after": {
                  "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                  "description": null, "name": "Poller 1", "roles": [{"division_id": "*"}], "scopes": null,
                  "state": "active"
                },
                "after_unknown": {
                  "client_id": true, "client_secret": true, "id": true, "integration_credential_id": true,
                  "roles": [{"role_id": true}]
                },
                "before_sensitive": false, "after_sensitive": {"client_secret": true, "roles": [{}]}
              }
            },
            {
              "address": "module.roles.genesyscloud_auth_role.poller",
              "module_address": "module.roles",
              "mode": "managed", "type": "genesyscloud_auth_role", "name": "poller",
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["create"], "before": null,
                "after": {
                  "default_role_id": null, "description": null, "name": "Poller",
                  "permission_policies": [
                    {"action_set": ["view"], "conditions": [], "domain": "analytics", "entity_name": "queueObservation"}
                  ],
                  "permissions": null
                },
                "after_unknown": {"id": true, "permission_policies": [{"action_set": [false], "conditions": []}]},
                "before_sensitive": false,
                "after_sensitive": {"permission_policies": [{"action_set": [false], "conditions": []}]}
              }
            },
            {
              "address": "module.teams[\"a\"].genesyscloud_oauth_client.team",
              "module_address": "module.teams[\"a\"]",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "team",
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["create"], "before": null,
                "after": {
                  "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                  "description": null, "name": "Team A", "roles": [{"division_id": null}], "scopes": null,
                  "state": "active"
                },
                "after_unknown": {
                  "client_id": true, "client_secret": true, "id": true, "integration_credential_id": true,
                  "roles": [{"role_id": true}]
                },
                "before_sensitive": false, "after_sensitive": {"client_secret": true, "roles": [{}]}
              }
            },
            {
              "address": "module.teams[\"b\"].genesyscloud_oauth_client.team",
              "module_address": "module.teams[\"b\"]",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "team",
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["create"], "before": null,
                "after": {
                  "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                  "description": null, "name": "Team B", "roles": [{"division_id": null}], "scopes": null,
                  "state": "active"
                },
                "after_unknown": {
                  "client_id": true, "client_secret": true, "id": true, "integration_credential_id": true,
                  "roles": [{"role_id": true}]
                },
                "before_sensitive": false, "after_sensitive": {"client_secret": true, "roles": [{}]}
              }
            }
          ],
          "configuration": {
            "provider_config": {
              "genesyscloud": {"name": "genesyscloud", "full_name": "registry.terraform.io/mypurecloud/genesyscloud"}
            },
            "root_module": {
              "resources": [
                {
                  "address": "data.genesyscloud_auth_role.admin",
                  "mode": "data", "type": "genesyscloud_auth_role", "name": "admin", "provider_config_key": "genesyscloud",
                  "expressions": {"name": {"constant_value": "Master Admin"}}, "schema_version": 0
                },
                {
                  "address": "genesyscloud_oauth_client.admin",
                  "mode": "managed", "type": "genesyscloud_oauth_client", "name": "admin",
                  "provider_config_key": "genesyscloud",
                  "expressions": {
                    "authorized_grant_type": {"constant_value": "CLIENT-CREDENTIALS"},
                    "name": {"constant_value": "Admin"},
                    "roles": [
                      {"role_id": {"references": ["data.genesyscloud_auth_role.admin.id", "data.genesyscloud_auth_role.admin"]}}
                    ]
                  },
                  "schema_version": 0
                },
                {
                  "address": "genesyscloud_oauth_client.apps",
                  "mode": "managed", "type": "genesyscloud_oauth_client", "name": "apps",
                  "provider_config_key": "genesyscloud",
                  "expressions": {
                    "authorized_grant_type": {"constant_value": "CODE"},
                    "directory_client_secret": {"references": ["var.secret"]},
                    "name": {"references": ["each.key"]},
                    "registered_redirect_uris": {"references": ["var.redirect"]},
                    "scopes": {"constant_value": ["routing:readonly", "analytics:readonly", "analytics:view"]}
                  },
                  "schema_version": 0,
                  "for_each_expression": {"constant_value": ["eu", "us"]}
                },
                {
                  "address": "genesyscloud_oauth_client.pollers",
                  "mode": "managed", "type": "genesyscloud_oauth_client", "name": "pollers",
                  "provider_config_key": "genesyscloud",
                  "expressions": {
                    "authorized_grant_type": {"constant_value": "CLIENT-CREDENTIALS"},
                    "name": {"references": ["count.index"]},
                    "roles": [
                      {
                        "division_id": {"constant_value": "*"},
                        "role_id": {"references": ["module.roles.poller_role_id", "module.roles"]}
                      }
                    ]
                  },
                  "schema_version": 0,
                  "count_expression": {"constant_value": 2}
                }
              ],
              "module_calls": {
                "roles": {
                  "source": "./roles",
                  "module": {
                    "outputs": {
                      "poller_role_id": {
                        "expression": {"references": ["genesyscloud_auth_role.poller.id", "genesyscloud_auth_role.poller"]}
                      }
                    },
                    "resources": [
                      {
                        "address": "genesyscloud_auth_role.poller",
                        "mode": "managed", "type": "genesyscloud_auth_role", "name": "poller",
                        "provider_config_key": "genesyscloud",
                        "expressions": {
                          "name": {"constant_value": "Poller"},
                          "permission_policies": [
                            {
                              "action_set": {"constant_value": ["view"]},
                              "domain": {"constant_value": "analytics"},
                              "entity_name": {"constant_value": "queueObservation"}
                            }
                          ]
                        },
                        "schema_version": 0
                      }
                    ]
                  }
                },
                "teams": {
                  "source": "./team",
                  "expressions": {
                    "name": {"references": ["each.value"]},
                    "role_id": {"references": ["module.roles.poller_role_id", "module.roles"]}
                  },
                  "for_each_expression": {"constant_value": {"a": "Team A", "b": "Team B"}},
                  "module": {
                    "resources": [
                      {
                        "address": "genesyscloud_oauth_client.team",
                        "mode": "managed", "type": "genesyscloud_oauth_client", "name": "team",
                        "provider_config_key": "genesyscloud",
                        "expressions": {
                          "authorized_grant_type": {"constant_value": "CLIENT-CREDENTIALS"},
                          "name": {"references": ["var.name"]},
                          "roles": [{"role_id": {"references": ["var.role_id"]}}]
                        },
                        "schema_version": 0
                      }
                    ],
                    "variables": {"name": {}, "role_id": {}}
                  }
                }
              },
              "variables": {
                "redirect": {"default": "https://app.example.com/callback"},
                "secret": {"default": "s3cret", "sensitive": true}
              }
            }
          }
        }
        """#

    /// The plan of `samples/seed-403-gateway`.
    static let gatewaySeedPlan = #"""
        {
          "format_version": "1.2",
          "terraform_version": "1.9.5",
          "planned_values": {
            "root_module": {
              "resources": [
                {
                  "address": "genesyscloud_auth_role.queue_reports",
                  "mode": "managed",
                  "type": "genesyscloud_auth_role",
                  "name": "queue_reports",
                  "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
                  "schema_version": 0,
                  "values": {
                    "default_role_id": null,
                    "description": "Reads queue statistics",
                    "name": "Queue reports",
                    "permission_policies": [
                      {"action_set": ["view"], "conditions": [], "domain": "analytics", "entity_name": "queueObservation"}
                    ],
                    "permissions": null
                  },
                  "sensitive_values": {"permission_policies": [{"action_set": [false], "conditions": []}]}
                },
                {
                  "address": "genesyscloud_oauth_client.queue_reports",
                  "mode": "managed",
                  "type": "genesyscloud_oauth_client",
                  "name": "queue_reports",
                  "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
                  "schema_version": 0,
                  "values": {
                    "access_token_validity_seconds": 86400,
                    "authorized_grant_type": "CLIENT-CREDENTIALS",
                    "description": "Nightly queue summary export through the eu-gene gateway",
                    "directory_client_secret": null,
                    "expose_client_secret": false,
                    "integration_credential_name": null,
                    "name": "Queue reports job",
                    "registered_redirect_uris": null,
                    "roles": [{"division_id": "*"}],
                    "scopes": ["analytics"],
                    "state": "active"
                  },
                  "sensitive_values": {"roles": [{}], "scopes": [false]}
                }
              ]
            }
          },
          "resource_changes": [
            {
              "address": "genesyscloud_auth_role.queue_reports",
              "mode": "managed", "type": "genesyscloud_auth_role", "name": "queue_reports",
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["create"], "before": null,
                "after": {
                  "default_role_id": null, "description": "Reads queue statistics", "name": "Queue reports",
                  "permission_policies": [{"action_set": ["view"], "conditions": [], "domain": "analytics", "entity_name": "queueObservation"}],
                  "permissions": null
                },
                "after_unknown": {"id": true, "permission_policies": [{"action_set": [false], "conditions": []}]},
                "before_sensitive": false,
                "after_sensitive": {"permission_policies": [{"action_set": [false], "conditions": []}]}
              }
            },
            {
              "address": "genesyscloud_oauth_client.queue_reports",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "queue_reports",
              "provider_name": "registry.terraform.io/mypurecloud/genesyscloud",
              "change": {
                "actions": ["create"], "before": null,
                "after": {
                  "access_token_validity_seconds": 86400, "authorized_grant_type": "CLIENT-CREDENTIALS",
                  "description": "Nightly queue summary export through the eu-gene gateway", "directory_client_secret": null, "expose_client_secret": false,
                  "integration_credential_name": null, "name": "Queue reports job", "registered_redirect_uris": null,
                  "roles": [{"division_id": "*"}], "scopes": ["analytics"],
                  "state": "active"
                },
                "after_unknown": {
                  "client_id": true, "client_secret": true, "id": true, "integration_credential_id": true,
                  "roles": [{"role_id": true}], "scopes": [false]
                },
                "before_sensitive": false,
                "after_sensitive": {"client_secret": true, "roles": [{}], "scopes": [false]}
              }
            }
          ],
          "configuration": {
            "provider_config": {
              "genesyscloud": {"name": "genesyscloud", "full_name": "registry.terraform.io/mypurecloud/genesyscloud"}
            },
            "root_module": {
              "resources": [
                {
                  "address": "genesyscloud_auth_role.queue_reports",
                  "mode": "managed", "type": "genesyscloud_auth_role", "name": "queue_reports",
                  "provider_config_key": "genesyscloud",
                  "expressions": {
                    "description": {"constant_value": "Reads queue statistics"},
                    "name": {"constant_value": "Queue reports"},
                    "permission_policies": [
                      {
                        "action_set": {"constant_value": ["view"]},
                        "domain": {"constant_value": "routing"},
                        "entity_name": {"constant_value": "queue"}
                      }
                    ]
                  },
                  "schema_version": 0
                },
                {
                  "address": "genesyscloud_oauth_client.queue_reports",
                  "mode": "managed", "type": "genesyscloud_oauth_client", "name": "queue_reports",
                  "provider_config_key": "genesyscloud",
                  "expressions": {
                    "authorized_grant_type": {"constant_value": "CLIENT-CREDENTIALS"},
                    "description": {"constant_value": "Nightly queue summary export through the eu-gene gateway"},
                    "name": {"constant_value": "Queue reports job"},
                    "roles": [
                      {
                        "division_id": {"constant_value": "*"},
                        "role_id": {
                          "references": ["genesyscloud_auth_role.queue_reports.id", "genesyscloud_auth_role.queue_reports"]
                        }
                      }
                    ],
                    "scopes": {"constant_value": ["analytics"]}
                  },
                  "schema_version": 0
                }
              ]
            }
          }
        }
        """#

    /// A plan Terraform 1.11.4 wrote (`terraform show -json`, one line) for `terraformDataConfiguration`,
    /// which uses only the built-in `terraform_data` resource: the format as Terraform really writes it.
    static let terraformDataPlan = #"""
        {"format_version":"1.2","terraform_version":"1.11.4","variables":{"secret":{"value":"s3cret"}},"planned_values":{"root_module":{"resources":[{"address":"terraform_data.client[0]","mode":"managed","type":"terraform_data","name":"client","index":0,"provider_name":"terraform.io/builtin/terraform","schema_version":0,"values":{"input":{"name":"Poller 0","scopes":["analytics:readonly","routing:readonly"],"secret":"s3cret"},"triggers_replace":null},"sensitive_values":{"input":{"scopes":[false,false],"secret":true},"output":{}}},{"address":"terraform_data.client[1]","mode":"managed","type":"terraform_data","name":"client","index":1,"provider_name":"terraform.io/builtin/terraform","schema_version":0,"values":{"input":{"name":"Poller 1","scopes":["analytics:readonly","routing:readonly"],"secret":"s3cret"},"triggers_replace":null},"sensitive_values":{"input":{"scopes":[false,false],"secret":true},"output":{}}},{"address":"terraform_data.indexed[0]","mode":"managed","type":"terraform_data","name":"indexed","index":0,"provider_name":"terraform.io/builtin/terraform","schema_version":0,"values":{"triggers_replace":null},"sensitive_values":{}},{"address":"terraform_data.indexed[1]","mode":"managed","type":"terraform_data","name":"indexed","index":1,"provider_name":"terraform.io/builtin/terraform","schema_version":0,"values":{"triggers_replace":null},"sensitive_values":{}},{"address":"terraform_data.keyed[\"eu\"]","mode":"managed","type":"terraform_data","name":"keyed","index":"eu","provider_name":"terraform.io/builtin/terraform","schema_version":0,"values":{"triggers_replace":null},"sensitive_values":{}},{"address":"terraform_data.keyed[\"us\"]","mode":"managed","type":"terraform_data","name":"keyed","index":"us","provider_name":"terraform.io/builtin/terraform","schema_version":0,"values":{"triggers_replace":null},"sensitive_values":{}}],"child_modules":[{"resources":[{"address":"module.roles.terraform_data.role","mode":"managed","type":"terraform_data","name":"role","provider_name":"terraform.io/builtin/terraform","schema_version":0,"values":{"input":"role","triggers_replace":null},"sensitive_values":{}}],"address":"module.roles"}]}},"resource_changes":[{"address":"terraform_data.client[0]","mode":"managed","type":"terraform_data","name":"client","index":0,"provider_name":"terraform.io/builtin/terraform","change":{"actions":["create"],"before":null,"after":{"input":{"name":"Poller 0","scopes":["analytics:readonly","routing:readonly"],"secret":"s3cret"},"triggers_replace":null},"after_unknown":{"id":true,"input":{"role_id":true,"scopes":[false,false]},"output":true},"before_sensitive":false,"after_sensitive":{"input":{"scopes":[false,false],"secret":true},"output":{}}}},{"address":"terraform_data.client[1]","mode":"managed","type":"terraform_data","name":"client","index":1,"provider_name":"terraform.io/builtin/terraform","change":{"actions":["create"],"before":null,"after":{"input":{"name":"Poller 1","scopes":["analytics:readonly","routing:readonly"],"secret":"s3cret"},"triggers_replace":null},"after_unknown":{"id":true,"input":{"role_id":true,"scopes":[false,false]},"output":true},"before_sensitive":false,"after_sensitive":{"input":{"scopes":[false,false],"secret":true},"output":{}}}},{"address":"terraform_data.indexed[0]","mode":"managed","type":"terraform_data","name":"indexed","index":0,"provider_name":"terraform.io/builtin/terraform","change":{"actions":["create"],"before":null,"after":{"triggers_replace":null},"after_unknown":{"id":true,"input":true,"output":true},"before_sensitive":false,"after_sensitive":{}}},{"address":"terraform_data.indexed[1]","mode":"managed","type":"terraform_data","name":"indexed","index":1,"provider_name":"terraform.io/builtin/terraform","change":{"actions":["create"],"before":null,"after":{"triggers_replace":null},"after_unknown":{"id":true,"input":true,"output":true},"before_sensitive":false,"after_sensitive":{}}},{"address":"terraform_data.keyed[\"eu\"]","mode":"managed","type":"terraform_data","name":"keyed","index":"eu","provider_name":"terraform.io/builtin/terraform","change":{"actions":["create"],"before":null,"after":{"triggers_replace":null},"after_unknown":{"id":true,"input":true,"output":true},"before_sensitive":false,"after_sensitive":{}}},{"address":"terraform_data.keyed[\"us\"]","mode":"managed","type":"terraform_data","name":"keyed","index":"us","provider_name":"terraform.io/builtin/terraform","change":{"actions":["create"],"before":null,"after":{"triggers_replace":null},"after_unknown":{"id":true,"input":true,"output":true},"before_sensitive":false,"after_sensitive":{}}},{"address":"module.roles.terraform_data.role","module_address":"module.roles","mode":"managed","type":"terraform_data","name":"role","provider_name":"terraform.io/builtin/terraform","change":{"actions":["create"],"before":null,"after":{"input":"role","triggers_replace":null},"after_unknown":{"id":true,"output":true},"before_sensitive":false,"after_sensitive":{}}}],"configuration":{"provider_config":{"terraform":{"name":"terraform","full_name":"terraform.io/builtin/terraform"}},"root_module":{"resources":[{"address":"terraform_data.client","mode":"managed","type":"terraform_data","name":"client","provider_config_key":"terraform","expressions":{"input":{"references":["count.index","module.roles.role_id","module.roles","var.secret"]}},"schema_version":0,"count_expression":{"constant_value":2}},{"address":"terraform_data.indexed","mode":"managed","type":"terraform_data","name":"indexed","provider_config_key":"terraform","expressions":{"input":{"references":["terraform_data.client","count.index"]}},"schema_version":0,"count_expression":{"constant_value":2}},{"address":"terraform_data.keyed","mode":"managed","type":"terraform_data","name":"keyed","provider_config_key":"terraform","expressions":{"input":{"references":["terraform_data.client[0].id","terraform_data.client[0]","terraform_data.client"]}},"schema_version":0}],"module_calls":{"roles":{"source":"./mod","module":{"outputs":{"role_id":{"expression":{"references":["terraform_data.role.id","terraform_data.role"]}}},"resources":[{"address":"terraform_data.role","mode":"managed","type":"terraform_data","name":"role","provider_config_key":"terraform","expressions":{"input":{"constant_value":"role"}},"schema_version":0}]}}},"variables":{"secret":{"default":"s3cret","sensitive":true}}}},"relevant_attributes":[{"resource":"terraform_data.client[0]","attribute":["id"]},{"resource":"terraform_data.client","attribute":[]},{"resource":"module.roles.terraform_data.role","attribute":["id"]}],"timestamp":"2026-11-21T18:46:30Z","applyable":true,"complete":true,"errored":false}
        """#

    /// The configuration `terraformDataPlan` was planned from.
    static let terraformDataConfiguration: [String: String] = [
        "main.tf": #"""
        variable "secret" {
          type      = string
          sensitive = true
          default   = "s3cret"
        }
        module "roles" {
          source = "./mod"
        }
        resource "terraform_data" "client" {
          count = 2
          input = {
            name    = "Poller ${count.index}"
            role_id = module.roles.role_id
            scopes  = toset(["routing:readonly", "analytics:readonly"])
            secret  = var.secret
          }
        }
        resource "terraform_data" "keyed" {
          for_each = toset(["eu", "us"])
          input    = terraform_data.client[0].id
        }
        resource "terraform_data" "indexed" {
          count = 2
          input = terraform_data.client[count.index].id
        }
        """#,
        "mod/main.tf": #"""
        resource "terraform_data" "role" {
          input = "role"
        }
        output "role_id" {
          value = terraform_data.role.id
        }
        """#,
    ]

    /// Writes the modules configuration, the sample spec and `modulesPlan` (as `plan.json`) into a
    /// fresh directory and returns it.
    static func modulesDirectory() throws -> URL {
        let directory = try TestSupport.temporaryDirectory()
        for (path, text) in modulesConfiguration {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.copyItem(
            at: TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json"),
            to: directory.appendingPathComponent("spec.json"))
        try Data(modulesPlan.utf8).write(to: directory.appendingPathComponent("plan.json"))
        return directory
    }
}
