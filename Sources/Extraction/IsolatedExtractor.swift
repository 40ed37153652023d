import Foundation
import OptiMindCore

#if canImport(Glibc)
    import Glibc
#endif

/// Runs extraction in a worker process (`optimind extract-worker`) that is reused across documents
/// and replaced when it dies, so a crash (a signal inside a C library) or a hang fails one document,
/// never the daemon or the batch. Each document has a wall-clock limit; the worker runs under an
/// address-space limit.
///
/// Not thread-safe: one instance per pipeline worker thread.
public final class IsolatedExtractor: TextExtracting {
    public let executable: String
    public let limits: ExtractionLimits
    private let environment: [String: String]?
    private var child: pid_t = 0
    /// One end of a socket pair; the worker's stdin and stdout are the other end. A socket, not
    /// pipes, so that writing to a worker that just died is an error (MSG_NOSIGNAL), not a SIGPIPE.
    private var channel: Int32 = -1
    private var pending = Data()
    /// Colour profiles the current worker declined to open, as it last reported.
    public private(set) var declinedColorProfiles = 0

    /// - Parameters:
    ///   - executable: the `optimind` binary (its `extract-worker` subcommand serves the requests).
    ///   - environment: the worker's environment; nil inherits this process's.
    public init(executable: String, limits: ExtractionLimits, environment: [String: String]? = nil) {
        self.executable = executable
        self.limits = limits
        self.environment = environment
    }

    deinit { stopWorker(kill: false) }

    /// The worker's process id, 0 when none is running.
    public var workerPID: pid_t { child }

    /// Starts the worker process now, so that it loads while the caller does other work (a batch
    /// worker hashes and records its first file meanwhile). Extraction starts it anyway when needed.
    public func prepare() {
        if child == 0 { try? startWorker() }
    }

    public func extract(path: String, password: String?, typeName: String?) throws -> ExtractedDocument {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if child == 0 { try startWorker() }
        var request = try JSONEncoder().encode(ExtractionRequest(path: absolute, password: password, typeName: typeName))
        request.append(0x0A)
        guard writeAll(request) else {
            // The worker died between documents: start a new one and try once more.
            stopWorker(kill: true)
            try startWorker()
            guard writeAll(request) else { throw ExtractionError(file: path, reason: "cannot reach the extraction worker", exitStatus: .software) }
            return try awaitResponse(for: path)
        }
        return try awaitResponse(for: path)
    }

    private func awaitResponse(for path: String) throws -> ExtractedDocument {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limits.timeoutSeconds * 1_000_000_000)
        // The answer's JSON line, once read, and how many page bytes follow it.
        var header: (response: ExtractionResponse, pageBytes: [Int], total: Int)?
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            if header == nil, let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<newline]
                do {
                    let response = try JSONDecoder().decode(ExtractionResponse.self, from: line)
                    let pageBytes = response.pageBytes ?? []
                    if pageBytes.contains(where: { $0 < 0 }) { throw CocoaError(.coderReadCorrupt) }
                    header = (response, pageBytes, pageBytes.reduce(0, +))
                } catch {
                    stopWorker(kill: true)
                    throw ExtractionError(file: path, reason: "the extraction worker sent an unreadable answer", exitStatus: .software)
                }
                pending = Data(pending[(newline + 1)...])
            }
            if let (answer, pageBytes, total) = header, pending.count >= total {
                var response = answer
                var offset = pending.startIndex
                response.document?.pageTexts = pageBytes.map { count in
                    defer { offset += count }
                    return String(decoding: pending[offset..<(offset + count)], as: UTF8.self)
                }
                pending = Data(pending[offset...])
                declinedColorProfiles = response.declinedColorProfiles ?? declinedColorProfiles
                if let document = response.document { return document }
                let failure = response.failure
                throw ExtractionError(
                    file: failure?.file ?? path, reason: failure?.reason ?? "extraction failed",
                    exitStatus: SysExit(rawValue: failure?.exitStatus ?? 65) ?? .dataError)
            }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else {
                stopWorker(kill: true)
                throw ExtractionError(
                    file: path, reason: "extraction timed out after \(Self.seconds(limits.timeoutSeconds)) s (limits.timeoutSeconds)")
            }
            var descriptor = pollfd(fd: channel, events: Int16(POLLIN), revents: 0)
            let waitMillis = Int32(min(1_000, (deadline - now) / 1_000_000 + 1))
            let ready = poll(&descriptor, 1, waitMillis)
            if ready < 0 && errno != EINTR { throw crashed(path) }
            guard ready > 0 else { continue }
            let count = read(channel, &buffer, buffer.count)
            if count > 0 {
                pending.append(contentsOf: buffer[0..<count])
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                throw crashed(path)
            }
        }
    }

    /// The worker closed its output without answering: collect it and say how it ended.
    private func crashed(_ path: String) -> ExtractionError {
        var status: Int32 = 0
        let pid = child
        child = 0
        closeChannel()
        guard pid > 0, waitpid(pid, &status, 0) == pid else {
            return ExtractionError(file: path, reason: "extractor vanished", exitStatus: .software)
        }
        if status & 0x7F != 0 {
            let signal = status & 0x7F
            return ExtractionError(file: path, reason: "extractor crashed (signal \(signal))")
        }
        return ExtractionError(file: path, reason: "extractor exited unexpectedly (status \((status >> 8) & 0xFF))", exitStatus: .software)
    }

    private func startWorker() throws {
        var sockets: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &sockets) == 0 else {
            throw ExtractionError(file: executable, reason: "cannot create a socket pair: \(String(cString: strerror(errno)))", exitStatus: .software)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, sockets[1], 0)
        posix_spawn_file_actions_adddup2(&actions, sockets[1], 1)
        // C libraries print their own complaints; the worker's answer already carries the reason.
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let arguments = [
            executable, "extract-worker", "--memory-mb", String(limits.maxMemoryMB), "--max-file-mb", String(limits.maxFileBytes >> 20),
            "--max-pages", String(limits.maxPages), "--max-inflated-mb", String(limits.maxInflatedBytes >> 20),
        ]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // A crashing worker should die at once: Swift's backtracer would spend a second symbolicating.
        var variables = environment ?? ProcessInfo.processInfo.environment
        variables["SWIFT_BACKTRACE"] = "enable=no"
        let environmentLines = variables.map { "\($0.key)=\($0.value)" }
        let envp = environmentLines.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(sockets[1])
        guard result == 0 else {
            close(sockets[0])
            throw ExtractionError(
                file: executable, reason: "cannot start the extraction worker: \(String(cString: strerror(result)))", exitStatus: .unavailable)
        }
        child = pid
        channel = sockets[0]
        pending.removeAll()
    }

    private func writeAll(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let count = send(channel, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
    }

    private func stopWorker(kill shouldKill: Bool) {
        guard child > 0 else { return closeChannel() }
        if shouldKill { kill(child, SIGKILL) }
        closeChannel()  // a worker reading its input sees end-of-file and exits
        var status: Int32 = 0
        waitpid(child, &status, 0)
        child = 0
    }

    private func closeChannel() {
        if channel >= 0 { close(channel) }
        channel = -1
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
