import OptiMindCore
import Foundation
import ZIPFoundation

/// The formats the extraction stage reads, decided from content (libmagic first, then a look inside
/// containers), never from the file name.
public enum DocumentFormat: Sendable, Equatable {
    case pdf
    case docx
    case plainText
    /// Recognised but not readable here; the reason says what to do.
    case unsupported(reason: String)

    public static let docxMime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    /// The MIME type reported for a recognised format, or libmagic's own answer otherwise.
    public func mimeType(sniffed: String) -> String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: Self.docxMime
        case .plainText: sniffed.hasPrefix("text/") ? sniffed : "text/plain"
        case .unsupported: sniffed
        }
    }

    /// File-name extensions that fit this format, for the mismatch note.
    var expectedExtensions: Set<String> {
        switch self {
        case .pdf: ["pdf"]
        case .docx: ["docx", "docm", "dotx"]
        case .plainText: ["txt", "text", "md", "markdown", "csv", "log", ""]
        case .unsupported: []
        }
    }
}

/// Decides a file's `DocumentFormat` from libmagic's answer and the file's own bytes.
struct FormatDetector {
    /// Zip-based and unknown containers are opened to look for a WordprocessingML main part, because
    /// libmagic reports many real DOCX files as application/zip or octet-stream (entry order).
    static func detect(path: String, sniffed: String) -> DocumentFormat {
        switch sniffed {
        case "application/pdf":
            return .pdf
        case DocumentFormat.docxMime, "application/zip", "application/x-zip-compressed", "application/octet-stream":
            if let inner = zipContents(path) { return inner }
            if sniffed == "application/octet-stream", startsWithPDFHeader(path) { return .pdf }
            if sniffed == DocumentFormat.docxMime || hasZipSignature(path) {
                return .unsupported(reason: "damaged DOCX: the zip archive cannot be read (truncated or corrupt)")
            }
            return .unsupported(reason: "unsupported format (\(sniffed)): save as DOCX or PDF")
        case "application/msword", "application/vnd.ms-office", "application/CDFV2", "application/x-ole-storage":
            return .unsupported(reason: "unsupported format: legacy Word .doc; save as DOCX or PDF")
        case "text/rtf", "application/rtf":
            return .unsupported(reason: "unsupported format: RTF; save as DOCX or PDF")
        case "application/vnd.oasis.opendocument.text":
            return .unsupported(reason: "unsupported format: OpenDocument text; save as DOCX or PDF")
        case "application/x-empty", "inode/x-empty":
            return .unsupported(reason: "empty file")
        default:
            if sniffed.hasPrefix("image/") {
                return .unsupported(reason: "unsupported image (\(sniffed)): OCR is not available; supply a PDF with a text layer")
            }
            if sniffed.hasPrefix("text/") || sniffed == "application/json" || sniffed == "application/csv" {
                return .plainText
            }
            if startsWithPDFHeader(path) { return .pdf }
            // libmagic guesses exotic formats from a few leading bytes (plain text that starts with
            // "IN" is "HP-GL"); text by content wins over such guesses.
            if sniffed != "application/postscript", looksLikeText(path) { return .plainText }
            return .unsupported(reason: "unsupported format (\(sniffed)): save as DOCX or PDF")
        }
    }

    /// No NUL byte in the first 64 KiB, and valid UTF-8 there (a cut at the end of the window allowed)
    /// or almost all printable single-byte characters.
    static func looksLikeText(_ path: String) -> Bool {
        let head = leadingBytes(path, 64 * 1024)
        guard !head.isEmpty, !head.contains(0) else { return false }
        if String(validating: head, as: UTF8.self) != nil || String(validating: head.dropLast(3), as: UTF8.self) != nil {
            return true
        }
        let printable = head.filter { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }.count
        return Double(printable) / Double(head.count) > 0.97
    }

    private static func zipContents(_ path: String) -> DocumentFormat? {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read) else { return nil }
        if archive["word/document.xml"] != nil { return .docx }
        if let types = archive["[Content_Types].xml"], types.uncompressedSize < 1 << 20 {
            var data = Data()
            _ = try? archive.extract(types) { data.append($0) }
            let text = String(decoding: data, as: UTF8.self)
            if text.contains("wordprocessingml.document.main") || text.contains("wordprocessingml/main") { return .docx }
        }
        if let mimetype = archive["mimetype"], mimetype.uncompressedSize < 200 {
            var data = Data()
            _ = try? archive.extract(mimetype) { data.append($0) }
            if String(decoding: data, as: UTF8.self).contains("opendocument.text") {
                return .unsupported(reason: "unsupported format: OpenDocument text; save as DOCX or PDF")
            }
        }
        return .unsupported(reason: "unsupported format: a zip archive that is not a Word document")
    }

    static func leadingBytes(_ path: String, _ count: Int) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { return Data() }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)) ?? Data()
    }

    /// A PDF may carry junk before its header; readers accept the header within the first 1 KiB.
    private static func startsWithPDFHeader(_ path: String) -> Bool {
        leadingBytes(path, 1024).range(of: Data("%PDF-".utf8)) != nil
    }

    private static func hasZipSignature(_ path: String) -> Bool {
        leadingBytes(path, 4) == Data([0x50, 0x4B, 0x03, 0x04])
    }
}
