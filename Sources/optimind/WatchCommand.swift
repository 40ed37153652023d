import ArgumentParser
import Foundation
import OptiMindCore
import Pipeline
import Store

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watches the inbox and processes every file dropped into a project folder, until SIGTERM or SIGINT.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Inbox folder (overrides the configuration).")
    var inbox: String?

    @Option(name: .long, help: "Documents processed in parallel (default: one per core).")
    var workers: Int?

    func run() throws {
        try guarded {
            var configuration = try store.configuration()
            if let inbox { configuration.inbox = inbox }
            if let workers {
                guard workers > 0 else { throw ConfigurationError(file: nil, reason: "--workers must be at least 1", exitStatus: .usage) }
                configuration.workers = workers
            }
            let rules = try RuleSet(directory: configuration.rulesDirectory, reviewThreshold: configuration.reviewThreshold)
            let database = try SQLiteUploadStore(path: configuration.database)
            let pipeline = try IngestPipeline(configuration: configuration, store: database, rules: rules)
            let service = WatchService(pipeline: pipeline, logger: makeLogger())

            let stop = DispatchSemaphore(value: 0)
            var sources: [any DispatchSourceSignal] = []
            for signalNumber in [SIGTERM, SIGINT] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { stop.signal() }
                source.resume()
                sources.append(source)
            }
            try service.start()
            stop.wait()
            service.stop()
            sources.forEach { $0.cancel() }
        }
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Creates the inbox (with a demo project folder), the database and its owner user.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Inbox folder (overrides the configuration).")
    var inbox: String?

    func run() throws {
        try guarded {
            var configuration = try store.configuration()
            if let inbox { configuration.inbox = inbox }
            let demo = configuration.inbox + "/demo"
            do {
                try FileManager.default.createDirectory(atPath: demo, withIntermediateDirectories: true)
            } catch {
                throw ConfigurationError(file: demo, reason: "cannot create the inbox: \(error.localizedDescription)", exitStatus: .cannotCreate)
            }
            _ = try RuleSet(directory: configuration.rulesDirectory, reviewThreshold: configuration.reviewThreshold)
            let database = try SQLiteUploadStore(path: configuration.database)
            let owner = try database.ensureOwner(email: configuration.ownerEmail, name: configuration.ownerName)
            let project = try database.ensureProject(name: "demo", ownerId: owner)
            print("inbox:    \(URL(fileURLWithPath: configuration.inbox).standardizedFileURL.path) (project folder demo/)")
            print("database: \(URL(fileURLWithPath: configuration.database).standardizedFileURL.path) (schema up to date)")
            print("owner:    \(configuration.ownerEmail) (user \(owner)); project demo (\(project))")
            print("rules:    \(configuration.rulesDirectory)")
            print("next:     optimind watch   # then copy a contract into \(demo)/")
        }
    }
}
