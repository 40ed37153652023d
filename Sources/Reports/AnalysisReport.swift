import Foundation
import OptiMindCore

/// The report of one document: the object written to `<file>.contractwise.json` /
/// `<file>.complianceguard.json` and printed by `optimind analyze --json` (one per line).
///
/// Schema version 1 (see DESIGN.md): source, uploadId, analysis, classification, status, confidence,
/// processingTime, then the ContractWise or ComplianceGuard findings at the top level.
public struct AnalysisReport: Sendable, Encodable {
    public struct Source: Sendable, Codable {
        public var path: String
        public var sha256: String
        public var mimeType: String
        public var size: Int64
        public var pages: Int

        public init(path: String, sha256: String, mimeType: String, size: Int64, pages: Int) {
            self.path = path
            self.sha256 = sha256
            self.mimeType = mimeType
            self.size = size
            self.pages = pages
        }
    }

    public static let schemaVersion = 1
    /// Marks files this tool wrote, so it never overwrites one it did not.
    public static let generator = "optimind"

    public var source: Source
    public var uploadId: String?
    public var classification: Classification
    public var contract: ContractFindings?
    public var compliance: ComplianceFindings?
    /// Milliseconds spent on this document, extraction included.
    public var processingTime: Int
    public var warnings: [String]
    public var hasTrackedChanges: Bool
    /// The upload id of the first copy of the same content in this project, when this one is a duplicate.
    public var duplicateOf: String?
    public var generatedAt: String

    public init(
        source: Source, uploadId: String?, classification: Classification, contract: ContractFindings?,
        compliance: ComplianceFindings?, processingTime: Int, warnings: [String], hasTrackedChanges: Bool,
        duplicateOf: String? = nil
    ) {
        self.source = source
        self.uploadId = uploadId
        self.classification = classification
        self.contract = contract
        self.compliance = compliance
        self.processingTime = processingTime
        self.warnings = warnings
        self.hasTrackedChanges = hasTrackedChanges
        self.duplicateOf = duplicateOf
        self.generatedAt = Date().formatted(.iso8601)
    }

    /// "ContractWise", "ComplianceGuard" or nil.
    public var analysis: String? {
        contract != nil ? "ContractWise" : compliance != nil ? "ComplianceGuard" : nil
    }

    /// The seed status of the analysis (or COMPLETED for a document that needed none).
    public var status: String {
        contract?.status.rawValue ?? compliance?.status.rawValue ?? UploadStatus.completed.rawValue
    }

    /// Why the analysis asks for a human review (empty unless the status is REVIEW_REQUIRED).
    public var reviewReasons: [String] { contract?.reviewReasons ?? compliance?.reviewReasons ?? [] }

    /// The report's file-name suffix, e.g. "contractwise".
    public var suffix: String? { analysis?.lowercased() }

    private enum Keys: String, CodingKey {
        case schemaVersion, generator, generatedAt, source, uploadId, analysis, classification, status, confidence
        case processingTime, warnings, hasTrackedChanges, duplicateOf
    }

    private struct ClassificationOut: Encodable {
        var kind: DocumentKind
        var contractType: ContractType?
        var confidence: Double
        var runnerUp: ContractType?
        var evidence: [String]
        var doubts: [String]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(contractType, forKey: .contractType)
            try container.encode(confidence, forKey: .confidence)
            try container.encode(runnerUp, forKey: .runnerUp)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(doubts, forKey: .doubts)
        }

        enum CodingKeys: String, CodingKey { case kind, contractType, confidence, runnerUp, evidence, doubts }
    }

    public func encode(to encoder: any Encoder) throws {
        // The findings' own keys go at the top level, as the report schema asks; the common keys are
        // written after them so they win where names meet (status).
        try contract?.encode(to: encoder)
        try compliance?.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(Self.generator, forKey: .generator)
        try container.encode(generatedAt, forKey: .generatedAt)
        try container.encode(source, forKey: .source)
        try container.encode(uploadId, forKey: .uploadId)
        try container.encode(analysis, forKey: .analysis)
        try container.encode(
            ClassificationOut(
                kind: classification.kind, contractType: classification.contractType,
                confidence: classification.confidence, runnerUp: classification.runnerUp,
                evidence: classification.evidence, doubts: classification.doubts), forKey: .classification)
        try container.encode(status, forKey: .status)
        try container.encode(classification.confidence, forKey: .confidence)
        try container.encode(processingTime, forKey: .processingTime)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(hasTrackedChanges, forKey: .hasTrackedChanges)
        try container.encodeIfPresent(duplicateOf, forKey: .duplicateOf)
    }

    /// The report as JSON; `pretty` for files people open, compact for JSON Lines.
    public func json(pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
