import CTextSearch
import Foundation
import OptiMindCore
import Synchronization

/// Report formats a project can ask for.
public enum ReportFormat: String, Sendable, Codable, CaseIterable {
    case json, html, md
}

/// Why a report could not be written.
public struct ReportError: DiagnosableError {
    public let file: String?
    public let reason: String
    public var exitStatus: SysExit { .cannotCreate }
}

/// Writes reports and error sidecars next to the source file.
///
/// Each file is written to a temporary name in the same folder and renamed into place, so a reader
/// never sees half a report; a symlink is never followed, and a file this tool did not write is
/// never replaced.
public struct ReportWriter: Sendable {
    /// Suffixes of files this tool writes next to sources; the watcher and batch import skip them.
    public static let ownSuffixes = [
        ".contractwise.json", ".contractwise.html", ".contractwise.md", ".complianceguard.json",
        ".complianceguard.html", ".complianceguard.md", ".optimind-error.txt",
    ]

    public static func isOwnOutput(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return ownSuffixes.contains { path.hasSuffix($0) } || name.hasPrefix(".optimind-tmp-")
            || name == ComplianceRollup.csvName || name == ComplianceRollup.htmlName
    }

    public let formats: [ReportFormat]

    /// Removes a temporary report file left by a process that died while writing it (the name
    /// carries the writer's pid). True when it was such a leftover and is gone.
    @discardableResult
    public static func removeStaleTemporary(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard name.hasPrefix(".optimind-tmp-"), let pid = Int32(name.dropFirst(".optimind-tmp-".count).prefix { $0 != "-" }),
            pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
        else { return false }
        return unlink(path) == 0
    }

    public init(formats: [ReportFormat] = [.json, .html]) {
        self.formats = formats
    }

    /// Writes the report in each format; returns the paths written.
    @discardableResult
    public func write(_ report: AnalysisReport) throws -> [String] {
        let kept = report.suffix.map { suffix in Set(formats.map { ".\(suffix).\($0.rawValue)" }) } ?? []
        removeStaleReports(of: report.source.path, keeping: kept)
        guard let suffix = report.suffix else { return [] }
        var written: [String] = []
        for format in formats {
            let path = "\(report.source.path).\(suffix).\(format.rawValue)"
            let data: Data
            switch format {
            case .json: data = try report.json(pretty: true)
            case .html: data = Data(HTMLReportRenderer.render(report).utf8)
            case .md: data = Data(MarkdownReportRenderer.render(report).utf8)
            }
            try Self.replaceAtomically(path, with: data)
            written.append(path)
        }
        removeErrorSidecar(for: report.source.path)
        return written
    }

    /// Moves this tool's reports of a renamed source next to its new path, with the path inside the
    /// JSON report brought up to date. Returns the paths now holding reports.
    public func moveReports(from oldSource: String, to newSource: String, uploadId: String) -> [String] {
        var moved: [String] = []
        for suffix in Self.ownSuffixes where !suffix.hasSuffix(".optimind-error.txt") {
            let old = oldSource + suffix
            let new = newSource + suffix
            guard Self.isOurs(old) else { continue }
            if suffix.hasSuffix(".json"), let data = FileManager.default.contents(atPath: old),
                var object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            {
                var source = object["source"] as? [String: Any] ?? [:]
                source["path"] = newSource
                object["source"] = source
                object["uploadId"] = uploadId
                if let patched = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
                    (try? Self.replaceAtomically(new, with: patched)) != nil
                {
                    unlink(old)
                    moved.append(new)
                }
            } else if !FileManager.default.fileExists(atPath: new), rename(old, new) == 0 {
                moved.append(new)
            }
        }
        return moved
    }

    /// Reports for a copy of a document already analysed: the first JSON report with this upload's
    /// id, path and `duplicateOf`, and an HTML page that links to the first report.
    public func writeDuplicate(source: String, uploadId: String, original: String, originalId: String) -> [String] {
        var written: [String] = []
        for suffix in ["contractwise", "complianceguard"] {
            let originalJSON = "\(original).\(suffix).json"
            guard Self.isOurs(originalJSON), let data = FileManager.default.contents(atPath: originalJSON),
                var object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { continue }
            var sourceObject = object["source"] as? [String: Any] ?? [:]
            sourceObject["path"] = source
            object["source"] = sourceObject
            object["uploadId"] = uploadId
            object["duplicateOf"] = originalId
            if formats.contains(.json), let patched = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
                (try? Self.replaceAtomically("\(source).\(suffix).json", with: patched)) != nil
            {
                written.append("\(source).\(suffix).json")
            }
            if formats.contains(.html) {
                let name = HTMLReportRenderer.escape((original as NSString).lastPathComponent)
                let link = HTMLReportRenderer.escape(((original as NSString).lastPathComponent) + ".\(suffix).html")
                let html = """
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="generator" content="\(AnalysisReport.generator)">
                    <title>Duplicate of \(name)</title></head><body style="font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:40px auto">
                    <h1>Duplicate document</h1><p>This file has the same content as <strong>\(HTMLReportRenderer.escape(original))</strong>
                    (upload \(HTMLReportRenderer.escape(originalId))), which was already analysed.</p>
                    <p><a href="\(link)">Open the analysis of \(name)</a> (the link works when both files are in the same folder).</p>
                    <p style="color:#777">Upload \(HTMLReportRenderer.escape(uploadId)). Generated by optimind.</p></body></html>

                    """
                if (try? Self.replaceAtomically("\(source).\(suffix).html", with: Data(html.utf8))) != nil {
                    written.append("\(source).\(suffix).html")
                }
            }
        }
        return written
    }

