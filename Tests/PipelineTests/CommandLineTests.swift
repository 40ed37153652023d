import Foundation
import GRDB
import Pipeline
import Testing

@Suite("The optimind binary", .serialized)
struct CommandLineTests {
    @Test("a missing file fails with one line naming it and exit 66")
    func missingFile() throws {
        let result = try run(["extract", "/nonexistent/contract.pdf"])
        #expect(result.status == 66)
        #expect(result.stderr == "optimind: /nonexistent/contract.pdf: no such file\n")
        // analyze reads the file for its digest first; it says the same, not "no permission".
        let analyzed = try run(["analyze", "/nonexistent/contract.pdf"])
        #expect(analyzed.status == 66)
        #expect(analyzed.stderr == "optimind: /nonexistent/contract.pdf: cannot read: no such file\n")
        let workspace = try Workspace()
        let folder = try run(["analyze", workspace.root])
        #expect(folder.status == 66)
        #expect(folder.stderr == "optimind: \(workspace.root): cannot read: is a directory\n")
    }

    @Test("init creates the inbox with its demo project, the database and the owner")
    func initCommand() throws {
        let workspace = try Workspace()
        let inbox = workspace.root + "/fresh-inbox"
        let result = try run(["init", "--inbox", inbox, "--db", workspace.database])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: inbox + "/demo"))
        #expect(result.stdout.contains("project demo"))
        #expect(workspace.count("SELECT COUNT(*) FROM users") == 1)
        #expect(workspace.count("SELECT COUNT(*) FROM projects WHERE name = 'demo'") == 1)
    }

    @Test("sniff names each file's type from its content; classify says what each document is")
    func sniffAndClassify() throws {
        let workspace = try Workspace()
        let disguised = workspace.root + "/contract.docx"
        try FileManager.default.copyItem(atPath: Repository.root + "/samples/mutual-nda.pdf", toPath: disguised)
        let sniffed = try run(["sniff", disguised, Repository.root + "/samples/board-memo.docx"])
        #expect(sniffed.status == 0)
        #expect(sniffed.stdout.contains("\(disguised): application/pdf"))
        #expect(sniffed.stdout.contains("board-memo.docx: application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        let classified = try run(["classify", "--json", disguised, Repository.root + "/samples/privacy-notice.pdf"])
        #expect(classified.status == 0)
        let lines = classified.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 2)
        #expect((lines.first?["classification"] as? [String: Any])?["contractType"] as? String == "NDA")
        #expect((lines.last?["classification"] as? [String: Any])?["kind"] as? String == "POLICY")
        #expect(try run(["sniff", workspace.root + "/missing.pdf"]).status == 66)
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

    @Test("OPTIMIND_PROFILE_PATTERNS=1 lists the 25 costliest patterns after the reports; =3 the 3 costliest")
    func patternProfile() throws {
        let nda = Repository.root + "/samples/mutual-nda.pdf"
        let on = try run(["analyze", "--json", nda], environment: ["OPTIMIND_PROFILE_PATTERNS": "1"])
        #expect(on.status == 0)
        let rows = on.stderr.split(separator: "\n").filter { $0.contains(" ms ") }
        // The total's row, then one per pattern.
        #expect(rows.count == 26, "\(on.stderr)")
        #expect(on.stderr.hasPrefix("costliest patterns:\n"))
        let three = try run(["analyze", "--json", nda], environment: ["OPTIMIND_PROFILE_PATTERNS": "3"])
        #expect(three.stderr.split(separator: "\n").filter { $0.contains(" ms ") }.count == 4)
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
        // The security policy is the batch's only policy: the folder's roll-up has one row, the memo none.
        let rollup = workspace.inbox + "/demo/optimind-compliance-rollup.csv"
        #expect(result.stdout.contains("compliance roll-up: \(workspace.inbox)/demo/optimind-compliance-rollup.html"))
        let lines = try String(contentsOfFile: rollup, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("information-security-policy.docx,") == true)
        let again = try run(["ingest", workspace.inbox + "/demo", "--project", "legal", "--db", workspace.database])
        #expect(again.stdout.contains("3 files in"), "the roll-up files are this tool's output, never ingested")
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

@Suite("File names that are not UTF-8")
struct NonUTF8NameTests {
    /// Copies a sample to `folder/caf\xE9<suffix>` (Latin-1 é, invalid as UTF-8); returns the raw path bytes.
    static func copyWithLatin1Name(_ sample: String, into folder: String, suffix: String) throws -> [CChar] {
        let raw = Array(folder.utf8) + [0x2F, 0x63, 0x61, 0x66, 0xE9] + Array(suffix.utf8)
        let path = raw.map { CChar(bitPattern: $0) } + [0]
        let data = try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/samples/" + sample))
        let descriptor = path.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        #expect(descriptor >= 0)
        _ = data.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
        return path
    }

    @Test("extract reads a file whose name is not UTF-8")
    func extract() throws {
        let workspace = try Workspace()
        let raw = try Self.copyWithLatin1Name("mutual-nda.pdf", into: workspace.root, suffix: ".pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell passes the bytes through untouched; Foundation's Process would re-encode them.
        process.arguments = ["-c", "exec \"$0\" extract --json \"$(printf '%s/caf\\351.pdf' \"$1\")\"", Repository.binary, workspace.root]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect((json?["text"] as? String)?.contains("MUTUAL NON-DISCLOSURE AGREEMENT") == true)
        #expect(raw.count > 0)
    }

    @Test("a batch import reports such a file by name and reason instead of dropping it")
    func batch() throws {
        let workspace = try Workspace()
        _ = try Self.copyWithLatin1Name("mutual-nda.pdf", into: workspace.inbox + "/demo", suffix: ".pdf")
        try workspace.drop("commercial-lease.pdf")
        let items = try BatchIngest.collect(paths: [workspace.inbox], project: nil, inbox: workspace.inbox)
        #expect(items.count == 2)
        let rejected = try #require(items.first { $0.problem != nil })
        #expect(rejected.path.hasSuffix("/demo/caf\u{FFFD}.pdf"))
        #expect(rejected.problem?.hasPrefix("file name is not valid UTF-8") == true)
        let outcomes = try BatchIngest(pipeline: workspace.pipeline()).run(items, workers: 1) { _, _ in }
        #expect(outcomes.contains { if case .rejected = $0 { true } else { false } })
        #expect(outcomes.contains { if case .completed = $0 { true } else { false } })
    }
}
