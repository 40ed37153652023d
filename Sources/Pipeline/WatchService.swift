import Foundation
import Logging
import OptiMindCore
import Store
import Watcher

#if canImport(Glibc)
    import Glibc
    import CoreFoundation
#endif

/// `optimind watch`: watches the inbox, waits until each file has settled, and runs it through the
/// pipeline on a fixed set of worker threads, until `stop()`.
///
/// The queue holds paths only and drops a path already waiting, so a file written in many chunks
/// is processed once.
public final class WatchService: @unchecked Sendable {
    public let pipeline: IngestPipeline
    private let logger: Logger
    private let inbox: String
    private let condition = NSCondition()
    private var queue: [(path: String, notBefore: UInt64)] = []
    private var queued = Set<String>()
    private var stopping = false
    private var watcher: InboxWatcher?
    private let finished = DispatchGroup()

    public init(pipeline: IngestPipeline, logger: Logger) {
        self.pipeline = pipeline
        self.logger = logger
        self.inbox = URL(fileURLWithPath: pipeline.configuration.inbox).standardizedFileURL.path
    }

    /// Creates the inbox if needed, starts the watch and the workers, and queues the files already there.
    public func start() throws {
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let logger = self.logger
        let watcher = try InboxWatcher(
            inbox: inbox, onFile: { [weak self] path in self?.enqueue(path) },
            onProblem: { path, reason in logger.error("rejected", metadata: ["path": "\(path)", "reason": "\(reason)"]) })
        self.watcher = watcher
        let workers = pipeline.configuration.effectiveWorkers
        for _ in 0..<workers {
            let analyzer = UncheckedBox(try pipeline.makeAnalyzer())
            finished.enter()
            let thread = Thread { [self] in
                defer { finished.leave() }
                work(analyzer.value)
            }
            thread.name = "optimind-worker"
            thread.stackSize = 8 << 20
            thread.start()
        }
        let existing = try watcher.start()
        logger.info(
            "watching inbox", metadata: ["inbox": "\(inbox)", "watches": "\(watcher.watchCount)", "workers": "\(workers)",
                                         "existing.files": "\(existing.count)", "database": "\(pipeline.configuration.database)"])
        existing.forEach { enqueue($0, settle: false) }
    }

    /// Stops watching, lets in-flight documents finish, and returns when the workers have exited.
    public func stop() {
        watcher?.stop()
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
        finished.wait()
        logger.info("stopped", metadata: ["inbox": "\(inbox)"])
    }

    func enqueue(_ path: String, settle: Bool = true) {
        guard IngestPipeline.ignoreReason(path) == nil else { return }
        let delay = settle ? UInt64(pipeline.configuration.settleSeconds * 1_000_000_000) : 0
        condition.lock()
        defer { condition.unlock() }
        guard !stopping, queued.insert(path).inserted else { return }
        queue.append((path, DispatchTime.now().uptimeNanoseconds + delay))
        condition.signal()
    }

    private func next() -> String? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopping { return nil }
            let now = DispatchTime.now().uptimeNanoseconds
            if let index = queue.firstIndex(where: { $0.notBefore <= now }) {
                let path = queue.remove(at: index).path
                queued.remove(path)
                return path
            }
            if let soonest = queue.map(\.notBefore).min() {
                _ = condition.wait(until: Date(timeIntervalSinceNow: Double(soonest - now) / 1_000_000_000))
            } else {
                condition.wait()
            }
        }
    }

    private func work(_ analyzer: DocumentAnalyzer) {
        while let path = next() {
            guard settled(path) else {
                enqueue(path)
                continue
            }
            let outcome = pipeline.process(path: path, project: project(of: path), analyzer: analyzer)
            log(outcome)
        }
    }

    /// A file is read only once its size and modification time have held still for the settle window.
    private func settled(_ path: String) -> Bool {
        var before = stat()
        guard stat(path, &before) == 0 else { return true }  // vanished: the pipeline reports it
        let age = Date().timeIntervalSince1970 - (Double(before.st_mtim.tv_sec) + Double(before.st_mtim.tv_nsec) / 1e9)
        if age >= pipeline.configuration.settleSeconds { return true }
        Thread.sleep(forTimeInterval: max(0.05, pipeline.configuration.settleSeconds - age))
        var after = stat()
        guard stat(path, &after) == 0 else { return true }
        return after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec
            && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec
    }

    /// The project of a file: the folder directly under the inbox ("default" for files at the top).
    func project(of path: String) -> String {
        let components = path.dropFirst(inbox.count + 1).split(separator: "/")
        return components.count >= 2 ? String(components[0]) : "default"
    }

    private func log(_ outcome: IngestOutcome) {
        switch outcome {
        case .completed(let upload, let reports):
            logger.info(
                "processed", metadata: [
                    "upload.id": "\(upload.id)", "path": "\(upload.path)", "kind": "\(upload.metadata.kind?.rawValue ?? "-")",
                    "analysis": "\(upload.metadata.analysis ?? "none")", "reports": "\(reports.count)",
                    "ms": "\(upload.metadata.processingTimeMs ?? 0)",
                ])
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
}
