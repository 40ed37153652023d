import Foundation
import Pipeline
import OptiMindCore
import Testing

@testable import Classification

@Suite("Classification")
struct ClassifierTests {
    let classifier: DocumentClassifier

    init() throws {
        classifier = try Repository.ruleSet().classifier
    }

    @Test(
        "contracts written for these tests get their seed type",
        arguments: [
            ("EXECUTIVE EMPLOYMENT AGREEMENT\nThis agreement is entered into between Zeta Corp. (the \"Employer\") and John Smith (the \"Employee\"). The Employee's base salary is USD 180,000 per year. The Employee shall perform the duties of Chief Technology Officer. Either party may terminate this agreement on 30 days' notice.", ContractType.employment),
            ("CONFIDENTIALITY AGREEMENT\nThis agreement is made by and between Alpha Ltd (the \"Disclosing Party\") and Beta LLC (the \"Receiving Party\"). The Receiving Party shall not disclose any Confidential Information and shall return or destroy it. The parties hereby agree as follows.", .nda),
            ("AGREEMENT AND PLAN OF MERGER\nThis Agreement and Plan of Merger is entered into by and among Parent Inc. (\"Parent\"), Merger Sub Inc. (\"Merger Sub\") and Target Corp. At the Effective Time, Merger Sub shall merge with and into the Company, and the Company shall be the surviving corporation. The merger consideration is payable at the closing date.", .mergerAcquisition),
            ("OFFICE LEASE\nThis Lease is entered into by and between Oak Properties (\"Landlord\") and Pine Studio LLC (\"Tenant\"). Landlord leases to Tenant the premises at 5 Main Street. Tenant shall pay base rent of $4,000 per month and a security deposit. The parties agree to the terms below.", .leaseAgreement),
            ("FRANCHISE AGREEMENT\nThis agreement is entered into between BurgerCo (\"Franchisor\") and Local Eats LLC (\"Franchisee\"). The Franchisee shall pay an initial franchise fee and royalty fees and operate the Franchised Restaurant according to the operations manual. The parties hereby agree.", .franchise),
        ])
    func contractTypes(text: String, expected: ContractType) {
        let result = classifier.classify(document(text))
        #expect(result.kind == .contract)
        #expect(result.contractType == expected)
        #expect(result.confidence > 0.5)
        #expect(result.evidence.contains { $0.hasPrefix("title") })
    }

    @Test("a privacy policy is a POLICY, a memo is OTHER, a short note is OTHER")
    func otherKinds() {
        let policy = classifier.classify(document("""
            PRIVACY POLICY
            This policy explains how we collect and use your personal data. We process personal data of data subjects \
            in line with the GDPR. Last updated: 1 March 2025. You have rights over your information.
            """))
        #expect(policy.kind == .policy)
        #expect(policy.contractType == nil)
        let memo = classifier.classify(document("""
            MEMORANDUM
            To: All staff
            From: Facilities
            Re: Office move
            The office moves on Friday. Action items: pack your desk. Best regards, Facilities
            """))
        #expect(memo.kind == .other)
        #expect(classifier.classify(document("Shopping list: eggs, milk")).kind == .other)
    }

    @Test("the generated samples are classified as what they are")
    func samples() throws {
        let extractor = try DocumentAnalyzerFactory.make()
        let expected: [String: (DocumentKind, ContractType?)] = [
            "mutual-nda.pdf": (.contract, .nda), "commercial-lease.pdf": (.contract, .leaseAgreement),
            "master-services-agreement.pdf": (.contract, .serviceAgreement), "employment-agreement.docx": (.contract, .employment),
            "software-licence.docx": (.contract, .licenseAgreement), "privacy-notice.pdf": (.policy, nil),
            "information-security-policy.docx": (.policy, nil), "board-memo.docx": (.other, nil),
        ]
        for (name, (kind, type)) in expected {
            let result = classifier.classify(try extractor.extract(path: Repository.root + "/samples/" + name))
            #expect(result.kind == kind, "\(name)")
            #expect(result.contractType == type, "\(name)")
        }
    }
}
