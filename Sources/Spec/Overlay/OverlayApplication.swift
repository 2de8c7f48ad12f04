import Core

/// Applies overlays to the specs of a spec set, in order, and reports what cannot be applied.
struct OverlayApplication {
    /// The host each spec is bound to.
    private let boundHosts: [String?]
    /// Each spec as changed so far.
    private var targets: [OverlayTarget]
    private(set) var diagnostics: [Diagnostic] = []

    init(specs: [APISpec], boundHosts: [String?]) {
        self.boundHosts = boundHosts
        targets = specs.map(OverlayTarget.init)
    }

    /// The specs with the overlays applied (those no overlay changed as they were).
    func specs() -> [APISpec] {
        targets.map { $0.changed ? $0.spec() : $0.base }
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
        guard let host = overlay.host else { return Array(targets.indices) }
        let chosen = targets.indices.filter {
            SpecSetMember.covers(host: host.value, spec: targets[$0].base, boundHost: boundHosts[$0])
        }
        if chosen.isEmpty {
            let hosts = targets.indices.flatMap { SpecSetMember.hosts(of: targets[$0].base, boundHost: boundHosts[$0]) }
            let known = Set(hosts.map(HostName.key)).sorted()
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
            let source = name(of: position)
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
        var suggestions: [APIOperation]?
        for position in missing where suggestions == nil {
            let closest = targets[position].suggestions(for: endpoint)
            if !closest.isEmpty { suggestions = closest }
        }
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

    private func name(of position: Int) -> String {
        SpecSetMember.name(of: targets[position].base, boundHost: boundHosts[position])
    }

    private func names(of positions: [Int]) -> String {
        positions.map(name(of:)).joined(separator: ", ")
    }
}
