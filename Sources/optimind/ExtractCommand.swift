import ArgumentParser
import Extraction
import Foundation
import OptiMindCore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Prints the text of one file (PDF, DOCX or plain text).")

    @Flag(name: .long, help: "Print {\"mimeType\",\"pages\",\"text\",\"pageTexts\",\"warnings\",...} as JSON.")
    var json = false

    @Option(name: .long, help: "Password of an encrypted PDF.")
    var password: String?

    @Argument(help: "The file.")
    var file: String

    private struct Output: Encodable {
        var mimeType: String
        var pages: Int
        var text: String
        var pageTexts: [String]
        var warnings: [String]
        var hasTrackedChanges: Bool
        var comments: [String]
    }

    func run() throws {
        try guarded {
            let document = try DocumentExtractor().extract(path: file, password: password)
            if json {
                try printJSON(
                    Output(
                        mimeType: document.mimeType, pages: document.pages, text: document.pageTexts.joined(separator: "\n\n"),
                        pageTexts: document.pageTexts, warnings: document.warnings,
                        hasTrackedChanges: document.hasTrackedChanges, comments: document.comments))
            } else {
                print(document.pageTexts.joined(separator: "\n\u{0C}\n"))
                for warning in document.warnings { printError("\(file): warning: \(warning)") }
            }
        }
    }
}

struct SniffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sniff", abstract: "Prints the MIME type of each file, found from its content.")

    @Argument(help: "Files.")
    var files: [String]

    func run() throws {
        let extractor: DocumentExtractor
        do { extractor = try DocumentExtractor() } catch { throw exitWith(error) }
        try eachFile(files) { file in
            let (format, mime) = try extractor.sniff(path: file)
            if case .unsupported(let reason) = format {
                print("\(file): \(mime) (\(reason))")
            } else {
                print("\(file): \(mime)")
            }
        }
    }
}
