import Foundation
import Classification
import ComplianceGuard
import Pipeline
import OptiMindCore
import Testing

@testable import Reports

@Suite("Reports")
final class ReportTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "optimind-reports-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func report(for source: String, title: String = "Services <Agreement> & Co") -> AnalysisReport {
        let findings = ContractFindings(
            title: title, contractType: .serviceAgreement, parties: [Party(name: "Acme", role: "Supplier")],
            dates: KeyDates(agreementDate: "2025-03-03"), governingLaw: GoverningLaw(jurisdiction: "Delaware", country: "United States"),
            venue: Venue(forum: "state and federal courts located in Wilmington, Delaware", exclusive: true),
            term: TermFacts(length: "three (3) years", renewal: "automatic", renewalLength: "one-year"),
            amounts: [
                MoneyAmount(text: "$12,000", value: 12_000, currency: "USD", currencyStated: false, evidence: [Evidence(page: 3, quote: "a fee of $12,000")]),
                MoneyAmount(text: "EUR 3,000", value: 3_000, currency: "EUR", currencyStated: true, evidence: [Evidence(page: 4, quote: "EUR 3,000 for travel")]),
            ],
            noticePeriods: [NoticePeriod(text: "60 days' prior written notice", value: 60, unit: "days", purpose: "termination", evidence: [Evidence(page: 2, quote: "terminate on 60 days' prior written notice")])],
            clauses: [ClauseFinding(key: "governing_law", title: "Governing law", present: true, evidence: [Evidence(page: 2, quote: "laws of Delaware")], risk: "LOW", plainLanguage: "Which law applies.", basis: "rules and model", modelProbability: 0.934)],
            riskAssessment: RiskAssessment(score: 0.1, level: "LOW", factors: []), recommendations: [], status: .completed)
        return AnalysisReport(
            source: .init(path: source, sha256: "abc", mimeType: "application/pdf", size: 10, pages: 2), uploadId: "u1",
            classification: Classification(kind: .contract, contractType: .serviceAgreement, confidence: 0.9, evidence: ["title"]),
            contract: findings, compliance: nil, processingTime: 5, warnings: [], hasTrackedChanges: false)
    }

    @Test("JSON and HTML reports are written next to the source with the agreed names and fields")
    func writes() throws {
        let source = folder + "/msa.pdf"
        let written = try ReportWriter(formats: [.json, .html, .md]).write(report(for: source))
        #expect(written == [source + ".contractwise.json", source + ".contractwise.html", source + ".contractwise.md"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: written[0]))) as? [String: Any]
        #expect(json?["schemaVersion"] as? Int == 1)
        #expect(json?["analysis"] as? String == "ContractWise")
        #expect(json?["uploadId"] as? String == "u1")
        #expect((json?["source"] as? [String: Any])?["pages"] as? Int == 2)
        #expect((json?["dates"] as? [String: Any])?["agreementDate"] as? String == "2025-03-03")
        #expect((json?["dates"] as? [String: Any])?.keys.contains("effectiveDate") == true, "absent dates are null, not missing")
        #expect((json?["classification"] as? [String: Any])?["contractType"] as? String == "SERVICE_AGREEMENT")
        #expect((json?["clauses"] as? [[String: Any]])?.first?["key"] as? String == "governing_law")
        let html = try String(contentsOfFile: written[1], encoding: .utf8)
        #expect(html.contains("Services &lt;Agreement&gt; &amp; Co"))
        #expect(!html.contains("<Agreement>"))
        #expect(html.contains("p.2: <q>laws of Delaware</q>"))
        #expect(html.contains("yes<br><small>rules and model, p 0.93</small>"), "how a clause was found")
        #expect((json?["clauses"] as? [[String: Any]])?.first?["basis"] as? String == "rules and model")
        #expect((json?["clauses"] as? [[String: Any]])?.first?["modelProbability"] as? Double == 0.934)
        #expect(!html.contains("<script"))
        #expect(html.contains("<dt>Term</dt><dd>three (3) years; renews automatically for one-year periods</dd>"))
        #expect(KeyFactText.term(TermFacts(), dates: KeyDates(effectiveDate: "2025-07-01", expirationDate: "2026-06-30")) == "2025-07-01 to 2026-06-30")
        // A renewal by the year or month as the contract writes it reads as English.
        for (length, words) in [
            ("annually", "renews automatically annually"), ("month-to-month", "renews automatically month-to-month"),
            ("from year to year", "renews automatically from year to year"), ("annual periods", "renews automatically for annual periods"),
            ("one-year", "renews automatically for one-year periods"), ("twelve (12) months", "renews automatically for periods of twelve (12) months"),
        ] {
            #expect(KeyFactText.term(TermFacts(renewal: "automatic", renewalLength: length)) == words)
        }
        #expect(KeyFactText.term(TermFacts()) == "not stated")
        #expect(KeyFactText.term(TermFacts(length: "twelve (12) months", renewal: "automatic", renewalLength: "twelve (12) months"))
            == "twelve (12) months; renews automatically for periods of twelve (12) months")
        #expect(html.contains("<dt>Venue</dt><dd>the state and federal courts located in Wilmington, Delaware (exclusive)</dd>"))
        #expect((json?["venue"] as? [String: Any])?["exclusive"] as? Bool == true)
        #expect((json?["term"] as? [String: Any])?.keys.contains("renewalLength") == true)
        // Amounts with their currency, said to be assumed where the contract wrote a bare "$", and their page.
        #expect(html.contains("<dt>Amounts</dt><dd>$12,000 (USD assumed, p. 3); EUR 3,000 (p. 4)</dd>"))
        let amounts = json?["amounts"] as? [[String: Any]]
        #expect(amounts?.first?["currency"] as? String == "USD")
        #expect(amounts?.first?["value"] as? Double == 12_000)
        #expect(amounts?.first?["currencyStated"] as? Bool == false)
        #expect(((amounts?.last?["evidence"] as? [[String: Any]])?.first?["page"]) as? Int == 4)
        let markdown = try String(contentsOfFile: written[2], encoding: .utf8)
        #expect(markdown.contains("- Amounts: $12,000 (USD assumed, p. 3); EUR 3,000 (p. 4)"))
        // Notice periods by what they are for, with their page.
        #expect(html.contains("<dt>Notice periods</dt><dd>termination: 60 days&#39; prior written notice (p. 2)</dd>") || html.contains("<dt>Notice periods</dt><dd>termination: 60 days' prior written notice (p. 2)</dd>"))
        #expect(markdown.contains("- Notice periods: termination: 60 days' prior written notice (p. 2)"))
        #expect((json?["noticePeriods"] as? [[String: Any]])?.first?["value"] as? Int == 60)
        #expect(markdown.contains("- Venue: the state and federal courts located in Wilmington, Delaware (exclusive)"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".optimind-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("a report to review says why (the confidence against the threshold, then the doubts) in the JSON, HTML and Markdown; a sure one has no reasons")
    func reviewReasons() throws {
        let analyzer = try DocumentAnalyzerFactory.make()
        var timings = StageTimings()
        let explainer = try analyzer.analyze(
            document("""
                Employment Agreement
                An employment agreement sets out the deal between an employer and an employee. Employers use written agreements mostly for senior hires.
                Typical sections cover the job title and duties, salary and bonus, holidays, termination and notice, and restrictions after the employment ends.
                """), path: folder + "/explainer.txt", sha256: "abc", uploadId: nil, timings: &timings)
        #expect(explainer.status == "REVIEW_REQUIRED")
        let threshold = try Repository.ruleSet().classifier.rules.reviewThreshold
        let reasons = explainer.reviewReasons
        #expect(reasons.first == "classification confidence \(explainer.classification.confidence) is below the review threshold \(threshold)")
        #expect(reasons.dropFirst().contains { $0.hasPrefix("no contract language") })
        let written = try ReportWriter(formats: [.json, .html, .md]).write(explainer)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: written[0]))) as? [String: Any]
        #expect(json?["reviewReasons"] as? [String] == reasons)
        #expect((json?["classification"] as? [String: Any])?["doubts"] as? [String] == explainer.classification.doubts)
        let html = try String(contentsOfFile: written[1], encoding: .utf8)
        #expect(html.contains("<dt>Why review</dt><dd>\(HTMLReportRenderer.escape(reasons.joined(separator: "; ")))</dd>"))
        let markdown = try String(contentsOfFile: written[2], encoding: .utf8)
        #expect(markdown.contains("Why review:\n- \(reasons[0])\n"))

        let policy = try analyzer.analyze(
            document("Data Retention Guidelines\nKeep records only as long as the business needs them, then delete them."),
            path: folder + "/guidelines.txt", sha256: "abc", uploadId: nil, timings: &timings)
        #expect(policy.status == "REVIEW_REQUIRED")
        #expect(policy.reviewReasons.first?.hasPrefix("no regulation recognised") == true)

        // A project that sets the analysis keeps the classifier's doubts with its own note.
        let forced = try analyzer.analyze(
            document("Terms and Conditions\nThese terms govern the services Harbor Print Ltd provides to the customer. Harbor Print shall provide the services described in the order form.\nThe customer pays the fees stated in the order within 30 days of invoice. Goods remain Harbor Print's property until paid for.\nThese terms are governed by the laws of England and Wales."),
            path: folder + "/terms.txt", sha256: "abc", uploadId: nil, analysis: .policy, timings: &timings)
        #expect(forced.classification.kind == .policy)
        #expect(forced.classification.evidence.last == "analysis set to policy by the project's configuration")
        #expect(forced.classification.doubts.first?.hasPrefix("another type scored too: SALES_CONTRACT") == true)

        let sure = report(for: folder + "/msa.pdf")
        #expect(sure.reviewReasons.isEmpty)
        #expect(!HTMLReportRenderer.render(sure).contains("Why review"))
        #expect(!MarkdownReportRenderer.render(sure).contains("Why review"))
    }

    @Test("the HTML names the governing law with its country, a country's own law once, and says when no clause chose it")
    func lawWithCountry() throws {
        let source = folder + "/reseller.pdf"
        var report = report(for: source)
        let delaware = try String(contentsOfFile: try ReportWriter(formats: [.html]).write(report)[0], encoding: .utf8)
        #expect(delaware.contains("Delaware, United States"))
        report.contract?.governingLaw = GoverningLaw(jurisdiction: "Israel", country: "Israel")
        let israel = try String(contentsOfFile: try ReportWriter(formats: [.html]).write(report)[0], encoding: .utf8)
        #expect(israel.contains("Israel") && !israel.contains("Israel, Israel"))
        report.contract?.governingLaw = GoverningLaw(jurisdiction: "Massachusetts", country: "United States", inferredFrom: "venue")
        let inferred = try String(contentsOfFile: try ReportWriter(formats: [.html]).write(report)[0], encoding: .utf8)
        #expect(inferred.contains("Massachusetts, United States (no clause chooses a law; inferred from the courts named for disputes)"))
        report.contract?.governingLaw = GoverningLaw(jurisdiction: "California", country: "United States", inferredFrom: "premises")
        let premises = try String(contentsOfFile: try ReportWriter(formats: [.html]).write(report)[0], encoding: .utf8)
        #expect(premises.contains("California, United States (no clause chooses a law; the law where the premises are)"))
    }

    @Test("HTML escaping replaces the five special characters and leaves other text, accents and quotes included, as it is")
    func htmlEscaping() {
        #expect(HTMLReportRenderer.escape("a<b & \"c\" 'd' é>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39; é&gt;")
        #expect(HTMLReportRenderer.escape("“Licensee” — 5 € §2") == "“Licensee” — 5 € §2")
        #expect(HTMLReportRenderer.escape("") == "")
    }

    @Test("a report replaces its own earlier version")
    func replacesOwn() throws {
        let source = folder + "/msa.pdf"
        let writer = ReportWriter(formats: [.json])
        try writer.write(report(for: source, title: "First"))
        try writer.write(report(for: source, title: "Second"))
        #expect(try String(contentsOfFile: source + ".contractwise.json", encoding: .utf8).contains("Second"))
    }

    @Test("a file optimind did not write is never overwritten, and a symlink is never followed")
    func refusesForeignFiles() throws {
        let source = folder + "/msa.pdf"
        try Data("my own notes".utf8).write(to: URL(fileURLWithPath: source + ".contractwise.json"))
        #expect(throws: ReportError.self) { try ReportWriter(formats: [.json]).write(report(for: source)) }
        #expect(try String(contentsOfFile: source + ".contractwise.json", encoding: .utf8) == "my own notes")

        let target = folder + "/elsewhere.html"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: source + ".contractwise.html", withDestinationPath: target)
        #expect(throws: ReportError.self) { try ReportWriter(formats: [.html]).write(report(for: source)) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious")
    }

    @Test("the error sidecar says why and how to retry, and a later success removes it")
    func errorSidecar() throws {
        let source = folder + "/broken.pdf"
        let writer = ReportWriter(formats: [.json])
        let path = try writer.writeError(source: source, reason: "encrypted: password required", uploadId: "u9", stage: "extract")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Reason: encrypted: password required"))
        #expect(text.contains("optimind retry u9"))
        try writer.write(report(for: source))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("own outputs are recognised so they are never ingested")
    func ownOutputs() {
        #expect(ReportWriter.isOwnOutput("/in/acme/msa.pdf.contractwise.json"))
        #expect(ReportWriter.isOwnOutput("/in/acme/msa.pdf.optimind-error.txt"))
        #expect(!ReportWriter.isOwnOutput("/in/acme/msa.pdf"))
    }
}

