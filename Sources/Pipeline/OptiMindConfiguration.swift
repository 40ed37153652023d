import Extraction
import Foundation
import OptiMindCore
import Reports
import Yams

/// The configuration in effect: defaults, then `Config/optimind.yaml` (or `--config`), then flags.
///
/// Keys (all optional in the file):
/// - `inbox`: folder watched; each folder directly under it is a project. Default `inbox`.
/// - `database`: SQLite file. Default `optimind.sqlite`.
/// - `owner.email`, `owner.name`: the user that owns uploads and analyses, created at first start.
/// - `workers`: parallel documents; 0 means one per core.
/// - `reports.formats`: any of `json`, `html`, `md`. Default `[json, html]`.
/// - `rules`: folder of rule data files, relative to the configuration file. Default `rules`.
/// - `analysis.reviewThreshold`: below this classification confidence an analysis is REVIEW_REQUIRED.
/// - `watch.settleSeconds`: a file must keep its size and mtime this long before it is read.
/// - `watch.maxAttempts`: processing attempts before an upload is FAILED for good.
/// - `limits.maxFileMB`, `limits.maxPages`, `limits.maxInflatedMB`, `limits.timeoutSeconds`,
///   `limits.maxMemoryMB`: per-document bounds (the last two apply to the extraction worker process).
/// - `passwords`: a YAML file mapping a project (inbox folder) to the PDF passwords to try for its
///   documents, relative to the configuration file. Its contents are never logged or printed.
///
/// Relative `inbox` and `database` paths are resolved against the working directory.
public struct OptiMindConfiguration: Sendable, Equatable {
    public var inbox = "inbox"
    public var database = "optimind.sqlite"
    public var ownerEmail = "legal-ops@localhost"
    public var ownerName = "Legal Operations"
    public var workers = 0
    public var reportFormats: [ReportFormat] = [.json, .html]
    public var rulesDirectory: String
    public var reviewThreshold: Double?
    public var settleSeconds = 1.0
    public var maxAttempts = 3
    /// Poll every this many seconds instead of using inotify (forced with `--poll`; automatic on
    /// network and FUSE filesystems, or when the inotify watch limit is reached).
    public var pollSeconds = 5.0
    public var forcePolling = false
    /// A full reconcile scan of the inbox every this many seconds (also at start and after an inotify overflow).
    public var rescanSeconds = 300.0
    /// Paths held in memory at most; beyond, files wait on disk for the next scan.
    public var queueCapacity = 10_000
    /// A file that keeps looking incomplete (no PDF trailer, no zip directory) is processed anyway
    /// after this long without changing, and then fails with its reason.
    public var incompleteAfterSeconds = 300.0
    /// File-name patterns (fnmatch) that are never ingested, besides hidden files and optimind's own reports.
    public var ignorePatterns = [
        "~$*", ".~lock*", "*.swp", "*.tmp", "*.part", "*.partial", "*.crdownload", "*~", ".DS_Store", "Thumbs.db",
        "desktop.ini",
    ]
    public var limits = ExtractionLimits()
    /// The file the configuration was read from, if any.
    public var source: String?
    /// The `optimind` binary that serves `extract-worker`; nil extracts in-process (set by the command line).
    public var extractorExecutable: String?
    /// Settings of one project (inbox folder) that differ from the rest.
    public var projects: [String: ProjectSettings] = [:]

    /// The passwords file, and the passwords it lists per project.
    public var passwordsFile: String?
    public var passwords: [String: [String]] = [:]

    public init(rulesDirectory: String) {
        self.rulesDirectory = rulesDirectory
    }

    /// Workers to run: the configured count, or one per core.
    public var effectiveWorkers: Int { workers > 0 ? workers : ProcessInfo.processInfo.activeProcessorCount }

