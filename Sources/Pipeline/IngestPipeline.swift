import Extraction
import Foundation
import OptiMindCore
import Reports
import Store
import Synchronization

/// What happened to one file.
public enum IngestOutcome: Sendable {
    /// Analysed (or recorded as an OTHER document) and COMPLETED.
    case completed(UploadRecord, reports: [String])
    /// FAILED, with the reason (also in metadata and the error sidecar).
    case failed(UploadRecord, reason: String)
    /// Already processed with this content at this path: nothing done.
    case skipped(UploadRecord, reason: String)
    /// Not a document to ingest (a temp file, a lock file, our own report).
    case ignored(path: String, reason: String)
    /// Already analysed under another path in the project, which is gone: the upload (and its
    /// reports) now follow the file to its new path.
    case moved(UploadRecord, from: String)
    /// A document that could not be taken in at all, not even recorded (its name is not UTF-8, the
    /// database refused it): the reason is reported to the person running the import.
    case rejected(path: String, reason: String)

    public var upload: UploadRecord? {
        switch self {
        case .completed(let upload, _), .failed(let upload, _), .skipped(let upload, _), .moved(let upload, _): upload
        case .ignored, .rejected: nil
        }
    }
}

/// Runs one file through every stage and keeps the upload's state in the store, committing each
/// change: PENDING -> PROCESSING -> COMPLETED or FAILED. Safe to call from several threads at once,
/// each with its own `DocumentAnalyzer`.
public final class IngestPipeline: Sendable {
    public let store: any UploadStore
    public let configuration: OptiMindConfiguration
    public let rules: RuleSet
    public let ownerId: String
    public let metrics = PipelineMetrics()
    private let writer: ReportWriter
    private let projects = Mutex<[String: String]>([:])

    public init(configuration: OptiMindConfiguration, store: any UploadStore, rules: RuleSet) throws {
        self.configuration = configuration
        self.store = store
        self.rules = rules
        self.writer = ReportWriter(formats: configuration.reportFormats)
        self.ownerId = try store.ensureOwner(email: configuration.ownerEmail, name: configuration.ownerName)
    }

    private let owners = Mutex<[String: String]>([:])

    /// The settings of a project (inbox folder), defaults when it has none of its own.
    public func settings(for project: String) -> ProjectSettings {
        configuration.projects[project] ?? ProjectSettings()
    }

    /// The user that owns a project's uploads: the project's own owner when configured, else the default one.
    public func ownerId(for project: String) throws -> String {
        guard let email = settings(for: project).ownerEmail else { return ownerId }
        if let id = owners.withLock({ $0[email] }) { return id }
        let id = try store.ensureOwner(email: email, name: settings(for: project).ownerName)
        owners.withLock { $0[email] = id }
        return id
    }

    private func writer(for project: String) -> ReportWriter {
        settings(for: project).reportFormats.map { ReportWriter(formats: $0) } ?? writer
    }

    /// A fresh analyzer for a worker thread.
    public func makeAnalyzer() throws -> DocumentAnalyzer {
        try DocumentAnalyzer(rules: rules, limits: configuration.limits, extractorExecutable: configuration.extractorExecutable)
    }

    /// The project row for an inbox folder name, created on first sight.
    public func projectId(named name: String) throws -> String {
        if let id = projects.withLock({ $0[name] }) { return id }
        let id = try store.ensureProject(name: name, ownerId: try ownerId(for: name))
        projects.withLock { $0[name] = id }
        return id
    }

    /// Names that are never documents: hidden files, this tool's own reports, and names matching one
    /// of `patterns` (fnmatch; by default office lock files, partial downloads, editor swap files,
    /// desktop clutter).
    public static func ignoreReason(_ path: String, patterns: [String]) -> String? {
        let name = (path as NSString).lastPathComponent
        if ReportWriter.isOwnOutput(path) { return "an optimind report" }
        if name.hasPrefix(".") { return "a hidden file" }
        for pattern in patterns where fnmatch(pattern, name, 0) == 0 {
            return "matches the ignore pattern \(pattern)"
        }
        return nil
    }

