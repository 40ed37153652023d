import OptiMindCore

/// Filters for listing uploads.
public struct UploadQuery: Sendable {
    public var status: UploadStatus?
    public var project: String?
    /// Epoch milliseconds: only uploads created at or after.
    public var since: Int64?
    public var limit: Int

    public init(status: UploadStatus? = nil, project: String? = nil, since: Int64? = nil, limit: Int = 100) {
        self.status = status
        self.project = project
        self.since = since
        self.limit = limit
    }
}

/// Where the pipeline keeps uploads and analyses. SQLite today; a PostgreSQL store will follow for
/// deployments that outgrow one machine, so the pipeline only ever sees this protocol.
///
/// Every method that changes an upload's state commits before it returns, so a crash at any instant
/// leaves a state the next start can resume from.
public protocol UploadStore: Sendable {
    /// The owner user for the given e-mail, created on first use.
    func ensureOwner(email: String, name: String?) throws -> String
    /// The project of this owner with this name (an inbox folder), created on first sight.
    func ensureProject(name: String, ownerId: String) throws -> String
    /// The newest upload of this exact file content at this path, if any.
    func upload(path: String, sha256: String) throws -> UploadRecord?
    func upload(id: String) throws -> UploadRecord?
    func uploads(_ query: UploadQuery) throws -> [UploadRecord]
    /// Inserts a new PENDING upload.
    func insert(_ upload: UploadRecord) throws
    /// PENDING (or a resumed PROCESSING) -> PROCESSING; counts the attempt, and records the content
    /// hash when it was not known before (a file that could not be read). Returns the updated row.
    func markProcessing(id: String, sha256: String?) throws -> UploadRecord
    /// PROCESSING -> COMPLETED, together with the analysis row (if any) and the extracted text (kept
    /// for `reprocess`) in one transaction; `replacing` names an earlier analysis row to delete.
    func complete(
        id: String, mimeType: String, metadata: UploadMetadata, analysis: StoredAnalysis?, document: ExtractedDocument?,
        replacing: String?) throws
    /// The text extracted when the upload was processed, if it was kept.
    func extractedDocument(uploadId: String) throws -> ExtractedDocument?
    /// PROCESSING -> FAILED with the reason in metadata.
    func fail(id: String, mimeType: String?, metadata: UploadMetadata) throws
    /// The newest upload recorded for a path, whatever its content.
    func latestUpload(path: String) throws -> UploadRecord?
    /// Uploads of this content in this project, oldest first.
    func uploads(sha256: String, projectId: String) throws -> [UploadRecord]
    /// Ids and paths of uploads under a folder that are not DELETED (for reconcile scans).
    func livePaths(under folder: String) throws -> [(id: String, path: String)]
    /// Marks an upload DELETED: its source is gone.
    func markDeleted(id: String) throws
    /// Records that an upload's source now lives at another path (renamed or moved within the inbox).
    func move(id: String, to path: String, metadata: UploadMetadata) throws
    /// Writes a finished upload in one step: a duplicate recorded as COMPLETED without analysis.
    func insertCompleted(_ upload: UploadRecord) throws
    /// FAILED -> PENDING, so the next run processes it again; `resetAttempts` for a retry a person
    /// asked for (the attempt budget starts again).
    func resetForRetry(id: String, resetAttempts: Bool) throws

    /// Counts of uploads by status.
    func statusCounts() throws -> [UploadStatus: Int]
    /// The analysis row written for an upload, as column name -> value text (for `show`).
    func analysisColumns(id: String, analysis: String) throws -> [(String, String)]
}

extension UploadStore {
    public func markProcessing(id: String) throws -> UploadRecord { try markProcessing(id: id, sha256: nil) }

    public func complete(id: String, mimeType: String, metadata: UploadMetadata, analysis: StoredAnalysis?) throws {
        try complete(id: id, mimeType: mimeType, metadata: metadata, analysis: analysis, document: nil, replacing: nil)
    }
}

/// Errors of the store: the database file and what went wrong with it.
public struct StoreError: DiagnosableError {
    public let file: String?
    public let reason: String
    public let exitStatus: SysExit

    public init(file: String?, reason: String, exitStatus: SysExit = .ioError) {
        self.file = file
        self.reason = reason
        self.exitStatus = exitStatus
    }
}
