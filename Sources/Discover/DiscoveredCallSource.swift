import Graph

/// The calls `discover` found in an application's source, as a source of the requirement
/// graph: each mention is a call of `caller`, declared where it was found.
public struct DiscoveredCallSource: CallSource {
    public var mentions: [DiscoveredCall]
    public var caller: Caller

    public init(mentions: [DiscoveredCall], caller: Caller) {
        self.mentions = mentions
        self.caller = caller
    }

    public func calls(in inputs: CallSourceInputs) -> [DeclaredCall] {
        mentions.map { mention in
            DeclaredCall(
                caller: caller, text: mention.request,
                provenance: CallProvenance(source: "discover", range: mention.range))
        }
    }
}
