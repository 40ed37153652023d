import Foundation
import OptiMindCore

#if canImport(Glibc)
    import Glibc
#endif

/// Polls an inbox where inotify cannot see (NFS, SMB/CIFS, FUSE), or when asked to: every interval
/// it lists the tree and reports files that appeared or changed (size or modification time) and
/// files that went away. The first listing only records what is there; the caller scans at start.
public final class InboxPoller: @unchecked Sendable {
    public let inbox: String
    public let interval: Double
    private let onEvent: @Sendable (InboxEvent) -> Void
    private var known: [String: (size: Int64, modified: Int64)] = [:]
    private let stopped = DispatchSemaphore(value: 0)
    private var reportedProblems = Set<String>()

    public init(inbox: String, interval: Double, onEvent: @escaping @Sendable (InboxEvent) -> Void) {
        self.inbox = inbox
        self.interval = interval
        self.onEvent = onEvent
    }

    public func start() {
        known = snapshot()
        let thread = Thread { [self] in
            while stopped.wait(timeout: .now() + interval) == .timedOut {
                poll()
            }
        }
        thread.name = "optimind-poller"
        thread.start()
    }

    public func stop() { stopped.signal() }

    private func poll() {
        let current = snapshot()
        for (path, stamp) in current {
            if let previous = known[path], previous == stamp { continue }
            onEvent(.changed(path))
        }
        for path in known.keys where current[path] == nil { onEvent(.removed(path)) }
        known = current
    }

    private func snapshot() -> [String: (size: Int64, modified: Int64)] {
        var files: [String: (size: Int64, modified: Int64)] = [:]
        DirectoryEntries.walk(inbox) { path, valid in
            guard valid else {
                if reportedProblems.insert(path).inserted { onEvent(.problem(path, DirectoryEntries.invalidNameReason)) }
                return
            }
            var info = stat()
            guard stat(path, &info) == 0 else { return }
            files[path] = (Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        }
        return files
    }
}

/// What kind of filesystem a folder is on, and whether inotify sees changes made there by others.
public struct FilesystemKind: Sendable, Equatable {
    public let name: String
    /// False for network and FUSE filesystems: changes made on another machine raise no inotify event.
    public let inotifySeesEverything: Bool

    static let remoteTypes: Set<String> = ["nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "ceph", "afs", "lustre", "gpfs", "glusterfs", "davfs", "vboxsf", "vmhgfs"]

    /// The filesystem holding `path`, from the longest mount point above it in /proc/self/mounts.
    public static func of(_ path: String) -> FilesystemKind {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else {
            return FilesystemKind(name: "unknown", inotifySeesEverything: true)
        }
        var best: (point: String, type: String) = ("", "unknown")
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            // Spaces in mount points are written as \040.
            let point = fields[1].replacingOccurrences(of: "\\040", with: " ")
            let covers = point == "/" || resolved == point || resolved.hasPrefix(point + "/")
            if covers, point.count >= best.point.count { best = (point, String(fields[2])) }
        }
        let remote = remoteTypes.contains(best.type) || best.type.hasPrefix("fuse")
        return FilesystemKind(name: best.type, inotifySeesEverything: !remote)
    }
}
