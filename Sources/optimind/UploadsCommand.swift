import ArgumentParser
import Foundation
import OptiMindCore
import Pipeline
import Store

extension UploadStatus: ExpressibleByArgument {}

struct UploadsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "uploads", abstract: "Lists uploads, newest first.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Only this status: PENDING, PROCESSING, COMPLETED, FAILED, DELETED.")
    var status: UploadStatus?

    @Option(name: .long, help: "Only this project (inbox folder).")
    var project: String?

    @Option(name: .long, help: "Only uploads created at or after this date (YYYY-MM-DD).")
    var since: String?

    @Option(name: .long, help: "At most this many rows.")
    var limit = 50

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    private struct Row: Encodable {
        var id, path, status, mimeType, project: String
        var kind, contractType, analysis, analysisStatus, error: String?
        var size: Int64
        var createdAt: Int64
    }

    func run() throws {
        try guarded {
            let configuration = try store.configuration()
            let database = try SQLiteUploadStore(path: configuration.database)
            var sinceMillis: Int64?
            if let since {
                let formatter = ISO8601DateFormatter()
                formatter.formatOptions = [.withFullDate]
                guard let date = formatter.date(from: since) else {
                    throw ConfigurationError(file: nil, reason: "--since: not a date (YYYY-MM-DD): \(since)", exitStatus: .usage)
                }
                sinceMillis = EpochMillis.from(date)
            }
            let uploads = try database.uploads(UploadQuery(status: status, project: project, since: sinceMillis, limit: limit))
            if json {
                for upload in uploads {
                    try printJSON(
                        Row(
                            id: upload.id, path: upload.path, status: upload.status.rawValue, mimeType: upload.mimeType,
                            project: upload.metadata.project ?? "", kind: upload.metadata.kind?.rawValue,
                            contractType: upload.metadata.contractType?.rawValue, analysis: upload.metadata.analysis,
                            analysisStatus: upload.metadata.analysisStatus, error: upload.metadata.error, size: upload.size,
                            createdAt: upload.createdAt))
                }
                return
            }
            let rows = uploads.map { upload in
                [
                    upload.id, upload.status.rawValue, upload.metadata.project ?? "-",
                    [upload.metadata.kind?.rawValue, upload.metadata.contractType?.rawValue].compactMap { $0 }.joined(separator: " "),
                    upload.metadata.error ?? upload.metadata.analysisStatus ?? "", upload.path,
                ]
            }
            print(table(["ID", "STATUS", "PROJECT", "KIND", "ANALYSIS / ERROR", "PATH"], rows))
        }
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Shows everything known about one upload and its analysis.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "Upload id.")
    var id: String

    func run() throws {
        try guarded {
            let configuration = try store.configuration()
            let database = try SQLiteUploadStore(path: configuration.database)
            guard let upload = try database.upload(id: id) else {
                throw StoreError(file: configuration.database, reason: "no upload with id \(id)", exitStatus: .noInput)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print("upload \(upload.id)")
            print("  path:      \(upload.path)")
            print("  status:    \(upload.status.rawValue)")
            print("  mimeType:  \(upload.mimeType)")
            print("  size:      \(upload.size) bytes")
            print("  created:   \(ISO8601DateFormatter().string(from: EpochMillis.date(upload.createdAt)))")
            if let processed = upload.processedAt { print("  processed: \(ISO8601DateFormatter().string(from: EpochMillis.date(processed)))") }
            print("  metadata:  " + String(decoding: try encoder.encode(upload.metadata), as: UTF8.self).replacingOccurrences(of: "\n", with: "\n  "))
            if let analysisId = upload.metadata.analysisId, let analysis = upload.metadata.analysis {
                print("\(analysis) analysis \(analysisId)")
                for (column, value) in try database.analysisColumns(id: analysisId, analysis: analysis) where column != "extractedText" {
                    print("  \(column): \(value.count > 2_000 ? String(value.prefix(2_000)) + "…" : value)")
                }
            }
        }
    }
}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Shows the daemon (watching how, and why), its queue, uploads by status and failures by reason.")

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Print one JSON object.")
    var json = false

    private struct Output: Encodable {
        var database: String
        var inbox: String
        var uploads: [String: Int]
        var failuresByReason: [[String: String]]
        var daemon: WatchState?
        var daemonRunning: Bool
    }

    func run() throws {
        try guarded {
            let configuration = try store.configuration()
            let database = try SQLiteUploadStore(path: configuration.database)
            let counts = try database.statusCounts()
            let reasons = try database.failureReasons()
            if json {
                let watch = WatchState.read(forDatabase: configuration.database)
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                let output = Output(
                    database: configuration.database, inbox: configuration.inbox,
                    uploads: Dictionary(uniqueKeysWithValues: UploadStatus.allCases.map { ($0.rawValue, counts[$0] ?? 0) }),
                    failuresByReason: reasons.map { ["reason": $0.reason, "count": String($0.count)] }, daemon: watch,
                    daemonRunning: watch?.isRunning ?? false)
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
                return
            }
            print("database: \(configuration.database)")
            print("inbox:    \(configuration.inbox)")
            if let watch = WatchState.read(forDatabase: configuration.database) {
                let formatter = ISO8601DateFormatter()
                if watch.isRunning {
                    print("daemon:   running (pid \(watch.pid)) since \(formatter.string(from: watch.startedAt)), \(watch.workers) workers")
                } else {
                    print("daemon:   not running (last seen \(formatter.string(from: watch.stoppedAt ?? watch.updatedAt)))")
                }
                let limit = watch.watchLimit.map { " of \($0) allowed" } ?? ""
                print("watching: \(watch.inbox) by \(watch.mode) (\(watch.modeReason)); \(watch.watches) inotify watches\(limit)")
                print("queue:    \(watch.queueDepth) waiting, \(watch.inFlight) in progress")
                if let scan = watch.lastScanAt {
                    print("scan:     last reconcile \(formatter.string(from: scan)) (\(watch.lastScanReason ?? "-"), \(watch.lastScanFiles ?? 0) files)")
                }
                if let p50 = watch.latencyP50Ms, let p99 = watch.latencyP99Ms {
                    print(String(format: "latency:  drop to report p50 %.0f ms, p99 %.0f ms (recent documents)", p50, p99))
                }
                print("session:  \(watch.completed) processed, \(watch.failed) failed, \(watch.skipped) skipped")
            } else {
                print("daemon:   never started with this database")
            }
            print(table(["STATUS", "UPLOADS"], UploadStatus.allCases.map { [$0.rawValue, String(counts[$0] ?? 0)] }))
            if !reasons.isEmpty {
                print("\nfailures by reason:")
                for (reason, count) in reasons { print(String(format: "  %5d  ", count) + reason) }
            }
            let failures = try database.uploads(UploadQuery(status: .failed, limit: 10))
            if !failures.isEmpty {
                print("\nrecent failures (optimind retry ID once fixed):")
                for upload in failures { print("  \(upload.id)  \(upload.path): \(upload.metadata.error ?? "unknown")") }
            }
        }
    }
}

struct PrintConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "print-config", abstract: "Prints the configuration in effect.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        try guarded { print(try store.configuration().yaml, terminator: "") }
    }
}
