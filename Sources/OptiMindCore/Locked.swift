import Foundation

/// A value behind a lock, for values kept in a `static let`.
///
/// `Synchronization.Mutex` held in a `static let` did not exclude under `-O` with Swift 6.3.1 on this
/// platform: while the three rule files loaded side by side, two threads registered anchor words in
/// `AnchorAutomaton`'s registry at once, corrupting it, and about one `optimind analyze` run in three
/// crashed when it freed the rules (with an NSLock, none in 20 runs; swiftlang/swift#90057 reports the
/// same optimizer miscompile of a `static let` Mutex). A class instance holding an `NSLock` does not
/// depend on how a global's storage is addressed. Mutexes stored in instances are kept.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
