import Foundation

/// A value built on first use, at most once, from any thread. Copies of a struct holding one
/// share the value, so a lookup table nobody asks for is never built.
public final class LazyValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private var make: (@Sendable () -> Value)?

    public init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, built now if this is the first use.
    public var wrappedValue: Value {
        lock.withLock {
            if let value { return value }
            let built = make!()
            value = built
            make = nil
            return built
        }
    }
}
