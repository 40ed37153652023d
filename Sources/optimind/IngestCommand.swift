import ArgumentParser
import Foundation
import OptiMindCore
import Pipeline
import Reports
import Store
import Synchronization

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Imports files and folders once: records, analyses and reports each document, then prints a summary.",
        discussion: "Exit status 0 when every document was processed, 65 when some failed (see the summary), 66 when a path does not exist.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Project to file the documents under (default: the inbox folder, or the folder named).")
    var project: String?

    @Option(name: .long, help: "Documents processed in parallel (default: the configuration's, else one per core).")
    var workers: Int?

    @Flag(name: .long, help: "List what would be ingested, with its type and project; change nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Print the time spent in each stage (from the pipeline's own metrics) after the summary.")
    var metrics = false

    @Argument(help: "Files and folders.")
    var paths: [String]

    func run() throws {
        try guarded {
            var configuration = try store.configuration()
            if let workers {
                guard workers > 0 else { throw ConfigurationError(file: nil, reason: "--workers must be at least 1", exitStatus: .usage) }
                configuration.workers = workers
            }
            let items = try BatchIngest.collect(
                paths: paths, project: project, inbox: configuration.inbox, ignore: configuration.ignorePatterns)
            if dryRun { return try listOnly(items, configuration: configuration) }

            let rules = try RuleSet(directory: configuration.rulesDirectory, reviewThreshold: configuration.reviewThreshold)
            let database = try SQLiteUploadStore(path: configuration.database)
            let pipeline = try IngestPipeline(configuration: configuration, store: database, rules: rules)
            let progress = ProgressLine(total: items.count, terminal: stdoutIsTerminal)
            let summary = BatchSummary(listsCompleted: items.count <= BatchSummary.fullTableLimit)
            let started = Date()
            try BatchIngest(pipeline: pipeline).run(items, workers: configuration.effectiveWorkers, keepOutcomes: false) { done, outcome in
                summary.add(outcome, index: done)
                progress.update(done: done, outcome: outcome)
            }
            progress.finish()
            let failures = printSummary(summary, seconds: Date().timeIntervalSince(started), pipeline: pipeline)
            writeRollups(items)
            if metrics { printMetrics(pipeline.metrics.snapshot) }
            if failures > 0 {
                printError("\(failures) of \(items.count) documents failed; see the error files next to them, or `optimind uploads --status FAILED`")
                throw ExitCode(SysExit.dataError.rawValue)
            }
        }
    }

    private func listOnly(_ items: [BatchItem], configuration: OptiMindConfiguration) throws {
        let analyzer = try DocumentAnalyzer(rules: try RuleSet(directory: configuration.rulesDirectory), limits: configuration.limits)
        var rows: [[String]] = []
        for item in items {
            let mime = (try? analyzer.sniff(path: item.path).mimeType) ?? "unreadable"
            rows.append([item.project, mime, item.path])
        }
        print(table(["PROJECT", "TYPE", "FILE"], rows))
        print("\(items.count) files would be ingested into \(configuration.database) (dry run: nothing changed)")
    }

    /// Per-stage time, summed over the documents and per document, in milliseconds.
    private func printMetrics(_ snapshot: (timings: StageTimings, documents: Int, failures: Int)) {
        let t = snapshot.timings
        let count = Double(max(1, snapshot.documents))
        print("stage times (ms, summed over \(snapshot.documents) documents; per document):")
        for (name, value) in [("hash", t.hash), ("extract", t.extract), ("classify", t.classify), ("analyse", t.analyse),
                              ("store", t.store), ("report", t.report), ("total", t.total)] {
            print("  " + name.padding(toLength: 9, withPad: " ", startingAt: 0) + String(format: "%10.1f  %8.2f", value, value / count))
        }
    }

    /// The compliance roll-up of each folder named on the command line (or holding a file named
    /// there) that has policies among this batch's documents.
    private func writeRollups(_ items: [BatchItem]) {
        var folders: [String: [String]] = [:]
        var order: [String] = []
        for given in paths {
            let root = URL(fileURLWithPath: given).standardizedFileURL.path
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root, isDirectory: &isFolder)
            let folder = isFolder.boolValue ? root : (root as NSString).deletingLastPathComponent
            if folders[folder] == nil { order.append(folder) }
            folders[folder, default: []] += items.filter { isFolder.boolValue ? $0.path.hasPrefix(root + "/") : $0.path == root }.map(\.path)
        }
        for folder in order {
            do {
                let written = try ComplianceRollup.write(sources: folders[folder] ?? [], to: folder)
                if let html = written.last { print("compliance roll-up: \(html) (and .csv)") }
            } catch {
                printError("\(folder): compliance roll-up not written: \(error)")
            }
        }
    }

    /// Prints the table and the totals; returns the number of failures.
    private func printSummary(_ summary: BatchSummary, seconds: Double, pipeline: IngestPipeline) -> Int {
        let (rows, counts, pages, total) = summary.snapshot
        let listed = rows.sorted { $0.index < $1.index }.map(\.cells)
        if !listed.isEmpty { print(table(["UPLOAD", "KIND", "ANALYSIS / REASON", "FILE"], listed)) }
        if !summary.listsCompleted, counts["completed", default: 0] > 0 {
            print("(\(counts["completed", default: 0]) completed documents not listed: more than \(BatchSummary.fullTableLimit) files; `optimind uploads` lists them)")
        }
        let rate = seconds > 0 ? Double(total) / seconds : 0
        print("")
        print(String(
            format: "%d files in %.2f s (%.1f files/s, %d pages): %d completed, %d failed, %d skipped, %d ignored",
            total, seconds, rate, pages, counts["completed", default: 0], counts["failed", default: 0],
            counts["skipped", default: 0], counts["ignored", default: 0]))
        print("database: \(pipeline.configuration.database)")
        return counts["failed", default: 0]
    }
}

