import Extraction
import Foundation
import OptiMindCore
import Pipeline
import Store
import Testing

@Suite("Password-protected PDFs")
struct PasswordTests {
    static let lines = ["NON-DISCLOSURE AGREEMENT", "The Receiving Party shall keep the Confidential Information secret."]

    @Test("MD5 matches RFC 1321 (the test's own key derivation must be right)")
    func md5() {
        #expect(PDFEncryption.hex(MD5.digest(Array("abc".utf8))) == "900150983CD24FB0D6963F7D28E17F72")
        #expect(PDFEncryption.hex(MD5.digest([])) == "D41D8CD98F00B204E9800998ECF8427E")
    }

    @Test("a user password is required, a wrong one is refused, the right one extracts")
    func userPassword() throws {
        let workspace = try Workspace()
        let path = workspace.root + "/locked.pdf"
        try HandMadePDF.make(lines: Self.lines, outputIntent: false, userPassword: "s3cret").write(to: URL(fileURLWithPath: path))
        let extractor = try DocumentExtractor()
        #expect(throws: ExtractionError(file: path, reason: "encrypted: password required")) { try extractor.extract(path: path, password: nil) }
        #expect(throws: ExtractionError(file: path, reason: "encrypted: wrong password")) { try extractor.extract(path: path, password: "guess") }
        #expect(try extractor.extract(path: path, password: "s3cret").text.contains("Confidential Information secret"))
        let cli = try run(["extract", path])
        #expect(cli.status == 65)
        #expect(cli.stderr == "optimind: \(path): encrypted: password required\n")
        let unlocked = try run(["extract", "--password", "s3cret", path])
        #expect(unlocked.status == 0)
        #expect(unlocked.stdout.contains("NON-DISCLOSURE AGREEMENT"))
    }

    @Test("an encrypted PDF with an empty user password opens without one")
    func emptyUserPassword() throws {
        let workspace = try Workspace()
        let path = workspace.root + "/owner-only.pdf"
        try HandMadePDF.make(lines: Self.lines, outputIntent: false, userPassword: "").write(to: URL(fileURLWithPath: path))
        #expect(try DocumentExtractor().extract(path: path, password: nil).text.hasPrefix("NON-DISCLOSURE AGREEMENT"))
    }

    @Test("the daemon tries the project's passwords from the passwords file; other projects do not get them")
    func projectPasswords() throws {
        let workspace = try Workspace()
        let locked = HandMadePDF.make(lines: Self.lines, outputIntent: false, userPassword: "s3cret")
        try FileManager.default.createDirectory(atPath: workspace.inbox + "/acme", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: workspace.inbox + "/other", withIntermediateDirectories: true)
        try locked.write(to: URL(fileURLWithPath: workspace.inbox + "/acme/nda.pdf"))
        try locked.write(to: URL(fileURLWithPath: workspace.inbox + "/other/nda.pdf"))
        let passwordsFile = workspace.root + "/passwords.yaml"
        try Data("acme:\n  - not-this-one\n  - s3cret\n".utf8).write(to: URL(fileURLWithPath: passwordsFile))
        var configuration = workspace.configuration(workers: 1)
        configuration.passwords = try OptiMindConfiguration.loadPasswords(passwordsFile)
        configuration.extractorExecutable = Repository.binary
        let pipeline = try IngestPipeline(
            configuration: configuration, store: try SQLiteUploadStore(path: workspace.database),
            rules: try RuleSet(directory: configuration.rulesDirectory))
        let items = try BatchIngest.collect(paths: [workspace.inbox], project: nil, inbox: workspace.inbox)
        let outcomes = try BatchIngest(pipeline: pipeline).run(items, workers: 1) { _, _ in }
        let byProject = Dictionary(uniqueKeysWithValues: outcomes.compactMap { outcome in outcome.upload.map { ($0.metadata.project ?? "", outcome) } })
        guard case .completed(let upload, _)? = byProject["acme"] else {
            Issue.record("acme's PDF should open with its password: \(String(describing: byProject["acme"]))")
            return
        }
        #expect(upload.metadata.contractType == .nda)
        guard case .failed(_, let reason)? = byProject["other"] else {
            Issue.record("other's PDF has no password configured")
            return
        }
        #expect(reason == "encrypted: password required")
        let sidecar = try String(contentsOfFile: workspace.inbox + "/other/nda.pdf.optimind-error.txt", encoding: .utf8)
        #expect(!sidecar.contains("s3cret"))
    }
}

@Suite("PDFs without a text layer, or without pages")
struct ScannedPDFTests {
    @Test("a PDF with no pages is an error; a page tree pointing at a non-page is a per-page warning; never a crash")
    func damagedPageTrees() throws {
        let workspace = try Workspace()
        let empty = workspace.root + "/empty.pdf"
        try HandMadePDF.make(lines: ["x"], outputIntent: false, pages: "<< /Type /Pages /Kids [] /Count 0 >>")
            .write(to: URL(fileURLWithPath: empty))
        #expect(throws: ExtractionError(file: empty, reason: "damaged PDF: the document has no pages")) {
            try DocumentExtractor().extract(path: empty, password: nil)
        }
        let odd = workspace.root + "/odd.pdf"
        try HandMadePDF.make(lines: ["Real page"], outputIntent: false, pages: "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>")
            .write(to: URL(fileURLWithPath: odd))
        let worker = IsolatedExtractor(executable: Repository.binary, limits: ExtractionLimits())
        let document = try worker.extract(path: odd, password: nil)
        #expect(document.pageTexts.first?.contains("Real page") == true)
        #expect(!document.warnings.isEmpty)
    }

    @Test("extract warns and names the pages; the pipeline fails the upload with that reason")
    func noTextLayer() throws {
        let workspace = try Workspace()
        let path = workspace.inbox + "/demo/scan.pdf"
        try HandMadePDF.make(lines: [], outputIntent: false).write(to: URL(fileURLWithPath: path))
        let document = try DocumentExtractor().extract(path: path, password: nil)
        #expect(document.warnings == ["no text layer on page 1; OCR is not available"])
        let pipeline = try workspace.pipeline(workers: 1)
        let outcome = pipeline.process(path: path, project: "demo", analyzer: try pipeline.makeAnalyzer())
        guard case .failed(let upload, let reason) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(reason == "no text layer on page 1; OCR is not available")
        #expect(upload.mimeType == "application/pdf")
    }
}
