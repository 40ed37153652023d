import Foundation
import OptiMindCore
import Reports
import Store

/// Turns a report into the seed's analysis row: the Json columns hold the findings as JSON text.
enum AnalysisRows {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func json(_ value: some Encodable) -> String {
        // Encoding these plain value types cannot fail; "null" keeps the column valid JSON regardless.
        (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    static func row(for report: AnalysisReport, document: ExtractedDocument, reports: [String]) -> StoredAnalysis? {
        let id = RowID.make()
        let fileUrl = URL(fileURLWithPath: report.source.path).absoluteString
        if let contract = report.contract {
            var plain: [String: String] = [:]
            for clause in contract.clauses where clause.present { plain[clause.key] = clause.plainLanguage }
            let expected = contract.riskAssessment.factors.filter { $0.missingExpected == true }.map(\.key)
            let check: [String: AnyEncodable] = [
                "governingLaw": AnyEncodable(contract.governingLaw), "venue": AnyEncodable(contract.venue),
                "missingExpectedClauses": AnyEncodable(expected),
                "hasTrackedChanges": AnyEncodable(report.hasTrackedChanges),
            ]
            let metadata: [String: AnyEncodable] = [
                "uploadId": AnyEncodable(report.uploadId), "sha256": AnyEncodable(report.source.sha256),
                "parties": AnyEncodable(contract.parties), "dates": AnyEncodable(contract.dates), "term": AnyEncodable(contract.term),
                "amounts": AnyEncodable(contract.amounts), "noticePeriods": AnyEncodable(contract.noticePeriods),
                "classification": AnyEncodable(report.classification), "reports": AnyEncodable(reports),
                "pages": AnyEncodable(report.source.pages), "reviewReasons": AnyEncodable(contract.reviewReasons),
            ]
            return .contract(
                ContractAnalysisRow(
                    id: id, contractTitle: contract.title, contractType: contract.contractType.rawValue, fileUrl: fileUrl,
                    extractedText: document.text, riskAssessment: json(contract.riskAssessment), clauses: json(contract.clauses),
                    plainLanguage: json(plain), complianceCheck: json(check), recommendations: json(contract.recommendations),
                    confidence: report.classification.confidence, processingTime: report.processingTime,
                    status: contract.status.rawValue, metadata: json(metadata)))
        }
        if let compliance = report.compliance {
            let review: [[String: AnyEncodable]] = [[
                "uploadId": AnyEncodable(report.uploadId), "path": AnyEncodable(report.source.path),
                "title": AnyEncodable(compliance.title), "checklist": AnyEncodable(compliance.checklist),
                "lastUpdated": AnyEncodable(compliance.lastUpdated),
            ]]
            let audit = compliance.checklist.filter(\.present).map { item in
                ["regulation": item.regulation, "requirement": item.key, "article": item.article,
                 "passages": item.evidence.map { "p.\($0.page): \($0.quote)" }.joined(separator: " | ")]
            }
            let training = compliance.regulations.map { regulation -> [String: String] in
                let items = compliance.checklist.filter { $0.regulation == regulation.key }
                // Conditional elements whose condition the document does not show are not gaps.
                let missing = items.filter { $0.status == "missing" }.map(\.what)
                let summary = missing.isEmpty
                    ? "This document covers every \(regulation.key) element that applies to it (\(items.filter(\.applies).count) of \(items.count) checked)."
                    : "Under \(regulation.name), this document should also tell readers: " + missing.joined(separator: "; ") + "."
                return ["regulation": regulation.key, "summary": summary]
            }
            let metadata: [String: AnyEncodable] = [
                "uploadId": AnyEncodable(report.uploadId), "sha256": AnyEncodable(report.source.sha256),
                "title": AnyEncodable(compliance.title), "classification": AnyEncodable(report.classification),
                "reports": AnyEncodable(reports), "lastUpdated": AnyEncodable(compliance.lastUpdated),
                "reviewReasons": AnyEncodable(compliance.reviewReasons),
            ]
            return .compliance(
                ComplianceMonitoringRow(
                    id: id, businessType: compliance.businessType, jurisdiction: compliance.jurisdiction,
                    regulations: json(compliance.regulations), riskAssessment: json(compliance.riskAssessment),
                    documentReviews: json(review), actionPlan: json(compliance.actionPlan), auditPreparation: json(audit),
                    trainingMaterials: json(training), nextReviewDate: epochMillis(iso: compliance.nextReviewDate),
                    confidence: report.classification.confidence, processingTime: report.processingTime,
                    status: compliance.status.rawValue, metadata: json(metadata)))
        }
        return nil
    }

    static func epochMillis(iso: String) -> Int64? { EpochMillis.from(isoDate: iso) }
}

/// Lets heterogeneous values sit in one JSON object.
struct AnyEncodable: Encodable {
    private let encodeValue: (any Encoder) throws -> Void

    init(_ value: some Encodable) { encodeValue = value.encode(to:) }

    func encode(to encoder: any Encoder) throws { try encodeValue(encoder) }
}
