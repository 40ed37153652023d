import Foundation
import GRDB
import OptiMindCore
import Pipeline
import Reports
import Store
import Testing

@Suite("Ingest end to end")
struct EndToEndTests {
    static let samples = [
        "mutual-nda.pdf", "commercial-lease.pdf", "master-services-agreement.pdf", "privacy-notice.pdf",
        "employment-agreement.docx", "software-licence.docx", "information-security-policy.docx", "board-memo.docx",
    ]

    @Test("every sample gets one COMPLETED upload, the right analysis row and its reports; a second run does nothing")
    func samplesIntoInbox() throws {
        let workspace = try Workspace()
        for sample in Self.samples { try workspace.drop(sample) }
        let pipeline = try workspace.pipeline()
        let items = try BatchIngest.collect(paths: [workspace.inbox], project: nil, inbox: workspace.inbox)
        #expect(items.count == 8)
        #expect(items.allSatisfy { $0.project == "demo" })
        let outcomes = try BatchIngest(pipeline: pipeline).run(items, workers: 2) { _, _ in }
        #expect(outcomes.count == 8)

        try workspace.query { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM uploads") == 8)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'") == 8)
            #expect(try String.fetchAll(db, sql: "SELECT name FROM projects") == ["demo"])
            #expect(try String.fetchAll(db, sql: "SELECT email FROM users") == ["counsel@example.com"])
            let types = try String.fetchAll(db, sql: "SELECT contractType FROM contract_analyses ORDER BY contractType")
            #expect(types == ["EMPLOYMENT", "LEASE_AGREEMENT", "LICENSE_AGREEMENT", "NDA", "SERVICE_AGREEMENT"])
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM compliance_monitoring") == 2)
            let nda = try #require(try Row.fetchOne(db, sql: """
                SELECT u.mimeType, u.path, u.metadata, a.riskAssessment, a.clauses, a.complianceCheck, a.metadata AS facts,
                       a.userId = u.userId AS sameOwner,
                       a.projectId = u.projectId AS sameProject
                FROM uploads u JOIN contract_analyses a ON a.id = json_extract(u.metadata, '$.analysisId')
                WHERE u.filename = 'mutual-nda.pdf'
                """))
            #expect(nda["mimeType"] == "application/pdf")
            #expect((nda["path"] as String).hasPrefix("/"))
            #expect(nda["sameOwner"] == true)
            #expect(nda["sameProject"] == true)
            let metadata = try JSONSerialization.jsonObject(with: Data((nda["metadata"] as String).utf8)) as? [String: Any]
            #expect((metadata?["sha256"] as? String)?.count == 64)
            #expect(metadata?["pages"] as? Int == 2)
            let clauses = try JSONSerialization.jsonObject(with: Data((nda["clauses"] as String).utf8)) as? [[String: Any]]
            #expect(clauses?.contains { $0["key"] as? String == "confidentiality" && $0["present"] as? Bool == true } == true)
            // The key facts the platform reads: the venue beside the governing law, the term with the dates.
            let check = try JSONSerialization.jsonObject(with: Data((nda["complianceCheck"] as String).utf8)) as? [String: Any]
            #expect((check?["venue"] as? [String: Any])?["forum"] as? String == "courts of London")
            let facts = try JSONSerialization.jsonObject(with: Data((nda["facts"] as String).utf8)) as? [String: Any]
            #expect((facts?["term"] as? [String: Any])?["length"] as? String == "two (2) years")
            let memo = try #require(try String.fetchOne(db, sql: "SELECT metadata FROM uploads WHERE filename = 'board-memo.docx'"))
            #expect(memo.contains(#""kind":"OTHER""#))
        }
        let demo = workspace.inbox + "/demo/"
        for name in ["mutual-nda.pdf", "commercial-lease.pdf", "master-services-agreement.pdf", "employment-agreement.docx", "software-licence.docx"] {
            #expect(FileManager.default.fileExists(atPath: demo + name + ".contractwise.json"), "\(name)")
            #expect(FileManager.default.fileExists(atPath: demo + name + ".contractwise.html"), "\(name)")
        }
        for name in ["privacy-notice.pdf", "information-security-policy.docx"] {
            #expect(FileManager.default.fileExists(atPath: demo + name + ".complianceguard.json"), "\(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: demo + "board-memo.docx.contractwise.json"))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: demo + "commercial-lease.pdf.contractwise.json"))) as? [String: Any]
        #expect((report?["governingLaw"] as? [String: Any])?["jurisdiction"] as? String == "New York")
        #expect((report?["dates"] as? [String: Any])?["agreementDate"] as? String == "2025-04-01")

        // Reports in the folder are not ingested, and nothing is processed twice.
        let again = try BatchIngest.collect(paths: [workspace.inbox], project: nil, inbox: workspace.inbox)
        #expect(again.count == 8)
        let second = try BatchIngest(pipeline: pipeline).run(again, workers: 2) { _, _ in }
        #expect(second.allSatisfy { if case .skipped = $0 { true } else { false } })
        try workspace.query { (db: Database) throws in #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM uploads") == 8) }
    }

    @Test("a report lost or left empty (a power cut before it reached the disk, a deleted file) is written again from the stored text")
    func lostReportsAreWrittenAgain() throws {
        let workspace = try Workspace()
        let source = try workspace.drop("mutual-nda.pdf")
        let pipeline = try workspace.pipeline()
        let items = try BatchIngest.collect(paths: [workspace.inbox], project: nil, inbox: workspace.inbox)
        _ = try BatchIngest(pipeline: pipeline).run(items, workers: 1) { _, _ in }
        let json = source + ".contractwise.json"
        let html = source + ".contractwise.html"
        let original = try String(contentsOfFile: json, encoding: .utf8)

        // A power cut before the sync leaves empty files or none: the next run writes them again,
        // with the same analysis replaced rather than added.
        try FileManager.default.removeItem(atPath: json)
        try Data().write(to: URL(fileURLWithPath: html))
        let healed = try BatchIngest(pipeline: pipeline).run(items, workers: 1) { _, _ in }
        guard case .completed(_, let reports) = try #require(healed.first) else {
            Issue.record("expected the upload to be analysed again, got \(healed)")
            return
        }
        #expect(Set(reports) == [json, html])
        let rewritten = try String(contentsOfFile: json, encoding: .utf8)
        #expect(rewritten.contains("\"contractType\" : \"NDA\""))
        #expect(rewritten.count > original.count / 2)
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<html"))
        try workspace.query { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM uploads") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM contract_analyses") == 1)
        }

        // With its reports in place, the file is skipped again.
        let third = try BatchIngest(pipeline: pipeline).run(items, workers: 1) { _, _ in }
        #expect(third.allSatisfy { if case .skipped = $0 { true } else { false } })
    }

    @Test("a bad file is FAILED with its reason and an error file; the next file is still processed")
    func failureIsolated() throws {
        let workspace = try Workspace()
        let bad = try workspace.write("%PDF-1.7\nthis is not really a pdf", to: "acme/broken.pdf")
        try workspace.drop("mutual-nda.pdf", into: "acme")
        let pipeline = try workspace.pipeline()
        let items = try BatchIngest.collect(paths: [workspace.inbox + "/acme"], project: nil, inbox: workspace.inbox)
        let outcomes = try BatchIngest(pipeline: pipeline).run(items, workers: 1) { _, _ in }
        #expect(outcomes.count == 2)
        let failed = try #require(outcomes.compactMap { if case .failed(let upload, let reason) = $0 { (upload, reason) } else { nil } }.first)
        #expect(failed.0.path == bad)
        #expect(failed.1.hasPrefix("damaged PDF"))
        let sidecar = try String(contentsOfFile: bad + ".optimind-error.txt", encoding: .utf8)
        #expect(sidecar.contains("Reason: damaged PDF"))
        #expect(sidecar.contains("optimind retry \(failed.0.id)"))
        try workspace.query { (db: Database) throws in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT status, metadata FROM uploads WHERE path = ?", arguments: [bad]))
            #expect(row["status"] == "FAILED")
            #expect((row["metadata"] as String).contains("damaged PDF"))
            #expect((row["metadata"] as String).contains(#""failedStage":"extract""#))
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'") == 1)
            #expect(try String.fetchOne(db, sql: "SELECT name FROM projects") == "acme")
        }
    }

    @Test("a changed file at the same path is a new upload; an interrupted one is resumed")
    func changedAndResumed() throws {
        let workspace = try Workspace()
        let path = try workspace.write("MEMORANDUM\nTo: staff\nFrom: legal\nRe: one", to: "demo/note.txt")
        let pipeline = try workspace.pipeline(workers: 1)
        let analyzer = try pipeline.makeAnalyzer()
        let first = pipeline.process(path: path, project: "demo", analyzer: analyzer)
        try Data("MEMORANDUM\nTo: staff\nFrom: legal\nRe: two".utf8).write(to: URL(fileURLWithPath: path))
        let second = pipeline.process(path: path, project: "demo", analyzer: analyzer)
        #expect(first.upload?.id != second.upload?.id)
        #expect(second.upload?.status == .completed)

        // A crash after markProcessing leaves PROCESSING; the next run resumes the same upload.
        let crashed = try workspace.write("MEMORANDUM\nTo: staff\nRe: three", to: "demo/crash.txt")
        let sha = try SHA256Digest.hex(ofFile: crashed)
        let store = pipeline.store
        let record = UploadRecord(
            filename: "crash.txt", originalName: "crash.txt", path: crashed, size: 10, mimeType: "application/octet-stream",
            userId: pipeline.ownerId, projectId: try pipeline.projectId(named: "demo"), metadata: UploadMetadata(sha256: sha, project: "demo"))
        try store.insert(record)
        _ = try store.markProcessing(id: record.id)
        let resumed = pipeline.process(path: crashed, project: "demo", analyzer: analyzer)
        #expect(resumed.upload?.id == record.id)
        #expect(resumed.upload?.status == .completed)
        #expect(resumed.upload?.metadata.attempts == 2)
    }
}
