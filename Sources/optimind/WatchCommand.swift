import ArgumentParser
import Foundation
import Logging
import OptiMindCore
import Pipeline
import ServiceLifecycle
import UnixSignals
import Store

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watches the inbox and processes every file dropped into a project folder, until SIGTERM or SIGINT.",
        discussion: """
            Runs in the foreground. SIGTERM or SIGINT stop it gracefully (documents in progress finish); SIGHUP reloads \
            the configuration and the rules. --poll[=SECONDS] polls instead of using inotify (automatic on network and \
            FUSE filesystems and when the inotify watch limit is reached).
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Inbox folder (overrides the configuration).")
    var inbox: String?

    @Option(name: .long, help: "Documents processed in parallel (default: one per core).")
    var workers: Int?

    @Flag(name: .long, help: "Poll the inbox instead of using inotify; --poll=SECONDS sets the interval.")
    var poll = false

    @Option(name: .long, help: ArgumentHelp("Polling interval in seconds.", visibility: .hidden))
    var pollInterval: Double?

    @Option(name: .long, help: "Log format: text or json (one object per line). Default: $OPTIMIND_LOG_FORMAT, else text.")
    var logFormat: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error. Default: $OPTIMIND_LOG_LEVEL, else info.")
    var logLevel: String?

    func run() async throws {
        let configuration = try loadConfiguration()
        let pipeline: IngestPipeline
        do {
            pipeline = try Self.makePipeline(configuration)
        } catch {
            throw exitWith(error)
        }
        let logger: Logger
        do { logger = try makeLogger(format: logFormat, level: logLevel) } catch { throw exitWith(error) }
        let service = WatchService(pipeline: pipeline, logger: logger)

        // SIGHUP: read the configuration and the rules again; keep the old ones if they are invalid.
        signal(SIGHUP, SIG_IGN)
        let hangup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        hangup.setEventHandler {
            do {
                var reloaded = try loadConfiguration()
                reloaded.database = configuration.database
                reloaded.inbox = configuration.inbox
                let rules = try RuleSet(directory: reloaded.rulesDirectory, reviewThreshold: reloaded.reviewThreshold)
                service.reload(try IngestPipeline(configuration: reloaded, store: pipeline.store, rules: rules))
            } catch {
                logger.error("configuration not reloaded", metadata: ["reason": "\(error)"])
            }
        }
        hangup.resume()
        defer { hangup.cancel() }

        let group = ServiceGroup(
            configuration: .init(services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            throw exitWith(error)
        }
    }

    /// Builds the rules and the pipeline (synchronous work, kept out of the async `run()`).
    private static func makePipeline(_ configuration: OptiMindConfiguration) throws -> IngestPipeline {
        let rules = try RuleSet(directory: configuration.rulesDirectory, reviewThreshold: configuration.reviewThreshold)
        return try IngestPipeline(configuration: configuration, store: try SQLiteUploadStore(path: configuration.database), rules: rules)
    }

    private func loadConfiguration() throws -> OptiMindConfiguration {
        do {
            var configuration = try store.configuration()
            if let inbox { configuration.inbox = inbox }
            if let workers {
                guard workers > 0 else { throw ConfigurationError(file: nil, reason: "--workers must be at least 1", exitStatus: .usage) }
                configuration.workers = workers
            }
            if poll || pollInterval != nil { configuration.forcePolling = true }
            if let pollInterval {
                guard pollInterval >= 0.1 else { throw ConfigurationError(file: nil, reason: "--poll: the interval must be at least 0.1 s", exitStatus: .usage) }
                configuration.pollSeconds = pollInterval
            }
            return configuration
        } catch {
            throw exitWith(error)
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
