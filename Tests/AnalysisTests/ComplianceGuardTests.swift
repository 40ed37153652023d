import Classification
import Foundation
import Pipeline
import OptiMindCore
import Testing

@testable import ComplianceGuard

@Suite("ComplianceGuard")
struct ComplianceGuardTests {
    let rules = try! Repository.ruleSet()

    func analyze(_ text: String) -> ComplianceFindings {
        let doc = ExtractedDocument(mimeType: "text/plain", pageTexts: [text])
        return rules.compliance.analyze(doc, classification: rules.classifier.classify(doc))
    }

    @Test("the generated GDPR privacy notice: GDPR recognised, mandatory elements present with evidence")
    func completeNotice() throws {
        let analyzer = try DocumentAnalyzerFactory.make()
        let doc = try analyzer.extract(path: Repository.root + "/samples/privacy-notice.pdf")
        let findings = rules.compliance.analyze(doc, classification: analyzer.classify(doc))
        #expect(findings.regulations.first?.key == "GDPR")
        #expect(findings.jurisdiction.contains("European Union"))
        #expect(findings.lastUpdated == "2025-02-01")
        #expect(findings.nextReviewDate == "2026-02-01")
        let gdpr = findings.checklist.filter { $0.regulation == "GDPR" }
        #expect(gdpr.count == 21)
        for key in ["controller_identity", "controller_contact", "dpo_contact", "processing_purposes", "legal_basis",
                    "legitimate_interests", "recipients", "international_transfers", "retention_period", "right_access",
                    "right_rectification", "right_erasure", "right_restriction", "right_object", "right_portability",
                    "right_withdraw_consent", "right_lodge_complaint", "statutory_or_contractual_requirement"] {
            let item = try #require(gdpr.first { $0.key == key })
            #expect(item.present, "\(key)")
            #expect(item.evidence.first.map { $0.page >= 1 && !$0.quote.isEmpty } == true, "\(key) evidence")
        }
        #expect(findings.status != .urgentAttention)
    }

    @Test("a notice missing mandatory elements needs urgent attention, with one prioritised task per gap")
    func incompleteNotice() throws {
        let findings = analyze("""
            PRIVACY POLICY
            Last updated: 10 January 2024
            We collect your personal data under the GDPR. Contact us at privacy@example.com. We use your personal data to \
            provide the service. You have the right of access to your personal data.
            """)
        #expect(findings.status == .urgentAttention)
        let missing = Set(findings.actionPlan.map(\.key))
        #expect(missing.isSuperset(of: ["legal_basis", "retention_period", "right_erasure", "right_lodge_complaint"]))
        #expect(!missing.contains("right_access"))
        #expect(!missing.contains("controller_contact"))
        let lodge = try #require(findings.actionPlan.first { $0.key == "right_lodge_complaint" })
        #expect(lodge.priority == 1)
        #expect(lodge.article.contains("13(2)(d)"))
        #expect(findings.actionPlan.first?.priority == 1)
        #expect(findings.nextReviewDate == "2025-01-10")
    }

    @Test("regulations other than GDPR are recognised with evidence")
    func otherRegulations() {
        let findings = analyze("""
            NOTICE OF PRIVACY PRACTICES
            This notice describes how protected health information about you may be used under HIPAA. California residents \
            have rights under the CCPA. Our payment systems meet PCI DSS.
            """)
        let keys = Set(findings.regulations.map(\.key))
        #expect(keys.isSuperset(of: ["HIPAA", "CCPA", "PCI_DSS"]))
        #expect(!keys.contains("GDPR"))
        #expect(findings.regulations.allSatisfy { !$0.evidence.isEmpty })
    }
}
