import Foundation
import GRDB
import Logging
import OptiMindCore
import Pipeline
import Store
import Testing

/// Runs a WatchService on a workspace for the length of a test.
final class RunningWatch {
    let service: WatchService
    private var stopped = false

    init(_ workspace: Workspace, configure: (inout OptiMindConfiguration) -> Void = { _ in }) throws {
        var configuration = workspace.configuration(workers: 2, settle: 0.2)
        configure(&configuration)
        let pipeline = try IngestPipeline(
            configuration: configuration, store: try SQLiteUploadStore(path: workspace.database),
            rules: try RuleSet(directory: configuration.rulesDirectory))
        service = WatchService(pipeline: pipeline, logger: Logger(label: "test"))
        try service.start()
    }

    func stop() {
        guard !stopped else { return }
        stopped = true
        service.stop()
    }

    deinit { stop() }
}

extension Workspace {
    func count(_ sql: String, _ arguments: StatementArguments = []) -> Int {
        (try? query { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }) ?? -1
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}

@Suite("Watch mode", .serialized)
struct WatchTests {
    @Test("each project folder keeps a compliance roll-up of its policies, rewritten as policies arrive")
    func projectRollup() throws {
        let workspace = try Workspace()
        let watch = try RunningWatch(workspace)
        defer { watch.stop() }
        let rollup = workspace.inbox + "/compliance/optimind-compliance-rollup.csv"
        func rows() -> [String] {
            ((try? String(contentsOfFile: rollup, encoding: .utf8)) ?? "").components(separatedBy: "\r\n").filter { !$0.isEmpty }.dropFirst().map { $0 }
        }
        try workspace.drop("privacy-notice.pdf", into: "compliance")
        try workspace.drop("mutual-nda.pdf", into: "compliance")
        #expect(eventually { rows().count == 1 && rows()[0].hasPrefix("privacy-notice.pdf,") })
        try workspace.drop("information-security-policy.docx", into: "compliance")
        #expect(eventually { rows().count == 2 })
        #expect(!workspace.exists(workspace.inbox + "/demo/optimind-compliance-rollup.csv"), "only projects with policies get one")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(workspace.count("SELECT COUNT(*) FROM uploads WHERE path LIKE '%rollup%'") == 0, "never ingested")
    }

    @Test("cp, mv within the filesystem, mv from another filesystem, and a folder moved in")
    func arrivals() throws {
        let workspace = try Workspace()
        let early = try workspace.drop("mutual-nda.pdf")
        let watch = try RunningWatch(workspace)
        defer { watch.stop() }
        #expect(eventually { workspace.exists(early + ".contractwise.json") }, "a file present at start")

        let copied = try workspace.drop("privacy-notice.pdf", into: "newproject")
        #expect(eventually { workspace.exists(copied + ".complianceguard.json") }, "cp into a new project folder")

        let staging = workspace.root + "/staging-lease.pdf"
        try FileManager.default.copyItem(atPath: Repository.root + "/samples/commercial-lease.pdf", toPath: staging)
        let moved = workspace.inbox + "/demo/lease.pdf"
        #expect(rename(staging, moved) == 0)
        #expect(eventually { workspace.exists(moved + ".contractwise.json") }, "mv within the filesystem")

        let other = "/dev/shm/optimind-\(UUID().uuidString).pdf"
        try FileManager.default.copyItem(atPath: Repository.root + "/samples/master-services-agreement.pdf", toPath: other)
        let crossed = workspace.inbox + "/demo/msa.pdf"
        try FileManager.default.moveItem(atPath: other, toPath: crossed)
        #expect(eventually { workspace.exists(crossed + ".contractwise.json") }, "mv from another filesystem")

        let folder = workspace.root + "/batch"
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.root + "/samples/employment-agreement.docx", toPath: folder + "/a.docx")
        try FileManager.default.copyItem(atPath: Repository.root + "/samples/software-licence.docx", toPath: folder + "/sub/b.docx")
        #expect(rename(folder, workspace.inbox + "/demo/batch") == 0)
        #expect(eventually { workspace.exists(workspace.inbox + "/demo/batch/sub/b.docx.contractwise.json") }, "a folder moved in")
        #expect(eventually { workspace.exists(workspace.inbox + "/demo/batch/a.docx.contractwise.json") })

