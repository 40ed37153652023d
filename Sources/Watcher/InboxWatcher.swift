import Foundation
import OptiMindCore

#if canImport(Glibc)
    import Glibc
#endif

/// Watches an inbox with inotify: the inbox itself (new project folders) and every folder below it,
/// and reports each file that was closed after writing or moved in.
///
/// A dedicated thread waits on the inotify descriptor and a stop pipe, so `stop()` returns promptly.
/// Folders created later are watched and scanned at once, since files can land in them before
/// their watch exists.
public final class InboxWatcher: @unchecked Sendable {
    public let inbox: String
    private let onFile: @Sendable (String) -> Void
    private let onProblem: @Sendable (String, String) -> Void
    private let fd: Int32
    private var stopPipe: [Int32] = [-1, -1]
    private var folders: [Int32: String] = [:]
    private var thread: Thread?
    private let lock = NSLock()

    /// Files reported by the event loop; `onFile` may be called from the watcher's own thread.
    /// `onProblem` gets a path and a reason for an entry that cannot be ingested (a name that is not UTF-8).
    public init(
        inbox: String, onFile: @escaping @Sendable (String) -> Void,
        onProblem: @escaping @Sendable (String, String) -> Void = { _, _ in }
    ) throws {
        self.inbox = inbox
        self.onFile = onFile
        self.onProblem = onProblem
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw WatcherError(file: inbox, reason: "inotify unavailable: \(String(cString: strerror(errno)))") }
        guard pipe(&stopPipe) == 0 else { throw WatcherError(file: inbox, reason: "cannot create a pipe") }
    }

    deinit {
        close(fd)
        close(stopPipe[0])
        close(stopPipe[1])
    }

    /// Adds watches for the inbox and all folders below it; returns the files already present.
    @discardableResult
    public func start() throws -> [String] {
        var existing: [String] = []
        try watchTree(inbox, found: &existing)
        let thread = Thread { [self] in self.run() }
        thread.name = "optimind-inotify"
        thread.start()
        self.thread = thread
        return existing
    }

    public func stop() {
        var byte: UInt8 = 1
        _ = write(stopPipe[1], &byte, 1)
    }

    /// Number of inotify watches in use.
    public var watchCount: Int { lock.withLock { folders.count } }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF)

    private func watchTree(_ root: String, found: inout [String]) throws {
        let descriptor = inotify_add_watch(fd, root, Self.mask)
        guard descriptor >= 0 else {
            throw WatcherError(file: root, reason: "cannot watch: \(String(cString: strerror(errno)))")
        }
        lock.withLock { folders[descriptor] = root }
        for entry in DirectoryEntries.list(root).sorted(by: { $0.printableName < $1.printableName }) {
            guard let name = entry.name else {
                onProblem(root + "/" + entry.printableName, DirectoryEntries.invalidNameReason)
                continue
            }
            if name.hasPrefix(".") { continue }
            switch entry.kind {
            case .folder: try? watchTree(root + "/" + name, found: &found)
            case .file: found.append(root + "/" + name)
            case .other: continue
            }
        }
    }

    private func run() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: stopPipe[0], events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&fds, 2, -1)
            if ready < 0 { if errno == EINTR { continue } else { return } }
            if fds[1].revents != 0 { return }
            let count = read(fd, buffer, size)
            if count <= 0 { continue }
            var offset = 0
            while offset + 16 <= count {
                let descriptor = buffer.load(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
                var name: String? = ""
                var printable = ""
                if length > 0 {
                    let start = buffer.advanced(by: offset + 16).assumingMemoryBound(to: UInt8.self)
                    let bytes = UnsafeBufferPointer(start: start, count: length).prefix { $0 != 0 }
                    name = String(validating: bytes, as: UTF8.self)
                    printable = String(decoding: bytes, as: UTF8.self)
                }
                offset += 16 + length
                if let name {
                    handle(descriptor: descriptor, mask: mask, name: name)
                } else if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0, let folder = lock.withLock({ folders[descriptor] }) {
                    onProblem(folder + "/" + printable, DirectoryEntries.invalidNameReason)
                }
            }
        }
    }

    private func handle(descriptor: Int32, mask: UInt32, name: String) {
        if mask & UInt32(IN_IGNORED) != 0 {
            _ = lock.withLock { folders.removeValue(forKey: descriptor) }
            return
        }
        guard let folder = lock.withLock({ folders[descriptor] }), !name.isEmpty, !name.hasPrefix(".") else { return }
        let path = folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                var found: [String] = []
                try? watchTree(path, found: &found)
                found.forEach(onFile)
            }
            return
        }
        if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 { onFile(path) }
    }
}

/// Why the inbox cannot be watched.
public struct WatcherError: DiagnosableError {
    public let file: String?
    public let reason: String
    public var exitStatus: SysExit { .unavailable }
}
