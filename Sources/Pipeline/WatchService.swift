import Foundation
import Logging
import OptiMindCore
import ServiceLifecycle
import Reports
import Store
import Synchronization
import Watcher

#if canImport(Glibc)
    import Glibc
    import CoreFoundation
#endif

/// `optimind watch`: the daemon. Watches the inbox (inotify, or polling where inotify cannot see),
/// waits until each file is complete, and runs it through the pipeline on a fixed set of worker
/// threads; reconciles with a full scan at start, after an inotify overflow and periodically, so no
/// file is missed; until graceful shutdown, which lets in-flight documents finish.
///
/// Run it as a swift-service-lifecycle `Service`; `reload(_:)` swaps in a new configuration (SIGHUP).
public final class WatchService: Service, @unchecked Sendable {
    private let logger: Logger
    private let pipelines: Mutex<(IngestPipeline, generation: Int)>
    private let queue: WorkQueue
    private let scans = DispatchQueue(label: "optimind.scan")
    /// Roll-ups are rewritten one at a time, off the workers.
    private let rollups = DispatchQueue(label: "optimind.rollup")
    private let finished = DispatchGroup()
    private var watcher: InboxWatcher?
    private var poller: InboxPoller?
    private var timer: (any DispatchSourceTimer)?
    private let state: Mutex<WatchState>
    private let latencies = Mutex<[Double]>([])
    public let inbox: String

    public init(pipeline: IngestPipeline, logger: Logger) {
        self.logger = logger
        self.pipelines = Mutex((pipeline, 0))
        self.queue = WorkQueue(capacity: pipeline.configuration.queueCapacity)
        self.inbox = URL(fileURLWithPath: pipeline.configuration.inbox).standardizedFileURL.path
        self.state = Mutex(WatchState(inbox: inbox, database: pipeline.configuration.database))
    }

    var pipeline: IngestPipeline { pipelines.withLock { $0.0 } }

    /// The service body: start, wait for graceful shutdown, stop.
    public func run() async throws {
        try start()
        try? await gracefulShutdown()
        stop()
    }

