import Foundation
import OptiMindCore
import Reports
import Synchronization

/// One file to ingest and the project it belongs to.
public struct BatchItem: Sendable, Equatable {
    public var path: String
    public var project: String
    /// Why the file cannot be taken in at all (its name is not UTF-8), found while listing.
    public var problem: String?

    public init(path: String, project: String, problem: String? = nil) {
        self.path = path
        self.project = project
        self.problem = problem
    }
}

/// `optimind ingest`: runs a list of files through the pipeline on N worker threads.
public struct BatchIngest: Sendable {
    public let pipeline: IngestPipeline

    public init(pipeline: IngestPipeline) {
        self.pipeline = pipeline
    }

    /// The files under the given paths, each with its project: `project` when given; else the folder
    /// directly under the inbox when the file is inside it; else the folder named on the command line.
    /// Hidden, temporary and report files are left out. Throws for a path that does not exist.
    public static func collect(
        paths: [String], project: String?, inbox: String, ignore: [String] = OptiMindConfiguration(rulesDirectory: "").ignorePatterns
    ) throws -> [BatchItem] {
        let inboxRoot = URL(fileURLWithPath: inbox).standardizedFileURL.path
        var items: [BatchItem] = []
        for given in paths {
            let root = URL(fileURLWithPath: given).standardizedFileURL.path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
                throw ConfigurationError(file: given, reason: "no such file or folder", exitStatus: .noInput)
            }
            let files: [String]
            if isFolder.boolValue {
                var found: [String] = []
                DirectoryEntries.walk(root) { path, validName in
                    if !validName {
                        items.append(BatchItem(path: path, project: project ?? "default", problem: DirectoryEntries.invalidNameReason))
                    } else if IngestPipeline.ignoreReason(path, patterns: ignore) == nil {
                        found.append(path)
                    }
                }
                files = found.sorted()
            } else {
                files = [root]
            }
            for file in files {
                items.append(BatchItem(path: file, project: project ?? projectName(for: file, inbox: inboxRoot, given: root, isFolder: isFolder.boolValue)))
            }
        }
        return items
    }

    static func projectName(for file: String, inbox: String, given: String, isFolder: Bool) -> String {
        if file.hasPrefix(inbox + "/") {
            let components = file.dropFirst(inbox.count + 1).split(separator: "/")
            if components.count >= 2 { return String(components[0]) }
            return "default"
        }
        let folder = isFolder ? given : (given as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        return name.isEmpty || name == "/" ? "default" : name
    }

    /// Processes every item with `workers` threads; `progress` is called after each file, from a worker
    /// thread. Returns the outcomes in item order, unless `keepOutcomes` is false: then memory stays flat
    /// whatever the batch size, and `progress` is the only report of each file.
    @discardableResult
    public func run(
        _ items: [BatchItem], workers: Int, keepOutcomes: Bool = true,
        progress: @escaping @Sendable (_ done: Int, _ outcome: IngestOutcome) -> Void
    ) throws -> [IngestOutcome] {
        // Largest files first: the workers then finish together instead of one waiting on a long
        // document picked up last. Outcomes still come back in item order.
        let order = workers > 1 ? Self.largestFirst(items) : Array(items.indices)
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let results = Mutex<[IngestOutcome?]>(Array(repeating: nil, count: keepOutcomes ? items.count : 0))
        let analyzers = try (0..<max(1, min(workers, max(1, items.count)))).map { _ in try UncheckedBox(pipeline.makeAnalyzer()) }
        let group = DispatchGroup()
        for box in analyzers {
            group.enter()
            let thread = Thread { [pipeline] in
                defer { group.leave() }
                box.value.prepareExtraction()
                while true {
                    let position = next.add(1, ordering: .relaxed).oldValue
                    guard position < items.count else { return }
                    let index = order[position]
                    let item = items[index]
                    let outcome = item.problem.map { IngestOutcome.rejected(path: item.path, reason: $0) }
                        ?? pipeline.process(path: item.path, project: item.project, analyzer: box.value)
                    if keepOutcomes { results.withLock { $0[index] = outcome } }
                    let finished = done.add(1, ordering: .relaxed).newValue
                    // Reports reach the disk in groups (see ReportWriter.syncWritten).
                    if finished % Self.syncEvery == 0 { ReportWriter.syncWritten() }
                    progress(finished, outcome)
                }
            }
            thread.name = "optimind-worker"
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        ReportWriter.syncWritten()
        return results.withLock { $0.compactMap { $0 } }
    }

    /// Item indices by file size, largest first (a file that cannot be read counts as empty).
    static func largestFirst(_ items: [BatchItem]) -> [Int] {
        let sizes = items.map { item -> Int64 in
            var info = stat()
            return item.problem == nil && stat(item.path, &info) == 0 ? Int64(info.st_size) : 0
        }
        return items.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    }

    /// How many documents' reports may wait for the disk together.
    static let syncEvery = 200
}

/// Hands a non-Sendable value to exactly one other thread.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
