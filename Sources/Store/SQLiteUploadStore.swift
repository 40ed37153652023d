import Foundation
import GRDB
import OptiMindCore

/// The embedded store: one SQLite file in WAL mode, the seed schema, GRDB migrations.
public final class SQLiteUploadStore: UploadStore {
    public let path: String
    private let pool: DatabasePool
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// Opens (creating if needed) the database file and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        // Commits reach the disk with the reports, not one by one (see `DurableFiles`); the WAL is folded
        // into the database every ~32 MB instead of every 4 MB (each time two syncs a writer waits for:
        // a document's stored text alone is ~50 KB).
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8000")
        }
        DurableFiles.addFolder(of: path)
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError(file: path, reason: "cannot open database: \(error.message ?? error.description)", exitStatus: .cannotCreate)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(file: path, reason: "cannot open database: \(error.localizedDescription)", exitStatus: .cannotCreate)
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-seed-schema") { db in try db.execute(sql: SeedSchema.version1) }
        migrator.registerMigration("v2-ingest-indexes") { db in try db.execute(sql: SeedSchema.ingestIndexes) }
        migrator.registerMigration("v3-extracted-texts") { db in try db.execute(sql: SeedSchema.extractedTexts) }
        return migrator
    }

    /// Runs a block with the store's errors turned into `StoreError`s naming the database file.
    private func guarded<T>(_ what: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(file: path, reason: "\(what): \(error.message ?? error.description)")
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(file: path, reason: "\(what): \(error)")
        }
    }

    public func ensureOwner(email: String, name: String?) throws -> String {
        try guarded("cannot create the owner user") {
            try pool.write { db in
                if let id = try String.fetchOne(db, sql: "SELECT id FROM users WHERE email = ?", arguments: [email]) {
                    return id
                }
                let id = RowID.make()
                let now = EpochMillis.now()
                // The owner never logs in through this tool; "!" matches no password hash.
                try db.execute(
                    sql: """
                        INSERT INTO users (id, email, password, name, role, isActive, createdAt, updatedAt)
                        VALUES (?, ?, '!', ?, 'USER', 1, ?, ?)
                        """,
                    arguments: [id, email, name, now, now])
                return id
            }
        }
    }

    public func ensureProject(name: String, ownerId: String) throws -> String {
        try guarded("cannot create project \(name)") {
            try pool.write { db in
                if let id = try String.fetchOne(
                    db, sql: "SELECT id FROM projects WHERE userId = ? AND name = ? ORDER BY createdAt LIMIT 1",
                    arguments: [ownerId, name])
                {
                    return id
                }
                let id = RowID.make()
                let now = EpochMillis.now()
                try db.execute(
                    sql: """
                        INSERT INTO projects (id, name, description, status, userId, metadata, createdAt, updatedAt)
                        VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?)
                        """,
                    arguments: [id, name, "Inbox folder \(name)", ownerId, #"{"source":"optimind-inbox"}"#, now, now])
                return id
            }
        }
    }

    public func upload(path: String, sha256: String) throws -> UploadRecord? {
        try guarded("cannot read uploads") {
            try pool.read { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT * FROM uploads WHERE path = ? AND json_extract(metadata, '$.sha256') = ?
                        ORDER BY createdAt DESC LIMIT 1
                        """,
                    arguments: [path, sha256]
                ).map(Self.record)
            }
        }
    }

    public func upload(id: String) throws -> UploadRecord? {
        try guarded("cannot read upload \(id)") {
            try pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM uploads WHERE id = ?", arguments: [id]).map(Self.record) }
        }
    }

    public func uploads(_ query: UploadQuery) throws -> [UploadRecord] {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let status = query.status {
            clauses.append("u.status = ?")
            arguments += [status.rawValue]
        }
        if let project = query.project {
            clauses.append("p.name = ?")
            arguments += [project]
        }
        if let since = query.since {
            clauses.append("u.createdAt >= ?")
            arguments += [since]
        }
        let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        arguments += [query.limit]
        let sql = """
            SELECT u.* FROM uploads u LEFT JOIN projects p ON p.id = u.projectId
            \(filter) ORDER BY u.createdAt DESC, u.id DESC LIMIT ?
            """
        return try guarded("cannot list uploads") {
            try pool.read { db in try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.record) }
        }
    }

    public func insert(_ upload: UploadRecord) throws {
        try guarded("cannot record upload of \(upload.path)") {
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO uploads (id, filename, originalName, path, size, mimeType, status, userId,
                            projectId, metadata, processedAt, createdAt, updatedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        upload.id, upload.filename, upload.originalName, upload.path, upload.size, upload.mimeType,
                        upload.status.rawValue, upload.userId, upload.projectId, try Self.json(upload.metadata),
                        upload.processedAt, upload.createdAt, upload.updatedAt,
                    ])
            }
        }
    }

    public func markProcessing(id: String, sha256: String? = nil) throws -> UploadRecord {
        try guarded("cannot start upload \(id)") {
            try pool.write { db in
                guard var record = try Row.fetchOne(db, sql: "SELECT * FROM uploads WHERE id = ?", arguments: [id]).map(Self.record)
                else { throw StoreError(file: path, reason: "no upload \(id)", exitStatus: .noInput) }
                record.metadata.attempts += 1
                if let sha256 { record.metadata.sha256 = sha256 }
                record.status = .processing
                record.updatedAt = EpochMillis.now()
                try db.execute(
                    sql: "UPDATE uploads SET status = 'PROCESSING', metadata = ?, updatedAt = ? WHERE id = ?",
                    arguments: [try Self.json(record.metadata), record.updatedAt, id])
                return record
            }
        }
    }

    public func complete(
        id: String, mimeType: String, metadata: UploadMetadata, analysis: StoredAnalysis?, document: ExtractedDocument?,
        replacing: String?
    ) throws {
        try guarded("cannot complete upload \(id)") {
            try pool.write { db in
                if let replacing {
                    try db.execute(sql: "DELETE FROM contract_analyses WHERE id = ?", arguments: [replacing])
                    try db.execute(sql: "DELETE FROM compliance_monitoring WHERE id = ?", arguments: [replacing])
                }
                if let document {
                    try db.execute(
                        sql: """
                            INSERT OR REPLACE INTO optimind_extracted_texts (uploadId, document, createdAt) VALUES (?, ?, ?)
                            """,
                        arguments: [id, String(decoding: try Self.encoder.encode(document), as: UTF8.self), EpochMillis.now()])
                }
                guard let owner = try Row.fetchOne(db, sql: "SELECT userId, projectId FROM uploads WHERE id = ?", arguments: [id])
                else { throw StoreError(file: path, reason: "no upload \(id)", exitStatus: .noInput) }
                let now = EpochMillis.now()
                let userId: String = owner["userId"]
                let projectId: String? = owner["projectId"]
                switch analysis {
                case .contract(let row):
                    try db.execute(
                        sql: """
                            INSERT INTO contract_analyses (id, userId, projectId, contractTitle, contractType, fileUrl,
                                extractedText, riskAssessment, clauses, plainLanguage, complianceCheck, recommendations,
                                confidence, processingTime, status, metadata, createdAt, updatedAt)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            row.id, userId, projectId, row.contractTitle, row.contractType, row.fileUrl, row.extractedText,
                            row.riskAssessment, row.clauses, row.plainLanguage, row.complianceCheck, row.recommendations,
                            row.confidence, row.processingTime, row.status, row.metadata, now, now,
                        ])
                case .compliance(let row):
                    try db.execute(
                        sql: """
                            INSERT INTO compliance_monitoring (id, userId, projectId, businessType, jurisdiction,
                                regulations, riskAssessment, documentReviews, actionPlan, auditPreparation,
                                trainingMaterials, nextReviewDate, confidence, processingTime, status, metadata,
                                createdAt, updatedAt)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            row.id, userId, projectId, row.businessType, row.jurisdiction, row.regulations,
                            row.riskAssessment, row.documentReviews, row.actionPlan, row.auditPreparation,
                            row.trainingMaterials, row.nextReviewDate, row.confidence, row.processingTime, row.status,
                            row.metadata, now, now,
                        ])
                case nil:
                    break
                }
                try db.execute(
                    sql: """
                        UPDATE uploads SET status = 'COMPLETED', mimeType = ?, metadata = ?, processedAt = ?, updatedAt = ?
                        WHERE id = ?
                        """,
                    arguments: [mimeType, try Self.json(metadata), now, now, id])
            }
        }
    }

    public func fail(id: String, mimeType: String?, metadata: UploadMetadata) throws {
        try guarded("cannot record the failure of upload \(id)") {
            try pool.write { db in
                let now = EpochMillis.now()
                try db.execute(
                    sql: """
                        UPDATE uploads SET status = 'FAILED', mimeType = COALESCE(?, mimeType), metadata = ?,
                            processedAt = ?, updatedAt = ? WHERE id = ?
                        """,
                    arguments: [mimeType, try Self.json(metadata), now, now, id])
            }
        }
    }

    public func extractedDocument(uploadId: String) throws -> ExtractedDocument? {
        try guarded("cannot read the stored text of upload \(uploadId)") {
            try pool.read { db in
                guard let text = try String.fetchOne(
                    db, sql: "SELECT document FROM optimind_extracted_texts WHERE uploadId = ?", arguments: [uploadId])
                else { return nil }
                return try JSONDecoder().decode(ExtractedDocument.self, from: Data(text.utf8))
            }
        }
    }

    public func latestUpload(path: String) throws -> UploadRecord? {
        try guarded("cannot read uploads") {
            try pool.read { db in
                try Row.fetchOne(
                    db, sql: "SELECT * FROM uploads WHERE path = ? ORDER BY createdAt DESC, rowid DESC LIMIT 1", arguments: [path]
                ).map(Self.record)
            }
        }
    }

    public func uploads(sha256: String, projectId: String) throws -> [UploadRecord] {
        try guarded("cannot read uploads") {
            try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM uploads WHERE json_extract(metadata, '$.sha256') = ? AND projectId = ?
                        ORDER BY createdAt, rowid
                        """,
                    arguments: [sha256, projectId]
                ).map(Self.record)
            }
        }
    }

    public func livePaths(under folder: String) throws -> [(id: String, path: String)] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return try guarded("cannot read uploads") {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT id, path FROM uploads WHERE status != 'DELETED' AND substr(path, 1, ?) = ?",
                    arguments: [prefix.utf8.count, prefix]
                ).map { (id: $0["id"], path: $0["path"]) }
            }
        }
    }

    public func markDeleted(id: String) throws {
        try guarded("cannot mark upload \(id) deleted") {
            try pool.write { db in
                try db.execute(
                    sql: "UPDATE uploads SET status = 'DELETED', updatedAt = ? WHERE id = ?", arguments: [EpochMillis.now(), id])
            }
        }
    }

    public func move(id: String, to path: String, metadata: UploadMetadata) throws {
        try guarded("cannot record the move of upload \(id)") {
            try pool.write { db in
                let name = (path as NSString).lastPathComponent
                try db.execute(
                    sql: """
                        UPDATE uploads SET path = ?, filename = ?, status = 'COMPLETED', metadata = ?, updatedAt = ? WHERE id = ?
                        """,
                    arguments: [path, name, try Self.json(metadata), EpochMillis.now(), id])
            }
        }
    }

    public func insertCompleted(_ upload: UploadRecord) throws {
        var completed = upload
        completed.status = .completed
        completed.processedAt = EpochMillis.now()
        try insert(completed)
    }

    public func resetForRetry(id: String, resetAttempts: Bool) throws {
        try guarded("cannot reset upload \(id)") {
            try pool.write { db in
                let attempts = resetAttempts ? ", metadata = json_set(metadata, '$.attempts', 0)" : ""
                try db.execute(
                    sql: "UPDATE uploads SET status = 'PENDING'\(attempts), updatedAt = ? WHERE id = ? AND status = 'FAILED'",
                    arguments: [EpochMillis.now(), id])
            }
        }
    }

    public func statusCounts() throws -> [UploadStatus: Int] {
        try guarded("cannot count uploads") {
            try pool.read { db in
                var counts: [UploadStatus: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM uploads GROUP BY status") {
                    if let status = UploadStatus(rawValue: row["status"]) { counts[status] = row["n"] }
                }
                return counts
            }
        }
    }

    public func analysisColumns(id: String, analysis: String) throws -> [(String, String)] {
        let table = analysis == "ComplianceGuard" ? "compliance_monitoring" : "contract_analyses"
        return try guarded("cannot read analysis \(id)") {
            try pool.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id]) else { return [] }
                return row.columnNames.map { name in
                    let value: DatabaseValue = row[name]
                    switch value.storage {
                    case .null: return (name, "null")
                    case .int64(let number): return (name, String(number))
                    case .double(let number): return (name, String(number))
                    case .string(let text): return (name, text)
                    case .blob(let data): return (name, "<\(data.count) bytes>")
                    }
                }
            }
        }
    }

    /// `PRAGMA integrity_check`: ["ok"] when the file is sound.
    public func integrityCheck() throws -> [String] {
        try guarded("cannot check the database") { try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } }
    }

    /// The SQLite library version, the journal mode and the synchronous level in use (0 off, 1 normal,
    /// 2 full, 3 extra).
    public func engineInfo() throws -> (version: String, journalMode: String, synchronous: Int) {
        try guarded("cannot read the database") {
            try pool.read { db in
                (
                    try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "?", try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?",
                    try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
                )
            }
        }
    }

    /// Failed uploads grouped by reason, most frequent first.
    public func failureReasons(limit: Int = 10) throws -> [(reason: String, count: Int)] {
        try guarded("cannot read uploads") {
            try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT COALESCE(json_extract(metadata, '$.error'), 'unknown') AS reason, COUNT(*) AS n FROM uploads
                        WHERE status = 'FAILED' GROUP BY reason ORDER BY n DESC, reason LIMIT ?
                        """, arguments: [limit]
                ).map { (reason: $0["reason"], count: $0["n"]) }
            }
        }
    }

    /// Runs raw SQL; for tests and maintenance commands.
    public func read<T>(_ body: (Database) throws -> T) throws -> T { try pool.read(body) }
    public func write<T>(_ body: (Database) throws -> T) throws -> T { try pool.write(body) }

    static func json(_ metadata: UploadMetadata) throws -> String {
        String(decoding: try encoder.encode(metadata), as: UTF8.self)
    }

    static func record(_ row: Row) throws -> UploadRecord {
        let metadataText: String? = row["metadata"]
        let metadata = try metadataText.flatMap { try JSONDecoder().decode(UploadMetadata.self, from: Data($0.utf8)) }
        return UploadRecord(
            id: row["id"], filename: row["filename"], originalName: row["originalName"], path: row["path"],
            size: row["size"], mimeType: row["mimeType"],
            status: UploadStatus(rawValue: row["status"]) ?? .pending, userId: row["userId"],
            projectId: row["projectId"], metadata: metadata ?? UploadMetadata(sha256: "", project: nil),
            processedAt: row["processedAt"], createdAt: row["createdAt"], updatedAt: row["updatedAt"])
    }
}
