# Organisation-wide rules for every OAuth client scopecheck checks. Put this file in a shared
# policies directory: every *.hcl file there is loaded, and the rules blocks of all files merge
# (setting the same rule to two different values is an error; deny_scopes lists add up).
# All four rules are optional; leave out any you don't want.

rules {
  # Scopes no client may request, as glob patterns over scope names: "*" matches any run of
  # characters (scope names contain no "/"), "?" one character, "[abc]" one of a set.
  # "authorization" and "oauth" let a token manage roles and OAuth clients, so a leaked token
  # could grant itself more; "*:admin" catches any admin-level scope a spec may define.
  deny_scopes = ["authorization", "oauth", "*:admin"]

  # The longest access token lifetime allowed, in seconds. Clients that set a longer
  # access_token_validity_seconds, or leave it at the provider's default of 86400 (24 hours),
  # are reported. One hour keeps a leaked token's usefulness short.
  max_token_validity_seconds = 3600

  # Every client must have a description, so whoever finds it in the admin UI knows what it is
  # for and whom to ask before removing it.
  require_description = true

  # The grant types clients may use (authorized_grant_type values). The implicit (TOKEN) and
  # resource owner PASSWORD grants are left out: both are discouraged for new applications.
  allowed_grant_types = ["CODE", "CLIENT-CREDENTIALS"]
}
