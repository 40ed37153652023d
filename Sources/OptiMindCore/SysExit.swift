/// Exit statuses of `optimind`, following BSD sysexits(3) so scripts can tell failures apart.
public enum SysExit: Int32, Sendable {
    case ok = 0
    case usage = 64
    case dataError = 65
    case noInput = 66
    case unavailable = 69
    case software = 70
    case cannotCreate = 73
    case ioError = 74
    case temporaryFailure = 75
    case config = 78
}

/// An error a person can act on: which file, what went wrong, and the exit status it maps to.
///
/// Every module's error type conforms, so the command line prints one line
/// `optimind: <file>: <reason>` and exits with the right status whatever stage failed.
public protocol DiagnosableError: Error, CustomStringConvertible {
    /// The file the error is about, when there is one.
    var file: String? { get }
    /// One sentence, lower-case start, no trailing period: "encrypted: password required".
    var reason: String { get }
    var exitStatus: SysExit { get }
}

extension DiagnosableError {
    public var description: String {
        if let file { "\(file): \(reason)" } else { reason }
    }
}
