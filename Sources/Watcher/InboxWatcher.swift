import Foundation
import OptiMindCore

#if canImport(Glibc)
    import Glibc
#endif

/// Watches an inbox with inotify: the inbox itself and every folder below it, including folders
/// created or moved in later, and reports what happens as `InboxEvent`s.
///
/// A dedicated thread waits on the inotify descriptor and a stop pipe, so `stop()` returns promptly.
/// The watcher never lists files: scans belong to the caller, which can then run them off this thread.
public final class InboxWatcher: @unchecked Sendable {
    public let inbox: String
    private let onEvent: @Sendable (InboxEvent) -> Void
    private let fd: Int32
    private var stopPipe: [Int32] = [-1, -1]
    private var folders: [Int32: String] = [:]
    private let lock = NSLock()

    /// `onEvent` is called on the watcher's own thread.
    public init(inbox: String, onEvent: @escaping @Sendable (InboxEvent) -> Void) throws {
        self.inbox = inbox
        self.onEvent = onEvent
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else {
            throw WatcherError(
                file: inbox, reason: "inotify unavailable: \(String(cString: strerror(errno)))", watchLimitReached: errno == EMFILE)
        }
        guard pipe(&stopPipe) == 0 else { throw WatcherError(file: inbox, reason: "cannot create a pipe") }
    }

    deinit {
        close(fd)
        close(stopPipe[0])
        close(stopPipe[1])
    }

    /// Adds watches for the inbox and every folder below it, then starts the event thread.
    /// Throws with `watchLimitReached` when the kernel's watch limit does not allow them all.
    public func start() throws {
        try watchTree(inbox)
        let thread = Thread { [self] in self.run() }
        thread.name = "optimind-inotify"
        thread.start()
    }

    public func stop() {
        var byte: UInt8 = 1
        _ = write(stopPipe[1], &byte, 1)
    }

    /// Number of inotify watches in use.
    public var watchCount: Int { lock.withLock { folders.count } }

    /// The kernel's per-user watch limit (fs.inotify.max_user_watches), when readable.
    public static var watchLimit: Int? {
        (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_user_watches", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    private static let mask = UInt32(
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    private func watchTree(_ root: String) throws {
        let descriptor = inotify_add_watch(fd, root, Self.mask)
        guard descriptor >= 0 else {
            let limit = errno == ENOSPC
            throw WatcherError(
                file: root,
                reason: limit
                    ? "the inotify watch limit is reached (fs.inotify.max_user_watches = \(Self.watchLimit.map(String.init) ?? "?"))"
                    : "cannot watch: \(String(cString: strerror(errno)))",
                watchLimitReached: limit)
        }
        lock.withLock { folders[descriptor] = root }
        for entry in DirectoryEntries.list(root) where entry.kind == .folder {
            guard let name = entry.name, !name.hasPrefix(".") else { continue }
            try watchTree(root + "/" + name)
        }
    }

    private func run() {
        let size = 256 * 1024
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
                // struct inotify_event: wd, mask, cookie, len, then the NUL-padded name.
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
                handle(descriptor: descriptor, mask: mask, name: name, printable: printable)
            }
        }
    }

    private func handle(descriptor: Int32, mask: UInt32, name: String?, printable: String) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return onEvent(.overflow) }
        if mask & UInt32(IN_IGNORED) != 0 {
            _ = lock.withLock { folders.removeValue(forKey: descriptor) }
            return
        }
        guard let folder = lock.withLock({ folders[descriptor] }) else { return }
        guard let name else {
            if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 {
                onEvent(.problem(folder + "/" + printable, DirectoryEntries.invalidNameReason))
            }
            return
        }
        if name.isEmpty {
            if mask & UInt32(IN_ATTRIB) != 0 { onEvent(.folderChanged(folder)) }
            return
        }
        if name.hasPrefix(".") { return }
        let path = folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                // Watch first, then report: the caller's scan then sees every file that landed
                // before the watch existed, and the watch sees every file after.
                do {
                    try watchTree(path)
                } catch let error as WatcherError where error.watchLimitReached {
                    onEvent(.problem(path, error.reason))
                } catch {}
                onEvent(.folderAdded(path))
            } else if mask & UInt32(IN_ATTRIB) != 0 {
                onEvent(.folderChanged(path))
            }
            return
        }
        if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_ATTRIB) != 0 {
            onEvent(.changed(path))
        } else if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
            onEvent(.removed(path))
        }
    }
}
