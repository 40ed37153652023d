import Classification
import ComplianceGuard
import ContractWise
import Extraction
import Foundation
import OptiMindCore
import Reports

/// Time spent in each stage of one document, in milliseconds.
public struct StageTimings: Sendable, Codable {
    public var hash = 0.0
    /// Sniffing and extraction together: both run in the extraction worker.
    public var extract = 0.0
    public var classify = 0.0
    public var analyse = 0.0
    public var store = 0.0
    public var report = 0.0

    public init() {}

    public var total: Double { hash + extract + classify + analyse + store + report }

    static func measure<T>(_ slot: inout Double, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { slot += Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }
        return try body()
    }
}

/// A stage failed: which one and why, for the upload's metadata and the error sidecar.
public struct StageFailure: DiagnosableError {
    public let stage: String
    public let underlying: any DiagnosableError

    public var file: String? { underlying.file }
    public var reason: String { underlying.reason }
    public var exitStatus: SysExit { underlying.exitStatus }
}

/// Extracts, classifies and analyses one file, without touching the database: the work `analyze`
/// does alone and the pipeline does for each upload.
///
/// Owns a libmagic handle: one instance per thread.
public final class DocumentAnalyzer {
    public let rules: RuleSet
    /// Sniffs in this process (cheap, and needed to name the type of a file that failed).
    private let extractor: DocumentExtractor
    /// Extracts: in a worker process when an executable is given, else in this process.
    private let textExtractor: any TextExtracting

    /// - Parameter extractorExecutable: the `optimind` binary whose `extract-worker` runs extraction
    ///   in a child process; nil extracts in this process (no isolation).
    public init(rules: RuleSet, limits: ExtractionLimits, extractorExecutable: String? = nil) throws {
        self.rules = rules
        self.extractor = try DocumentExtractor(limits: limits)
        self.textExtractor = extractorExecutable.map { IsolatedExtractor(executable: $0, limits: limits) } ?? extractor
    }

    /// Starts the extraction worker process ahead of the first document (see `IsolatedExtractor.prepare`).
    public func prepareExtraction() {
        (textExtractor as? IsolatedExtractor)?.prepare()
    }

    public func extract(path: String, password: String? = nil) throws -> ExtractedDocument {
        try textExtractor.extract(path: path, password: password)
    }

    /// Extracts, trying each password in turn when the PDF needs one. The passwords never appear
    /// in a message.
    public func extract(path: String, passwords: [String]) throws -> ExtractedDocument {
        do {
            return try textExtractor.extract(path: path, password: nil)
        } catch let error as ExtractionError where error.reason == "encrypted: password required" && !passwords.isEmpty {
            for password in passwords {
                do {
                    return try textExtractor.extract(path: path, password: password)
                } catch let retry as ExtractionError where retry.reason.hasPrefix("encrypted:") {
                    continue
                }
            }
            throw ExtractionError(
                file: error.file ?? path,
                reason: "encrypted: none of the \(passwords.count) configured passwords opens it")
        }
    }

    public func sniff(path: String) throws -> (format: DocumentFormat, mimeType: String) {
        try extractor.sniff(path: path)
    }

    public func classify(_ document: ExtractedDocument) -> Classification {
        rules.classifier.classify(document)
    }

    /// The full report of one file. `sha256` is computed when not given.
    public func report(
        path: String, sha256: String? = nil, uploadId: String? = nil, passwords: [String] = [],
        analysis override: ProjectSettings.Analysis = .auto, timings: inout StageTimings
    ) throws -> (AnalysisReport, ExtractedDocument) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let digest: String
        do {
            digest = try sha256 ?? StageTimings.measure(&timings.hash) { try SHA256Digest.hex(ofFile: absolute) }
        } catch {
            throw StageFailure(stage: "read", underlying: ExtractionError(file: absolute, reason: "cannot read: \((error as? UnreadableFile)?.reason ?? "\(error)")", exitStatus: .noInput))
        }
        let document: ExtractedDocument
        do {
            document = try StageTimings.measure(&timings.extract) { try extract(path: absolute, passwords: passwords) }
        } catch let error as any DiagnosableError {
            throw StageFailure(stage: "extract", underlying: error)
        }
        let report = try analyze(document, path: absolute, sha256: digest, uploadId: uploadId, analysis: override, timings: &timings)
        return (report, document)
    }

    /// Classifies and analyses text already extracted (at ingest, or kept for `reprocess`).
    public func analyze(
        _ document: ExtractedDocument, path absolute: String, sha256 digest: String, uploadId: String?,
        analysis override: ProjectSettings.Analysis = .auto, timings: inout StageTimings
    ) throws -> AnalysisReport {
        if document.pageTexts.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            let reason = document.warnings.first { $0.hasPrefix("no text layer") } ?? "no text found in the document"
            throw StageFailure(stage: "extract", underlying: ExtractionError(file: absolute, reason: reason))
        }
        // The text prepared for matching once: classification and analysis search the same one.
        let paged = StageTimings.measure(&timings.classify) { PagedText(pages: document.pageTexts) }
        var classification = StageTimings.measure(&timings.classify) { rules.classifier.classify(document, paged: paged) }
        let note = "analysis set to \(override.rawValue) by the project's configuration"
        switch override {
        case .auto, .none: break
        case .contract:
            if classification.kind != .contract {
                classification = Classification(
                    kind: .contract, contractType: .other, confidence: classification.confidence, evidence: classification.evidence + [note],
                    doubts: classification.doubts)
            }
        case .policy:
            if classification.kind != .policy {
                classification = Classification(
                    kind: .policy, contractType: nil, confidence: classification.confidence, evidence: classification.evidence + [note],
                    doubts: classification.doubts)
            }
        }
        var contract: ContractFindings?
        var compliance: ComplianceFindings?
        if override != .none {
            StageTimings.measure(&timings.analyse) {
            switch classification.kind {
            case .contract: contract = rules.contracts.analyze(document, classification: classification, paged: paged)
            case .policy: compliance = rules.compliance.analyze(document, classification: classification, paged: paged)
            case .other: break
            }
            }
        }
        var size: Int64 = 0
        var info = stat()
        if stat(absolute, &info) == 0 { size = Int64(info.st_size) }
        let report = AnalysisReport(
            source: .init(path: absolute, sha256: digest, mimeType: document.mimeType, size: size, pages: document.pages),
            uploadId: uploadId, classification: classification, contract: contract, compliance: compliance,
            processingTime: Int(timings.total.rounded()), warnings: document.warnings,
            hasTrackedChanges: document.hasTrackedChanges)
        return report
    }
}