        let lock = try workspace.write("lock", to: "demo/~$draft.docx")
        Thread.sleep(forTimeInterval: 0.6)
        watch.stop()
        #expect(workspace.count("SELECT COUNT(*) FROM uploads") == 6, "our own reports are never ingested")
        #expect(workspace.count("SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'") == 6)
        #expect(workspace.count("SELECT COUNT(*) FROM uploads WHERE path = ?", [lock]) == 0)
        #expect(Set(try workspace.query { db in try String.fetchAll(db, sql: "SELECT name FROM projects") }) == ["demo", "newproject"])
    }

    @Test("a slow writer, closing the file after every chunk, is processed once, when complete")
    func slowWriter() throws {
        let workspace = try Workspace()
        let watch = try RunningWatch(workspace)
        defer { watch.stop() }
        let data = try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/samples/commercial-lease.pdf"))
        let path = workspace.inbox + "/demo/slow.pdf"
        let chunks = 6
        let size = (data.count + chunks - 1) / chunks
        for index in 0..<chunks {
            let handle: FileHandle
            if index == 0 {
                FileManager.default.createFile(atPath: path, contents: nil)
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: data[(index * size)..<min(data.count, (index + 1) * size)])
            try handle.close()
            Thread.sleep(forTimeInterval: 0.5)
        }
        #expect(eventually { workspace.exists(path + ".contractwise.json") })
        Thread.sleep(forTimeInterval: 0.5)
        watch.stop()
        #expect(workspace.count("SELECT COUNT(*) FROM uploads") == 1)
        #expect(workspace.count("SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'") == 1)
        #expect(!workspace.exists(path + ".optimind-error.txt"))
    }

    @Test("a restart processes the files added while the daemon was down, and nothing twice")
    func restart() throws {
        let workspace = try Workspace()
        let first = try workspace.drop("mutual-nda.pdf")
        var watch = try RunningWatch(workspace)
        #expect(eventually { workspace.exists(first + ".contractwise.json") })
        watch.stop()
        let added = try workspace.drop("commercial-lease.pdf")
        watch = try RunningWatch(workspace)
        #expect(eventually { workspace.exists(added + ".contractwise.json") })
        Thread.sleep(forTimeInterval: 0.5)
        watch.stop()
        #expect(workspace.count("SELECT COUNT(*) FROM uploads") == 2)
    }

    @Test("duplicates point to the first analysis; a rename keeps the upload; a deletion marks it DELETED")
    func duplicatesRenamesDeletions() throws {
        let workspace = try Workspace()
        let watch = try RunningWatch(workspace)
        defer { watch.stop() }
        let original = try workspace.drop("mutual-nda.pdf")
        #expect(eventually { workspace.exists(original + ".contractwise.json") })
        let copy = try workspace.drop("mutual-nda.pdf", as: "nda-copy.pdf")
        #expect(eventually { workspace.exists(copy + ".contractwise.json") })
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: copy + ".contractwise.json"))) as? [String: Any]
        let firstId = try workspace.query { db in try String.fetchOne(db, sql: "SELECT id FROM uploads WHERE path = ?", arguments: [original]) }
        #expect(report?["duplicateOf"] as? String == firstId)
        #expect((report?["source"] as? [String: Any])?["path"] as? String == copy)
        #expect(workspace.count("SELECT COUNT(*) FROM contract_analyses") == 1, "the copy is not analysed again")

        let renamed = workspace.inbox + "/demo/nda-final.pdf"
        #expect(rename(original, renamed) == 0)
        #expect(eventually { workspace.exists(renamed + ".contractwise.json") })
        #expect(eventually { workspace.count("SELECT COUNT(*) FROM uploads WHERE id = ? AND path = ? AND status = 'COMPLETED'", [firstId ?? "", renamed]) == 1 })
        #expect(!workspace.exists(original + ".contractwise.json"), "the reports moved with the file")

        try FileManager.default.removeItem(atPath: copy)
        #expect(eventually { workspace.count("SELECT COUNT(*) FROM uploads WHERE path = ? AND status = 'DELETED'", [copy]) == 1 })
        #expect(workspace.count("SELECT COUNT(*) FROM contract_analyses") == 1)
    }

    @Test("polling mode sees new files without inotify")
    func polling() throws {
        let workspace = try Workspace()
        let watch = try RunningWatch(workspace) { configuration in
            configuration.forcePolling = true
            configuration.pollSeconds = 0.3
        }
        defer { watch.stop() }
        let path = try workspace.drop("privacy-notice.pdf")
        #expect(eventually { workspace.exists(path + ".complianceguard.json") })
        let state = try #require(WatchState.read(forDatabase: workspace.database))
        #expect(state.mode == "polling")
        #expect(state.modeReason == "--poll")
    }

    @Test("5,000 files dropped at once are all processed exactly once")
    func manyFiles() throws {
        let workspace = try Workspace()
        let watch = try RunningWatch(workspace) { $0.queueCapacity = 1_000 }
        defer { watch.stop() }
        let folder = workspace.inbox + "/bulk"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in 0..<5_000 {
            let text = "MEMORANDUM \(index)\nTo: Legal\nFrom: Operations\nRe: item \(index)\nPlease file this note. Best regards"
            FileManager.default.createFile(atPath: "\(folder)/note-\(index).txt", contents: Data(text.utf8))
        }
        #expect(eventually(240) { workspace.count("SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'") == 5_000 })
        watch.stop()
        #expect(workspace.count("SELECT COUNT(*) FROM uploads") == 5_000)
        #expect(workspace.count("SELECT COUNT(DISTINCT path) FROM uploads") == 5_000)
    }
}

