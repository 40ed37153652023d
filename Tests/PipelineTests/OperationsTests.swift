import Foundation
import GRDB
import Testing

/// The operations commands, each through the real binary.
@Suite("Operating it", .serialized)
struct OperationsTests {
    /// A configuration file in the workspace, rules from the repository unless given.
    func config(_ workspace: Workspace, _ extra: String = "", rules: String = Repository.root + "/Config/rules") throws -> String {
        let path = workspace.root + "/optimind.yaml"
        try Data("rules: \(rules)\ninbox: \(workspace.inbox)\ndatabase: \(workspace.database)\n\(extra)".utf8)
            .write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("retry --failed processes a FAILED upload again once its cause is fixed, as the same upload")
    func retry() throws {
        let workspace = try Workspace()
        let locked = workspace.inbox + "/acme/locked.pdf"
        try FileManager.default.createDirectory(atPath: workspace.inbox + "/acme", withIntermediateDirectories: true)
        try HandMadePDF.make(lines: ["NON-DISCLOSURE AGREEMENT", "The Receiving Party shall keep it confidential."], outputIntent: false,
                             userPassword: "s3cret").write(to: URL(fileURLWithPath: locked))
        let before = try config(workspace)
        let first = try run(["ingest", workspace.inbox, "--config", before])
        #expect(first.status == 65)
        #expect(first.stdout.contains("[1/1] FAILED \(locked)"), "plain progress lines when not on a terminal")
        let id = try #require(try workspace.query { db in try String.fetchOne(db, sql: "SELECT id FROM uploads WHERE status = 'FAILED'") })
        #expect(try run(["status", "--config", before]).stdout.contains("encrypted: password required"))

        try Data("acme: [s3cret]\n".utf8).write(to: URL(fileURLWithPath: workspace.root + "/passwords.yaml"))
        let after = try config(workspace, "passwords: passwords.yaml\n")
        let retried = try run(["retry", "--failed", "--config", after])
        #expect(retried.status == 0, "\(retried.stdout)\(retried.stderr)")
        #expect(retried.stdout.contains("COMPLETED \(id) \(locked)"))
        #expect(workspace.count("SELECT COUNT(*) FROM uploads") == 1)
        #expect(workspace.exists(locked + ".contractwise.json"))
        #expect(try run(["retry", "no-such-id", "--config", after]).status == 66)
        #expect(try run(["retry", "--config", after]).status == 64)
    }

    @Test("reprocess analyses again with changed rules from the stored text, replacing the analysis and the reports")
    func reprocess() throws {
        let workspace = try Workspace()
        let nda = try workspace.drop("mutual-nda.pdf")
        let original = try config(workspace)
        #expect(try run(["ingest", workspace.inbox, "--config", original]).status == 0)
        let firstAnalysis = try workspace.query { db in try String.fetchOne(db, sql: "SELECT id FROM contract_analyses") }

        let rules = workspace.root + "/rules"
        try FileManager.default.copyItem(atPath: Repository.root + "/Config/rules", toPath: rules)
        let contractRules = rules + "/contractwise.json"
        let edited = try String(contentsOfFile: contractRules, encoding: .utf8)
            .replacingOccurrences(of: "\"title\": \"Governing law\"", with: "\"title\": \"Choice of law\"")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: contractRules))
        try FileManager.default.removeItem(atPath: nda)  // the source is not read again
        let result = try run(["reprocess", "--all", "--config", try config(workspace, rules: rules)])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("COMPLETED"))
        let report = try String(contentsOfFile: nda + ".contractwise.json", encoding: .utf8)
        #expect(report.contains("Choice of law"))
        #expect(workspace.count("SELECT COUNT(*) FROM contract_analyses") == 1)
        let secondAnalysis = try workspace.query { db in try String.fetchOne(db, sql: "SELECT id FROM contract_analyses") }
        #expect(secondAnalysis != firstAnalysis)
    }

    @Test("doctor passes on a sound setup and fails, saying what to do, when the inbox is missing")
    func doctor() throws {
        let workspace = try Workspace()
        let healthy = try run(["doctor", "--config", try config(workspace)])
        #expect(healthy.status == 0, "\(healthy.stdout)")
        #expect(healthy.stdout.contains("ok    extraction worker"))
        #expect(healthy.stdout.contains("integrity ok"))
        #expect(!healthy.stdout.contains("review threshold"))
        let broken = try run(["doctor", "--config", try config(workspace), "--db", workspace.database])
        #expect(broken.status == 0)
        // A threshold set on the scale before the confidence was calibrated would send nothing to review.
        let old = try run(["doctor", "--config", try config(workspace, "analysis:\n  reviewThreshold: 0.55\n")])
        #expect(old.status == 0)
        #expect(old.stdout.contains("warn  review threshold   analysis.reviewThreshold 0.55 is not above the confidence of a tie (0.836)"))
        try FileManager.default.removeItem(atPath: workspace.inbox)
        let missing = try run(["doctor", "--config", try config(workspace)])
        #expect(missing.status == 69)
        #expect(missing.stdout.contains("FAIL  inbox"))
        #expect(missing.stdout.contains("-> run `optimind init`"))
    }

    @Test("status --json, the man page, shell completions and --version")
    func statusAndDocs() throws {
        let workspace = try Workspace()
        try workspace.drop("board-memo.docx")
        let file = try config(workspace)
        #expect(try run(["ingest", workspace.inbox, "--config", file]).status == 0)
        let status = try run(["status", "--json", "--config", file])
        #expect(status.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        #expect((json?["uploads"] as? [String: Any])?["COMPLETED"] as? Int == 1)
        #expect(json?["daemonRunning"] as? Bool == false)
        let manual = try run(["generate-manual"])
        #expect(manual.stdout.hasPrefix(".TH OPTIMIND 1"))
        #expect(manual.stdout.contains(".SS watch"))
        #expect(manual.stdout.contains(".SS retry"))
        #expect(try run(["--generate-completion-script", "bash"]).stdout.contains("optimind"))
        #expect(try run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("configuration layers: file, then OPTIMIND_* variables, then flags; errors name the key and exit 78")
    func layering() throws {
        let workspace = try Workspace()
        let file = try config(workspace, "workers: 2\nwatch:\n  settleSeconds: 0.5\n")
        let printed = try run(["print-config", "--config", file, "--db", "/tmp/flag.sqlite"], environment: ["OPTIMIND_WORKERS": "3", "OPTIMIND_DATABASE": "/tmp/env.sqlite"])
        #expect(printed.stdout.contains("workers: 3"), "the environment beats the file")
        #expect(printed.stdout.contains("settleSeconds: 0.5"), "the file beats the defaults")
        #expect(printed.stdout.contains("database: /tmp/flag.sqlite"), "a flag beats the environment")
        let badVariable = try run(["print-config", "--config", file], environment: ["OPTIMIND_WATCH_SETTLE_SECONDS": "soon"])
        #expect(badVariable.status == 78)
        #expect(badVariable.stderr == "optimind: OPTIMIND_WATCH_SETTLE_SECONDS: not a number: soon\n")
        let badKey = try run(["print-config", "--config", try config(workspace, "watch:\n  maxAttempts: 0\n")])
        #expect(badKey.status == 78)
        #expect(badKey.stderr.contains("watch.maxAttempts: must be at least 1"))
        let secret = try config(workspace, "passwords: pw.yaml\n")
        try Data("acme: [hunter2]\n".utf8).write(to: URL(fileURLWithPath: workspace.root + "/pw.yaml"))
        let redacted = try run(["print-config", "--config", secret])
        #expect(redacted.stdout.contains("passwords redacted"))
        #expect(!redacted.stdout.contains("hunter2"))
    }

    @Test("per-project settings: owner, analysis override and report formats")
    func perProject() throws {
        let workspace = try Workspace()
        let memo = try workspace.drop("board-memo.docx", into: "hr")
        let nda = try workspace.drop("mutual-nda.pdf", into: "legal")
        let file = try config(workspace, """
            projects:
              hr:
                owner: {email: hr@example.com, name: People Team}
                analysis: policy
                reports: {formats: [json, md]}
              legal:
                analysis: none
            """)
        #expect(try run(["ingest", workspace.inbox, "--config", file]).status == 0)
        #expect(workspace.exists(memo + ".complianceguard.json"))
        #expect(workspace.exists(memo + ".complianceguard.md"))
        #expect(!workspace.exists(memo + ".complianceguard.html"))
        #expect(!workspace.exists(nda + ".contractwise.json"), "analysis: none")
        let owner = try workspace.query { db in
            try String.fetchOne(db, sql: "SELECT users.email FROM uploads JOIN users ON users.id = uploads.userId WHERE uploads.path = ?", arguments: [memo])
        }
        #expect(owner == "hr@example.com")
        #expect(workspace.count("SELECT COUNT(*) FROM contract_analyses") == 0)
        #expect(workspace.count("SELECT COUNT(*) FROM compliance_monitoring") == 1)
    }

    @Test("watch --log-format json writes one JSON object per line, with the upload id and the path")
    func jsonLogs() throws {
        let workspace = try Workspace()
        let file = try config(workspace, "watch:\n  settleSeconds: 0.1\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.binary)
        process.arguments = ["watch", "--config", file, "--log-format", "json"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let nda = try workspace.drop("mutual-nda.pdf")
        #expect(eventually { workspace.exists(nda + ".contractwise.json") })
        process.terminate()
        process.waitUntilExit()
        let lines = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        let objects = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] }
        #expect(objects.count == lines.count && !lines.isEmpty)
        let processed = objects.first { $0["message"] == "processed" }
        #expect(processed?["path"] == nda)
        #expect(processed?["upload.id"]?.isEmpty == false)
        #expect(try run(["watch", "--config", file, "--log-format", "xml"]).status == 64)
    }
}
