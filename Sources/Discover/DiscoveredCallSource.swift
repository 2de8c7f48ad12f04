import Graph
import Policy

/// The calls `discover` found in an application's source, as a source of the requirement
/// graph: each mention is a call of `client`, declared where it was found.
public struct DiscoveredCallSource: CallSource {
    public var mentions: [DiscoveredCall]
    public var client: ClientSelector

    public init(mentions: [DiscoveredCall], client: ClientSelector) {
        self.mentions = mentions
        self.client = client
    }

    public func calls(in inputs: CallSourceInputs) -> [DeclaredCall] {
        mentions.map { mention in
            DeclaredCall(
                caller: .client(client), text: mention.request,
                provenance: CallProvenance(source: "discover", range: mention.range))
        }
    }
}
