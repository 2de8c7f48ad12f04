import Foundation

/// A Genesys Cloud region: its AWS-style name and the domain its services live under. This table
/// is the one place scopecheck knows the regions; `spec fetch --region` reads it.
public struct GenesysRegion: Hashable, Sendable {
    /// The AWS-style region name, e.g. `eu-west-1`.
    public var name: String
    /// The region's domain, e.g. `mypurecloud.ie`; the API is served at `api.<domain>`.
    public var domain: String
    /// Where the region is, for listings: `Europe (Dublin)`.
    public var location: String

    public init(name: String, domain: String, location: String) {
        self.name = name
        self.domain = domain
        self.location = location
    }

    /// The API host, `api.<domain>`.
    public var apiHost: String { "api.\(domain)" }

    /// Where the region serves its API spec: `https://api.<domain>/api/v2/docs/swagger`.
    public var swaggerURL: String { "https://\(apiHost)/api/v2/docs/swagger" }

    /// Every region, in the order the Genesys SDKs list them.
    public static let all: [GenesysRegion] = [
        GenesysRegion(name: "us-east-1", domain: "mypurecloud.com", location: "Americas (US East)"),
        GenesysRegion(name: "eu-west-1", domain: "mypurecloud.ie", location: "EMEA (Dublin)"),
        GenesysRegion(name: "ap-southeast-2", domain: "mypurecloud.com.au", location: "Asia Pacific (Sydney)"),
        GenesysRegion(name: "ap-northeast-1", domain: "mypurecloud.jp", location: "Asia Pacific (Tokyo)"),
        GenesysRegion(name: "eu-central-1", domain: "mypurecloud.de", location: "EMEA (Frankfurt)"),
        GenesysRegion(name: "us-west-2", domain: "usw2.pure.cloud", location: "Americas (US West)"),
        GenesysRegion(name: "ca-central-1", domain: "cac1.pure.cloud", location: "Americas (Canada)"),
        GenesysRegion(name: "ap-northeast-2", domain: "apne2.pure.cloud", location: "Asia Pacific (Seoul)"),
        GenesysRegion(name: "eu-west-2", domain: "euw2.pure.cloud", location: "EMEA (London)"),
        GenesysRegion(name: "ap-south-1", domain: "aps1.pure.cloud", location: "Asia Pacific (Mumbai)"),
        GenesysRegion(name: "us-east-2", domain: "use2.us-gov-pure.cloud", location: "Americas (FedRAMP)"),
        GenesysRegion(name: "sa-east-1", domain: "sae1.pure.cloud", location: "Americas (São Paulo)"),
        GenesysRegion(name: "me-central-1", domain: "mec1.pure.cloud", location: "Middle East (UAE)"),
        GenesysRegion(name: "ap-northeast-3", domain: "apne3.pure.cloud", location: "Asia Pacific (Osaka)"),
        GenesysRegion(name: "eu-central-2", domain: "euc2.pure.cloud", location: "EMEA (Zurich)"),
    ]

    /// The region called `text`: its name (`eu-west-1`, also written `eu_west_1`), its domain
    /// (`mypurecloud.ie`) or its API host (`api.mypurecloud.ie`), case-insensitively.
    public static func named(_ text: String) -> GenesysRegion? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        let domain = key.hasPrefix("api.") ? String(key.dropFirst(4)) : key
        return all.first { $0.name == key || $0.domain == domain }
    }

    /// The table as aligned `name  domain  location` lines, for usage errors and help.
    public static var table: String {
        let nameWidth = all.map(\.name.count).max() ?? 0
        let domainWidth = all.map(\.domain.count).max() ?? 0
        return all.map { region in
            "  " + region.name.padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0)
                + region.domain.padding(toLength: domainWidth + 2, withPad: " ", startingAt: 0) + region.location
        }.joined(separator: "\n")
    }
}
