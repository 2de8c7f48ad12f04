import Syntax

/// Why a value does not fit a type constraint.
public struct TypeConversionError: Error, Hashable, Sendable {
    /// E.g. `attribute "roles": element 0: string required`.
    public var message: String

    public init(_ message: String) { self.message = message }

    func inside(_ location: String) -> TypeConversionError { TypeConversionError("\(location): \(message)") }
}

extension TypeConstraint {
    /// Converts `value` to this type the way Terraform converts variable values: numbers and
    /// bools become strings and back, tuples become lists or sets (sets sorted and distinct),
    /// objects keep only the declared attributes and gain defaults of optional ones. Null fits
    /// every type; unknown values (or parts) stay unknown.
    public func convert(_ value: Value) -> Result<Value, TypeConversionError> {
        if case .unknown = value { return .success(value) }
        if case .null = value { return .success(.null) }
        switch self {
        case .any: return .success(value)
        case .string:
            guard let text = value.stringValue else { return .failure(required("string", value)) }
            return .success(.string(text))
        case .number:
            if case .number = value { return .success(value) }
            if case .string(let text) = value, let number = Value.parseNumber(text) { return .success(.number(number)) }
            return .failure(required("number", value))
        case .bool:
            switch value {
            case .bool: return .success(value)
            case .string("true"): return .success(.bool(true))
            case .string("false"): return .success(.bool(false))
            default: return .failure(required("bool", value))
            }
        case .list(let element):
            guard let items = value.listValue else { return .failure(required("list of \(element)", value)) }
            return convertElements(items, to: element).map(Value.list)
        case .set(let element):
            guard let items = value.listValue else { return .failure(required("set of \(element)", value)) }
            return convertElements(items, to: element).map { .list(Value.setElements($0)) }
        case .map(let element):
            guard let fields = value.objectValue else { return .failure(required("map of \(element)", value)) }
            var result: [String: Value] = [:]
            for key in fields.keys.sorted() {
                switch element.convert(fields[key] ?? .null) {
                case .success(let converted): result[key] = converted
                case .failure(let error): return .failure(error.inside("element \"\(key)\""))
                }
            }
            return .success(.object(result))
        case .tuple(let elements):
            guard let items = value.listValue else { return .failure(required("tuple", value)) }
            guard items.count == elements.count else {
                return .failure(TypeConversionError("tuple of \(elements.count) elements required, got \(items.count)"))
            }
            var result: [Value] = []
            for (index, (item, type)) in zip(items, elements).enumerated() {
                switch type.convert(item) {
                case .success(let converted): result.append(converted)
                case .failure(let error): return .failure(error.inside("element \(index)"))
                }
            }
            return .success(.list(result))
        case .object(let attributes):
            return convertObject(value, attributes)
        }
    }

    private func convertElements(_ items: [Value], to element: TypeConstraint) -> Result<[Value], TypeConversionError> {
        var result: [Value] = []
        for (index, item) in items.enumerated() {
            switch element.convert(item) {
            case .success(let converted): result.append(converted)
            case .failure(let error): return .failure(error.inside("element \(index)"))
            }
        }
        return .success(result)
    }

    private func convertObject(_ value: Value, _ attributes: [ObjectAttributeType]) -> Result<
        Value, TypeConversionError
    > {
        guard let fields = value.objectValue else { return .failure(required("object", value)) }
        var result: [String: Value] = [:]
        for attribute in attributes {
            let given = fields[attribute.name]
            if given == nil || given == .null {
                if attribute.optional {
                    result[attribute.name] = attribute.defaultValue ?? .null
                    continue
                }
                if given == nil { return .failure(TypeConversionError("attribute \"\(attribute.name)\" is required")) }
            }
            switch attribute.type.convert(given ?? .null) {
            case .success(let converted): result[attribute.name] = converted
            case .failure(let error): return .failure(error.inside("attribute \"\(attribute.name)\""))
            }
        }
        return .success(.object(result))
    }

    private func required(_ what: String, _ value: Value) -> TypeConversionError {
        TypeConversionError("\(what) required, got \(value.typeName)")
    }
}
