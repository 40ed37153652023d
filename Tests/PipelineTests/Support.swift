import Foundation
import GRDB
import OptiMindCore
import Pipeline
import Store

enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The `optimind` binary built alongside the tests: in the folder of the test executable, which is
    /// `.build/debug` for `swift test` and `.build/release` for `swift test -c release` (the README's test command).
    static var binary: String {
        let testExecutable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for folder in [testExecutable.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
            let besideTests = folder.appendingPathComponent("optimind").path
            if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        }
        return root + "/.build/debug/optimind"
    }
}

/// A temporary workspace: an inbox with a project folder, a database path, and a configuration.
final class Workspace {
    let root: String
    var inbox: String { root + "/inbox" }
    var database: String { root + "/db.sqlite" }

    init() throws {
        root = NSTemporaryDirectory() + "optimind-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/inbox/demo", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func configuration(workers: Int = 2, settle: Double = 0.3) -> OptiMindConfiguration {
        var configuration = OptiMindConfiguration(rulesDirectory: Repository.root + "/Config/rules")
        configuration.inbox = inbox
        configuration.database = database
        configuration.ownerEmail = "counsel@example.com"
        configuration.ownerName = "Counsel"
        configuration.workers = workers
        configuration.settleSeconds = settle
        return configuration
    }

    func pipeline(workers: Int = 2, settle: Double = 0.3) throws -> IngestPipeline {
        let configuration = configuration(workers: workers, settle: settle)
        return try IngestPipeline(
            configuration: configuration, store: try SQLiteUploadStore(path: database),
            rules: try RuleSet(directory: configuration.rulesDirectory))
    }

    /// Copies a sample into a project folder and returns its path.
    @discardableResult
    func drop(_ sample: String, into project: String = "demo", as name: String? = nil) throws -> String {
        let folder = inbox + "/" + project
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let target = folder + "/" + (name ?? sample)
        try FileManager.default.copyItem(atPath: Repository.root + "/samples/" + sample, toPath: target)
        return target
    }

    func write(_ text: String, to relative: String) throws -> String {
        let path = inbox + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func query<T>(_ body: (Database) throws -> T) throws -> T {
        try DatabaseQueue(path: database).read(body)
    }
}

/// Waits up to `seconds` for a condition, checking every 50 ms.
func eventually(_ seconds: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return try condition()
}

/// Runs the real binary; returns its exit status and output.
func run(
    _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]
) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Repository.binary)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}
