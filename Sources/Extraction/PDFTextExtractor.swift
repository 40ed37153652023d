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
            // Where each character stands, for the two readings below.
            let layout = Self.layout(of: page)
            if let layout {
                // A table poppler read a column at a time, put back into rows.
                text = Self.withTableRows(layout, text: text)
                // Table cells that poppler joins with nothing between them get a tab.
                text = Self.withCellGaps(layout, text: text)
            }
            // A filled-in form's fields are no part of the page's text: their values go where they stand.
            text = Self.withFormFields(page, layout: layout, text: text, pageHeight: height)
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

    /// A filled-in form's values in the page's text, which poppler's text leaves out: a text field's value after the label
    /// on its left on the same line ("Landlord:" -> "Landlord: Walter Nakamura"), a tick box's state as the box a reader
    /// sees, ☒ or ☐, before the words on its right. A value whose label is not found goes on a line of its own at the
    /// page's end. Push buttons, signatures and empty fields add nothing.
    static func withFormFields(_ page: OpaquePointer, layout: PageLayout?, text: String, pageHeight: Double) -> String {
        guard let mapping = poppler_page_get_form_field_mapping(page) else { return text }
        defer { poppler_page_free_form_field_mapping(mapping) }
        var fields: [(area: PopplerRectangle, value: String, box: Bool)] = []
        var list: UnsafeMutablePointer<GList>? = mapping
        while let current = list {
            defer { list = optimind_list_next(current) }
            guard let entry = optimind_mapping_of(current), let field = entry.pointee.field else { continue }
            switch poppler_form_field_get_field_type(field) {
            case POPPLER_FORM_FIELD_TEXT:
                guard let raw = poppler_form_field_text_get_text(field) else { continue }
                let value = String(cString: raw).split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
                optimind_g_free(raw)
                if !value.isEmpty { fields.append((entry.pointee.area, value, false)) }
            case POPPLER_FORM_FIELD_BUTTON:
                let kind = poppler_form_field_button_get_button_type(field)
                guard kind == POPPLER_FORM_BUTTON_CHECK || kind == POPPLER_FORM_BUTTON_RADIO else { continue }
                fields.append((entry.pointee.area, poppler_form_field_button_get_state(field) != 0 ? "☒" : "☐", true))
            default:
                continue
            }
        }
        // Where each character stands finds the words beside each field on its line.
        guard !fields.isEmpty, let layout else { return text }
        let glyphs = layout.characters.indices.compactMap { index -> FormFieldText.Glyph? in
            let (character, box) = (layout.character(index), layout.box(index))
            guard character != "\n" else { return nil }
            return FormFieldText.Glyph(character: Character(character), x1: box.x1, x2: box.x2, middle: (box.top + box.bottom) / 2)
        }
        let placed = fields.map { field in
            let top = pageHeight - field.area.y2
            let bottom = pageHeight - field.area.y1
            var label = field.box
                ? FormFieldText.words(in: glyphs, top: top, bottom: bottom, rightOf: field.area.x2)
                : FormFieldText.words(in: glyphs, top: top, bottom: bottom, leftOf: field.area.x1)
            // A text field with no words on its left has its label over it, as many forms set one ("Landlord (full legal
            // name)" above the box).
            var above = false
            if label.isEmpty, !field.box {
                label = FormFieldText.words(in: glyphs, above: top, height: bottom - top, from: field.area.x1, to: field.area.x2)
                above = true
            }
            return FormFieldText(top: top, left: field.area.x1, value: field.value, label: label, before: field.box, labelAbove: above)
        }
        return FormFieldText.placed(placed, in: text)
    }

    /// A page's characters and where each stands (top-left origin). The layout is of `poppler_page_get_text`'s text, which
    /// may drop a line (see above): it only finds words, which are then looked for in the page's text as read.
    struct PageLayout {
        var characters: [Unicode.Scalar]
        var boxes: [PopplerRectangle]

        func character(_ index: Int) -> Unicode.Scalar { characters[index] }
        func box(_ index: Int) -> PDFCellGaps.Box { (boxes[index].x1, boxes[index].x2, boxes[index].y1, boxes[index].y2) }
    }

    static func layout(of page: OpaquePointer) -> PageLayout? {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return nil }
        defer { optimind_g_free(rectangles) }
        guard let raw = poppler_page_get_text(page) else { return nil }
        let characters = Array(String(cString: raw).unicodeScalars)
        optimind_g_free(raw)
        let described = min(Int(count), characters.count)
        return PageLayout(characters: Array(characters.prefix(described)), boxes: Array(UnsafeBufferPointer(start: rectangles, count: described)))
    }

    /// The page's text with a tab between runs that stand apart on the page but that poppler joined (`PDFCellGaps`).
    static func withCellGaps(_ layout: PageLayout, text: String) -> String {
        let joins = PDFCellGaps.joins(count: layout.characters.count, character: layout.character, box: layout.box)
        return PDFCellGaps.separated(text, at: joins)
    }

    /// The page's text with each table that poppler read a column at a time in rows (`PDFTableRows`).
    static func withTableRows(_ layout: PageLayout, text: String) -> String {
        let count = layout.characters.count
        guard PDFTableRows.mayHoldTable(count: count, character: layout.character, box: layout.box) else { return text }
        let lines = PDFTableRows.lines(count: count, character: layout.character, box: layout.box)
        return PDFTableRows.rebuilt(text, tables: PDFTableRows.tables(in: lines))
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

/// A form field's value and the words beside it that place it in the page's text.
struct FormFieldText {
    var top: Double
    var left: Double
    var value: String
    /// The words on its left (a text field's label) or on its right (a tick box's option).
    var label: String
    /// Whether the value goes before the label (a tick box) or after it (a text field).
    var before: Bool
    /// Whether the label stands over the box: it must then end its line or cell in the page's text (a column's heading over
    /// a table of boxes takes the first row's value only, and the same words in a sentence none).
    var labelAbove = false

    /// A character of the page and where it stands: its left and right edges and its vertical middle (top-left origin).
    struct Glyph {
        var character: Character
        var x1: Double
        var x2: Double
        var middle: Double
    }

    /// The widest gap between two characters of one run of words (points): a wider one ends it.
    static let wordGap = 12.0

    /// The words on the field's line just left of `x` (a text field's label: "Landlord:").
    static func words(in glyphs: [Glyph], top: Double, bottom: Double, leftOf x: Double) -> String {
        let line = glyphs.filter { $0.middle >= top - 2 && $0.middle <= bottom + 2 && $0.x2 <= x + 1 }.sorted { $0.x1 > $1.x1 }
        var run: [Glyph] = []
        for glyph in line {
            if let last = run.last, last.x1 - glyph.x2 > wordGap { break }
            if run.isEmpty, x - glyph.x2 > 4 * wordGap { break }
            run.append(glyph)
        }
        return String(run.reversed().map(\.character)).trimmingCharacters(in: .whitespaces)
    }

    /// The words on the field's line just right of `x` (a tick box's option: "Fixed term: beginning April 1, 2026 ...").
    static func words(in glyphs: [Glyph], top: Double, bottom: Double, rightOf x: Double) -> String {
        run(of: glyphs.filter { $0.middle >= top - 2 && $0.middle <= bottom + 2 && $0.x1 >= x - 1 }, from: x)
    }

    /// The words of `line` read left to right from near `x`, up to a wide gap.
    private static func run(of line: [Glyph], from x: Double) -> String {
        var run: [Glyph] = []
        for glyph in line.sorted(by: { $0.x1 < $1.x1 }) {
            if let last = run.last, glyph.x1 - last.x2 > wordGap { break }
            if run.isEmpty, glyph.x1 - x > 4 * wordGap { break }
            run.append(glyph)
        }
        return String(run.map(\.character)).trimmingCharacters(in: .whitespaces)
    }

    /// The first occurrence of `probe` in `text` from `start` that `free` allows (no value placed there yet); with
    /// `standalone`, only one that ends its line or cell (a line break, a tab or the text's end after it).
    private static func occurrence(
        of probe: String, in text: NSString, from start: Int, standalone: Bool, free: (NSRange) -> Bool
    ) -> NSRange {
        var from = start
        while from < text.length {
            let found = text.range(of: probe, range: NSRange(location: from, length: text.length - from))
            guard found.location != NSNotFound else { break }
            let end = found.location + found.length
            if free(found), !standalone || end == text.length || [0x0A, 0x09].contains(text.character(at: end)) { return found }
            from = found.location + 1
        }
        return NSRange(location: NSNotFound, length: 0)
    }

    /// The words of the line just over a field, from its left edge up to a wide gap: a label set above its box. Only a line
    /// within twice the field's height (24 points at least) of its top, with a word starting over the box.
    static func words(in glyphs: [Glyph], above top: Double, height: Double, from x1: Double, to x2: Double) -> String {
        let reach = max(2 * height, 24)
        let over = glyphs.filter { $0.middle < top && $0.middle >= top - reach && $0.x1 >= x1 - 2 && $0.x1 <= x2 }
        guard let nearest = over.map(\.middle).max() else { return "" }
        // The whole line from the box's left edge on, so that a label wider than its box keeps its last word.
        return run(of: glyphs.filter { abs($0.middle - nearest) <= 2 && $0.x1 >= x1 - 2 }, from: x1)
    }

    /// `text` with each field's value placed beside its label, fields read top to bottom and left to right, each label
    /// looked for after the last one placed (else anywhere), one that ends its line or cell first, and each taking one
    /// value; the values of text fields whose label is not found on lines of their own at the end.
    static func placed(_ fields: [FormFieldText], in text: String) -> String {
        let original = text as NSString
        var cursor = 0
        var unplaced: [String] = []
        // Where each value goes in the text as read, and what goes there; a label takes one value only.
        var insertions: [Int: String] = [:]
        for field in fields.sorted(by: { ($0.top, $0.left) < ($1.top, $1.left) }) {
            // The label's own words, up to a wide gap (the next field's label on the same line).
            let probe = String((field.label.components(separatedBy: "  ").first?.trimmingCharacters(in: .whitespaces) ?? "").prefix(60))
            let point = { (found: NSRange) in field.before ? found.location : found.location + found.length }
            // A label with nothing after it on its line (or before the next cell) first: the same words in a sentence
            // ("pay the Monthly rent on the first day") are no label.
            var found = NSRange(location: NSNotFound, length: 0)
            if !probe.isEmpty {
                let searches = [(cursor, true), (0, true)] + (field.labelAbove ? [] : [(cursor, false), (0, false)])
                for (from, standalone) in searches where found.location == NSNotFound {
                    found = occurrence(of: probe, in: original, from: from, standalone: standalone) { insertions[point($0)] == nil }
                }
            }
            guard found.location != NSNotFound else {
                if !field.before { unplaced.append(field.value) }
                continue
            }
            // A label over its box and the value in the box are two things side by side, as a table's cells: a tab.
            insertions[point(found)] = field.before ? field.value + " " : (field.labelAbove ? "\t" : " ") + field.value
            cursor = found.location + found.length
        }
        let result = NSMutableString(string: text)
        for (at, inserted) in insertions.sorted(by: { $0.key > $1.key }) { result.insert(inserted, at: at) }
        var placed = result as String
        if !unplaced.isEmpty { placed += (placed.hasSuffix("\n") || placed.isEmpty ? "" : "\n") + unplaced.joined(separator: "\n") }
        return placed
    }
}
