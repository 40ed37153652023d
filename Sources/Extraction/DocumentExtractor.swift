import CLibXML2
import Foundation
import OptiMindCore

/// The extraction stage: sniffs a file's real type and returns its text with page numbers.
///
/// Holds a libmagic handle, so use one instance per thread.
public final class DocumentExtractor {
    public let limits: ExtractionLimits
    private let sniffer: MagicSniffer

    public init(limits: ExtractionLimits = ExtractionLimits()) throws {
        self.limits = limits
        self.sniffer = try MagicSniffer()
    }

    /// What a file is, by content: the format and the MIME type to record.
    public func sniff(path: String) throws -> (format: DocumentFormat, mimeType: String) {
        let size = try checkedSize(path)
        if size == 0 { return (.unsupported(reason: "empty file"), "application/x-empty") }
        let sniffed = try sniffer.mimeType(ofFile: path)
        let format = FormatDetector.detect(path: path, sniffed: sniffed)
        // Markdown, as extraction records it (libmagic calls it plain text).
        if format == .plainText, MarkdownText.isMarkdown(PlainTextDecoder.decode(FormatDetector.leadingBytes(path, 64 * 1024)).text) {
            return (format, "text/markdown")
        }
        return (format, format.mimeType(sniffed: sniffed))
    }

    /// The text of one file. Throws `ExtractionError` naming the file and the reason.
    /// - Parameter typeName: the name whose extension is compared with the content, when `path` is
    ///   not the file's own name (a `/proc/<pid>/fd/<n>` path for a name that is not UTF-8).
    public func extract(path: String, password: String? = nil, typeName: String? = nil) throws -> ExtractedDocument {
        let (format, mimeType) = try sniff(path: path)
        var document: ExtractedDocument
        switch format {
        case .unsupported(let reason):
            throw ExtractionError(file: path, reason: reason)
        case .pdf:
            let (pages, warnings) = try PDFTextExtractor(limits: limits).extract(path: path, password: password)
            document = ExtractedDocument(mimeType: mimeType, pageTexts: pages, warnings: warnings)
            noteMissingTextLayer(&document)
        case .docx:
            let result = try DOCXTextExtractor(limits: limits).extract(path: path)
            document = ExtractedDocument(
                mimeType: mimeType, pageTexts: [result.text], warnings: result.warnings,
                hasTrackedChanges: result.hasTrackedChanges, comments: result.comments)
            if result.hasTrackedChanges {
                document.warnings.append("tracked changes: insertions included, deletions left out")
            }
        case .plainText:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ExtractionError.unreadable(path, "permission denied or file vanished")
            }
            let (text, encoding) = PlainTextDecoder.decode(data)
            // Markdown (as `sniff` found it) is read as the text it shows.
            document = ExtractedDocument(mimeType: mimeType, pageTexts: [mimeType == "text/markdown" ? MarkdownText.plain(text) : text])
            if encoding != "UTF-8" { document.warnings.append("decoded as \(encoding)") }
        }
        let ext = ((typeName ?? path) as NSString).pathExtension.lowercased()
        if !format.expectedExtensions.contains(ext) {
            let note = "named .\(ext.isEmpty ? "(none)" : ext) but the content is \(mimeType)"
            document.extensionMismatch = note
            document.warnings.append(note)
        }
        return document
    }

    /// Pages without a text layer are named in a warning. A document with none at all still
    /// extracts (with the warning); the pipeline fails it, since there is nothing to analyse.
    private func noteMissingTextLayer(_ document: inout ExtractedDocument) {
        let blank = document.pageTexts.enumerated()
            .filter { $0.element.allSatisfy { $0.isWhitespace } }
            .map { $0.offset + 1 }
        guard !blank.isEmpty else { return }
        let note = "no text layer on \(PageRanges.describe(blank, noun: "page")); OCR is not available"
        document.warnings.append(note)
    }

    private func checkedSize(_ path: String) throws -> Int64 {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ExtractionError(file: path, reason: UnreadableFile(path: path, errno: errno).reason, exitStatus: .noInput)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ExtractionError(file: path, reason: "is a directory", exitStatus: .noInput) }
        guard access(path, R_OK) == 0 else {
            throw ExtractionError(file: path, reason: "permission denied", exitStatus: .noInput)
        }
        if Int64(info.st_size) > limits.maxFileBytes {
            throw ExtractionError.tooLarge(path, "\(info.st_size) bytes, the limit is \(limits.maxFileBytes)")
        }
        return Int64(info.st_size)
    }

    /// Versions of the C libraries in use, for `doctor` and `--version`.
    public static var libraryVersions: [String: String] {
        ["libmagic": MagicSniffer.version, "poppler": PDFTextExtractor.version, "libxml2": LIBXML_DOTTED_VERSION]
    }
}