/// What a batch prints at the end, gathered as files finish: counts, pages, and a table row per
/// file (for a large batch, only the files that did not complete, so memory stays flat).
final class BatchSummary: Sendable {
    static let fullTableLimit = 500
    let listsCompleted: Bool
    private let state = Mutex<(rows: [(index: Int, cells: [String])], counts: [String: Int], pages: Int, total: Int)>(([], [:], 0, 0))

    init(listsCompleted: Bool) {
        self.listsCompleted = listsCompleted
    }

    var snapshot: (rows: [(index: Int, cells: [String])], counts: [String: Int], pages: Int, total: Int) {
        state.withLock { $0 }
    }

    func add(_ outcome: IngestOutcome, index: Int) {
        let name = { (path: String) in (path as NSString).lastPathComponent }
        let (count, pages, cells): (String, Int, [String]?) = switch outcome {
        case .completed(let upload, _):
            ("completed", upload.metadata.pages ?? 0, listsCompleted ? [
                "COMPLETED", [upload.metadata.kind?.rawValue, upload.metadata.contractType?.rawValue].compactMap { $0 }.joined(separator: " "),
                upload.metadata.analysisStatus ?? "-", name(upload.path),
            ] : nil)
        case .failed(let upload, let reason): ("failed", 0, ["FAILED", "-", reason, name(upload.path)])
        case .skipped(let upload, let reason): ("skipped", 0, ["SKIPPED", upload.metadata.kind?.rawValue ?? "-", reason, name(upload.path)])
        case .ignored(let path, let reason): ("ignored", 0, ["IGNORED", "-", reason, name(path)])
        case .moved(let upload, let from):
            ("completed", 0, listsCompleted ? ["MOVED", upload.metadata.kind?.rawValue ?? "-", "was \(name(from))", name(upload.path)] : nil)
        case .rejected(let path, let reason): ("failed", 0, ["REJECTED", "-", reason, name(path)])
        }
        if case .rejected(let path, let reason) = outcome { printError("\(path): \(reason)") }
        state.withLock { state in
            state.counts[count, default: 0] += 1
            state.pages += pages
            state.total += 1
            if let cells { state.rows.append((index, cells)) }
        }
    }
}

/// Progress of a batch: a redrawn line on a terminal (done/total, rate, ETA, current file), nothing otherwise.
final class ProgressLine: Sendable {
    private let total: Int
    private let terminal: Bool
    private let started = Date()
    private let lastDraw = Mutex<Double>(0)

    init(total: Int, terminal: Bool) {
        self.total = total
        self.terminal = terminal
    }

    func update(done: Int, outcome: IngestOutcome) {
        guard terminal else {
            // Not a terminal (a log, a pipe): one plain line per file.
            let (state, path): (String, String) = switch outcome {
            case .completed(let upload, _): ("COMPLETED", upload.path)
            case .moved(let upload, _): ("MOVED", upload.path)
            case .failed(let upload, _): ("FAILED", upload.path)
            case .skipped(let upload, _): ("SKIPPED", upload.path)
            case .ignored(let path, _): ("IGNORED", path)
            case .rejected(let path, _): ("REJECTED", path)
            }
            lastDraw.withLock { _ in print("[\(done)/\(total)] \(state) \(path)") }
            return
        }
        let now = Date().timeIntervalSince(started)
        let draw = lastDraw.withLock { last in
            guard now - last > 0.1 || done == total else { return false }
            last = now
            return true
        }
        guard draw else { return }
        let rate = now > 0 ? Double(done) / now : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let name = outcome.upload.map { ($0.path as NSString).lastPathComponent } ?? ""
        let line = String(format: "\r\u{1B}[K[%d/%d] %.1f files/s, ETA %.0f s  %@", done, total, rate, eta, String(name.prefix(50)))
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    func finish() {
        if terminal { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
    }
}
