import Classification
import ComplianceGuard
import ContractWise
import Foundation
import OptiMindCore
import Reports
import Store
import Testing

@testable import Pipeline

@Suite("analysis rows: contract_analyses and compliance_monitoring")
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

    @Test("a contract row's complianceCheck lists the clauses its type normally has and it lacks, each with its risk factor")
    func missingExpectedClauses() throws {
        let text = """
            COMMERCIAL LEASE AGREEMENT
            This Lease Agreement is made on March 1, 2026 between Acme Properties LLC ("Landlord") and Smith Bakery LLC ("Tenant").
            1. Premises. Landlord leases to Tenant the retail unit at 12 Oak Street.
            2. Rent. Tenant shall pay rent of $1,800 per month on the first day of each month.
            3. Governing Law. This Lease is governed by the laws of the State of Oregon.
            """
        let (row, contract) = try contractRow(text)
        let check = try #require(row.complianceCheck)
        let missing = try #require((try JSONSerialization.jsonObject(with: Data(check.utf8)) as? [String: Any])?["missingExpectedClauses"] as? [String])
        #expect(Set(missing) == ["termination_any", "insurance"])
        let factor = try #require(contract.riskAssessment.factors.first { $0.key == "insurance" }).factor
        #expect(factor == "Lease agreement without insurance: a contract of this type normally has it.")
    }

    @Test("a contract row to review keeps why in its metadata, beside the classification's doubts")
    func reviewReasonsStored() throws {
        let (row, contract) = try contractRow("""
            Employment Agreement
            An employment agreement sets out the deal between an employer and an employee. Typical sections cover duties, salary, holidays and notice.
            """)
        #expect(row.status == "REVIEW_REQUIRED")
        let stored = try #require(row.metadata)
        let metadata = try #require(try JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [String: Any])
        let reasons = try #require(metadata["reviewReasons"] as? [String])
        #expect(reasons.count == 2 && reasons == contract.reviewReasons)
        #expect(reasons[1].hasPrefix("no contract language"))
        #expect((metadata["classification"] as? [String: Any])?["doubts"] as? [String] == ["no contract language (shall, hereby, a party defined in brackets, this Agreement): an article or guide? (raw confidence halved)"])
    }

    /// The contract_analyses row of a text, classified and analysed as the pipeline does, with the findings it was made from.
    private func contractRow(_ text: String) throws -> (ContractAnalysisRow, ContractFindings) {
        let rules = try RuleSet(directory: Repository.root + "/Config/rules")
        let document = ExtractedDocument(mimeType: "text/plain", pageTexts: [text])
        let classification = rules.classifier.classify(document)
        let contract = rules.contracts.analyze(document, classification: classification)
        let report = AnalysisReport(
            source: .init(path: "/inbox/p/contract.txt", sha256: "x", mimeType: "text/plain", size: 1, pages: 1), uploadId: "u1",
            classification: classification, contract: contract, compliance: nil, processingTime: 1, warnings: [], hasTrackedChanges: false)
        guard case .contract(let row) = try #require(AnalysisRows.row(for: report, document: document, reports: [])) else {
            throw RowError.notAContractRow
        }
        return (row, contract)
    }

    private enum RowError: Error { case notAContractRow }

    @Test("nextReviewDate is midnight UTC of the ISO date, as Foundation's ISO 8601 parser reads it; a date that does not exist is nil")
    func reviewDateInMilliseconds() throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // Every third day from 1899 to 2201: both sides of 1970, leap years, 1900 and 2100 (not leap), 2000 (leap).
        var day = try #require(calendar.date(from: DateComponents(year: 1899, month: 1, day: 1)))
        let end = try #require(calendar.date(from: DateComponents(year: 2201, month: 1, day: 1)))
        var checked = 0
        while day < end {
            let parts = calendar.dateComponents([.year, .month, .day], from: day)
            let iso = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            #expect(AnalysisRows.epochMillis(iso: iso) == formatter.date(from: iso).map(EpochMillis.from), "\(iso)")
            day = calendar.date(byAdding: .day, value: 3, to: day)!
            checked += 1
        }
        #expect(checked > 36_000)
        for iso in ["2000-02-29", "2024-02-29", "1970-01-01", "2026-12-31"] {
            #expect(AnalysisRows.epochMillis(iso: iso) == formatter.date(from: iso).map(EpochMillis.from), "\(iso)")
        }
        #expect(AnalysisRows.epochMillis(iso: "1970-01-02") == 86_400_000)
        for bad in ["1900-02-29", "2023-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-10", "20260110", "", "2026-01-1x"] {
            #expect(AnalysisRows.epochMillis(iso: bad) == nil, "\(bad)")
        }
    }
}