@Suite("Watch mode survives SIGKILL", .serialized)
struct CrashRecoveryTests {
    @Test("SIGKILL during a batch, then a restart: every file ends with one terminal upload and one report")
    func killAndRestart() throws {
        let workspace = try Workspace()
        let samples = ["mutual-nda.pdf", "commercial-lease.pdf", "master-services-agreement.pdf", "employment-agreement.docx", "software-licence.docx"]
        var expected: [String] = []
        for index in 0..<80 {
            expected.append(try workspace.drop(samples[index % samples.count], as: "doc-\(index)-" + samples[index % samples.count]))
        }
        // Make every file's content unique, so no two are duplicates of each other.
        for path in expected where path.hasSuffix(".pdf") {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\n% \(path)\n".utf8))
            try handle.close()
        }
        let config = workspace.root + "/optimind.yaml"
        try Data("watch:\n  settleSeconds: 0.1\nrules: \(Repository.root)/Config/rules\n".utf8).write(to: URL(fileURLWithPath: config))
        func start() throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Repository.binary)
            process.arguments = ["watch", "--inbox", workspace.inbox, "--db", workspace.database, "--config", config, "--workers", "2"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let first = try start()
        _ = eventually(30) { workspace.count("SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'") >= 5 }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let doneAtKill = workspace.count("SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'")
        #expect(doneAtKill < expected.count, "killed in the middle of the batch")
        let second = try start()
        defer {
            second.terminate()
            second.waitUntilExit()
        }
        let finished = eventually(120) { workspace.count("SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'") == expected.count }
        #expect(finished)
        second.terminate()
        second.waitUntilExit()
        #expect(second.terminationStatus == 0, "SIGTERM is a graceful stop")
        #expect(workspace.count("SELECT COUNT(*) FROM uploads") == expected.count)
        for path in expected {
            #expect(workspace.count("SELECT COUNT(*) FROM uploads WHERE path = ? AND status = 'COMPLETED'", [path]) == 1, "\(path)")
            #expect(workspace.exists(path + ".contractwise.json"), "\(path)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.inbox + "/demo").filter { $0.hasPrefix(".optimind-tmp") }
        #expect(leftovers.isEmpty)
    }
}

@Suite("Watch mode signals", .serialized)
struct WatchSignalTests {
    @Test("SIGHUP reloads the configuration (a new report format applies to the next file); SIGTERM exits 0")
    func reload() throws {
        let workspace = try Workspace()
        let config = workspace.root + "/optimind.yaml"
        func writeConfig(_ formats: String) throws {
            try Data("watch:\n  settleSeconds: 0.1\nrules: \(Repository.root)/Config/rules\nreports:\n  formats: [\(formats)]\n".utf8)
                .write(to: URL(fileURLWithPath: config))
        }
        try writeConfig("json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.binary)
        process.arguments = ["watch", "--inbox", workspace.inbox, "--db", workspace.database, "--config", config]
        let log = workspace.root + "/watch.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: log)
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let first = try workspace.drop("mutual-nda.pdf")
        #expect(eventually { workspace.exists(first + ".contractwise.json") })
        #expect(!workspace.exists(first + ".contractwise.html"))
        try writeConfig("json, md")
        kill(process.processIdentifier, SIGHUP)
        // A file that lands while the rules load is still handled with the old configuration.
        #expect(eventually { (try? String(contentsOfFile: log, encoding: .utf8))?.contains("configuration reloaded") == true })
        let second = try workspace.drop("commercial-lease.pdf")
        #expect(eventually { workspace.exists(second + ".contractwise.md") })
        let state = try #require(WatchState.read(forDatabase: workspace.database))
        #expect(state.isRunning)
        #expect(state.mode == "inotify")
        #expect(eventually { workspace.count("SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'") == 2 })
        let status = try run(["status", "--db", workspace.database])
        #expect(status.stdout.contains("by inotify"))
        #expect(status.stdout.range(of: "COMPLETED +2", options: .regularExpression) != nil)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(WatchState.read(forDatabase: workspace.database)?.isRunning == false)
    }
}

@Suite(
    "Watch mode and permissions", .serialized,
    .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
             "needs root to run the daemon as an unprivileged user (root itself ignores file permissions)"))
struct PermissionTests {
    @Test("an unreadable file and an unwritable folder fail with their reason, and are retried once fixed")
    func permissions() throws {
        let workspace = try Workspace()
        for folder in [workspace.root, workspace.inbox, workspace.inbox + "/demo"] { chmod(folder, 0o777) }
        // The checkout may sit where the unprivileged user cannot reach: give it its own copies.
        let binary = workspace.root + "/optimind"
        // Copied by cp, not in this process: a file this process holds open for writing is inherited by
        // children other tests fork meanwhile, and executing it then fails with "Text file busy".
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = [Repository.binary, binary]
        try copy.run()
        copy.waitUntilExit()
        try #require(copy.terminationStatus == 0, "could not copy the binary")
        chmod(binary, 0o755)
        try FileManager.default.copyItem(atPath: Repository.root + "/Config/rules", toPath: workspace.root + "/rules")
        let config = workspace.root + "/optimind.yaml"
        try Data("watch:\n  settleSeconds: 0.1\nrules: \(workspace.root)/rules\n".utf8).write(to: URL(fileURLWithPath: config))
        chmod(config, 0o644)
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        daemon.arguments = [
            "--reuid=65534", "--regid=65534", "--clear-groups", binary, "watch", "--inbox", workspace.inbox, "--db",
            workspace.database, "--config", config,
        ]
        let log = workspace.root + "/daemon.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        daemon.standardError = FileHandle(forWritingAtPath: log)
        try daemon.run()
        defer {
            daemon.terminate()
            daemon.waitUntilExit()
        }
        // Started means its state file says so (a fixed sleep was too short on a loaded machine).
        try #require(
            eventually(60) { WatchState.read(forDatabase: workspace.database)?.isRunning == true },
            "the daemon did not start: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")