    fileprivate struct File: Decodable {
        struct Owner: Decodable {
            var email: String?
            var name: String?
        }
        struct Reports: Decodable { var formats: [String]? }
        struct Analysis: Decodable { var reviewThreshold: Double? }
        struct Watch: Decodable {
            var settleSeconds: Double?
            var maxAttempts: Int?
            var pollSeconds: Double?
            var rescanSeconds: Double?
            var queueCapacity: Int?
            var incompleteAfterSeconds: Double?
            var ignore: [String]?
        }
        struct Limits: Decodable {
            var maxFileMB: Int?
            var maxPages: Int?
            var maxInflatedMB: Int?
            var timeoutSeconds: Double?
            var maxMemoryMB: Int?
        }
        var inbox: String?
        var database: String?
        var owner: Owner?
        var workers: Int?
        var reports: Reports?
        var rules: String?
        var analysis: Analysis?
        var watch: Watch?
        var limits: Limits?
        var passwords: String?
        var projects: [String: ProjectFile]?

        init() {}

        struct ProjectFile: Decodable {
            var owner: Owner?
            var analysis: String?
            var reports: Reports?
            var ignore: [String]?
        }
    }

    /// Loads the configuration: an explicit file, else `$OPTIMIND_CONFIG`, else `Config/optimind.yaml`
    /// in the working directory, else the defaults (rules from the installation's `Config/rules`).
    public static func load(explicit: String?) throws -> OptiMindConfiguration {
        let environment = ProcessInfo.processInfo.environment
        let candidate = explicit ?? environment["OPTIMIND_CONFIG"]
            ?? (FileManager.default.fileExists(atPath: "Config/optimind.yaml") ? "Config/optimind.yaml" : nil)
        var config: OptiMindConfiguration
        if let path = candidate {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigurationError(file: path, reason: "cannot read the configuration file", exitStatus: .config)
            }
            let file: File
            do {
                file = try YAMLDecoder().decode(File.self, from: String(decoding: data, as: UTF8.self))
            } catch let DecodingError.typeMismatch(_, context) {
                throw ConfigurationError(file: path, reason: "\(keyPath(context.codingPath)): wrong type: \(context.debugDescription)")
            } catch let DecodingError.dataCorrupted(context) {
                throw ConfigurationError(file: path, reason: "\(keyPath(context.codingPath)): \(context.debugDescription)")
            } catch {
                throw ConfigurationError(file: path, reason: "invalid YAML: \(error)")
            }
            let folder = (URL(fileURLWithPath: path).standardizedFileURL.path as NSString).deletingLastPathComponent
            // Rules beside the configuration file, else the installation's.
            let beside = folder + "/rules"
            let rules = FileManager.default.fileExists(atPath: beside + "/classification.json")
                ? beside : (try? RuleLocator.defaultRulesDirectory()) ?? beside
            config = OptiMindConfiguration(rulesDirectory: rules)
            config.source = path
            try config.apply(file, origin: path, folder: folder)
        } else {
            config = OptiMindConfiguration(rulesDirectory: (try? RuleLocator.defaultRulesDirectory()) ?? "")
        }
        // Then the environment: OPTIMIND_<SECTION>_<KEY> for every key of the file.
        let overlay = try File(environment: environment)
        try config.apply(overlay, origin: "environment", folder: FileManager.default.currentDirectoryPath)
        if config.rulesDirectory.isEmpty { config.rulesDirectory = try RuleLocator.defaultRulesDirectory() }
        return config
    }

    /// Applies the keys present in `file` over this configuration, validating each.
    private mutating func apply(_ file: File, origin path: String, folder: String) throws {
        var config = self
        if let rules = file.rules { config.rulesDirectory = rules.hasPrefix("/") ? rules : folder + "/" + rules }
        if let inbox = file.inbox { config.inbox = inbox }
        if let database = file.database { config.database = database }
        if let email = file.owner?.email {
            guard email.contains("@") else { throw ConfigurationError(file: path, reason: "owner.email: not an e-mail address: \(email)") }
            config.ownerEmail = email
        }
        if let name = file.owner?.name { config.ownerName = name }
        if let workers = file.workers {
            guard (0...256).contains(workers) else { throw ConfigurationError(file: path, reason: "workers: must be between 0 and 256") }
            config.workers = workers
        }
        if let formats = file.reports?.formats {
            config.reportFormats = try formats.map { name in
                guard let format = ReportFormat(rawValue: name) else {
                    throw ConfigurationError(file: path, reason: "reports.formats: unknown format \(name) (json, html, md)")
                }
                return format
            }
        }
        if let threshold = file.analysis?.reviewThreshold {
            guard (0...1).contains(threshold) else {
                throw ConfigurationError(file: path, reason: "analysis.reviewThreshold: must be between 0 and 1")
            }
            config.reviewThreshold = threshold
        }
        if let settle = file.watch?.settleSeconds {
            guard settle >= 0 && settle <= 3600 else { throw ConfigurationError(file: path, reason: "watch.settleSeconds: must be between 0 and 3600") }
            config.settleSeconds = settle
        }
        if let attempts = file.watch?.maxAttempts {
            guard attempts >= 1 else { throw ConfigurationError(file: path, reason: "watch.maxAttempts: must be at least 1") }
            config.maxAttempts = attempts
        }
        if let seconds = file.watch?.pollSeconds {
            guard seconds >= 0.1 else { throw ConfigurationError(file: path, reason: "watch.pollSeconds: must be at least 0.1") }
            config.pollSeconds = seconds
        }
        if let seconds = file.watch?.rescanSeconds {
            guard seconds >= 1 else { throw ConfigurationError(file: path, reason: "watch.rescanSeconds: must be at least 1") }
            config.rescanSeconds = seconds
        }
        if let capacity = file.watch?.queueCapacity {
            guard capacity >= 10 else { throw ConfigurationError(file: path, reason: "watch.queueCapacity: must be at least 10") }
            config.queueCapacity = capacity
        }
        if let seconds = file.watch?.incompleteAfterSeconds {
            guard seconds >= 0 else { throw ConfigurationError(file: path, reason: "watch.incompleteAfterSeconds: must not be negative") }
            config.incompleteAfterSeconds = seconds
        }
        if let patterns = file.watch?.ignore { config.ignorePatterns = patterns }
        if let megabytes = file.limits?.maxFileMB {
            guard megabytes > 0 else { throw ConfigurationError(file: path, reason: "limits.maxFileMB: must be positive") }
            config.limits.maxFileBytes = Int64(megabytes) << 20
        }
        if let pages = file.limits?.maxPages {
            guard pages > 0 else { throw ConfigurationError(file: path, reason: "limits.maxPages: must be positive") }
            config.limits.maxPages = pages
        }
        if let megabytes = file.limits?.maxInflatedMB {
            guard megabytes > 0 else { throw ConfigurationError(file: path, reason: "limits.maxInflatedMB: must be positive") }
            config.limits.maxInflatedBytes = megabytes << 20
        }
        if let seconds = file.limits?.timeoutSeconds {
            guard seconds > 0 else { throw ConfigurationError(file: path, reason: "limits.timeoutSeconds: must be positive") }
            config.limits.timeoutSeconds = seconds
        }
        if let megabytes = file.limits?.maxMemoryMB {
            guard megabytes >= 256 else { throw ConfigurationError(file: path, reason: "limits.maxMemoryMB: must be at least 256") }
            config.limits.maxMemoryMB = megabytes
        }
        if let passwords = file.passwords {
            let resolved = passwords.hasPrefix("/") ? passwords : folder + "/" + passwords
            config.passwordsFile = resolved
            config.passwords = try Self.loadPasswords(resolved)
        }
        for (name, project) in file.projects ?? [:] {
            var settings = config.projects[name] ?? ProjectSettings()
            if let email = project.owner?.email {
                guard email.contains("@") else { throw ConfigurationError(file: path, reason: "projects.\(name).owner.email: not an e-mail address: \(email)") }
                settings.ownerEmail = email
            }
            if let ownerName = project.owner?.name { settings.ownerName = ownerName }
            if let analysis = project.analysis {
                guard let value = ProjectSettings.Analysis(rawValue: analysis) else {
                    throw ConfigurationError(file: path, reason: "projects.\(name).analysis: \(analysis) is not auto, contract, policy or none")
                }
                settings.analysis = value
            }
            if let formats = project.reports?.formats {
                settings.reportFormats = try formats.map { format in
                    guard let value = ReportFormat(rawValue: format) else {
                        throw ConfigurationError(file: path, reason: "projects.\(name).reports.formats: unknown format \(format) (json, html, md)")
                    }
                    return value
                }
            }
            if let ignore = project.ignore { settings.ignorePatterns = ignore }
            config.projects[name] = settings
        }
        self = config
    }


    /// Reads `project: [password, ...]`. Errors name the file and the project, never a password.
    public static func loadPasswords(_ path: String) throws -> [String: [String]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, reason: "passwords: cannot read the passwords file")
        }
        do {
            return try YAMLDecoder().decode([String: [String]].self, from: String(decoding: data, as: UTF8.self))
        } catch {
            throw ConfigurationError(file: path, reason: "passwords: expected a map of project name to a list of passwords")
        }
    }

    private static func keyPath(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "(top level)" : path.map(\.stringValue).joined(separator: ".")
    }

    /// The configuration as YAML, for `print-config`.
    public var yaml: String {
        """
        # source: \(source ?? "built-in defaults")
        inbox: \(inbox)
        database: \(database)
        owner:
          email: \(ownerEmail)
          name: \(ownerName)
        workers: \(workers)   # in effect: \(effectiveWorkers)
        reports:
          formats: [\(reportFormats.map(\.rawValue).joined(separator: ", "))]
        rules: \(rulesDirectory)
        analysis:
          reviewThreshold: \(reviewThreshold.map { String($0) } ?? "(from rules/classification.json)")
        watch:
          settleSeconds: \(settleSeconds)
          maxAttempts: \(maxAttempts)
          pollSeconds: \(pollSeconds)\(forcePolling ? "   # polling forced" : "")
          rescanSeconds: \(rescanSeconds)
          queueCapacity: \(queueCapacity)
          incompleteAfterSeconds: \(incompleteAfterSeconds)
          ignore: [\(ignorePatterns.map { "\"\($0)\"" }.joined(separator: ", "))]
        limits:
          maxFileMB: \(limits.maxFileBytes >> 20)
          maxPages: \(limits.maxPages)
          maxInflatedMB: \(limits.maxInflatedBytes >> 20)
          timeoutSeconds: \(limits.timeoutSeconds)
          maxMemoryMB: \(limits.maxMemoryMB)
        passwords: \(passwordsFile.map { "\($0)  # \(passwords.count) projects, passwords redacted" } ?? "(none)")
        projects:\(projects.isEmpty ? " {}" : "")
        \(projects.sorted { $0.key < $1.key }.map { name, settings in
            var lines = ["  \(name):"]
            if let email = settings.ownerEmail { lines.append("    owner: {email: \(email), name: \(settings.ownerName ?? "")}") }
            lines.append("    analysis: \(settings.analysis.rawValue)")
            if let formats = settings.reportFormats { lines.append("    reports: {formats: [\(formats.map(\.rawValue).joined(separator: ", "))]}") }
            if !settings.ignorePatterns.isEmpty { lines.append("    ignore: [\(settings.ignorePatterns.joined(separator: ", "))]") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n"))
        """
    }
}

