import Foundation
import GRDB
import Testing

@Suite("The optimind binary", .serialized)
struct CommandLineTests {
    @Test("a missing file fails with one line naming it and exit 66")
    func missingFile() throws {
        let result = try run(["extract", "/nonexistent/contract.pdf"])
        #expect(result.status == 66)
        #expect(result.stderr == "optimind: /nonexistent/contract.pdf: no such file\n")
    }

    @Test("an unknown option is a usage error (64)")
    func usage() throws {
        #expect(try run(["ingest", "--no-such-flag"]).status == 64)
    }

    @Test("extract --json prints the agreed fields")
    func extractJSON() throws {
        let result = try run(["extract", "--json", Repository.root + "/samples/privacy-notice.pdf"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["mimeType"] as? String == "application/pdf")
        #expect(json?["pages"] as? Int == 2)
        #expect((json?["pageTexts"] as? [String])?.count == 2)
        #expect((json?["text"] as? String)?.contains("PRIVACY NOTICE") == true)
        #expect(json?["warnings"] as? [String] == [])
    }

    @Test("analyze --json prints one report per line, and a bad file fails alone")
    func analyzeLines() throws {
        let workspace = try Workspace()
        let broken = try workspace.write("", to: "demo/empty.txt")
        let result = try run([
            "analyze", "--json", Repository.root + "/samples/mutual-nda.pdf", broken, Repository.root + "/samples/privacy-notice.pdf",
        ])
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["analysis"] as? String == "ContractWise")
        #expect((first?["classification"] as? [String: Any])?["contractType"] as? String == "NDA")
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        #expect(second?["analysis"] as? String == "ComplianceGuard")
        #expect(result.stderr == "optimind: \(broken): empty file\n")
    }

    @Test("ingest a folder: summary, rows in the database, uploads and show list them")
    func ingestFolder() throws {
        let workspace = try Workspace()
        for sample in ["mutual-nda.pdf", "information-security-policy.docx", "board-memo.docx"] {
            try workspace.drop(sample)
        }
        let result = try run(["ingest", workspace.inbox + "/demo", "--project", "legal", "--db", workspace.database, "--workers", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 files in"))
        #expect(result.stdout.contains("3 completed, 0 failed"))
        try workspace.query { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: "SELECT DISTINCT p.name FROM uploads u JOIN projects p ON p.id = u.projectId") == ["legal"])
        }
        let listed = try run(["uploads", "--db", workspace.database, "--status", "COMPLETED", "--json"])
        #expect(listed.status == 0)
        let rows = listed.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(rows.count == 3)
        let ndaId = try #require(rows.first { ($0["path"] as? String)?.hasSuffix("mutual-nda.pdf") == true }?["id"] as? String)
        let shown = try run(["show", ndaId, "--db", workspace.database])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("ContractWise analysis"))
        #expect(shown.stdout.contains("contractType: NDA"))
        #expect(try run(["show", "nope", "--db", workspace.database]).status == 66)
    }
}