    /// The reason this pipeline's configuration ignores a path, if it does.
    public func ignoreReason(_ path: String) -> String? {
        Self.ignoreReason(path, patterns: configuration.ignorePatterns)
    }

    public func process(path: String, project: String, analyzer: DocumentAnalyzer) -> IngestOutcome {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if let reason = Self.ignoreReason(absolute, patterns: configuration.ignorePatterns + settings(for: project).ignorePatterns) {
            return .ignored(path: absolute, reason: reason)
        }
        var info = stat()
        guard stat(absolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return .ignored(path: absolute, reason: "not a regular file")
        }
        var timings = StageTimings()
        let started = DispatchTime.now().uptimeNanoseconds
        let modifiedAtNs = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        var upload: UploadRecord
        let sha256: String
        var unreadable = "permission denied or file vanished"
        do {
            let projectId = try projectId(named: project)
            // A file seen before with the same size and modification time is not hashed again.
            var retrying: UploadRecord?
            if let latest = try store.latestUpload(path: absolute), latest.size == Int64(info.st_size),
                latest.metadata.modifiedAtNs == modifiedAtNs
            {
                if let early = try settled(latest, analyzer: analyzer) { return early }
                retrying = latest
            }
            do {
                sha256 = try StageTimings.measure(&timings.hash) { try SHA256Digest.hex(ofFile: absolute) }
            } catch {
                sha256 = ""
                if let error = error as? UnreadableFile { unreadable = error.reason }
            }
            if !sha256.isEmpty, let existing = try store.upload(path: absolute, sha256: sha256) {
                if let early = try settled(existing, analyzer: analyzer) { return early }
                upload = existing  // interrupted by a crash or a stop, or a retryable failure: resume it
            } else if let retrying, retrying.metadata.sha256.isEmpty || retrying.metadata.sha256 == sha256 {
                upload = retrying  // the same file failed before it could be read: this is its retry
            } else {
                if !sha256.isEmpty, let early = try sameContentElsewhere(
                    path: absolute, sha256: sha256, project: project, projectId: projectId, size: Int64(info.st_size),
                    modifiedAtNs: modifiedAtNs)
                {
                    return early
                }
                var metadata = UploadMetadata(sha256: sha256, project: project)
                metadata.modifiedAtNs = modifiedAtNs
                let name = (absolute as NSString).lastPathComponent
                upload = UploadRecord(
                    filename: name, originalName: name, path: absolute, size: Int64(info.st_size),
                    mimeType: "application/octet-stream", userId: try ownerId(for: project), projectId: projectId, metadata: metadata)
                try StageTimings.measure(&timings.store) { try store.insert(upload) }
            }
            let knownHash = upload.metadata.sha256.isEmpty && !sha256.isEmpty ? sha256 : nil
            upload = try StageTimings.measure(&timings.store) { try store.markProcessing(id: upload.id, sha256: knownHash) }
        } catch {
            let reason = (error as? any DiagnosableError)?.reason ?? "\(error)"
            metrics.record(timings, failed: true)
            return .rejected(path: absolute, reason: "database: \(reason)")
        }

        if sha256.isEmpty {
            return fail(&upload, stage: "read", reason: "cannot read: \(unreadable)", mime: nil, timings: timings)
        }
        if upload.metadata.attempts > configuration.maxAttempts {
            let last = upload.metadata.error ?? "interrupted"
            return fail(&upload, stage: upload.metadata.failedStage ?? "process",
                        reason: "gave up after \(configuration.maxAttempts) attempts: \(last)", mime: nil, timings: timings)
        }

        let report: AnalysisReport
        let document: ExtractedDocument
        do {
            (report, document) = try analyzer.report(
                path: absolute, sha256: sha256, uploadId: upload.id, passwords: configuration.passwords[project] ?? [],
                analysis: settings(for: project).analysis, timings: &timings)
        } catch let failure as StageFailure {
            var mime: String?
            if failure.stage == "extract" { mime = try? analyzer.sniff(path: absolute).mimeType }
            return fail(&upload, stage: failure.stage, reason: failure.reason, mime: mime, timings: timings)
        } catch {
            return fail(&upload, stage: "extract", reason: "\(error)", mime: nil, timings: timings)
        }

        return finish(&upload, report: report, document: document, timings: &timings, started: started, replacing: nil)
    }

