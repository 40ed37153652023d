import Foundation
import Pipeline
import OptiMindCore
import Testing

@testable import Reports

@Suite("Reports")
struct ReportTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "optimind-reports-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func report(for source: String, title: String = "Services <Agreement> & Co") -> AnalysisReport {
        let findings = ContractFindings(
            title: title, contractType: .serviceAgreement, parties: [Party(name: "Acme", role: "Supplier")],
            dates: KeyDates(agreementDate: "2025-03-03"), governingLaw: GoverningLaw(jurisdiction: "Delaware", country: "United States"),
            amounts: [], noticePeriods: [],
            clauses: [ClauseFinding(key: "governing_law", title: "Governing law", present: true, evidence: [Evidence(page: 2, quote: "laws of Delaware")], risk: "LOW", plainLanguage: "Which law applies.")],
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
        #expect(!html.contains("<script"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".optimind-tmp") }
        #expect(leftovers.isEmpty)
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