    /// Creates the inbox if needed, starts watching (or polling) and the workers, and scans.
    public func start() throws {
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let configuration = pipeline.configuration
        let filesystem = FilesystemKind.of(inbox)
        var mode = "inotify"
        var reason = "\(filesystem.name) filesystem"
        if configuration.forcePolling {
            (mode, reason) = ("polling", "--poll")
        } else if !filesystem.inotifySeesEverything {
            (mode, reason) = ("polling", "\(filesystem.name) is a network or FUSE filesystem: inotify misses changes made elsewhere")
        } else {
            let watcher = try InboxWatcher(inbox: inbox) { [weak self] event in self?.handle(event) }
            do {
                try watcher.start()
                self.watcher = watcher
            } catch let error as WatcherError where error.watchLimitReached {
                (mode, reason) = ("polling", error.reason)
            }
        }
        if mode == "polling" {
            let poller = InboxPoller(inbox: inbox, interval: configuration.pollSeconds) { [weak self] event in self?.handle(event) }
            poller.start()
            self.poller = poller
        }
        state.withLock {
            $0.mode = mode
            $0.modeReason = reason
            $0.filesystem = filesystem.name
            $0.workers = configuration.effectiveWorkers
        }
        for _ in 0..<configuration.effectiveWorkers {
            finished.enter()
            let thread = Thread { [self] in
                defer { finished.leave() }
                work()
            }
            thread.name = "optimind-worker"
            thread.stackSize = 8 << 20
            thread.start()
        }
        let timer = DispatchSource.makeTimerSource(queue: scans)
        timer.schedule(deadline: .now() + 2, repeating: 2)
        var sinceScan = 0.0
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            sinceScan += 2
            if sinceScan >= self.pipeline.configuration.rescanSeconds || self.queue.takeRefused() {
                sinceScan = 0
                self.scan(self.inbox, why: "periodic")
            }
            self.writeState()
        }
        timer.resume()
        self.timer = timer
        logger.info(
            "watching inbox",
            metadata: [
                "inbox": "\(inbox)", "mode": "\(mode)", "mode.reason": "\(reason)",
                "watches": "\(watcher?.watchCount ?? 0)", "workers": "\(configuration.effectiveWorkers)",
                "database": "\(configuration.database)",
            ])
        writeState()
        scans.async { [self] in scan(inbox, why: "start") }
    }

    /// Stops watching, lets in-flight documents finish, and returns when the workers have exited.
    public func stop() {
        watcher?.stop()
        poller?.stop()
        timer?.cancel()
        queue.stop()
        finished.wait()
        state.withLock { $0.stoppedAt = Date() }
        writeState()
        logger.info("stopped", metadata: ["inbox": "\(inbox)"])
    }

    /// Swaps in a new pipeline (configuration and rules reloaded on SIGHUP). Workers pick it up with
    /// their next document; the inbox, database and watch mode stay as they are.
    public func reload(_ pipeline: IngestPipeline) {
        pipelines.withLock { $0 = (pipeline, $0.generation + 1) }
        logger.info("configuration reloaded", metadata: ["rules": "\(pipeline.rules.directory)"])
    }

    /// Files waiting, and documents being processed.
    public var queueDepth: Int { queue.depth }

    func handle(_ event: InboxEvent) {
        switch event {
        case .changed(let path):
            enqueue(path, delay: pipeline.configuration.settleSeconds)
        case .removed(let path):
            scans.async { [self] in pipeline.sourceGone(path: path) }
        case .folderAdded(let folder), .folderChanged(let folder):
            scans.async { [self] in scan(folder, why: "folder") }
        case .overflow:
            logger.warning("inotify queue overflowed; rescanning", metadata: ["inbox": "\(inbox)"])
            scans.async { [self] in scan(inbox, why: "overflow") }
        case .problem(let path, let reason):
            logger.error("rejected", metadata: ["path": "\(path)", "reason": "\(reason)"])
        }
    }

    private func enqueue(_ path: String, delay: Double) {
        guard pipeline.ignoreReason(path) == nil else { return }
        queue.push(path, delay: delay)
    }

    /// Queues every file under `folder` (what is already processed is skipped cheaply by size and
    /// modification time) and marks DELETED the uploads whose source is gone.
    private func scan(_ folder: String, why: String) {
        var files = 0
        var full = false
        DirectoryEntries.walk(folder) { path, valid in
            guard valid else {
                logger.error("rejected", metadata: ["path": "\(path)", "reason": "\(DirectoryEntries.invalidNameReason)"])
                return
            }
            if ReportWriter.removeStaleTemporary(path) { return }
            guard pipeline.ignoreReason(path) == nil else { return }
            files += 1
            if !full, !pipeline.isUpToDate(path), !queue.push(path, delay: 0) { full = true }
        }
        let deleted = pipeline.reconcileDeletions(under: folder)
        state.withLock {
            $0.lastScanAt = Date()
            $0.lastScanReason = why
            $0.lastScanFiles = files
        }
        logger.info(
            "reconcile scan", metadata: ["folder": "\(folder)", "reason": "\(why)", "files": "\(files)", "deleted": "\(deleted)",
                                         "queue.full": "\(full)"])
    }

    private func work() {
        var generation = -1
        var analyzer: DocumentAnalyzer?
        var current = pipeline
        while let item = queue.pop() {
            defer { queue.done() }
            let (latest, latestGeneration) = pipelines.withLock { ($0.0, $0.generation) }
            if latestGeneration != generation {
                current = latest
                generation = latestGeneration
                analyzer = try? current.makeAnalyzer()
            }
            guard let analyzer else {
                logger.error("cannot start an analyzer", metadata: ["path": "\(item.path)"])
                continue
            }
            switch FileReadiness.check(item.path, settle: current.configuration.settleSeconds) {
            case .gone:
                current.sourceGone(path: item.path)
                continue
            case .wait(let seconds, let reason):
                let waited = Double(DispatchTime.now().uptimeNanoseconds - item.firstSeen) / 1e9
                if reason == "still changing" || waited < current.configuration.incompleteAfterSeconds {
                    // Back off while a writer is still busy: 1, 2, 4 ... 30 seconds.
                    let backoff = reason == "still changing" ? seconds : min(30, seconds * pow(2, Double(min(item.waits, 5))))
                    queue.push(item.path, delay: backoff, waits: item.waits + 1, firstSeen: item.firstSeen)
                    if item.waits == 3 {
                        logger.info("waiting for a file to complete", metadata: ["path": "\(item.path)", "reason": "\(reason)"])
                    }
                    continue
                }
            case .ready:
                break
            }
            let outcome = current.process(path: item.path, project: project(of: item.path), analyzer: analyzer)
            if case .completed = outcome {
                let latency = Double(DispatchTime.now().uptimeNanoseconds - item.firstSeen) / 1e6
                latencies.withLock { values in
                    values.append(latency)
                    if values.count > 1_000 { values.removeFirst(values.count - 1_000) }
                }
            }
            record(outcome)
            log(outcome)
            refreshRollup(after: outcome, path: item.path)
            // The reports are already in place; now they and the database's commits go to the disk.
            ReportWriter.syncWritten()
        }
    }

    /// Rewrites the project's compliance roll-up after a policy was analysed or a file left it.
    private func refreshRollup(after outcome: IngestOutcome, path: String) {
        let touchesPolicies: Bool = switch outcome {
        case .completed(_, let reports): reports.contains { $0.hasSuffix(".complianceguard.json") } || ComplianceRollup.row(forSource: path) != nil
        case .moved, .skipped: true
        default: false
        }
        guard touchesPolicies else { return }
        let project = project(of: path)
        let folder = project == "default" ? inbox : inbox + "/" + project
        rollups.async { [self] in
            do {
                let live = try pipeline.store.livePaths(under: folder).map(\.path)
                // Files at the top of the inbox form the "default" project; its folders are projects of their own.
                let sources = folder == inbox ? live.filter { !$0.dropFirst(inbox.count + 1).contains("/") } : live
                try ComplianceRollup.write(sources: sources, to: folder)
            } catch {
                logger.warning("compliance roll-up not written", metadata: ["folder": "\(folder)", "error": "\(error)"])
            }
        }
    }

    /// The project of a file: the folder directly under the inbox ("default" for files at the top).
    func project(of path: String) -> String {
        let components = path.dropFirst(inbox.count + 1).split(separator: "/")
        return components.count >= 2 ? String(components[0]) : "default"
    }

    private func record(_ outcome: IngestOutcome) {
        state.withLock { state in
            switch outcome {
            case .completed, .moved: state.completed += 1
            case .failed: state.failed += 1
            case .rejected: state.failed += 1
            case .skipped, .ignored: state.skipped += 1
            }
        }
    }

    private func log(_ outcome: IngestOutcome) {
        switch outcome {
        case .completed(let upload, let reports):
            logger.info(
                "processed",
                metadata: [
                    "upload.id": "\(upload.id)", "path": "\(upload.path)", "kind": "\(upload.metadata.kind?.rawValue ?? "-")",
                    "analysis": "\(upload.metadata.analysis ?? "none")", "reports": "\(reports.count)",
                    "duplicate.of": "\(upload.metadata.duplicateOf ?? "-")", "ms": "\(upload.metadata.processingTimeMs ?? 0)",
                ])
        case .moved(let upload, let from):
            logger.info("moved", metadata: ["upload.id": "\(upload.id)", "path": "\(upload.path)", "from": "\(from)"])
        case .failed(let upload, let reason):
            logger.error("failed", metadata: ["upload.id": "\(upload.id)", "path": "\(upload.path)", "reason": "\(reason)"])
        case .skipped(let upload, let reason):
            logger.debug("skipped", metadata: ["upload.id": "\(upload.id)", "path": "\(upload.path)", "reason": "\(reason)"])
        case .ignored(let path, let reason):
            logger.debug("ignored", metadata: ["path": "\(path)", "reason": "\(reason)"])
        case .rejected(let path, let reason):
            logger.error("rejected", metadata: ["path": "\(path)", "reason": "\(reason)"])
        }
    }

    /// Writes `<database>.watch.json`, which `optimind status` reads.
    private func writeState() {
        let snapshot = state.withLock { state -> WatchState in
            state.queueDepth = queue.depth
            state.inFlight = queue.inFlight
            state.watches = watcher?.watchCount ?? 0
            state.watchLimit = InboxWatcher.watchLimit
            state.updatedAt = Date()
            return state
        }
        var withLatency = snapshot
        let values = latencies.withLock { $0 }.sorted()
        if !values.isEmpty {
            withLatency.latencyP50Ms = values[values.count / 2]
            withLatency.latencyP99Ms = values[min(values.count - 1, Int(Double(values.count) * 0.99))]
        }
        withLatency.write(to: WatchState.path(forDatabase: pipeline.configuration.database))
    }
}

