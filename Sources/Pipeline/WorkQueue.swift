import Foundation

#if canImport(Glibc)
    import Glibc
    import CoreFoundation
#endif

/// The watch mode's queue of files to look at: bounded, one entry per path, each with the earliest
/// time it may be taken, and served round-robin across folders so that a file dropped by hand is
/// not stuck behind a bulk import in another folder.
///
/// When full it refuses new paths and remembers that it did; the files stay on disk, and the next
/// reconcile scan finds them, so memory does not grow with the backlog.
final class WorkQueue: @unchecked Sendable {
    struct Item {
        var path: String
        var notBefore: UInt64
        /// How many times readiness sent it back (a file still being written).
        var waits: Int
        /// When it was first queued, for drop-to-report latency and the incomplete-file deadline.
        var firstSeen: UInt64
    }

    let capacity: Int
    private let condition = NSCondition()
    private var items: [String: Item] = [:]
    private var lanes: [String: [String]] = [:]
    private var laneOrder: [String] = []
    private var cursor = 0
    private var stopping = false
    private(set) var refused = false
    private(set) var inFlight = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    var depth: Int { condition.withLock { items.count } }

    /// Queues a path (or moves its time later if already queued). False when full.
    @discardableResult
    func push(_ path: String, delay: Double, waits: Int = 0, firstSeen: UInt64? = nil) -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        let due = now + UInt64(max(0, delay) * 1_000_000_000)
        condition.lock()
        defer { condition.unlock() }
        guard !stopping else { return false }
        if var existing = items[path] {
            existing.notBefore = max(existing.notBefore, due)
            existing.waits = max(existing.waits, waits)
            items[path] = existing
            return true
        }
        guard items.count < capacity else {
            refused = true
            return false
        }
        items[path] = Item(path: path, notBefore: due, waits: waits, firstSeen: firstSeen ?? now)
        let lane = (path as NSString).deletingLastPathComponent
        if lanes[lane] == nil {
            lanes[lane] = []
            laneOrder.append(lane)
        }
        lanes[lane]!.append(path)
        condition.signal()
        return true
    }

    /// Whether paths were refused and there is room again (under half full): the caller then rescans.
    /// Clears the mark only when it says yes.
    func takeRefused() -> Bool {
        condition.withLock {
            guard refused, items.count < capacity / 2 else { return false }
            refused = false
            return true
        }
    }

    /// The next due item, waiting for one; nil once `stop()` was called.
    func pop() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while !stopping {
            let now = DispatchTime.now().uptimeNanoseconds
            if let item = takeDue(now) {
                inFlight += 1
                return item
            }
            if let soonest = items.values.lazy.map(\.notBefore).min() {
                _ = condition.wait(until: Date(timeIntervalSinceNow: Double(soonest - min(soonest, now)) / 1e9 + 0.001))
            } else {
                condition.wait()
            }
        }
        return nil
    }

    /// Marks an item popped earlier as finished.
    func done() {
        condition.withLock { inFlight -= 1 }
    }

    func stop() {
        condition.withLock {
            stopping = true
            condition.broadcast()
        }
    }

    /// Round-robin over lanes; within a lane, the first due item among the first few (items sent
    /// back to wait sit behind ones that are due).
    private func takeDue(_ now: UInt64) -> Item? {
        guard !laneOrder.isEmpty else { return nil }
        for step in 0..<laneOrder.count {
            let index = (cursor + step) % laneOrder.count
            let lane = laneOrder[index]
            guard let paths = lanes[lane] else { continue }
            for (position, path) in paths.prefix(64).enumerated() {
                guard let item = items[path], item.notBefore <= now else { continue }
                lanes[lane]!.remove(at: position)
                items[path] = nil
                if lanes[lane]!.isEmpty {
                    lanes[lane] = nil
                    laneOrder.remove(at: index)
                    cursor = laneOrder.isEmpty ? 0 : index % laneOrder.count
                } else {
                    cursor = (index + 1) % laneOrder.count
                }
                return item
            }
        }
        return nil
    }
}

/// Whether a file looks complete: its size and modification time have held still for the settle
/// window, and its structure is whole (a PDF ends with %%EOF, a zip has its central directory).
/// Scanners, slow copies and SMB writes close a file more than once before it is complete.
enum FileReadiness: Equatable {
    case ready
    case wait(seconds: Double, reason: String)
    case gone

    static func check(_ path: String, settle: Double) -> FileReadiness {
        var info = stat()
        guard stat(path, &info) == 0 else { return .gone }
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        let age = Date().timeIntervalSince1970 - modified
        if age < settle { return .wait(seconds: settle - age + 0.01, reason: "still changing") }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .ready }  // unreadable: the pipeline reports it
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        let size = UInt64(info.st_size)
        if head.starts(with: Data("%PDF-".utf8)) {
            let tail = Self.tail(handle, size: size, count: 2_048)
            if tail.range(of: Data("%%EOF".utf8)) == nil { return .wait(seconds: 1, reason: "PDF has no %%EOF trailer yet") }
        } else if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let tail = Self.tail(handle, size: size, count: 65_557)
            if tail.range(of: Data([0x50, 0x4B, 0x05, 0x06])) == nil {
                return .wait(seconds: 1, reason: "zip has no central directory yet")
            }
        }
        return .ready
    }

    private static func tail(_ handle: FileHandle, size: UInt64, count: UInt64) -> Data {
        let start = size > count ? size - count : 0
        try? handle.seek(toOffset: start)
        return (try? handle.readToEnd()) ?? Data()
    }
}
