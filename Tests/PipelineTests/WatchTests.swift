import Foundation
import GRDB
import Logging
import OptiMindCore
import Pipeline
import Testing

@Suite("Watch mode", .serialized)
struct WatchTests {
    @Test("files already in the inbox are processed at start; copied and moved files, in new project folders too")
    func watches() throws {
        let workspace = try Workspace()
        let early = try workspace.drop("mutual-nda.pdf")
        let service = WatchService(pipeline: try workspace.pipeline(settle: 0.2), logger: Logger(label: "test"))
        try service.start()
        defer { service.stop() }

        #expect(eventually { FileManager.default.fileExists(atPath: early + ".contractwise.json") })

        let copied = try workspace.drop("privacy-notice.pdf", into: "newproject")
        #expect(eventually { FileManager.default.fileExists(atPath: copied + ".complianceguard.json") })

        let outside = workspace.root + "/staging-lease.pdf"
        try FileManager.default.copyItem(atPath: Repository.root + "/samples/commercial-lease.pdf", toPath: outside)
        let moved = workspace.inbox + "/demo/lease.pdf"
        #expect(rename(outside, moved) == 0)
        #expect(eventually { FileManager.default.fileExists(atPath: moved + ".contractwise.json") })

        let ignored = try workspace.write("lock", to: "demo/~$draft.docx")
        Thread.sleep(forTimeInterval: 0.5)
        try workspace.query { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'") == 3)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM uploads WHERE path = ?", arguments: [ignored]) == 0)
            #expect(Set(try String.fetchAll(db, sql: "SELECT name FROM projects")) == ["demo", "newproject"])
        }
    }
}
