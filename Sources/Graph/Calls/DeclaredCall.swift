import Core
import Policy

/// An API call that some input says an OAuth client makes, before it is resolved against the
/// specs: what a `CallSource` yields.
public struct DeclaredCall: Hashable, Sendable {
    /// The client that makes the call.
    public var caller: Caller
    /// The call as written: `METHOD /path`, `METHOD https://host/path`, an operationId or an SDK
    /// method name.
    public var text: String
    /// Where the call was declared or derived from.
    public var provenance: CallProvenance

    public init(caller: Caller, text: String, provenance: CallProvenance) {
        self.caller = caller
        self.text = text
        self.provenance = provenance
    }

    /// Where the call was declared or derived from: the text a user edits.
    public var range: SourceRange { provenance.range }
}

/// The OAuth client a call source says makes a call.
public enum Caller: Hashable, Sendable, CustomStringConvertible {
    /// The clients a selector names: by Terraform address or by `name`.
    case client(ClientSelector)

    /// The selector as findings name it (`genesyscloud_oauth_client.x`, `"Queue Dashboard"`).
    public var description: String {
        switch self {
        case .client(let selector): selector.description
        }
    }
}

/// Where a call comes from: which source produced it, and the range it was declared or derived
/// at. Every call in the graph keeps one, so findings can say why a call is there.
public struct CallProvenance: Hashable, Sendable {
    /// The source that produced the call, in words (`policy`, `discover`).
    public var source: String
    /// The declaration or the text the call was derived from.
    public var range: SourceRange

    public init(source: String, range: SourceRange) {
        self.source = source
        self.range = range
    }
}
