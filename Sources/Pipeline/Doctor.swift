import Classification
import Extraction
import Foundation
import OptiMindCore
import Store
import Watcher

#if canImport(Glibc)
    import Glibc
#endif

/// `optimind doctor`: checks everything the daemon depends on and says what to do about each problem.
public struct Doctor {
    public enum Level: String, Sendable { case ok = "ok", warning = "warn", failure = "FAIL" }

    public struct Check: Sendable {
        public var level: Level
        public var subject: String
        public var detail: String
        /// What to do, for warnings and failures.
        public var advice: String?
    }

    public let configuration: OptiMindConfiguration

    public init(configuration: OptiMindConfiguration) {
        self.configuration = configuration
    }

    public func run() -> [Check] {
        var checks: [Check] = []
        func add(_ level: Level, _ subject: String, _ detail: String, _ advice: String? = nil) {
            checks.append(Check(level: level, subject: subject, detail: detail, advice: advice))
        }
        add(.ok, "configuration", configuration.source.map { "read from \($0)" } ?? "built-in defaults (no Config/optimind.yaml)")
        let versions = DocumentExtractor.libraryVersions
        add(.ok, "libraries", versions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))

        // libmagic and its database: a PDF header must be recognised.
        let probe = NSTemporaryDirectory() + "optimind-doctor-\(getpid()).pdf"
        FileManager.default.createFile(atPath: probe, contents: Data(Self.probePDF.utf8))
        defer { unlink(probe) }
        do {
            let extractor = try DocumentExtractor()
            let (format, mime) = try extractor.sniff(path: probe)
            if format == .pdf {
                add(.ok, "libmagic database", "loaded; a PDF is recognised as \(mime)")
            } else {
                add(.failure, "libmagic database", "a PDF is recognised as \(mime)", "reinstall libmagic-mgc (the magic database)")
            }
        } catch {
            add(.failure, "libmagic database", "\(error)", "install libmagic1 and libmagic-mgc")
        }

        // The extraction worker: the binary must start it and poppler must read a PDF.
        if let executable = configuration.extractorExecutable {
            do {
                let text = try IsolatedExtractor(executable: executable, limits: configuration.limits).extract(path: probe, password: nil).text
                add(text.contains("optimind doctor") ? .ok : .failure, "extraction worker", "started; poppler read the probe PDF")
            } catch {
                add(.failure, "extraction worker", "\(error)", "check that \(executable) runs and libpoppler-glib is installed")
            }
        }

        do {
            let rules = try RuleSet(directory: configuration.rulesDirectory, reviewThreshold: configuration.reviewThreshold)
            add(.ok, "rules", "\(configuration.rulesDirectory) loads and validates")
            // A threshold set for the margin the confidence was before calibration flags nothing.
            let classification = rules.classifier.rules
            let tie = classification.calibrated(0.5)
            if let threshold = configuration.reviewThreshold, classification.calibration != nil, threshold <= tie {
                add(
                    .warning, "review threshold",
                    "analysis.reviewThreshold \(threshold) is not above the confidence of a tie (\(tie)): a document whose kind or type is a coin toss is not sent to review",
                    "the confidence is calibrated (the chance the kind and type are right); the rules' threshold is \(classification.reviewThreshold): remove the setting or raise it")
            }
        } catch {
            add(.failure, "rules", "\(error)", "fix the rule file named above, or point `rules` at a valid folder")
        }

        // inotify limits against the folders to watch.
        let inbox = URL(fileURLWithPath: configuration.inbox).standardizedFileURL.path
        var folders = 0
        Self.countFolders(inbox, &folders)
        if let limit = InboxWatcher.watchLimit {
            let detail = "\(folders) folders to watch; fs.inotify.max_user_watches = \(limit)"
            if folders * 5 > limit * 4 {
                add(.warning, "inotify", detail, "raise it: sysctl fs.inotify.max_user_watches=524288 (else watch mode polls)")
            } else {
                add(.ok, "inotify", detail)
            }
        }

        // The inbox and each project folder: present, permissions, filesystem.
        if !FileManager.default.fileExists(atPath: inbox) {
            add(.failure, "inbox", "\(inbox) does not exist", "run `optimind init`, or set `inbox` in the configuration")
        } else {
            var projects = [inbox]
            for entry in DirectoryEntries.list(inbox) where entry.kind == .folder {
                if let name = entry.name, !name.hasPrefix(".") { projects.append(inbox + "/" + name) }
            }
            for folder in projects {
                let kind = FilesystemKind.of(folder)
                var problems: [String] = []
                if access(folder, R_OK | X_OK) != 0 { problems.append("not readable") }
                if access(folder, W_OK) != 0 { problems.append("not writable (reports cannot be written next to documents)") }
                let label = folder == inbox ? "inbox" : "project \((folder as NSString).lastPathComponent)"
                if !problems.isEmpty {
                    add(.failure, label, "\(folder): " + problems.joined(separator: ", "), "give the daemon's user read, write and execute permission on it")
                } else if !kind.inotifySeesEverything {
                    add(.warning, label, "\(folder) is on \(kind.name)", "inotify misses changes made on other machines: watch mode will poll")
                } else {
                    add(.ok, label, "\(folder) (\(kind.name), readable and writable)")
                }
            }
        }

        // The database.
        do {
            let store = try SQLiteUploadStore(path: configuration.database)
            let integrity = try store.integrityCheck()
            let engine = try store.engineInfo()
            if integrity == ["ok"] {
                add(.ok, "database", "\(configuration.database): integrity ok, SQLite \(engine.version), journal \(engine.journalMode), synchronous \(engine.synchronous == 1 ? "normal (synced with the reports)" : String(engine.synchronous))")
            } else {
                add(.failure, "database", "integrity_check: " + integrity.prefix(3).joined(separator: "; "),
                    "stop the daemon, back the file up, and restore from a backup (or `sqlite3 ... .recover`)")
            }
        } catch {
            add(.failure, "database", "\(error)", "check the path and the folder's permissions")
        }

        // Free disk where documents and the database live.
        for (label, path) in [("disk (inbox)", inbox), ("disk (database)", (URL(fileURLWithPath: configuration.database).standardizedFileURL.path as NSString).deletingLastPathComponent)] {
            var info = statvfs()
            guard statvfs(path, &info) == 0 else { continue }
            let free = Double(info.f_bavail) * Double(info.f_frsize)
            let total = Double(info.f_blocks) * Double(info.f_frsize)
            let detail = String(format: "%.1f GB free of %.1f GB", free / 1e9, total / 1e9)
            if free < 1e9 || free < total * 0.05 {
                add(.warning, label, detail, "free some space: reports and the database grow with every document")
            } else {
                add(.ok, label, detail)
            }
        }
        return checks
    }

    private static func countFolders(_ folder: String, _ count: inout Int) {
        count += 1
        for entry in DirectoryEntries.list(folder) where entry.kind == .folder {
            if let name = entry.name, !name.hasPrefix(".") { countFolders(folder + "/" + name, &count) }
        }
    }

    /// A one-page PDF with the text "optimind doctor", to try libmagic, the worker and poppler.
    static let probePDF: String = {
        let content = "BT /F1 12 Tf 72 720 Td (optimind doctor) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(format: "%010d 00000 n \n", offset) }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return pdf
    }()
}