/// What a running daemon tells `optimind status`, in `<database>.watch.json`.
public struct WatchState: Codable, Sendable {
    public var pid = getpid()
    public var startedAt = Date()
    public var updatedAt = Date()
    public var stoppedAt: Date?
    public var inbox: String
    public var database: String
    public var mode = "starting"
    public var modeReason = ""
    public var filesystem = ""
    public var watches = 0
    public var watchLimit: Int?
    public var workers = 0
    public var queueDepth = 0
    public var inFlight = 0
    public var lastScanAt: Date?
    public var lastScanReason: String?
    public var lastScanFiles: Int?
    public var completed = 0
    public var failed = 0
    public var skipped = 0
    public var latencyP50Ms: Double?
    public var latencyP99Ms: Double?

    init(inbox: String, database: String) {
        self.inbox = inbox
        self.database = database
    }

    public static func path(forDatabase database: String) -> String {
        URL(fileURLWithPath: database).standardizedFileURL.path + ".watch.json"
    }

    public static func read(forDatabase database: String) -> WatchState? {
        guard let data = FileManager.default.contents(atPath: path(forDatabase: database)) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(WatchState.self, from: data)
    }

    /// Whether the daemon that wrote this is still running.
    public var isRunning: Bool { stoppedAt == nil && kill(pid, 0) == 0 }

    func write(to path: String) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return }
        let temporary = path + ".tmp"
        if FileManager.default.createFile(atPath: temporary, contents: data) { rename(temporary, path) }
    }
}
