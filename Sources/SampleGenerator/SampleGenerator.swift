import CCairo
import Foundation
import ZIPFoundation

/// Rebuilds `samples/` from the texts in `Tools/sample-texts`: PDFs through cairo's PDF surface
/// (embedded TrueType subsets, as office tools export them) and DOCX files whose OOXML parts are
/// written here and zipped.
///
///     swift run SampleGenerator [Tools/sample-texts] [samples]
///
/// Text format: a line starting with "# " is a heading; a blank line ends a paragraph.
@main
struct SampleGenerator {
    /// Which text becomes which file.
    static let manifest: [(source: String, output: String)] = [
        ("mutual-nda", "mutual-nda.pdf"),
        ("commercial-lease", "commercial-lease.pdf"),
        ("master-services-agreement", "master-services-agreement.pdf"),
        ("privacy-notice", "privacy-notice.pdf"),
        ("employment-agreement", "employment-agreement.docx"),
        ("software-licence", "software-licence.docx"),
        ("information-security-policy", "information-security-policy.docx"),
        ("board-memo", "board-memo.docx"),
    ]

    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        // --copies N: N variants of every sample (each with its own reference line, so no two are
        // duplicates, and of varied length), for benchmarks; without it, the samples themselves.
        var copies = 0
        if let flag = arguments.firstIndex(of: "--copies"), flag + 1 < arguments.count {
            copies = Int(arguments[flag + 1]) ?? 0
            arguments.removeSubrange(flag...(flag + 1))
        }
        let sources = arguments.first ?? "Tools/sample-texts"
        let output = arguments.dropFirst().first ?? "samples"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for (source, name) in manifest {
            let text = try String(contentsOfFile: "\(sources)/\(source).txt", encoding: .utf8)
            for copy in 0..<max(1, copies) {
                var blocks = Block.parse(text)
                var fileName = name
                if copies > 0 {
                    // Real contracts run from a page to dozens: copy c repeats the body as schedules
                    // 0, 1, 3, 7 or 15 times (1x to 16x the sample's length, 6x on average).
                    let body = Array(blocks.dropFirst())
                    for schedule in 0..<[0, 1, 3, 7, 15][copy % 5] {
                        blocks.append(Block(text: "Schedule \(schedule + 1): restated terms", isHeading: true))
                        blocks += body
                    }
                    blocks.append(Block(text: "Reference: BENCH-\(copy)-\(source)", isHeading: false))
                    let ext = (name as NSString).pathExtension
                    fileName = (name as NSString).deletingPathExtension + "-\(copy).\(ext)"
                }
                let path = "\(output)/\(fileName)"
                try? FileManager.default.removeItem(atPath: path)
                if name.hasSuffix(".pdf") {
                    try PDFWriter.write(blocks, title: blocks.first?.text ?? name, to: path)
                } else {
                    try DOCXWriter.write(blocks, title: blocks.first?.text ?? name, to: path)
                }
                if copies == 0 { print("wrote \(path)") }
            }
        }
        if copies > 0 { print("wrote \(copies * manifest.count) files to \(output)") }
    }
}

/// A heading or a paragraph.
struct Block {
    var text: String
    var isHeading: Bool

    static func parse(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(Block(text: paragraph.joined(separator: " "), isHeading: false)) }
            paragraph = []
        }
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("# ") {
                flush()
                blocks.append(Block(text: String(trimmed.dropFirst(2)), isHeading: true))
            } else if trimmed.isEmpty {
                flush()
            } else if !paragraph.isEmpty, trimmed.count < 60, paragraph.last.map({ $0.count < 60 }) == true {
                // Short lines in a row (a letterhead, a signature block) stay separate lines.
                flush()
                paragraph.append(trimmed)
            } else {
                paragraph.append(trimmed)
            }
        }
        flush()
        return blocks
    }
}

/// Lays out blocks on A4 pages with cairo.
enum PDFWriter {
    static func write(_ blocks: [Block], title: String, to path: String) throws {
        let width = 595.0
        let height = 842.0
        let margin = 72.0
        guard let surface = cairo_pdf_surface_create(path, width, height) else { throw GeneratorError(path) }
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "optimind SampleGenerator")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2025-01-01T00:00:00Z")
        guard let cr = cairo_create(surface) else { throw GeneratorError(path) }
        defer { cairo_destroy(cr) }
        var y = margin
        var page = 1
        func footer() {
            cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(cr, 8)
            cairo_move_to(cr, margin, height - 40)
            cairo_show_text(cr, "Page \(page)")
        }
        func newPage() {
            footer()
            cairo_show_page(cr)
            page += 1
            y = margin
        }
        for block in blocks {
            let size = block.isHeading ? 12.5 : 10.5
            cairo_select_font_face(
                cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL, block.isHeading ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(cr, size)
            let lineHeight = size * 1.45
            if block.isHeading { y += lineHeight * 0.5 }
            if block.isHeading, y + lineHeight * 3 > height - margin { newPage() }
            for line in wrap(block.text, cr: cr, width: width - 2 * margin) {
                if y + lineHeight > height - margin { newPage() }
                y += lineHeight
                cairo_move_to(cr, margin, y)
                cairo_show_text(cr, line)
            }
            y += lineHeight * 0.6
        }
        footer()
        cairo_show_page(cr)
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw GeneratorError(path) }
    }

    static func wrap(_ text: String, cr: OpaquePointer, width: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            var extents = cairo_text_extents_t()
            cairo_text_extents(cr, candidate, &extents)
            if extents.x_advance > width, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// Writes a WordprocessingML package: content types, relationships, the document and a header.
enum DOCXWriter {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func write(_ blocks: [Block], title: String, to path: String) throws {
        var body = ""
        for block in blocks {
            let runProperties = block.isHeading ? "<w:rPr><w:b/><w:sz w:val=\"26\"/></w:rPr>" : ""
            let paragraphProperties = block.isHeading ? "<w:pPr><w:spacing w:before=\"240\"/></w:pPr>" : ""
            body += "<w:p>\(paragraphProperties)<w:r>\(runProperties)<w:t xml:space=\"preserve\">\(escape(block.text))</w:t></w:r></w:p>"
        }
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(main)" xmlns:r="\(relationships)"><w:body>\(body)<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>
            """
        let header = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:hdr xmlns:w="\(main)"><w:p><w:r><w:t xml:space="preserve">\(escape(title)) (sample generated by optimind)</w:t></w:r></w:p></w:hdr>
            """
        let contentTypes = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>
            """
        let packageRelationships = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """
        let documentRelationships = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>
            """
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let fixedDate = Date(timeIntervalSince1970: 1_735_689_600)
        for (name, text) in [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships), ("word/document.xml", document),
            ("word/_rels/document.xml.rels", documentRelationships), ("word/header1.xml", header),
        ] {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

struct GeneratorError: Error, CustomStringConvertible {
    let path: String
    init(_ path: String) { self.path = path }
    var description: String { "cannot write \(path) with cairo" }
}
