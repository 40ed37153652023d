import OptiMindCore

/// One row of `uploads`, with its `metadata` JSON decoded.
public struct UploadRecord: Sendable, Equatable {
    public var id: String
    public var filename: String
    public var originalName: String
    /// Absolute path of the source file.
    public var path: String
    public var size: Int64
    public var mimeType: String
    public var status: UploadStatus
    public var userId: String
    public var projectId: String?
    public var metadata: UploadMetadata
    /// Epoch milliseconds.
    public var processedAt: Int64?
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(
        id: String = RowID.make(), filename: String, originalName: String, path: String, size: Int64,
        mimeType: String, status: UploadStatus = .pending, userId: String, projectId: String?,
        metadata: UploadMetadata, processedAt: Int64? = nil, createdAt: Int64 = EpochMillis.now(),
        updatedAt: Int64 = EpochMillis.now()
    ) {
        self.id = id
        self.filename = filename
        self.originalName = originalName
        self.path = path
        self.size = size
        self.mimeType = mimeType
        self.status = status
        self.userId = userId
        self.projectId = projectId
        self.metadata = metadata
        self.processedAt = processedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// What the pipeline learned about an upload, kept in `uploads.metadata`.
public struct UploadMetadata: Sendable, Codable, Equatable {
    public var sha256: String
    /// The project folder the file was found in.
    public var project: String?
    /// How many times processing started; bounded so a bad file is never retried in a loop.
    public var attempts: Int = 0
    public var pages: Int?
    public var characters: Int?
    public var warnings: [String]?
    public var kind: DocumentKind?
    public var contractType: ContractType?
    public var classificationConfidence: Double?
    /// "ContractWise" or "ComplianceGuard" when an analysis ran.
    public var analysis: String?
    public var analysisId: String?
    public var analysisStatus: String?
    /// Paths of the reports written next to the source.
    public var reports: [String]?
    /// Why processing failed, in one line.
    public var error: String?
    /// The stage that failed: sniff, extract, classify, analyse, store, report.
    public var failedStage: String?
    /// Set when the name's extension disagrees with the content ("named .docx, content is a PDF").
    public var extensionMismatch: String?
    public var hasTrackedChanges: Bool?
    public var processingTimeMs: Int?
    /// The source's modification time (ns since the epoch) when it was hashed: with `size`, lets a
    /// rescan skip files it has already seen without hashing them again.
    public var modifiedAtNs: Int64?
    /// Whether a failure may heal by itself (permissions, a full disk, a crash) and is worth retrying
    /// within `maxAttempts`; false for what the content decides (damaged, encrypted, unsupported).
    public var retryable: Bool?
    /// The upload whose content this one repeats, in the same project.
    public var duplicateOf: String?
    /// The path the source had before it was renamed or moved within the inbox.
    public var renamedFrom: String?

    public init(sha256: String, project: String?) {
        self.sha256 = sha256
        self.project = project
    }
}
