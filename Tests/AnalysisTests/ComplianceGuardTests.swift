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
        return rules.complianceFindings(doc)
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

/// Hand-written policies (Tests/AnalysisTests/Policies), complete and deliberately incomplete, checked
/// element by element.
@Suite("ComplianceGuard checklists")
struct ComplianceChecklistTests {
    let rules = try! Repository.ruleSet()

    func analyze(_ text: String) -> ComplianceFindings {
        let doc = ExtractedDocument(mimeType: "text/plain", pageTexts: [text])
        return rules.complianceFindings(doc)
    }

    func policy(_ name: String) throws -> String {
        try String(contentsOfFile: Repository.root + "/Tests/AnalysisTests/Policies/\(name)", encoding: .utf8)
    }

    func statuses(_ findings: ComplianceFindings, _ regulation: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: findings.checklist.filter { $0.regulation == regulation }.map { ($0.key, $0.status) })
    }

    @Test("a complete CCPA/CPRA notice: every element present with evidence, nothing urgent")
    func ccpaComplete() throws {
        let findings = analyze(try policy("ccpa-complete.txt"))
        #expect(findings.regulations.map(\.key) == ["CCPA"])
        #expect(findings.title == "California Privacy Notice")
        let items = findings.checklist.filter { $0.regulation == "CCPA" }
        #expect(items.count == 18)
        for item in items {
            #expect(item.status == "present", "\(item.key)")
            #expect(item.evidence.first?.quote.isEmpty == false, "\(item.key)")
        }
        #expect(findings.status != .urgentAttention)
        #expect(!findings.actionPlan.contains { $0.priority == 1 })
    }

    @Test("an incomplete CCPA notice: exactly the missing elements are gaps, each a P1 task with its section")
    func ccpaIncomplete() throws {
        let findings = analyze(try policy("ccpa-incomplete.txt"))
        let status = statuses(findings, "CCPA")
        let missing = Set(status.filter { $0.value == "missing" }.keys)
        #expect(missing == ["sources", "categories_disclosed", "right_to_correct", "non_discrimination", "verification",
                            "authorized_agent", "retention", "financial_incentives"])
        #expect(Set(status.filter { $0.value == "present" }.keys) == [
            "categories_collected", "purposes", "sale_or_sharing", "right_to_know", "right_to_delete", "right_to_opt_out",
            "request_methods", "last_updated"])
        // Conditional elements whose condition the notice does not show are not gaps.
        #expect(status["right_to_limit"] == "not_applicable")
        #expect(status["minors"] == "not_applicable")
        #expect(findings.status == .urgentAttention)
        let correct = try #require(findings.actionPlan.first { $0.key == "right_to_correct" })
        #expect(correct.priority == 1)
        #expect(correct.task.contains("§1798.106"))
        // The loyalty programme shows a financial incentive: its notice is a gap, with the passage that shows why.
        let incentive = try #require(findings.checklist.first { $0.key == "financial_incentives" })
        #expect(incentive.applies)
        #expect(incentive.conditionEvidence.first?.quote.contains("loyalty program") == true)
        #expect(findings.actionPlan.first { $0.key == "financial_incentives" }?.priority == 2)
        #expect(findings.actionPlan.first { $0.key == "minors" }?.priority == 3)
        #expect(!findings.riskAssessment.factors.contains { $0.key == "minors" }, "a condition not shown adds no risk")
    }

    @Test("a complete HIPAA notice of privacy practices has all 18 elements; removing two paragraphs makes them gaps")
    func hipaa() throws {
        let text = try policy("hipaa-npp.txt")
        let complete = analyze(text)
        #expect(complete.regulations.first?.key == "HIPAA")
        let status = statuses(complete, "HIPAA")
        #expect(status.count == 18)
        #expect(status.values.allSatisfy { $0 == "present" }, "\(status.filter { $0.value != "present" })")
        #expect(complete.status != .urgentAttention)

        let cut = text.components(separatedBy: "\n").filter { !$0.hasPrefix("If you believe your privacy rights") && !$0.contains("accounting of disclosures") }
            .joined(separator: "\n")
        let partial = statuses(analyze(cut), "HIPAA")
        #expect(partial["complaints"] == "missing")
        #expect(partial["right_accounting"] == "missing")
        #expect(partial["right_paper_copy"] == "missing", "the paper-copy sentence was in the removed paragraph")
        #expect(partial["treatment_payment_operations"] == "present")
    }

    @Test("an ISO/IEC 27001 security policy: the Annex A themes it covers and the ones it leaves out")
    func iso27001() throws {
        let findings = analyze(try policy("security-policy.txt"))
        #expect(findings.regulations.map(\.key).contains("ISO_27001"))
        let status = statuses(findings, "ISO_27001")
        #expect(Set(status.filter { $0.value == "missing" }.keys) == [
            "acceptable_use", "business_continuity", "legal_requirements", "screening", "physical_security", "clear_desk",
            "logging_monitoring", "secure_development", "change_management"])
        for key in ["information_security_policies", "roles_responsibilities", "asset_inventory", "classification", "access_control",
                    "authentication", "supplier_security", "incident_management", "awareness_training", "disciplinary_process",
                    "remote_working", "endpoint_devices", "privileged_access", "malware_protection", "vulnerability_management",
                    "backup", "network_security", "cryptography"] {
            #expect(status[key] == "present", "\(key)")
        }
        // Annex A gaps are real but not legal musts: priority 2, not urgent.
        #expect(findings.actionPlan.first { $0.key == "clear_desk" }?.priority == 2)
        #expect(findings.status != .urgentAttention)
    }

    @Test("GDPR conditional elements: a named DPO without contact details is a gap; a notice that never mentions one is not")
    func gdprConditional() {
        let base = """
            PRIVACY NOTICE
            Last updated: 1 March 2020
            Acme GmbH is the controller of your personal data under the GDPR. Contact us at privacy@acme.example.
            """
        let named = analyze(base + "\nWe have appointed a Data Protection Officer. We use your personal data to provide the service.")
        let dpo = named.checklist.first { $0.key == "dpo_contact" }
        #expect(dpo?.status == "missing")
        #expect(named.actionPlan.first { $0.key == "dpo_contact" }?.priority == 2)

        let silent = analyze(base + "\nWe use your personal data to provide the service.")
        #expect(silent.checklist.first { $0.key == "dpo_contact" }?.status == "not_applicable")
        #expect(!silent.riskAssessment.factors.contains { $0.key == "dpo_contact" })

        let contact = analyze(base + "\nYou can contact our Data Protection Officer at dpo@acme.example.")
        #expect(contact.checklist.first { $0.key == "dpo_contact" }?.status == "present")

        let automated = analyze(base + "\nWe do not make decisions based solely on automated processing that produce legal effects.")
        #expect(automated.checklist.first { $0.key == "automated_decision_making" }?.status == "present")
    }

    @Test(
        "precision: a sentence about the practice is not the right itself",
        arguments: [
            ("We delete your personal data after two years.", "right_erasure", "missing"),
            ("You may ask us to delete your personal data at any time.", "right_erasure", "present"),
            ("Access to your personal data is limited to authorised staff.", "right_access", "missing"),
            ("You have the right to request access to the personal data we hold about you.", "right_access", "present"),
            ("Our engineers correct errors in the service quickly.", "right_rectification", "missing"),
            ("You can ask us to correct inaccurate personal data.", "right_rectification", "present"),
        ])
    func practiceIsNotRight(sentence: String, key: String, status: String) {
        let findings = analyze("PRIVACY NOTICE\nWe process personal data under the GDPR.\n" + sentence)
        #expect(findings.checklist.first { $0.key == key }?.status == status)
    }

    @Test("a review date already passed is a task of its own")
    func overdueReview() throws {
        let findings = analyze("""
            PRIVACY NOTICE
            Last updated: 1 March 2020
            Acme GmbH is the controller of your personal data under the GDPR.
            """)
        #expect(findings.nextReviewDate == "2021-03-01")
        let overdue = try #require(findings.actionPlan.first { $0.key == "review_overdue" })
        #expect(overdue.task.contains("2021-03-01"))
    }
}