extension OptiMindConfiguration.File {
    /// The OPTIMIND_* variables as a configuration overlay: OPTIMIND_<SECTION>_<KEY>, with the key's
    /// words split by underscores (OPTIMIND_WATCH_SETTLE_SECONDS for watch.settleSeconds); lists are
    /// comma-separated. A value of the wrong type is an error naming the variable.
    init(environment: [String: String]) throws {
        func text(_ name: String) -> String? { environment["OPTIMIND_" + name].flatMap { $0.isEmpty ? nil : $0 } }
        func number<T: LosslessStringConvertible>(_ name: String, _: T.Type) throws -> T? {
            guard let raw = text(name) else { return nil }
            guard let value = T(raw.trimmingCharacters(in: .whitespaces)) else {
                throw ConfigurationError(file: "OPTIMIND_\(name)", reason: "not a number: \(raw)")
            }
            return value
        }
        func list(_ name: String) -> [String]? {
            text(name).map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        }
        inbox = text("INBOX")
        database = text("DATABASE")
        rules = text("RULES")
        passwords = text("PASSWORDS")
        workers = try number("WORKERS", Int.self)
        if text("OWNER_EMAIL") != nil || text("OWNER_NAME") != nil { owner = Owner(email: text("OWNER_EMAIL"), name: text("OWNER_NAME")) }
        if let formats = list("REPORTS_FORMATS") { reports = Reports(formats: formats) }
        if let threshold = try number("ANALYSIS_REVIEW_THRESHOLD", Double.self) { analysis = Analysis(reviewThreshold: threshold) }
        watch = Watch(
            settleSeconds: try number("WATCH_SETTLE_SECONDS", Double.self), maxAttempts: try number("WATCH_MAX_ATTEMPTS", Int.self),
            pollSeconds: try number("WATCH_POLL_SECONDS", Double.self), rescanSeconds: try number("WATCH_RESCAN_SECONDS", Double.self),
            queueCapacity: try number("WATCH_QUEUE_CAPACITY", Int.self),
            incompleteAfterSeconds: try number("WATCH_INCOMPLETE_AFTER_SECONDS", Double.self), ignore: list("WATCH_IGNORE"))
        limits = Limits(
            maxFileMB: try number("LIMITS_MAX_FILE_MB", Int.self), maxPages: try number("LIMITS_MAX_PAGES", Int.self),
            maxInflatedMB: try number("LIMITS_MAX_INFLATED_MB", Int.self),
            timeoutSeconds: try number("LIMITS_TIMEOUT_SECONDS", Double.self), maxMemoryMB: try number("LIMITS_MAX_MEMORY_MB", Int.self))
    }
}

