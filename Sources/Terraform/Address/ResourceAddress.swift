/// One module call of a module instance path: `module.roles["eu"]`.
public struct ModuleCallStep: Hashable, Sendable {
    public var name: String
    public var key: InstanceKey

    public init(name: String, key: InstanceKey) {
        self.name = name
        self.key = key
    }
}

/// The module instance a resource instance belongs to: the calls from the root, each with its
/// instance key. Empty for the root module.
public struct ModuleInstancePath: Hashable, Sendable {
    public var calls: [ModuleCallStep]

    public init(calls: [ModuleCallStep]) {
        self.calls = calls
    }

    public static let root = ModuleInstancePath(calls: [])

    /// `module.a["x"].module.b`; empty for the root.
    public var address: String {
        calls.map { "module.\($0.name)\($0.key.description)" }.joined(separator: ".")
    }

    /// The address with a trailing `.`, to prefix module-relative addresses; empty for the root.
    public var prefix: String { calls.isEmpty ? "" : address + "." }

    /// The call names from the root, as `TerraformModule.path` has them.
    public var names: [String] { calls.map(\.name) }

    /// The module instance that called this one; nil for the root.
    public var parent: ModuleInstancePath? {
        calls.isEmpty ? nil : ModuleInstancePath(calls: Array(calls.dropLast()))
    }

    /// The child module instance `name[key]`.
    public func child(_ name: String, key: InstanceKey) -> ModuleInstancePath {
        ModuleInstancePath(calls: calls + [ModuleCallStep(name: name, key: key)])
    }

    /// Parses a module instance address (`module.a["x"].module.b`; empty for the root); nil when
    /// it is not one.
    public init?(parsing text: String) {
        guard !text.isEmpty else {
            self = .root
            return
        }
        guard case .success(let all) = AddressSyntax.steps(text) else { return nil }
        var steps = all[...]
        guard case .success(let path) = Self.consume(&steps), steps.isEmpty else { return nil }
        self = path
    }

    /// Reads the leading `module.NAME[KEY]` steps.
    static func consume(_ steps: inout ArraySlice<AddressStep>) -> Result<ModuleInstancePath, AddressSyntaxError> {
        var path = ModuleInstancePath.root
        while case .name("module")? = steps.first {
            guard case .name(let call)? = steps.dropFirst().first else {
                return .failure(ResourceAddress.expectedDot(after: path.prefix + "module", next: steps.dropFirst()))
            }
            steps = steps.dropFirst(2)
            var key = InstanceKey.none
            if case .key(let instance)? = steps.first {
                key = instance
                steps = steps.dropFirst()
            }
            path = path.child(call, key: key)
        }
        return .success(path)
    }
}

/// The absolute address of a resource or data source instance, as Terraform writes it in plans
/// and people write it in policies and on the command line:
/// `[module.NAME[KEY].]...[data.]TYPE.NAME[KEY]` (`module.a["x"].data.genesyscloud_auth_role.admin[0]`).
public struct ResourceAddress: Hashable, Sendable, CustomStringConvertible {
    public var module: ModuleInstancePath
    public var mode: ResourceMode
    public var type: String
    public var name: String
    public var key: InstanceKey

    public init(module: ModuleInstancePath, mode: ResourceMode, type: String, name: String, key: InstanceKey) {
        self.module = module
        self.mode = mode
        self.type = type
        self.name = name
        self.key = key
    }

    /// Parses an absolute address; the error says what is wrong.
    public static func parse(_ text: String) -> Result<ResourceAddress, AddressSyntaxError> {
        switch AddressSyntax.steps(text) {
        case .failure(let error): return .failure(error)
        case .success(let all):
            var steps = all[...]
            let module: ModuleInstancePath
            switch ModuleInstancePath.consume(&steps) {
            case .success(let path): module = path
            case .failure(let error): return .failure(error)
            }
            guard !steps.isEmpty else { return .failure(expectedDot(after: module.address, next: steps)) }
            var mode = ResourceMode.managed
            if case .name("data")? = steps.first {
                mode = .data
                steps = steps.dropFirst()
                guard !steps.isEmpty else { return .failure(expectedDot(after: module.prefix + "data", next: steps)) }
            }
            guard case .name(let type)? = steps.first else {
                return .failure(AddressSyntaxError(message: "expected a name, found \(describe(steps))"))
            }
            steps = steps.dropFirst()
            guard case .name(let name)? = steps.first else { return .failure(expectedDot(after: type, next: steps)) }
            steps = steps.dropFirst()
            var key = InstanceKey.none
            if case .key(let instance)? = steps.first {
                key = instance
                steps = steps.dropFirst()
            }
            let address = ResourceAddress(module: module, mode: mode, type: type, name: name, key: key)
            guard steps.isEmpty else {
                let rest = AddressSyntax.text(steps)
                let shown: String
                if case .name? = steps.first { shown = "." + rest } else { shown = rest }
                return .failure(
                    AddressSyntaxError(message: "unexpected \"\(shown)\" after \"\(address.localAddress)\(key)\""))
            }
            return .success(address)
        }
    }

    /// `type.name` or `data.type.name`, as the module's configuration writes it.
    public var localAddress: String { mode == .data ? "data.\(type).\(name)" : "\(type).\(name)" }

    /// The address without this instance's key.
    public var resourceAddress: String { module.prefix + localAddress }

    /// The full address in canonical form: the text Terraform prints.
    public var address: String { resourceAddress + key.description }

    public var description: String { address }

    /// The error for a `.` missing after `text`, before `next`.
    static func expectedDot(after text: String, next: ArraySlice<AddressStep>) -> AddressSyntaxError {
        AddressSyntaxError(message: "expected \".\" after \"\(text)\", found \(describe(next))")
    }

    /// What the next step starts with, for messages: `"["` or `the end`.
    private static func describe(_ steps: ArraySlice<AddressStep>) -> String {
        switch steps.first {
        case nil: "the end"
        case .key?: "\"[\""
        case .name?: "\".\""
        }
    }
}
