/// Bounds on what one document may cost, so a hostile or huge file fails fast instead of exhausting
/// the machine. Defaults suit contracts and policies; the configuration can raise them.
public struct ExtractionLimits: Sendable, Equatable, Codable {
    /// Largest input file accepted, in bytes.
    public var maxFileBytes: Int64 = 256 << 20
    /// Most pages read from a PDF.
    public var maxPages: Int = 2_000
    /// Most bytes actually inflated from all parts of one zip container (DOCX), whatever its headers claim.
    public var maxInflatedBytes: Int = 64 << 20
    /// Most entries in a zip container.
    public var maxZipEntries: Int = 10_000
    /// Most characters of text kept from one document.
    public var maxTextCharacters: Int = 20_000_000
    /// Wall-clock time one document may take in an extraction worker before the worker is killed.
    public var timeoutSeconds: Double = 120
    /// Address-space limit of an extraction worker process, in MiB (RLIMIT_AS).
    public var maxMemoryMB: Int = 2_048

    public init() {}
}
