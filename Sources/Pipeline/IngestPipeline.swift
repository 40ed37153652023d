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
    /// A document that could not be taken in at all, not even recorded (its name is not UTF-8, the
    /// database refused it): the reason is reported to the person running the import.
    case rejected(path: String, reason: String)

    public var upload: UploadRecord? {
        switch self {
        case .completed(let upload, _), .failed(let upload, _), .skipped(let upload, _): upload
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

    /// A fresh analyzer for a worker thread.
    public func makeAnalyzer() throws -> DocumentAnalyzer {
        try DocumentAnalyzer(rules: rules, limits: configuration.limits, extractorExecutable: configuration.extractorExecutable)
    }

    /// The project row for an inbox folder name, created on first sight.
    public func projectId(named name: String) throws -> String {
        if let id = projects.withLock({ $0[name] }) { return id }
        let id = try store.ensureProject(name: name, ownerId: ownerId)
        projects.withLock { $0[name] = id }
        return id
    }

    /// Names that are never documents: hidden files, office lock files, partial downloads, editor
    /// swap files, desktop clutter, and this tool's own reports.
    public static func ignoreReason(_ path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        if ReportWriter.isOwnOutput(path) { return "an optimind report" }
        if name.hasPrefix(".") { return "a hidden file" }
        if name.hasPrefix("~$") || name.hasPrefix(".~lock") { return "an office lock file" }
        let lower = name.lowercased()
        for suffix in [".swp", ".tmp", ".part", ".crdownload", ".partial", "~"] where lower.hasSuffix(suffix) {
            return "a temporary file"
        }
        if ["thumbs.db", "desktop.ini", ".ds_store"].contains(lower) { return "a system file" }
        return nil
    }

    public func process(path: String, project: String, analyzer: DocumentAnalyzer) -> IngestOutcome {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if let reason = Self.ignoreReason(absolute) { return .ignored(path: absolute, reason: reason) }
        var info = stat()
        guard stat(absolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return .ignored(path: absolute, reason: "not a regular file")
        }
        var timings = StageTimings()
        let started = DispatchTime.now().uptimeNanoseconds
        let sha256: String
        do {
            sha256 = try StageTimings.measure(&timings.hash) { try SHA256Digest.hex(ofFile: absolute) }
        } catch {
            sha256 = ""
        }
        var upload: UploadRecord
        do {
            let projectId = try projectId(named: project)
            if !sha256.isEmpty, let existing = try store.upload(path: absolute, sha256: sha256) {
                switch existing.status {
                case .completed, .deleted:
                    return .skipped(existing, reason: "already processed")
                case .failed:
                    return .skipped(existing, reason: "failed before: \(existing.metadata.error ?? "unknown reason")")
                case .pending, .processing:
                    upload = existing  // interrupted by a crash or a stop: resume it
                }
            } else {
                var metadata = UploadMetadata(sha256: sha256, project: project)
                metadata.attempts = 0
                let name = (absolute as NSString).lastPathComponent
                upload = UploadRecord(
                    filename: name, originalName: name, path: absolute, size: Int64(info.st_size),
                    mimeType: "application/octet-stream", userId: ownerId, projectId: projectId, metadata: metadata)
                try StageTimings.measure(&timings.store) { try store.insert(upload) }
            }
            upload = try StageTimings.measure(&timings.store) { try store.markProcessing(id: upload.id) }
        } catch {
            let reason = (error as? any DiagnosableError)?.reason ?? "\(error)"
            metrics.record(timings, failed: true)
            return .rejected(path: absolute, reason: "database: \(reason)")
        }

        if sha256.isEmpty {
            return fail(&upload, stage: "read", reason: "cannot read: permission denied or file vanished", mime: nil, timings: timings)
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
                timings: &timings)
        } catch let failure as StageFailure {
            var mime: String?
            if failure.stage == "extract" { mime = try? analyzer.sniff(path: absolute).mimeType }
            return fail(&upload, stage: failure.stage, reason: failure.reason, mime: mime, timings: timings)
        } catch {
            return fail(&upload, stage: "extract", reason: "\(error)", mime: nil, timings: timings)
        }

        var written: [String] = []
        do {
            written = try StageTimings.measure(&timings.report) { try writer.write(report) }
            if report.suffix == nil { writer.removeErrorSidecar(for: absolute) }
        } catch let error as any DiagnosableError {
            return fail(&upload, stage: "report", reason: error.description, mime: report.source.mimeType, timings: timings)
        } catch {
            return fail(&upload, stage: "report", reason: "\(error)", mime: report.source.mimeType, timings: timings)
        }

        var metadata = upload.metadata
        metadata.pages = document.pages
        metadata.characters = document.text.count
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
        let analysisRow = AnalysisRows.row(for: report, document: document, reports: written)
        metadata.analysisId = analysisRow?.id
        metadata.processingTimeMs = Int(Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        do {
            try StageTimings.measure(&timings.store) {
                try store.complete(id: upload.id, mimeType: document.mimeType, metadata: metadata, analysis: analysisRow)
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

    private func fail(
        _ upload: inout UploadRecord, stage: String, reason: String, mime: String?, timings: StageTimings
    ) -> IngestOutcome {
        upload.metadata.error = reason
        upload.metadata.failedStage = stage
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
            state.timings.sniff += timings.sniff
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
