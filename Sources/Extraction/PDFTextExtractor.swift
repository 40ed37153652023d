import OptiMindCore
import CPoppler
import Foundation

/// Reads the text of a PDF page by page through poppler-glib.
///
/// `poppler_page_get_text` drops lines on some real PDFs; selecting a rectangle 10 pt larger than
/// the page with glyph granularity returns all of them.
struct PDFTextExtractor {
    let limits: ExtractionLimits

    func extract(path: String, password: String?) throws -> (pages: [String], warnings: [String]) {
        Self.keepGlobals()
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            defer { optimind_g_error_free(error) }
            throw ExtractionError(file: path, reason: "cannot name the file for poppler: \(message(error))")
        }
        defer { optimind_g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, password, &error) else {
            defer { optimind_g_error_free(error) }
            if optimind_poppler_error_is_encrypted(error) != 0 {
                throw ExtractionError(
                    file: path, reason: password == nil ? "encrypted: password required" : "encrypted: wrong password")
            }
            throw ExtractionError(file: path, reason: "damaged PDF: \(message(error))")
        }
        defer { optimind_document_unref(document) }

        let count = Int(poppler_document_get_n_pages(document))
        if count == 0 { throw ExtractionError(file: path, reason: "damaged PDF: the document has no pages") }
        if count > limits.maxPages {
            throw ExtractionError.tooLarge(path, "\(count) pages, the limit is \(limits.maxPages)")
        }
        var pages: [String] = []
        pages.reserveCapacity(count)
        var unreadable: [Int] = []
        var characters = 0
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                unreadable.append(index + 1)
                pages.append("")
                continue
            }
            defer { optimind_page_unref(page) }
            var width = 0.0
            var height = 0.0
            poppler_page_get_size(page, &width, &height)
            var area = PopplerRectangle(x1: -10, y1: -10, x2: width + 10, y2: height + 10)
            var text = ""
            if let raw = poppler_page_get_selected_text(page, POPPLER_SELECTION_GLYPH, &area) {
                text = String(cString: raw)
                optimind_g_free(raw)
            }
            characters += text.utf16.count
            if characters > limits.maxTextCharacters {
                throw ExtractionError.tooLarge(path, "more than \(limits.maxTextCharacters) characters of text")
            }
            pages.append(text)
        }
        var warnings: [String] = []
        if !unreadable.isEmpty {
            warnings.append("poppler could not load \(PageRanges.describe(unreadable, noun: "page"))")
        }
        return (pages, warnings)
    }

    private func message(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error, let text = error.pointee.message else { return "unknown error" }
        return String(cString: text)
    }

    /// poppler-glib builds its global tables (GlobalParams: the built-in encodings, poppler-data's
    /// CMap and name-to-Unicode files) when a document opens and no other is open, and frees them when
    /// the last one closes: a process that reads one PDF after another rebuilt them for every PDF.
    /// A blank one-page document opened once and never closed keeps them for the process's life.
    static func keepGlobals() { _ = globalsKept }

    /// Whether the blank document opened (extraction works either way, only slower without it).
    static let globalsKept: Bool = {
        var pdf = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for object in [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
        ] {
            offsets.append(pdf.count)
            pdf += Array("\(offsets.count) 0 obj\n\(object)\nendobj\n".utf8)
        }
        var trailer = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { trailer += String(format: "%010d 00000 n \n", offset) }
        trailer += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(pdf.count)\n%%EOF\n"
        pdf += Array(trailer.utf8)
        // poppler reads the bytes in place for the document's life, which is the process's.
        let bytes = UnsafeMutablePointer<CChar>.allocate(capacity: pdf.count)
        pdf.withUnsafeBytes { bytes.update(from: $0.bindMemory(to: CChar.self).baseAddress!, count: pdf.count) }
        var error: UnsafeMutablePointer<GError>?
        let document = optimind_document_from_static_data(bytes, Int32(pdf.count), &error)
        optimind_g_error_free(error)
        return document != nil
    }()

    /// The poppler version this binary runs with.
    static var version: String { String(cString: poppler_get_version()) }
}

/// Describes page numbers compactly: "pages 1-6, 9".
public enum PageRanges {
    public static func describe(_ pages: [Int], noun: String) -> String {
        var parts: [String] = []
        var index = 0
        while index < pages.count {
            var end = index
            while end + 1 < pages.count, pages[end + 1] == pages[end] + 1 { end += 1 }
            parts.append(end == index ? "\(pages[index])" : "\(pages[index])-\(pages[end])")
            index = end + 1
        }
        return (pages.count == 1 ? noun : noun + "s") + " " + parts.joined(separator: ", ")
    }
}