    /// Removes this tool's earlier reports of a source that the new analysis does not write again
    /// (the document is now classified differently, or a format was dropped).
    func removeStaleReports(of source: String, keeping: Set<String>) {
        for suffix in Self.ownSuffixes where !suffix.hasSuffix(".optimind-error.txt") && !keeping.contains(suffix) {
            if Self.isOurs(source + suffix) { unlink(source + suffix) }
        }
    }

    /// Writes `<file>.optimind-error.txt` saying what failed and how to retry.
    @discardableResult
    public func writeError(source: String, reason: String, uploadId: String?, stage: String?) throws -> String {
        let path = source + ".optimind-error.txt"
        let name = (source as NSString).lastPathComponent
        var text = "\(Self.errorMarker) could not process \(name)\n\n"
        text += "Reason: \(reason)\n"
        if let stage { text += "Stage:  \(stage)\n" }
        if let uploadId { text += "Upload: \(uploadId)\n" }
        text += "When:   \(Date().formatted(.iso8601))\n\n"
        text += "To retry: fix the cause above, then save the file into the inbox again"
        text += uploadId.map { " or run `optimind retry \($0)`" } ?? ""
        text += ".\nThis file is replaced or removed when the document is processed successfully.\n"
        try Self.replaceAtomically(path, with: Data(text.utf8))
        return path
    }

    static let errorMarker = "optimind"

    /// Removes a stale error sidecar after a success (only if this tool wrote it).
    public func removeErrorSidecar(for source: String) {
        let path = source + ".optimind-error.txt"
        if Self.isOurs(path) { unlink(path) }
    }

    /// Whether an existing file was written by this tool (so it may be replaced).
    static func isOurs(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size < 64 << 20 else { return false }
        // An empty file at a report's name is what a power cut leaves of a report not yet on disk.
        if info.st_size == 0 { return true }
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        if path.hasSuffix(".optimind-error.txt") { return data.starts(with: Data("\(errorMarker) could not process".utf8)) }
        if path.hasSuffix(".json") { return data.range(of: Data("\"generator\" : \"\(AnalysisReport.generator)\"".utf8)) != nil }
        if path.hasSuffix(".html") {
            return data.range(of: Data("<meta name=\"generator\" content=\"\(AnalysisReport.generator)\">".utf8)) != nil
        }
        if path.hasSuffix(".md") { return data.range(of: Data(MarkdownReportRenderer.marker.utf8)) != nil }
        if path.hasSuffix("/" + ComplianceRollup.csvName) { return data.starts(with: Data(ComplianceRollup.header.joined(separator: ",").utf8)) }
        return false
    }

    static func replaceAtomically(_ path: String, with data: Data) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                throw ReportError(file: path, reason: "not writing the report: the path is a symbolic link")
            }
            if !isOurs(path) {
                throw ReportError(file: path, reason: "not overwriting a file optimind did not write; move it away to get a report")
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/.optimind-tmp-\(getpid())-\(RowID.make())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ReportError(file: path, reason: "cannot write the report: \(String(cString: strerror(errno)))")
        }
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let count = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += count
            }
        }
        close(fd)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw ReportError(file: path, reason: "cannot write the report: \(String(cString: strerror(failure)))")
        }
        unsynced.withLock { $0.append(path) }
    }

    /// Reports renamed into place but not yet known to be on disk.
    private static let unsynced = Locked<[String]>([])

    /// Puts every report written so far on disk: one `syncfs` per filesystem holding some (falling
    /// back to `sync` where `syncfs` fails), instead of an `fsync` per file as it is
    /// written, which kept a worker waiting on the disk twice per document. Batch commands call it at
    /// the end, the daemon after each document. A report a power cut takes before that is written
    /// again: an upload whose report is missing or empty is analysed again from its stored text when
    /// its file is next seen (see `IngestPipeline.process`). The filesystems of `DurableFiles` (the
    /// database's folder) are put on disk too. Returns the number of reports synced.
    @discardableResult
    public static func syncWritten() -> Int {
        let paths = unsynced.withLock { paths in
            defer { paths.removeAll() }
            return paths
        }
        // One path per filesystem to open for `syncfs`. The database's commits go with the reports (see
        // `DurableFiles`) through its folder: the database file itself is never opened.
        var byDevice: [UInt64: String] = [:]
        for path in paths + DurableFiles.all {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if byDevice[UInt64(info.st_dev)] == nil { byDevice[UInt64(info.st_dev)] = path }
        }
        var failed = false
        for path in byDevice.values {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if optimind_syncfs(fd) != 0 { failed = true }
            close(fd)
        }
        // A filesystem syncfs cannot serve (it has served every Linux since 2.6.39): everything, then.
        if failed { sync() }
        return paths.count
    }
}
