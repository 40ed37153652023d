import OptiMindCore

/// Why a document's text could not be extracted. Each case names the file and a reason a person can act on.
public struct ExtractionError: DiagnosableError, Equatable {
    public let file: String?
    public let reason: String
    public let exitStatus: SysExit

    public init(file: String, reason: String, exitStatus: SysExit = .dataError) {
        self.file = file
        self.reason = reason
        self.exitStatus = exitStatus
    }

    static func empty(_ file: String) -> Self { .init(file: file, reason: "empty file") }
    static func unreadable(_ file: String, _ why: String) -> Self { .init(file: file, reason: "cannot read: \(why)", exitStatus: .noInput) }
    static func unsupported(_ file: String, _ mime: String) -> Self {
        .init(file: file, reason: "unsupported format (\(mime)): save as DOCX or PDF")
    }
    static func tooLarge(_ file: String, _ what: String) -> Self { .init(file: file, reason: "too large: \(what)") }
}
