/// Applies overlays to the members of a spec set, in order, and reports what cannot be applied.
struct OverlayApplication {
    /// The members, as loaded.
    let members: [SpecSetMember]
    /// Each member's spec as changed so far.
    private(set) var targets: [OverlayTarget]
    private(set) var diagnostics: [Diagnostic] = []

    init(members: [SpecSetMember]) {
        self.members = members
        targets = members.map { OverlayTarget($0.index) }
    }

    mutating func apply(_ overlays: [SpecOverlay]) {
        var overlayNames: [String: SourceRange] = [:]
        /// The scopes endpoint blocks list, with the members they changed.
        var listedScopes: [(scope: OverlayString, targets: [Int])] = []
        for overlay in overlays {
            if let first = overlayNames[overlay.name] {
                diagnostics.append(
                    .error(
                        "Duplicate overlay",
                        detail: "An overlay named \"\(overlay.name)\" is already defined at \(first.description).",
                        at: overlay.nameRange))
                continue
            }
            overlayNames[overlay.name] = overlay.nameRange
            let chosen = targets(of: overlay)
            for position in chosen { targets[position].begin(overlay.name) }
            for endpoint in overlay.endpoints {
                let changed = apply(endpoint, of: overlay, to: chosen)
                switch endpoint.scopeEdit {
                case .replace(let scopes), .add(let scopes): listedScopes += scopes.map { ($0, changed) }
                case nil: break
                }
            }
            for scope in overlay.scopes {
                for position in chosen { targets[position].declare(scope, overlay: overlay.name) }
            }
        }
        for (scope, chosen) in listedScopes where !chosen.isEmpty {
            guard !chosen.contains(where: { targets[$0].knowsScope(scope.value) }) else { continue }
            diagnostics.append(
                .warning(
                    "Scope not in the catalogue",
                    detail: "\"\(scope.value)\" is not a scope of \(names(of: chosen)) and no overlay declares it."
                        + " If it is real, declare it: scope \"\(scope.value)\" { description = \"...\" }.",
                    at: scope.range))
        }
    }

    /// The members an overlay changes: those covering its host, or all; a warning when it names
    /// a host no member covers.
    private mutating func targets(of overlay: SpecOverlay) -> [Int] {
        guard let host = overlay.host else { return Array(members.indices) }
        let chosen = members.indices.filter { members[$0].covers(host: host.value) }
        if chosen.isEmpty {
            let known = Set(members.flatMap(\.hosts).map(HostName.key)).sorted()
            diagnostics.append(
                .warning(
                    "No spec for the overlay's host",
                    detail: "Overlay \"\(overlay.name)\" changes the specs of \(host.value), but no spec is bound to"
                        + " that host or declares it"
                        + (known.isEmpty ? "" : " (known hosts: \(known.joined(separator: ", ")))")
                        + "; bind one with --spec \(host.value)=FILE.",
                    at: host.range))
        }
        return chosen
    }

    /// Applies an endpoint block to the chosen members; returns those it changed.
    private mutating func apply(_ endpoint: EndpointOverride, of overlay: SpecOverlay, to chosen: [Int]) -> [Int] {
        var missing: [Int] = []
        var changed: [Int] = []
        for position in chosen {
            let source = members[position].name
            switch targets[position].apply(endpoint, overlay: overlay.name) {
            case .applied: changed.append(position)
            case .missing: missing.append(position)
            case .alreadyPresent(let reference):
                diagnostics.append(
                    .error(
                        "Endpoint already in the base spec",
                        detail: "\(source) has \(reference); remove add = true to change it instead of adding it.",
                        at: endpoint.labelRange))
            case .noPermissionsToRetype(let reference):
                diagnostics.append(
                    .error(
                        "No permissions to change the type of",
                        detail: "\(reference) checks no permissions in \(source); list them with permissions = [...].",
                        at: endpoint.labelRange))
            }
        }
        guard !missing.isEmpty, missing.count == chosen.count else { return changed }
        let members = members
        let suggestions = missing.lazy.map {
            members[$0].index.suggestions(method: endpoint.method, target: endpoint.path)
        }.first { !$0.isEmpty }
        let hint =
            suggestions.map { " Did you mean \($0.prefix(3).map(\.reference).joined(separator: ", or "))?" } ?? ""
        diagnostics.append(
            .error(
                "Unknown endpoint in the base spec",
                detail: "\(endpoint.reference) is not in \(names(of: missing)).\(hint)"
                    + " To add an endpoint the spec lacks, set add = true.",
                at: endpoint.labelRange))
        return changed
    }

    private func names(of positions: [Int]) -> String {
        positions.map { members[$0].name }.joined(separator: ", ")
    }
}
