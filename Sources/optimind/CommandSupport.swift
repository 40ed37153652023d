import ArgumentParser
import Foundation
import Logging
import OptiMindCore
import Pipeline
import Store

/// Options shared by the commands that use the configuration and the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: $OPTIMIND_CONFIG, else Config/optimind.yaml if present).")
    var config: String?

    @Option(name: .long, help: "SQLite database file (overrides the configuration).")
    var db: String?

    func configuration() throws -> OptiMindConfiguration {
        var configuration = try OptiMindConfiguration.load(explicit: config)
        if let db { configuration.database = db }
        configuration.extractorExecutable = selfExecutable
        return configuration
    }
}

/// This binary, which also serves `extract-worker` for isolated extraction.
let selfExecutable: String = {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    return count > 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
}()

/// Prints `optimind: <file>: <reason>` on stderr and exits with the error's sysexits status.
func exitWith(_ error: any Error) -> ExitCode {
    if let error = error as? ExitCode { return error }
    if let diagnosable = error as? any DiagnosableError {
        printError(diagnosable.description)
        return ExitCode(diagnosable.exitStatus.rawValue)
    }
    printError("\(error)")
    return ExitCode(SysExit.software.rawValue)
}

/// Runs `body` for each file; a file that fails is reported on its own line and the others go on.
/// Throws the status of the last failure at the end, so scripts see that something failed.
func eachFile(_ files: [String], _ body: (String) throws -> Void) throws {
    var lastFailure: (any Error)?
    for file in files {
        do {
            try body(file)
        } catch {
            _ = exitWith(error)
            lastFailure = error
        }
    }
    if let lastFailure { throw status(of: lastFailure) }
}

/// The exit status of an error already reported.
func status(of error: any Error) -> ExitCode {
    if let error = error as? ExitCode { return error }
    return ExitCode((error as? any DiagnosableError)?.exitStatus.rawValue ?? SysExit.software.rawValue)
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data("optimind: \(line)\n".utf8))
}

/// Runs a command body, turning any failure into the one-line message and exit status.
func guarded(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CleanExit {
        throw error
    } catch {
        throw exitWith(error)
    }
}

/// How the daemon logs: `text` (swift-log's stream format) or `json` (one object per line), at a
/// level; from the flags, else OPTIMIND_LOG_FORMAT / OPTIMIND_LOG_LEVEL, else text at info.
func makeLogger(format: String? = nil, level: String? = nil) throws -> Logger {
    let environment = ProcessInfo.processInfo.environment
    let formatName = format ?? environment["OPTIMIND_LOG_FORMAT"] ?? "text"
    let levelName = level ?? environment["OPTIMIND_LOG_LEVEL"] ?? "info"
    guard let logLevel = Logger.Level(rawValue: levelName) else {
        throw ConfigurationError(file: nil, reason: "log level: \(levelName) is not one of trace, debug, info, notice, warning, error, critical", exitStatus: .usage)
    }
    var logger: Logger
    switch formatName {
    case "text": logger = Logger(label: "optimind") { StreamLogHandler.standardError(label: $0) }
    case "json": logger = Logger(label: "optimind") { JSONLogHandler(label: $0) }
    default: throw ConfigurationError(file: nil, reason: "log format: \(formatName) is not text or json", exitStatus: .usage)
    }
    logger.logLevel = logLevel
    return logger
}

/// Writes each log record as one JSON object on stderr: time, level, message, and the metadata
/// (`upload.id`, `path`, ...) as top-level keys, for log shippers.
struct JSONLogHandler: LogHandler {
    let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    private static let lock = NSLock()

    init(label: String) { self.label = label }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var object: [String: String] = [
            "time": ISO8601DateFormatter().string(from: Date()), "level": event.level.rawValue, "message": "\(event.message)",
            "logger": label,
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) { object[key] = "\(value)" }
        guard var line = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        line.append(0x0A)
        Self.lock.withLock { FileHandle.standardError.write(line) }
    }
}

/// Whether stdout is a terminal (progress lines are drawn only there).
var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

func printJSON(_ value: some Encodable, pretty: Bool = false) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    FileHandle.standardOutput.write(try encoder.encode(value))
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// Left-aligned text table for summaries.
func table(_ header: [String], _ rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    func line(_ row: [String]) -> String {
        row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
            .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
    return ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line))
        .joined(separator: "\n")
}
