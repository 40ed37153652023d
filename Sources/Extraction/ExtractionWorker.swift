import Foundation
import OptiMindCore

#if canImport(Glibc)
    import Glibc
#endif

/// The loop an extraction worker process runs: read a request line, extract, answer a line, until
/// its input closes. Runs in a child process so that a crash or a hang inside poppler, libxml2 or
/// libmagic only ever takes down the worker.
public enum ExtractionWorker {
    /// Fault injection for tests only: when the environment names a marker and a requested path
    /// contains it, the worker crashes with SIGSEGV or hangs, so the parent's handling of a real
    /// crash or hang can be proven.
    static let crashMarker = ProcessInfo.processInfo.environment["OPTIMIND_TEST_CRASH_MARKER"]
    static let hangMarker = ProcessInfo.processInfo.environment["OPTIMIND_TEST_HANG_MARKER"]

    /// A real invalid memory access, as a bug in a C library would make.
    private static func crashForTests() {
        let address = UnsafeMutablePointer<UInt8>(bitPattern: 0x10)!
        address.pointee = 1
    }

    /// Serves requests on stdin/stdout; returns the exit status.
    public static func run(limits: ExtractionLimits, declinedColorProfiles: () -> Int) -> Int32 {
        var limit = rlimit(rlim_cur: rlim_t(limits.maxMemoryMB) << 20, rlim_max: rlim_t(limits.maxMemoryMB) << 20)
        setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        let extractor: DocumentExtractor
        do {
            extractor = try DocumentExtractor(limits: limits)
        } catch {
            return SysExit.unavailable.rawValue
        }
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        while let line = readLine(strippingNewline: true) {
            guard let request = try? decoder.decode(ExtractionRequest.self, from: Data(line.utf8)) else { continue }
            if let marker = crashMarker, request.path.contains(marker) { crashForTests() }
            if let marker = hangMarker, request.path.contains(marker) { while true { sleep(60) } }
            var response = ExtractionResponse()
            do {
                response.document = try extractor.extract(path: request.path, password: request.password, typeName: request.typeName)
            } catch let error as any DiagnosableError {
                response.failure = .init(file: error.file, reason: error.reason, exitStatus: error.exitStatus.rawValue)
            } catch {
                response.failure = .init(file: request.path, reason: "\(error)", exitStatus: SysExit.software.rawValue)
            }
            response.declinedColorProfiles = declinedColorProfiles()
            guard let data = try? response.encoded(with: encoder) else { return SysExit.software.rawValue }
            FileHandle.standardOutput.write(data)
        }
        return 0
    }
}
