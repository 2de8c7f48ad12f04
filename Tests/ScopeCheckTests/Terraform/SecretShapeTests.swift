import Testing

@testable import Terraform

/// Which strings written where a secret goes are placeholders, judged by shape alone.
@Suite struct SecretShapeTests {
    /// Spellings people write instead of a secret; none of them may be reported.
    static let placeholders = [
        "", "   ", "your-client-secret", "<client secret>", "xxx", "XXXXXXXXXXXXXX", "changeme",
        "Enter your OAuth Client ID here", "YOUR_CLIENT_SECRET", "REPLACE_ME", "{{client_secret}}",
        "${CLIENT_SECRET}", "$CLIENT_SECRET", "%CLIENT_SECRET%", "[secret]", "********", "1234567890",
        "client-secret", "your-oauth-client-secret", "test_token", "somePassword", "TODO", "redacted",
        "redacted-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xxxx-xxxx-xxxx", "abcdef", "placeholder",
    ]

    /// Real secrets, strong or weak; every one must be reported.
    static let secrets = [
        "Zq3v-7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7Py", "$tr0ngP@s$w0rd", "initialP@ssW0rd", "hunter2",
        "Password123!", "Welcome1", "skjdhfsjfhjsdsoquwajkad1234", "s3cret", "P@ssw0rd", "letmein2024",
        "a8f5f167f44f4964e6c998dee827110c", "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        "AKIAIOSFODNN7EXAMPLE9", "mKvkXcxRpaHaOdWqyXd", "Summer2025!", "9f86d081884c7d659a2feaa0c55ad015",
        "qwhzpkdnrtvb", "P@ssw0rd\n",
    ]

    @Test(arguments: placeholders)
    func placeholdersAreNotSecrets(text: String) {
        #expect(SecretShape(of: text) == .placeholder)
    }

    @Test(arguments: secrets)
    func secretsAreSecrets(text: String) {
        #expect(SecretShape(of: text) != .placeholder)
    }

    @Test func theFamiliesAreAsLargeAsTheIssueAsks() {
        #expect(Self.placeholders.count >= 15)
        #expect(Self.secrets.count >= 15)
    }

    @Test func aGenesysClientSecretIsKnownByItsForm() {
        #expect(SecretShape(of: "Zq3v-7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7Py") == .genesysClientSecret)
        // 43 characters, but one letter over and over, or no digit, or outside the alphabet.
        #expect(SecretShape(of: String(repeating: "a", count: 43)) == .placeholder)
        #expect(!SecretShape.looksLikeGenesysClientSecret("Zq3v-ahT-pLw-xYb-Nc-Rd-Kf-Gm-Js-Ue-Ai-Oo-Pyx"))
        #expect(!SecretShape.looksLikeGenesysClientSecret("Zq3v+7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7Py"))
        #expect(!SecretShape.looksLikeGenesysClientSecret("Zq3v-7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7P"))
    }

    @Test(arguments: [
        ("clientSecret", true), ("password", true), ("oauthclient_secret", true), ("apiToken", true),
        ("securityToken", true), ("directory_client_secret", true), ("integration_creds_client_secret", true),
        ("APIKey", true), ("private_key", true), ("user_access_token", true),
        ("clientId", false), ("userName", false), ("loginUrl", false), ("secret_id", false), ("token_url", false),
        ("password_policy", false), ("token_validity", false), ("key", false), ("ARN", false),
        ("expose_client_secret", true),
    ])
    func namesSaySecret(name: String, secret: Bool) {
        #expect(SecretName.saysSecret(name) == secret, "\(name)")
    }
}