/// What a project may set for itself in the `projects:` section.
public struct ProjectSettings: Sendable, Equatable {
    /// Which analysis its documents get, whatever the classifier says.
    public enum Analysis: String, Sendable, Equatable {
        case auto, contract, policy, none
    }

    public var ownerEmail: String?
    public var ownerName: String?
    public var analysis: Analysis = .auto
    public var reportFormats: [ReportFormat]?
    /// Patterns ignored in this project, in addition to `watch.ignore`.
    public var ignorePatterns: [String] = []
}

/// A configuration that cannot be used: the file, the key and the reason.
public struct ConfigurationError: DiagnosableError {
    public let file: String?
    public let reason: String
    public let exitStatus: SysExit

    public init(file: String?, reason: String, exitStatus: SysExit = .config) {
        self.file = file
        self.reason = reason
        self.exitStatus = exitStatus
    }
}

/// Finds the rule data shipped with the installation when no configuration file names it.
enum RuleLocator {
    static func defaultRulesDirectory() throws -> String {
        var candidates = ["Config/rules"]
        // Walk up from the executable: .build/<triple>/release/optimind sits three levels below the checkout;
        // an installed binary finds /usr/local/share/optimind/rules.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("Config/rules").path)
            candidates.append(folder.appendingPathComponent("share/optimind/rules").path)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append("/etc/optimind/rules")
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/classification.json") {
            return URL(fileURLWithPath: candidate).standardizedFileURL.path
        }
        throw ConfigurationError(
            file: "Config/rules", reason: "rule data not found (looked in \(candidates.joined(separator: ", "))); pass --config")
    }
}
