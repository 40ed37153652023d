import Extraction
import Foundation
import OptiMindCore
import Pipeline
import Store
import Testing

@Suite("Extraction in worker processes")
struct IsolationTests {
    static func environment(_ extra: [String: String]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(extra) { $1 }
    }

    @Test("a worker that crashes fails that document with its signal; the next document gets a new worker")
    func crash() throws {
        let workspace = try Workspace()
        let marker = "crash-\(UUID().uuidString)"
        let victim = try workspace.drop("mutual-nda.pdf", as: "\(marker).pdf")
        let healthy = try workspace.drop("commercial-lease.pdf")
        let extractor = IsolatedExtractor(
            executable: Repository.binary, limits: ExtractionLimits(), environment: Self.environment(["OPTIMIND_TEST_CRASH_MARKER": marker]))
        let first = try extractor.extract(path: healthy, password: nil)
        let firstWorker = extractor.workerPID
        #expect(first.text.contains("COMMERCIAL LEASE AGREEMENT"))
        #expect(try extractor.extract(path: healthy, password: nil).pages == first.pages)
        #expect(extractor.workerPID == firstWorker, "the worker is reused across documents")
        #expect(throws: ExtractionError(file: victim, reason: "extractor crashed (signal 11)")) {
            try extractor.extract(path: victim, password: nil)
        }
        let after = try extractor.extract(path: healthy, password: nil)
        #expect(after.text == first.text)
        #expect(extractor.workerPID != firstWorker)
    }

    @Test("a worker that hangs is killed at the time limit")
    func hang() throws {
        let workspace = try Workspace()
        let marker = "hang-\(UUID().uuidString)"
        let stuck = try workspace.drop("mutual-nda.pdf", as: "\(marker).pdf")
        var limits = ExtractionLimits()
        limits.timeoutSeconds = 1
        let extractor = IsolatedExtractor(
            executable: Repository.binary, limits: limits, environment: Self.environment(["OPTIMIND_TEST_HANG_MARKER": marker]))
        let started = Date()
        #expect(throws: ExtractionError(file: stuck, reason: "extraction timed out after 1 s (limits.timeoutSeconds)")) {
            try extractor.extract(path: stuck, password: nil)
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try extractor.extract(path: workspace.drop("commercial-lease.pdf"), password: nil).pages == 2)
    }

    @Test("in the pipeline, a crash becomes a FAILED upload with an error file, and the batch goes on")
    func crashInPipeline() throws {
        let workspace = try Workspace()
        let marker = "crash-\(UUID().uuidString)"
        setenv("OPTIMIND_TEST_CRASH_MARKER", marker, 1)
        defer { unsetenv("OPTIMIND_TEST_CRASH_MARKER") }
        let victim = try workspace.drop("mutual-nda.pdf", as: "\(marker).pdf")
        try workspace.drop("commercial-lease.pdf")
        var configuration = workspace.configuration(workers: 1)
        configuration.extractorExecutable = Repository.binary
        let pipeline = try IngestPipeline(
            configuration: configuration, store: try SQLiteUploadStore(path: workspace.database),
            rules: try RuleSet(directory: configuration.rulesDirectory))
        let items = try BatchIngest.collect(paths: [workspace.inbox], project: nil, inbox: workspace.inbox)
        let outcomes = try BatchIngest(pipeline: pipeline).run(items, workers: 1) { _, _ in }
        let failed = outcomes.compactMap { if case .failed(let upload, let reason) = $0 { (upload.path, reason) } else { nil } }
        #expect(failed.count == 1)
        #expect(failed.first?.0 == victim)
        #expect(failed.first?.1 == "extractor crashed (signal 11)")
        #expect(try String(contentsOfFile: victim + ".optimind-error.txt", encoding: .utf8).contains("extractor crashed (signal 11)"))
        #expect(outcomes.filter { if case .completed = $0 { true } else { false } }.count == 1)
    }

    @Test("a PDF with an OutputIntent ICC profile: the worker declines the profile and the text is identical")
    func colorProfilesDeclined() throws {
        let workspace = try Workspace()
        let lines = ["SUPPLY AGREEMENT", "This Agreement is governed by the laws of England and Wales.", "Price: EUR 1,250.00 (net)"]
        let path = workspace.root + "/intent.pdf"
        try HandMadePDF.make(lines: lines, outputIntent: true).write(to: URL(fileURLWithPath: path))
        let worker = IsolatedExtractor(executable: Repository.binary, limits: ExtractionLimits())
        let isolated = try worker.extract(path: path, password: nil)
        #expect(worker.declinedColorProfiles > 0, "poppler asked for the display profile and was declined")
        let inProcess = try DocumentExtractor().extract(path: path, password: nil)
        #expect(isolated.pageTexts == inProcess.pageTexts)
        #expect(isolated.text.contains("governed by the laws of England and Wales."))
        // The same through the command line, against its in-process mode that opens profiles normally.
        let viaWorker = try run(["extract", "--json", path])
        let viaProcess = try run(["extract", "--json", "--in-process", path])
        #expect(viaWorker.status == 0)
        #expect(viaWorker.stdout == viaProcess.stdout)
    }
}
