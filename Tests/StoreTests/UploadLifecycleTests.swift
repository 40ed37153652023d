import Foundation
import GRDB
import OptiMindCore
import Testing

@testable import Store

@Suite("Upload state machine")
struct UploadLifecycleTests {
    @Test("PENDING -> PROCESSING counts attempts; COMPLETED writes the analysis row in the same transaction")
    func completes() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let owner = try store.ensureOwner(email: "o@example.com", name: nil)
        let project = try store.ensureProject(name: "acme", ownerId: owner)
        #expect(try store.ensureProject(name: "acme", ownerId: owner) == project, "a project is created once")
        let upload = sampleUpload(owner: owner, project: project)
        try store.insert(upload)
        #expect(try store.upload(id: upload.id)?.status == .pending)
        let started = try store.markProcessing(id: upload.id)
        #expect(started.status == .processing)
        #expect(started.metadata.attempts == 1)
        #expect(try store.markProcessing(id: upload.id).metadata.attempts == 2)

        var metadata = started.metadata
        metadata.pages = 3
        let row = sampleContractRow()
        metadata.analysisId = row.id
        try store.complete(id: upload.id, mimeType: "application/pdf", metadata: metadata, analysis: .contract(row))
        let done = try #require(try store.upload(id: upload.id))
        #expect(done.status == .completed)
        #expect(done.mimeType == "application/pdf")
        #expect(done.metadata.pages == 3)
        #expect(done.processedAt != nil)
        try store.read { (db: Database) throws in
            let stored = try Row.fetchOne(db, sql: "SELECT userId, projectId, contractType, createdAt FROM contract_analyses WHERE id = ?", arguments: [row.id])
            #expect(stored?["userId"] == owner)
            #expect(stored?["projectId"] == project)
            #expect(stored?["contractType"] == "SERVICE_AGREEMENT")
            let created: Int64 = try #require(stored?["createdAt"])
            #expect(abs(created - EpochMillis.now()) < 60_000, "DateTime stored as epoch milliseconds")
            let metadataText = try String.fetchOne(db, sql: "SELECT metadata FROM uploads WHERE id = ?", arguments: [upload.id])
            #expect(try JSONSerialization.jsonObject(with: Data(metadataText!.utf8)) is [String: Any])
        }
        #expect(try store.upload(path: upload.path, sha256: upload.metadata.sha256)?.id == upload.id)
        #expect(try store.upload(path: upload.path, sha256: "other") == nil)
    }

    @Test("FAILED keeps the reason in metadata; listing filters by status and project")
    func failsAndLists() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let owner = try store.ensureOwner(email: "o@example.com", name: nil)
        let acme = try store.ensureProject(name: "acme", ownerId: owner)
        let other = try store.ensureProject(name: "other", ownerId: owner)
        let first = sampleUpload(owner: owner, project: acme)
        var second = sampleUpload(owner: owner, project: other)
        second.path = "/inbox/other/x.pdf"
        try store.insert(first)
        try store.insert(second)
        var metadata = try store.markProcessing(id: first.id).metadata
        metadata.error = "encrypted: password required"
        try store.fail(id: first.id, mimeType: "application/pdf", metadata: metadata)
        let failed = try store.uploads(UploadQuery(status: .failed))
        #expect(failed.map(\.id) == [first.id])
        #expect(failed.first?.metadata.error == "encrypted: password required")
        #expect(try store.uploads(UploadQuery(project: "other")).map(\.id) == [second.id])
        #expect(try store.statusCounts() == [.failed: 1, .pending: 1])
    }
}
