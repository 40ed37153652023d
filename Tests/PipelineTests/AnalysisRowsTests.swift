import Classification
import ComplianceGuard
import Foundation
import OptiMindCore
import Reports
import Store
import Testing

@testable import Pipeline

@Suite("compliance_monitoring row")
struct AnalysisRowsTests {
    @Test("training materials name only the gaps that apply; audit preparation maps each passage to its requirement")
    func complianceRow() throws {
        let rules = try RuleSet(directory: Repository.root + "/Config/rules")
        let text = try String(contentsOfFile: Repository.root + "/Tests/AnalysisTests/Policies/ccpa-incomplete.txt", encoding: .utf8)
        let document = ExtractedDocument(mimeType: "text/plain", pageTexts: [text])
        let classification = rules.classifier.classify(document)
        let report = AnalysisReport(
            source: .init(path: "/inbox/p/policy.txt", sha256: "x", mimeType: "text/plain", size: 1, pages: 1), uploadId: "u1",
            classification: classification, contract: nil, compliance: rules.compliance.analyze(document, classification: classification),
            processingTime: 1, warnings: [], hasTrackedChanges: false)
        guard case .compliance(let row) = try #require(AnalysisRows.row(for: report, document: document, reports: [])) else {
            Issue.record("not a compliance row")
            return
        }
        let training = try #require(row.trainingMaterials)
        #expect(training.contains("right to correct inaccurate personal information"))
        #expect(!training.contains("consumers under 16"), "the minors element does not apply to this notice")
        let audit = try #require(row.auditPreparation)
        #expect(audit.contains("\"requirement\":\"right_to_delete\""))
        #expect(row.status == "URGENT_ATTENTION")
    }
}