        // A file the daemon's user cannot read.
        let locked = workspace.inbox + "/demo/locked.pdf"
        try FileManager.default.copyItem(atPath: Repository.root + "/samples/mutual-nda.pdf", toPath: locked)
        chmod(locked, 0o600)
        #expect(eventually { workspace.exists(locked + ".optimind-error.txt") })
        #expect(workspace.count("SELECT COUNT(*) FROM uploads WHERE path = ? AND status = 'FAILED'", [locked]) == 1)
        chmod(locked, 0o644)
        #expect(eventually { workspace.exists(locked + ".contractwise.json") })
        #expect(eventually { !workspace.exists(locked + ".optimind-error.txt") })
        #expect(eventually { workspace.count("SELECT COUNT(*) FROM uploads WHERE path = ? AND status = 'COMPLETED'", [locked]) == 1 })
        #expect(workspace.count("SELECT COUNT(*) FROM uploads WHERE path = ?", [locked]) == 1, "the same upload, retried")

        // A folder where the report cannot be written.
        let folder = workspace.inbox + "/readonly"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let source = folder + "/lease.pdf"
        try FileManager.default.copyItem(atPath: Repository.root + "/samples/commercial-lease.pdf", toPath: source)
        chmod(folder, 0o755)
        #expect(eventually { workspace.count("SELECT COUNT(*) FROM uploads WHERE path = ? AND status = 'FAILED'", [source]) == 1 })
        let reason = try workspace.query { db in
            try String.fetchOne(db, sql: "SELECT json_extract(metadata, '$.error') FROM uploads WHERE path = ?", arguments: [source])
        }
        #expect(reason?.contains("Permission denied") == true)
        chmod(folder, 0o777)
        #expect(eventually { workspace.exists(source + ".contractwise.json") })
        #expect(eventually { workspace.count("SELECT COUNT(*) FROM uploads WHERE path = ? AND status = 'COMPLETED'", [source]) == 1 })
    }
}