@Suite("Compliance roll-up")
struct ComplianceRollupTests {
    @Test("one CSV and one HTML row per policy with a report, urgent first; spreadsheet formulas defused; re-runs replace them")
    func rollup() throws {
        let folder = NSTemporaryDirectory() + "rollup-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rules = try Repository.ruleSet()
        func analyse(_ name: String, _ text: String) throws -> String {
            let path = folder + "/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let doc = ExtractedDocument(mimeType: "text/plain", pageTexts: [text])
            let classification = rules.classifier.classify(doc)
            let findings = rules.compliance.analyze(doc, classification: classification)
            let report = AnalysisReport(
                source: .init(path: path, sha256: "x", mimeType: "text/plain", size: Int64(text.utf8.count), pages: 1), uploadId: "u-\(name)",
                classification: classification, contract: nil, compliance: findings, processingTime: 1, warnings: [],
                hasTrackedChanges: false, duplicateOf: nil)
            try ReportWriter(formats: [.json]).write(report)
            return path
        }
        let good = try analyse("good.txt", try String(contentsOfFile: Repository.root + "/Tests/AnalysisTests/Policies/hipaa-npp.txt", encoding: .utf8))
        let bad = try analyse("=bad.txt", "PRIVACY POLICY, DRAFT\nLast updated: 2 May 2019\nWe process personal data under the GDPR.")
        let memo = folder + "/memo.txt"
        try Data("Lunch is at noon.".utf8).write(to: URL(fileURLWithPath: memo))

        let written = try ComplianceRollup.write(sources: [good, bad, memo], to: folder)
        #expect(written.count == 2)
        let csv = try String(contentsOfFile: folder + "/" + ComplianceRollup.csvName, encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3, "header and two policies; the memo has no compliance report")
        #expect(lines[0].hasPrefix("document,title,status,regulations,urgent_gaps"))
        #expect(lines[1].hasPrefix("'=bad.txt,\"PRIVACY POLICY, DRAFT\",URGENT_ATTENTION,GDPR,"), "urgent first, quoted, formula defused")
        #expect(lines[1].contains("GDPR.right_lodge_complaint"))
        #expect(lines[1].contains("2019-05-02,2020-05-02"))
        #expect(lines[2].hasPrefix("good.txt,NOTICE OF PRIVACY PRACTICES,COMPLETED,HIPAA,0,"))
        let html = try String(contentsOfFile: folder + "/" + ComplianceRollup.htmlName, encoding: .utf8)
        #expect(html.contains("href=\"good.txt.complianceguard.html\""))
        #expect(html.contains("(overdue)"))
        #expect(ReportWriter.isOwnOutput(folder + "/" + ComplianceRollup.csvName))

        // Written again over its own files; gone when no policy is left.
        #expect(try ComplianceRollup.write(sources: [good], to: folder).count == 2)
        #expect(try ComplianceRollup.write(sources: [memo], to: folder).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/" + ComplianceRollup.csvName))
    }
}
