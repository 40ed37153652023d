import ArgumentParser
import CColorProfiles
import Extraction
import Foundation
import OptiMindCore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Prints the text of one file (PDF, DOCX or plain text).")

    @Flag(name: .long, help: "Print {\"mimeType\",\"pages\",\"text\",\"pageTexts\",\"warnings\",...} as JSON.")
    var json = false

    @Option(name: .long, help: "Password of an encrypted PDF.")
    var password: String?

    @Flag(name: .long, help: ArgumentHelp("Extract in this process instead of a worker process (for debugging).", visibility: .hidden))
    var inProcess = false

    @Argument(help: "The file.")
    var file: String

    private struct Output: Encodable {
        var mimeType: String
        var pages: Int
        var text: String
        var pageTexts: [String]
        var warnings: [String]
        var hasTrackedChanges: Bool
        var comments: [String]
    }

    func run() throws {
        try guarded {
            let limits = ExtractionLimits()
            let extractor: any TextExtracting =
                inProcess ? try DocumentExtractor(limits: limits) : IsolatedExtractor(executable: selfExecutable, limits: limits)
            let document: ExtractedDocument
            if let raw = RawArgument.invalidUTF8Path(matching: file) {
                // A name that is not UTF-8 cannot pass through a Swift String: open it by its bytes
                // and hand the worker this process's descriptor path instead.
                let descriptor = raw.withUnsafeBufferPointer { open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
                guard descriptor >= 0 else {
                    throw ExtractionError(file: file, reason: String(cString: strerror(errno)), exitStatus: .noInput)
                }
                defer { close(descriptor) }
                do {
                    document = try extractor.extract(path: "/proc/\(getpid())/fd/\(descriptor)", password: password, typeName: file)
                } catch let error as ExtractionError {
                    throw ExtractionError(file: file, reason: error.reason, exitStatus: error.exitStatus)
                }
            } else {
                document = try extractor.extract(path: file, password: password)
            }
            if json {
                try printJSON(
                    Output(
                        mimeType: document.mimeType, pages: document.pages, text: document.pageTexts.joined(separator: "\n\n"),
                        pageTexts: document.pageTexts, warnings: document.warnings,
                        hasTrackedChanges: document.hasTrackedChanges, comments: document.comments))
            } else {
                print(document.pageTexts.joined(separator: "\n\u{0C}\n"))
                for warning in document.warnings { printError("\(file): warning: \(warning)") }
            }
        }
    }
}

struct SniffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sniff", abstract: "Prints the MIME type of each file, found from its content.")

    @Argument(help: "Files.")
    var files: [String]

    func run() throws {
        let extractor: DocumentExtractor
        do { extractor = try DocumentExtractor() } catch { throw exitWith(error) }
        try eachFile(files) { file in
            let (format, mime) = try extractor.sniff(path: file)
            if case .unsupported(let reason) = format {
                print("\(file): \(mime) (\(reason))")
            } else {
                print("\(file): \(mime)")
            }
        }
    }
}

/// `optimind extract-worker`: serves extraction requests from a parent optimind on stdin/stdout.
/// Not for people: the pipeline and `extract` start it.
struct ExtractWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-worker", abstract: "Serves extraction requests for a parent optimind process.",
        shouldDisplay: false)

    @Option var memoryMb = ExtractionLimits().maxMemoryMB
    @Option var maxFileMb = Int(ExtractionLimits().maxFileBytes >> 20)
    @Option var maxPages = ExtractionLimits().maxPages
    @Option var maxInflatedMb = ExtractionLimits().maxInflatedBytes >> 20
    /// Opens colour profiles as usual (for measuring what declining them saves).
    @Flag var keepColorProfiles = false

    func run() throws {
        var limits = ExtractionLimits()
        limits.maxMemoryMB = memoryMb
        limits.maxFileBytes = Int64(maxFileMb) << 20
        limits.maxPages = maxPages
        limits.maxInflatedBytes = maxInflatedMb << 20
        optimind_decline_color_profiles(keepColorProfiles ? 0 : 1)
        let status = ExtractionWorker.run(limits: limits) { Int(optimind_declined_color_profiles()) }
        if status != 0 { throw ExitCode(status) }
    }
}

/// Command-line arguments as the raw bytes the kernel passed, for file names that are not UTF-8.
enum RawArgument {
    /// The raw bytes (NUL-terminated) of the argument that Swift decoded as `decoded`, when those
    /// bytes are not valid UTF-8.
    static func invalidUTF8Path(matching decoded: String) -> [CChar]? {
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) }
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            if String(decoding: bytes, as: UTF8.self) == decoded { return Array(UnsafeBufferPointer(start: pointer, count: bytes.count + 1)) }
        }
        return nil
    }
}
