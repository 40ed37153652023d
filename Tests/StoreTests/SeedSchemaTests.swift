import Foundation
import GRDB
import OptiMindCore
import Testing

@testable import Store

/// A fresh database file in a temporary folder, removed when the test ends.
final class TemporaryDatabase {
    let folder: String
    let store: SQLiteUploadStore

    init() throws {
        folder = NSTemporaryDirectory() + "optimind-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = try SQLiteUploadStore(path: folder + "/test.sqlite")
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }
}

@Suite("Seed schema")
struct SeedSchemaTests {
    static let seedTables: [String: [String]] = [
        "users": ["id", "email", "password", "name", "avatar", "role", "apiKey", "isActive", "lastLoginAt", "createdAt", "updatedAt"],
        "sessions": ["id", "userId", "token", "expiresAt", "isActive", "createdAt"],
        "security_settings": ["id", "pin_hash", "salt", "createdAt", "updatedAt"],
        "subscriptions": ["id", "userId", "plan", "status", "currentPeriodStart", "currentPeriodEnd", "cancelAtPeriodEnd", "metadata", "createdAt", "updatedAt"],
        "subscription_usage": ["id", "subscriptionId", "metric", "value", "period", "createdAt"],
        "projects": ["id", "name", "description", "status", "userId", "metadata", "createdAt", "updatedAt"],
        "analyses": ["id", "type", "input", "result", "confidence", "status", "userId", "projectId", "model", "processingTime", "metadata", "createdAt", "updatedAt"],
        "conversations": ["id", "title", "userId", "isActive", "metadata", "createdAt", "updatedAt"],
        "messages": ["id", "conversationId", "role", "content", "metadata", "createdAt"],
        "uploads": ["id", "filename", "originalName", "path", "size", "mimeType", "status", "userId", "projectId", "metadata", "processedAt", "createdAt", "updatedAt"],
        "posts": ["id", "title", "content", "excerpt", "slug", "published", "authorId", "featured", "metadata", "publishedAt", "createdAt", "updatedAt"],
        "contract_analyses": ["id", "userId", "projectId", "contractTitle", "contractType", "fileUrl", "extractedText", "riskAssessment", "clauses", "plainLanguage", "complianceCheck", "recommendations", "confidence", "processingTime", "status", "metadata", "createdAt", "updatedAt"],
        "localization_analyses": ["id", "userId", "projectId", "productName", "targetMarket", "productImages", "productDesc", "culturalAnalysis", "visualAdaptation", "marketStrategy", "complianceCheck", "competitorAnalysis", "confidence", "processingTime", "status", "metadata", "createdAt", "updatedAt"],
        "customer_behavior_analyses": ["id", "userId", "projectId", "customerSegment", "dataSource", "behaviorPrediction", "sentimentAnalysis", "journeyMapping", "recommendations", "conversionProbability", "churnRisk", "confidence", "processingTime", "status", "metadata", "createdAt", "updatedAt"],
        "compliance_monitoring": ["id", "userId", "projectId", "businessType", "jurisdiction", "regulations", "riskAssessment", "documentReviews", "actionPlan", "auditPreparation", "trainingMaterials", "nextReviewDate", "confidence", "processingTime", "status", "metadata", "createdAt", "updatedAt"],
        "learning_paths": ["id", "userId", "projectId", "userProfile", "skillAssessment", "learningStyle", "generatedPath", "progressTracking", "certifications", "recommendations", "estimatedCompletion", "confidence", "processingTime", "status", "metadata", "createdAt", "updatedAt"],
    ]

    @Test("migrating an empty file creates every seed table with its columns, in WAL mode")
    func migratesEmptyFile() throws {
        let database = try TemporaryDatabase()
        try database.store.read { (db: Database) throws in
            for (table, columns) in Self.seedTables {
                let found = try db.columns(in: table).map(\.name)
                #expect(found == columns, "columns of \(table)")
            }
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
        }
    }