    /// Processes a FAILED upload again now, with a fresh attempt budget (a person asked for it).
    public func retry(_ upload: UploadRecord, analyzer: DocumentAnalyzer) -> IngestOutcome {
        guard upload.status == .failed else { return .skipped(upload, reason: "not FAILED (\(upload.status.rawValue))") }
        guard FileManager.default.fileExists(atPath: upload.path) else {
            try? store.markDeleted(id: upload.id)
            return .skipped(upload, reason: "the source is gone; marked DELETED")
        }
        do {
            try store.resetForRetry(id: upload.id, resetAttempts: true)
        } catch {
            return .rejected(path: upload.path, reason: "database: \(error)")
        }
        return process(path: upload.path, project: upload.metadata.project ?? "default", analyzer: analyzer)
    }

    /// Analyses a completed upload again from its stored text (after a rules change): a new analysis
    /// row replaces the old one, and the reports are rewritten.
    public func reprocess(_ existing: UploadRecord, analyzer: DocumentAnalyzer) -> IngestOutcome {
        guard existing.status == .completed, existing.metadata.duplicateOf == nil else {
            return .skipped(existing, reason: existing.metadata.duplicateOf != nil ? "a duplicate: reprocess the original" : "not COMPLETED")
        }
        var upload = existing
        var timings = StageTimings()
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            guard let document = try store.extractedDocument(uploadId: upload.id) else {
                return .skipped(upload, reason: "no stored text (processed by an older version): use retry after removing it")
            }
            let report = try analyzer.analyze(
                document, path: upload.path, sha256: upload.metadata.sha256, uploadId: upload.id,
                analysis: settings(for: upload.metadata.project ?? "default").analysis, timings: &timings)
            return finish(&upload, report: report, document: document, timings: &timings, started: started, replacing: upload.metadata.analysisId)
        } catch let error as any DiagnosableError {
            return .skipped(upload, reason: error.reason)
        } catch {
            return .skipped(upload, reason: "\(error)")
        }
    }

    /// Writes the reports and marks the upload COMPLETED with its analysis (replacing an earlier one).
    private func finish(
        _ upload: inout UploadRecord, report: AnalysisReport, document: ExtractedDocument, timings: inout StageTimings,
        started: UInt64, replacing: String?
    ) -> IngestOutcome {
        let absolute = upload.path
        var written: [String] = []
        do {
            let writer = writer(for: upload.metadata.project ?? "default")
            written = try StageTimings.measure(&timings.report) { try writer.write(report) }
            if report.suffix == nil { writer.removeErrorSidecar(for: absolute) }
        } catch let error as any DiagnosableError {
            return fail(&upload, stage: "report", reason: error.description, mime: report.source.mimeType, timings: timings)
        } catch {
            return fail(&upload, stage: "report", reason: "\(error)", mime: report.source.mimeType, timings: timings)
        }

        var metadata = upload.metadata
        metadata.pages = document.pages
        metadata.characters = document.characterCount
        metadata.warnings = document.warnings.isEmpty ? nil : document.warnings
        metadata.kind = report.classification.kind
        metadata.contractType = report.classification.contractType
        metadata.classificationConfidence = report.classification.confidence
        metadata.analysis = report.analysis
        metadata.analysisStatus = report.analysis == nil ? nil : report.status
        metadata.reports = written.isEmpty ? nil : written
        metadata.extensionMismatch = document.extensionMismatch
        metadata.hasTrackedChanges = document.hasTrackedChanges ? true : nil
        metadata.error = nil
        metadata.failedStage = nil
        metadata.retryable = nil
        let analysisRow = AnalysisRows.row(for: report, document: document, reports: written)
        metadata.analysisId = analysisRow?.id
        metadata.processingTimeMs = Int(Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        do {
            try StageTimings.measure(&timings.store) {
                try store.complete(
                    id: upload.id, mimeType: document.mimeType, metadata: metadata, analysis: analysisRow, document: document,
                    replacing: replacing)
            }
        } catch {
            let reason = (error as? any DiagnosableError)?.reason ?? "\(error)"
            return fail(&upload, stage: "store", reason: reason, mime: document.mimeType, timings: timings)
        }
        upload.status = .completed
        upload.metadata = metadata
        upload.mimeType = document.mimeType
        metrics.record(timings, failed: false)
        return .completed(upload, reports: written)
    }

    /// Whether a report recorded for an upload is gone or empty.
    private static func isLost(_ report: String) -> Bool {
        var info = stat()
        return stat(report, &info) != 0 || info.st_size == 0
    }

    /// What to do with an upload already recorded for this file: nil to process it (again), or the
    /// outcome that ends here. A completed upload whose report is missing or empty (a power cut
    /// before the report reached the disk, or someone deleted it) is analysed again from its stored
    /// text, which writes the reports again.
    private func settled(_ existing: UploadRecord, analyzer: DocumentAnalyzer) throws -> IngestOutcome? {
        switch existing.status {
        case .completed:
            // What reprocessing ends in is the outcome, a report that cannot be written again included.
            if existing.metadata.duplicateOf == nil, existing.metadata.reports?.contains(where: Self.isLost) == true {
                return reprocess(existing, analyzer: analyzer)
            }
            return .skipped(existing, reason: "already processed")
        case .deleted:
            return nil
        case .failed:
            if existing.metadata.retryable == true, existing.metadata.attempts < configuration.maxAttempts {
                try store.resetForRetry(id: existing.id, resetAttempts: false)
                return nil
            }
            return .skipped(existing, reason: "failed before: \(existing.metadata.error ?? "unknown reason")")
        case .pending, .processing:
            return nil
        }
    }

    /// The same content already recorded in the project: a rename (the old path is gone) moves that
    /// upload and its reports; a copy (the old path still exists) is recorded as a duplicate of it,
    /// with a report that points to the first analysis, and is not analysed again.
    private func sameContentElsewhere(
        path: String, sha256: String, project: String, projectId: String, size: Int64, modifiedAtNs: Int64
    ) throws -> IngestOutcome? {
        let others = try store.uploads(sha256: sha256, projectId: projectId).filter { $0.path != path }
        if var moved = others.last(where: { ($0.status == .completed || $0.status == .deleted) && !FileManager.default.fileExists(atPath: $0.path) }) {
            let oldPath = moved.path
            moved.metadata.renamedFrom = oldPath
            moved.metadata.modifiedAtNs = modifiedAtNs
            moved.metadata.reports = writer.moveReports(from: oldPath, to: path, uploadId: moved.id)
            try store.move(id: moved.id, to: path, metadata: moved.metadata)
            moved.path = path
            moved.status = .completed
            return .moved(moved, from: oldPath)
        }
        guard let original = others.first(where: { $0.status == .completed && $0.metadata.duplicateOf == nil }) else { return nil }
        var metadata = original.metadata
        metadata.duplicateOf = original.id
        metadata.modifiedAtNs = modifiedAtNs
        metadata.renamedFrom = nil
        metadata.attempts = 1
        metadata.analysisId = nil
        let name = (path as NSString).lastPathComponent
        var duplicate = UploadRecord(
            filename: name, originalName: name, path: path, size: size, mimeType: original.mimeType, status: .completed,
            userId: try ownerId(for: project), projectId: projectId, metadata: metadata)
        duplicate.metadata.reports = writer.writeDuplicate(source: path, uploadId: duplicate.id, original: original.path, originalId: original.id)
        try store.insertCompleted(duplicate)
        return .completed(duplicate, reports: duplicate.metadata.reports ?? [])
    }

    /// Whether a file was already processed as it is now (same size and modification time, in a
    /// final state): reconcile scans leave such files out of the queue.
    public func isUpToDate(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, let latest = try? store.latestUpload(path: path) else { return false }
        let modifiedAtNs = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        guard latest.size == Int64(info.st_size), latest.metadata.modifiedAtNs == modifiedAtNs else { return false }
        switch latest.status {
        case .completed: return true
        case .failed: return !(latest.metadata.retryable == true && latest.metadata.attempts < configuration.maxAttempts)
        case .pending, .processing, .deleted: return false
        }
    }

    /// The source of an upload is gone: its upload becomes DELETED (a rename is recognised later by its hash).
    public func sourceGone(path: String) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let latest = try? store.latestUpload(path: absolute), latest.status != .deleted,
            !FileManager.default.fileExists(atPath: absolute)
        else { return }
        try? store.markDeleted(id: latest.id)
    }

    /// Marks DELETED every upload under `folder` whose source no longer exists; returns how many.
    @discardableResult
    public func reconcileDeletions(under folder: String) -> Int {
        guard let live = try? store.livePaths(under: folder) else { return 0 }
        var count = 0
        for (id, path) in live where !FileManager.default.fileExists(atPath: path) {
            if (try? store.markDeleted(id: id)) != nil { count += 1 }
        }
        return count
    }

    /// Failures that may heal by themselves, worth another attempt within `maxAttempts`.
    static func isRetryable(stage: String, reason: String) -> Bool {
        ["read", "report", "store"].contains(stage) || reason.hasPrefix("extractor crashed")
            || reason.hasPrefix("extraction timed out") || reason.hasPrefix("extractor exited")
    }

    private func fail(
        _ upload: inout UploadRecord, stage: String, reason: String, mime: String?, timings: StageTimings
    ) -> IngestOutcome {
        upload.metadata.error = reason
        upload.metadata.failedStage = stage
        upload.metadata.retryable = Self.isRetryable(stage: stage, reason: reason)
        if let sidecar = try? writer.writeError(source: upload.path, reason: reason, uploadId: upload.id, stage: stage) {
            upload.metadata.reports = [sidecar]
        }
        do {
            try store.fail(id: upload.id, mimeType: mime, metadata: upload.metadata)
        } catch {
            upload.metadata.error = reason + "; and the failure could not be recorded: \(error)"
        }
        upload.status = .failed
        if let mime { upload.mimeType = mime }
        metrics.record(timings, failed: true)
        return .failed(upload, reason: reason)
    }
}

/// Totals of the pipeline's own stage timings, for the batch summary and benchmarks.
public final class PipelineMetrics: Sendable {
    private struct State {
        var timings = StageTimings()
        var documents = 0
        var failures = 0
    }

    private let state = Mutex(State())

    public init() {}

    func record(_ timings: StageTimings, failed: Bool) {
        state.withLock { state in
            state.documents += 1
            if failed { state.failures += 1 }
            state.timings.hash += timings.hash
            state.timings.extract += timings.extract
            state.timings.classify += timings.classify
            state.timings.analyse += timings.analyse
            state.timings.store += timings.store
            state.timings.report += timings.report
        }
    }

    /// Summed stage timings and the number of documents measured.
    public var snapshot: (timings: StageTimings, documents: Int, failures: Int) {
        state.withLock { ($0.timings, $0.documents, $0.failures) }
    }
}
