import Core
import Genesys
import Graph
import Syntax
import Terraform

/// Turns the scope decision of a client into edits of the literal `scopes` list where it is
/// written — the client block, or the module argument, `.tfvars` value or local it comes from —
/// (for a client-credentials client, whose scopes only a gateway checks, unknown names and the
/// scopes a gateway requires); what cannot be edited there (a list built by an expression, an
/// element that is not a plain string, JSON syntax) is reported instead.
enum ScopeListFix {
    static func plan(_ entry: GraphClient, grantType: GrantType, graph: RequirementGraph, into fix: inout BlockFix) {
        guard let attribute = entry.client.scopes else {
            let decision = ScopeListDecision.decide(
                entry, written: [], unknownValues: false, grantType: grantType, graph: graph)
            if !decision.additions.isEmpty {
                let scopes = HCLQuoting.list(decision.additions.map(\.scope))
                fix.skip(
                    ScopeListDecision.missingScope, at: entry.client.instance.labelRange,
                    "the client has no scopes argument: add scopes = \(scopes)")
            }
            return
        }
        let origin = entry.client.scopesOrigin ?? ValueOrigin(expression: attribute.expression)
        let (written, isLiteralList) = WrittenScope.read(attribute, origin: origin)
        let unknownValues = !ScopeItem.items(of: attribute, origin: origin).unknown.isEmpty
        let decision = ScopeListDecision.decide(
            entry, written: written, unknownValues: unknownValues, grantType: grantType, graph: graph)
        for skip in decision.skips { fix.skip(skip.rule, at: skip.range, skip.reason) }
        guard !decision.actions.isEmpty || !decision.additions.isEmpty else { return }
        if let reason = uneditableReason(origin, isLiteralList: isLiteralList, fix: fix) {
            for action in decision.actions {
                fix.skip(action.rule, at: action.scope.range, "\(action.message): \(reason)")
            }
            for addition in decision.additions {
                fix.skip(ScopeListDecision.missingScope, at: origin.range, "\(addition.message): \(reason)")
            }
            return
        }
        var changes = Array(repeating: ElementChange.keep, count: elementCount(origin.expression))
        var applied: [ScopeListDecision.Action] = []
        for action in decision.actions {
            guard let element = action.scope.element, action.scope.isPlainString, element < changes.count else {
                fix.skip(
                    action.rule, at: action.scope.range,
                    "\(action.message): the element is not a plain quoted string")
                continue
            }
            changes[element] = action.replacement.map(ElementChange.replace) ?? .remove
            applied.append(action)
        }
        guard let bytes = fix.bytes(of: origin.range.file),
            let editor = ListEditor(file: origin.range.file, bytes: bytes, tuple: origin.expression),
            applied.allSatisfy({ hasQuotedText($0.scope.range, in: editor.layout) })
        else {
            fix.skip(ScopeListDecision.missingScope, at: origin.range, BlockFix.changedSinceRead)
            return
        }
        guard let edits = editor.edits(changes, adding: decision.additions.map(\.scope)) else {
            for action in applied {
                fix.skip(action.rule, at: action.scope.range, "\(action.message) would leave no scopes: edit by hand")
            }
            return
        }
        fix.edits += edits
        for action in applied {
            fix.changes.append(
                FixChange(
                    rule: action.rule, address: fix.address, range: action.scope.range,
                    message: action.message + origin.viaText))
        }
        for addition in decision.additions {
            fix.changes.append(
                FixChange(
                    rule: ScopeListDecision.missingScope, address: fix.address, range: origin.range,
                    message: addition.message + origin.viaText))
        }
    }

    /// Why the list cannot be edited where it is written, if it cannot.
    private static func uneditableReason(_ origin: ValueOrigin, isLiteralList: Bool, fix: BlockFix) -> String? {
        let range = origin.range
        if let reason = fix.uneditableReason(of: range.file) { return reason }
        guard isLiteralList else {
            let written = fix.layout(of: range.file)?.text(range.start.byte, range.end.byte) ?? ""
            let source = written.isEmpty || written.count > 60 || written.contains("\n") ? "an expression" : written
            return "scopes comes from \(source), not a literal list: change it where it is defined"
        }
        return nil
    }

    private static func elementCount(_ expression: Expression) -> Int {
        if case .tuple(let elements) = expression.kind { return elements.count }
        return 0
    }

    /// Whether the bytes at `range` are a quoted string (the element that was parsed there).
    private static func hasQuotedText(_ range: SourceRange, in layout: SourceLayout) -> Bool {
        guard let text = layout.text(range.start.byte, range.end.byte) else { return false }
        return text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"")
    }
}
