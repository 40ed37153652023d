import ArgumentParser
import Extraction
import Reports
import Foundation
import OptiMindCore
import Pipeline
import Store

/// Opens what the operations commands share: the configuration, the database and a pipeline.
private func openPipeline(_ options: StoreOptions) throws -> IngestPipeline {
    let configuration = try options.configuration()
    let rules = try RuleSet(directory: configuration.rulesDirectory, reviewThreshold: configuration.reviewThreshold)
    return try IngestPipeline(configuration: configuration, store: try SQLiteUploadStore(path: configuration.database), rules: rules)
}

/// Prints one line per outcome: `<STATE> <upload id> <path>: <detail>`.
private func report(_ outcome: IngestOutcome) -> Bool {
    switch outcome {
    case .completed(let upload, _):
        print("COMPLETED \(upload.id) \(upload.path): \(upload.metadata.analysis ?? upload.metadata.kind?.rawValue ?? "done")")
        return true
    case .moved(let upload, let from):
        print("MOVED     \(upload.id) \(upload.path): was \(from)")
        return true
    case .failed(let upload, let reason):
        print("FAILED    \(upload.id) \(upload.path): \(reason)")
        return false
    case .skipped(let upload, let reason):
        print("SKIPPED   \(upload.id) \(upload.path): \(reason)")
        return true
    case .ignored(let path, let reason), .rejected(let path, let reason):
        print("REJECTED  \(path): \(reason)")
        return false
    }
}

struct RetryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry", abstract: "Processes FAILED uploads again now, with a fresh attempt budget.",
        discussion: "Fix the cause first (a password, a permission, a damaged file replaced), then retry the upload by id, or all with --failed.")

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Retry every FAILED upload.")
    var failed = false

    @Argument(help: "Upload ids.")
    var ids: [String] = []

    func validate() throws {
        if ids.isEmpty != failed { throw ValidationError("give upload ids, or --failed (not both)") }
    }

    func run() throws {
        try guarded {
            let pipeline = try openPipeline(store)
            let uploads = failed
                ? try pipeline.store.uploads(UploadQuery(status: .failed, limit: 100_000))
                : try ids.map { id in
                    guard let upload = try pipeline.store.upload(id: id) else {
                        throw StoreError(file: pipeline.configuration.database, reason: "no upload with id \(id)", exitStatus: .noInput)
                    }
                    return upload
                }
            let analyzer = try pipeline.makeAnalyzer()
            var allGood = true
            for upload in uploads { allGood = report(pipeline.retry(upload, analyzer: analyzer)) && allGood }
            ReportWriter.syncWritten()
            if uploads.isEmpty { print("no FAILED uploads") }
            if !allGood { throw ExitCode(SysExit.dataError.rawValue) }
        }
    }
}

struct ReprocessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprocess", abstract: "Analyses completed uploads again with the current rules, from their stored text.",
        discussion: "Use after changing Config/rules: the analysis rows and the reports are replaced; the sources are not read again.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Only uploads of this project.")
    var project: String?

    @Flag(name: .long, help: "Every COMPLETED upload (of the project, if given).")
    var all = false

    @Argument(help: "Upload ids.")
    var ids: [String] = []

    func validate() throws {
        if ids.isEmpty && !all { throw ValidationError("give upload ids, or --all") }
    }

    func run() throws {
        try guarded {
            let pipeline = try openPipeline(store)
            let uploads = all
                ? try pipeline.store.uploads(UploadQuery(status: .completed, project: project, limit: 1_000_000))
                : try ids.map { id in
                    guard let upload = try pipeline.store.upload(id: id) else {
                        throw StoreError(file: pipeline.configuration.database, reason: "no upload with id \(id)", exitStatus: .noInput)
                    }
                    return upload
                }
            let analyzer = try pipeline.makeAnalyzer()
            var allGood = true
            for upload in uploads { allGood = report(pipeline.reprocess(upload, analyzer: analyzer)) && allGood }
            ReportWriter.syncWritten()
            if !allGood { throw ExitCode(SysExit.dataError.rawValue) }
        }
    }
}
