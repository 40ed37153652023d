import OptiMindCore
import CMagic
import Foundation

/// Asks libmagic for a file's MIME type. One instance per thread: a `magic_t` is not thread-safe.
public final class MagicSniffer {
    private let cookie: magic_t

    public init() throws {
        guard let cookie = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR) else {
            throw ExtractionError(file: "libmagic", reason: "cannot initialise libmagic", exitStatus: .unavailable)
        }
        guard magic_load(cookie, nil) == 0 else {
            let reason = magic_error(cookie).map { String(cString: $0) } ?? "unknown error"
            magic_close(cookie)
            throw ExtractionError(file: "libmagic", reason: "cannot load the magic database: \(reason)", exitStatus: .unavailable)
        }
        self.cookie = cookie
    }

    deinit { magic_close(cookie) }

    /// The raw libmagic answer for a file, e.g. "application/pdf".
    public func mimeType(ofFile path: String) throws -> String {
        guard let answer = magic_file(cookie, path) else {
            let reason = magic_error(cookie).map { String(cString: $0) } ?? "unknown error"
            throw ExtractionError.unreadable(path, reason)
        }
        return String(cString: answer)
    }

    /// The libmagic version, e.g. "5.44".
    public static var version: String {
        let number = magic_version()
        return "\(number / 100).\(number % 100)"
    }
}