    @Test("commits do not wait for the disk one by one (synchronous NORMAL in WAL): the database's folder is synced with the reports")
    func durableWithTheReports() throws {
        let database = try TemporaryDatabase()
        #expect(try database.store.engineInfo().synchronous == 1)
        try database.store.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") == 8_000)
        }
        #expect(DurableFiles.all.contains(database.folder))
    }

    @Test("migrating twice is harmless: reopening keeps the data")
    func reopens() throws {
        let database = try TemporaryDatabase()
        let owner = try database.store.ensureOwner(email: "a@example.com", name: "A")
        let reopened = try SQLiteUploadStore(path: database.store.path)
        #expect(try reopened.ensureOwner(email: "a@example.com", name: "A") == owner)
    }

    @Test("deleting a user cascades to their projects, uploads and analyses")
    func userCascade() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let owner = try store.ensureOwner(email: "owner@example.com", name: "Owner")
        let project = try store.ensureProject(name: "acme", ownerId: owner)
        let upload = sampleUpload(owner: owner, project: project)
        try store.insert(upload)
        _ = try store.markProcessing(id: upload.id)
        try store.complete(id: upload.id, mimeType: "application/pdf", metadata: upload.metadata, analysis: .contract(sampleContractRow()))
        try store.write { db in try db.execute(sql: "DELETE FROM users WHERE id = ?", arguments: [owner]) }
        try store.read { (db: Database) throws in
            for table in ["projects", "uploads", "contract_analyses"] {
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") == 0, "\(table) emptied by the cascade")
            }
        }
    }

    @Test("deleting a project keeps its uploads and analyses, with projectId NULL")
    func projectSetNull() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let owner = try store.ensureOwner(email: "owner@example.com", name: nil)
        let project = try store.ensureProject(name: "acme", ownerId: owner)
        let upload = sampleUpload(owner: owner, project: project)
        try store.insert(upload)
        _ = try store.markProcessing(id: upload.id)
        try store.complete(id: upload.id, mimeType: "application/pdf", metadata: upload.metadata, analysis: .contract(sampleContractRow()))
        try store.write { db in try db.execute(sql: "DELETE FROM projects WHERE id = ?", arguments: [project]) }
        let kept = try #require(try store.upload(id: upload.id))
        #expect(kept.projectId == nil)
        try store.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM contract_analyses WHERE projectId IS NULL") == 1)
        }
    }

    @Test("the seed's uniques are enforced")
    func uniques() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let owner = try store.ensureOwner(email: "dup@example.com", name: nil)
        let now = EpochMillis.now()
        try store.write { (db: Database) throws in
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: "INSERT INTO users (id, email, password, updatedAt) VALUES ('u2', 'dup@example.com', 'x', ?)", arguments: [now])
            }
            try db.execute(
                sql: "INSERT INTO posts (id, title, slug, authorId, updatedAt) VALUES ('p1', 'T', 'hello', ?, ?)", arguments: [owner, now])
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: "INSERT INTO posts (id, title, slug, authorId, updatedAt) VALUES ('p2', 'T', 'hello', ?, ?)", arguments: [owner, now])
            }
            try db.execute(
                sql: "INSERT INTO sessions (id, userId, token, expiresAt) VALUES ('s1', ?, 'tok', ?)", arguments: [owner, now])
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO sessions (id, userId, token, expiresAt) VALUES ('s2', ?, 'tok', ?)", arguments: [owner, now])
            }
            try db.execute(
                sql: """
                    INSERT INTO subscriptions (id, userId, plan, currentPeriodStart, currentPeriodEnd, updatedAt)
                    VALUES ('sub1', ?, 'PRO', ?, ?, ?)
                    """, arguments: [owner, now, now, now])
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO subscriptions (id, userId, plan, currentPeriodStart, currentPeriodEnd, updatedAt)
                        VALUES ('sub2', ?, 'PRO', ?, ?, ?)
                        """, arguments: [owner, now, now, now])
            }
            try db.execute(sql: "INSERT INTO subscription_usage (id, subscriptionId, metric, value, period) VALUES ('u1', 'sub1', 'uploads', 1, 'monthly')")
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO subscription_usage (id, subscriptionId, metric, value, period) VALUES ('u2', 'sub1', 'uploads', 2, 'monthly')")
            }
        }
    }

    @Test("a foreign key to a missing user is refused")
    func foreignKeys() throws {
        let database = try TemporaryDatabase()
        #expect(throws: StoreError.self) {
            try database.store.insert(sampleUpload(owner: "no-such-user", project: nil))
        }
    }
}

func sampleUpload(owner: String, project: String?) -> UploadRecord {
    UploadRecord(
        filename: "msa.pdf", originalName: "msa.pdf", path: "/inbox/acme/msa.pdf", size: 1234, mimeType: "application/octet-stream",
        userId: owner, projectId: project, metadata: UploadMetadata(sha256: String(repeating: "ab", count: 32), project: "acme"))
}

func sampleContractRow() -> ContractAnalysisRow {
    ContractAnalysisRow(
        id: RowID.make(), contractTitle: "Master Services Agreement", contractType: "SERVICE_AGREEMENT",
        fileUrl: "file:///inbox/acme/msa.pdf", extractedText: "text", riskAssessment: #"{"score":0.1}"#, clauses: "[]",
        plainLanguage: "{}", complianceCheck: "{}", recommendations: "[]", confidence: 0.9, processingTime: 12,
        status: "COMPLETED", metadata: "{}")
}
