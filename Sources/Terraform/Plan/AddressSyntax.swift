/// One step of a Terraform address or reference: a name (`module`, `genesyscloud_auth_role`,
/// `id`) or an instance key (`[0]`, `["k"]`).
enum AddressStep: Equatable, Sendable {
    case name(String)
    case key(InstanceKey)
}

/// Reads the address syntax Terraform writes in plan JSON: names joined by `.`, instance keys in
/// brackets as whole numbers or quoted strings with `\"` and `\\` escapes. Anything else (splats,
/// expressions in brackets) is not an address: the reader returns nil.
enum AddressSyntax {
    static func steps(_ text: String) -> [AddressStep]? {
        let scalars = Array(text.unicodeScalars)
        var steps: [AddressStep] = []
        var index = 0
        var expectsName = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "[" {
                guard let (key, next) = key(scalars, from: index + 1) else { return nil }
                steps.append(.key(key))
                index = next
                expectsName = false
            } else if scalar == "." {
                guard !expectsName else { return nil }
                expectsName = true
                index += 1
            } else {
                guard expectsName else { return nil }
                var name = ""
                while index < scalars.count, isNameScalar(scalars[index]) {
                    name.unicodeScalars.append(scalars[index])
                    index += 1
                }
                guard !name.isEmpty else { return nil }
                steps.append(.name(name))
                expectsName = false
            }
        }
        return expectsName ? nil : steps
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "-" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// The key starting after `[`, and the index after the closing `]`.
    private static func key(_ scalars: [Unicode.Scalar], from start: Int) -> (InstanceKey, Int)? {
        var index = start
        guard index < scalars.count else { return nil }
        if scalars[index] == "\"" {
            index += 1
            var text = ""
            while index < scalars.count, scalars[index] != "\"" {
                if scalars[index] == "\\" {
                    index += 1
                    guard index < scalars.count else { return nil }
                }
                text.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard index + 1 < scalars.count, scalars[index + 1] == "]" else { return nil }
            return (.string(text), index + 2)
        }
        var digits = ""
        while index < scalars.count, ("0"..."9").contains(scalars[index]) {
            digits.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == "]", let number = Int(digits) else { return nil }
        return (.int(number), index + 1)
    }
}

/// One module call of a module instance path: `module.roles["eu"]`.
struct ModuleCallStep: Hashable, Sendable {
    var name: String
    var key: InstanceKey
}

/// The module instance a resource instance belongs to: the calls from the root, each with its
/// instance key. Empty for the root module.
struct ModuleInstancePath: Hashable, Sendable {
    var calls: [ModuleCallStep]

    init(calls: [ModuleCallStep]) {
        self.calls = calls
    }

    static let root = ModuleInstancePath(calls: [])

    /// `module.a["x"].module.b`; empty for the root.
    var address: String {
        calls.map { "module.\($0.name)\($0.key.description)" }.joined(separator: ".")
    }

    /// The address with a trailing `.`, to prefix module-relative addresses; empty for the root.
    var prefix: String { calls.isEmpty ? "" : address + "." }

    /// The call names from the root, as `TerraformModule.path` has them.
    var names: [String] { calls.map(\.name) }

    /// The module instance that called this one; nil for the root.
    var parent: ModuleInstancePath? {
        calls.isEmpty ? nil : ModuleInstancePath(calls: Array(calls.dropLast()))
    }

    /// Parses a module instance address (`module.a["x"].module.b`; empty for the root).
    init?(parsing text: String) {
        guard !text.isEmpty else {
            self = .root
            return
        }
        guard let all = AddressSyntax.steps(text) else { return nil }
        var steps = all[...]
        guard let path = Self.consume(&steps), steps.isEmpty else { return nil }
        self = path
    }

    /// Reads leading `module.NAME[KEY]` steps; nil when a `module` step has no name after it.
    static func consume(_ steps: inout ArraySlice<AddressStep>) -> ModuleInstancePath? {
        var path = ModuleInstancePath.root
        while case .name("module")? = steps.first {
            guard case .name(let call)? = steps.dropFirst().first else { return nil }
            steps = steps.dropFirst(2)
            var key = InstanceKey.none
            if case .key(let instance)? = steps.first {
                key = instance
                steps = steps.dropFirst()
            }
            path = path.child(call, key: key)
        }
        return path
    }

    /// The child module instance `name[key]`.
    func child(_ name: String, key: InstanceKey) -> ModuleInstancePath {
        ModuleInstancePath(calls: calls + [ModuleCallStep(name: name, key: key)])
    }
}

/// An absolute resource instance address as plan JSON writes it:
/// `module.a["x"].data.genesyscloud_auth_role.admin[0]`.
struct PlanResourceAddress: Hashable, Sendable {
    var module: ModuleInstancePath
    var mode: ResourceMode
    var type: String
    var name: String
    var key: InstanceKey

    init(module: ModuleInstancePath, mode: ResourceMode, type: String, name: String, key: InstanceKey) {
        self.module = module
        self.mode = mode
        self.type = type
        self.name = name
        self.key = key
    }

    /// Parses an absolute address; nil when it is not one.
    init?(parsing text: String) {
        guard let all = AddressSyntax.steps(text) else { return nil }
        var steps = all[...]
        guard let module = ModuleInstancePath.consume(&steps) else { return nil }
        var mode = ResourceMode.managed
        if case .name("data")? = steps.first {
            mode = .data
            steps = steps.dropFirst()
        }
        guard case .name(let type)? = steps.first, case .name(let name)? = steps.dropFirst().first else { return nil }
        steps = steps.dropFirst(2)
        var key = InstanceKey.none
        if case .key(let instance)? = steps.first {
            key = instance
            steps = steps.dropFirst()
        }
        guard steps.isEmpty else { return nil }
        self.init(module: module, mode: mode, type: type, name: name, key: key)
    }

    /// `type.name` or `data.type.name`, as the module's configuration writes it.
    var localAddress: String { mode == .data ? "data.\(type).\(name)" : "\(type).\(name)" }

    /// The address without this instance's key.
    var resourceAddress: String { module.prefix + localAddress }

    /// The full address.
    var address: String { resourceAddress + key.description }
}
