import Foundation
import OptiMindCore
import Testing

@testable import Extraction

@Suite("PDF, plain text and type sniffing")
struct PDFAndTextExtractionTests {
    let fixtures: Fixtures
    let extractor: DocumentExtractor

    init() throws {
        fixtures = try Fixtures()
        extractor = try DocumentExtractor()
    }

    @Test("a form's values are placed by their labels, in reading order; a value whose label is not in the text goes at the end")
    func formFieldPlacement() {
        let text = "Landlord:\nTenant:\nLandlord signature:\nFixed term\nMonth-to-month"
        func field(_ top: Double, _ value: String, _ label: String, before: Bool = false) -> FormFieldText {
            FormFieldText(top: top, left: 72, value: value, label: label, before: before)
        }
        let fields = [
            field(40, "Priya Desai", "Tenant:"), field(20, "Walter Nakamura", "Landlord:"), field(60, "W. Nakamura", "Landlord signature:"),
            field(80, "☒", "Fixed term", before: true), field(100, "☐", "Month-to-month  Other", before: true), field(120, "Portland", "City"),
        ]
        #expect(FormFieldText.placed(fields, in: text)
            == "Landlord: Walter Nakamura\nTenant: Priya Desai\nLandlord signature: W. Nakamura\n☒ Fixed term\n☐ Month-to-month\nPortland")
        // The words beside a field: those on its line, up to a wide gap.
        let glyphs = Array("Rent:".enumerated()).map { FormFieldText.Glyph(character: $0.element, x1: 72 + Double($0.offset) * 6, x2: 78 + Double($0.offset) * 6, middle: 100) }
            + [FormFieldText.Glyph(character: "X", x1: 20, x2: 26, middle: 60)]
        #expect(FormFieldText.words(in: glyphs, top: 92, bottom: 108, leftOf: 110) == "Rent:")
        #expect(FormFieldText.words(in: glyphs, top: 92, bottom: 108, leftOf: 300) == "")
        // A label over its box: the nearest line above, from the box's left edge, within twice its height.
        #expect(FormFieldText.words(in: glyphs, above: 112, height: 16, from: 72, to: 200) == "Rent:")
        #expect(FormFieldText.words(in: glyphs, above: 150, height: 16, from: 72, to: 200) == "")
        #expect(FormFieldText.words(in: glyphs, above: 112, height: 16, from: 150, to: 300) == "")
        // A label's words that end their line are taken before the same words in a sentence, even earlier in the page.
        let sentence = "Monthly rent\tDeposit\nThe Tenant shall pay the Monthly rent on the first day."
        // A column's heading over two boxes, one under the other, takes the first one's value; the second goes to the end.
        let rooms = [
            FormFieldText(top: 20, left: 72, value: "B12", label: "Room", before: false, labelAbove: true),
            FormFieldText(top: 40, left: 72, value: "C7", label: "Room", before: false, labelAbove: true),
        ]
        #expect(FormFieldText.placed(rooms, in: "Room\tStudents\nNotes") == "Room\tB12\tStudents\nNotes\nC7")
        // (The deposit's box is read first, so the search for the rent's label starts after it.)
        let rent = FormFieldText(top: 10, left: 300, value: "$950.00", label: "Monthly rent", before: false)
        #expect(FormFieldText.placed([rent, field(10, "$1,850.00", "Deposit")], in: sentence)
            == "Monthly rent $950.00\tDeposit $1,850.00\nThe Tenant shall pay the Monthly rent on the first day.")
    }

    @Test("a filled-in form whose labels stand over their boxes, two to a line: each value follows its label, a tab between")
    func formLabelsAbove() throws {
        let text = try extractor.extract(path: Fixtures.repository + "/Tests/AnalysisTests/Contracts/lease-form-labels-above.pdf").text
        // A label over its box and the box's value are side by side, as a table's cells.
        #expect(text.contains("Landlord (full legal name)\tWalter Nakamura\tTenant (full legal name)\tPriya Desai\n"))
        #expect(text.contains("Monthly rent\t$1,850.00\n"))
        #expect(text.contains("Lease start date\tApril 1, 2026\n"))
        #expect(text.contains("Security deposit\t$2,000.00\n"))
        // The sentence that names a label again gets no value, and no value is left for the page's end.
        #expect(text.contains("pay the Monthly rent on the first day"))
        #expect(text.hasSuffix("governed by the laws of the State of Oregon.") || text.hasSuffix("governed by the laws of the State of Oregon.\n"))
    }

    @Test("a PDF yields one text per page, in order")
    func pdfPages() throws {
        let document = try extractor.extract(path: Fixtures.sample("privacy-notice.pdf"))
        #expect(document.mimeType == "application/pdf")
        #expect(document.pages == 2)
        #expect(document.pageTexts[0].hasPrefix("PRIVACY NOTICE"))
        #expect(document.pageTexts[0].contains("Page 1"))
        #expect(document.pageTexts[1].contains("Page 2"))
        #expect(document.warnings.isEmpty)
    }

    @Test("poppler's global tables are kept between PDFs by a blank document held open, and PDFs read the same after it")
    func popplerGlobalsKept() throws {
        let first = try extractor.extract(path: Fixtures.sample("privacy-notice.pdf"))
        #expect(PDFTextExtractor.globalsKept, "the blank keeper PDF did not open: every PDF rebuilds poppler's tables")
        for _ in 0..<3 {
            #expect(try extractor.extract(path: Fixtures.sample("privacy-notice.pdf")).pageTexts == first.pageTexts)
        }
    }

    @Test("a Japanese PDF in Shift-JIS with a predefined CMap (90ms-RKSJ-H) is read: poppler-data is installed")
    func predefinedCMap() throws {
        // A Type0 font without embedded glyphs or ToUnicode map: only poppler-data's CMap and
        // Adobe-Japan1 table turn the Shift-JIS bytes into text.
        let shiftJIS = "93FA967B8CEA836583588367"  // 日本語テスト
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /90ms-RKSJ-H /DescendantFonts [5 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MS-Mincho /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /DW 1000 >>",
        ]
        let content = "BT /F1 12 Tf 72 770 Td <\(shiftJIS)> Tj ET"
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in (objects + ["<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"]).enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 7\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let document = try extractor.extract(path: try fixtures.write("japanese.pdf", Data(pdf.utf8)))
        #expect(document.pageTexts.first?.contains("日本語テスト") == true, "\(document.pageTexts)")
    }

    @Test("a PDF named .docx is read as a PDF and the mismatch is noted")
    func pdfNamedDocx() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample("mutual-nda.pdf")))
        let document = try extractor.extract(path: try fixtures.write("contract.docx", data))
        #expect(document.mimeType == "application/pdf")
        #expect(document.text.contains("MUTUAL NON-DISCLOSURE AGREEMENT"))
        #expect(document.extensionMismatch == "named .docx but the content is application/pdf")
    }

    @Test("an image named .pdf is rejected as an unsupported image")
    func imageNamedPDF() throws {
        // A 1x1 PNG.
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")!
        let path = try fixtures.write("scan.pdf", png)
        #expect {
            try extractor.extract(path: path)
        } throws: { error in
            (error as? ExtractionError)?.reason.hasPrefix("unsupported image (image/png)") == true
        }
    }

    @Test("an empty file is rejected as empty; a missing one as no such file (exit 66)")
    func emptyAndMissing() throws {
        let empty = try fixtures.write("empty.pdf", Data())
        #expect(throws: ExtractionError(file: empty, reason: "empty file")) { try extractor.extract(path: empty) }
        let missing = fixtures.folder + "/nothing.pdf"
        #expect(throws: ExtractionError(file: missing, reason: "no such file", exitStatus: .noInput)) {
            try extractor.extract(path: missing)
        }
    }

    @Test("a truncated PDF fails clearly or extracts with what poppler can read")
    func truncatedPDF() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample("commercial-lease.pdf")))
        let path = try fixtures.write("cut.pdf", whole.prefix(2_000))
        do {
            let document = try extractor.extract(path: path)
            #expect(!document.warnings.isEmpty)
        } catch let error as ExtractionError {
            #expect(error.reason.hasPrefix("damaged PDF") || error.reason.hasPrefix("no text layer"))
        }
    }

    @Test("plain text: UTF-8 with BOM, UTF-16 with BOM, Windows-1252 fallback")
    func encodings() throws {
        let utf8 = try fixtures.write("a.txt", Data([0xEF, 0xBB, 0xBF]) + Data("Café agreement".utf8))
        #expect(try extractor.extract(path: utf8).text == "Café agreement")
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("Größe policy".data(using: .utf16LittleEndian)!)
        let utf16Path = try fixtures.write("b.txt", utf16)
        #expect(try extractor.extract(path: utf16Path).text == "Größe policy")
        let cp1252 = try fixtures.write("c.txt", Data("Smart “quotes” – and café".data(using: .windowsCP1252)!))
        let document = try extractor.extract(path: cp1252)
        #expect(document.text == "Smart “quotes” – and café")
        #expect(document.warnings.contains("decoded as Windows-1252"))
    }

    @Test("PDF table cells that poppler runs together are parted by a tab, found by the gap between them on the page")
    func cellGaps() throws {
        // A table printed from a word processor: each cell drawn on its own, no space between a row's cells.
        let path = Fixtures.repository + "/Tests/AnalysisTests/Contracts/cover-page-table-nda.pdf"
        let text = try extractor.extract(path: path).text
        #expect(text.contains("Governing Law\tColorado\n"))
        #expect(text.contains("Company\tPeakline Routing, Inc.\tNorthwind Cargo Systems LLC\n"))
        #expect(text.contains("Date\t9 April 2026\t10 April 2026"))
        // Running text keeps its spaces and gets no tab.
        #expect(text.contains("1. Use. Each party shall use the other's confidential information only for the Purpose and shall protect it"))
        #expect(!text.contains("Governing LawColorado"))
    }

    @Test("cell gaps: a gap wider than 0.6 of the characters' height between two characters side by side (their middles less than a character's height apart), known by the words either side")
    func cellGapJoins() {
        // "Law" then "Colorado" 40 points to its right on the same line; "in Denver" with a space glyph between words.
        func run(_ text: String, from x: Double, top: Double = 100) -> [PDFCellGaps.Glyph] {
            text.unicodeScalars.enumerated().map { offset, character in
                PDFCellGaps.Glyph(character: character, x1: x + Double(offset) * 6, x2: x + Double(offset) * 6 + 5, top: top, bottom: top + 10)
            }
        }
        let newline = PDFCellGaps.Glyph(character: "\n", x1: 0, x2: 0, top: 0, bottom: 0)
        let glyphs = run("Governing Law", from: 72) + run("Colorado", from: 72 + 13 * 6 + 40) + [newline] + run("Courts in Denver", from: 72, top: 120)
            // A gap of 3 points between 10-point characters ("Term" and "2 years") is a word's space, not a column's.
            + [newline] + run("Term", from: 72, top: 140) + run("2 years", from: 72 + 4 * 6 + 2, top: 140)
        let joins = PDFCellGaps.joins(in: glyphs)
        #expect(joins == [PDFCellGaps.Join(left: "Governing Law", right: "Colorado")])
        #expect(PDFCellGaps.separated("Title\nGoverning LawColorado\nCourts in Denver", at: joins) == "Title\nGoverning Law\tColorado\nCourts in Denver")
        // Words not found in the page's text (a line it lacks), or too few to be sure of, leave it as it is.
        #expect(PDFCellGaps.separated("Governing Law Colorado", at: joins) == "Governing Law Colorado")
        #expect(PDFCellGaps.separated("AB", at: [PDFCellGaps.Join(left: "A", right: "B")]) == "AB")
        // A left cell's last line run into the right cell's first, a line higher and far to the right: a line break.
        let cells = run("(\"Harbourline\")", from: 72, top: 200) + run("a company in Ireland", from: 300, top: 160)
        let split = PDFCellGaps.joins(in: cells)
        #expect(split == [PDFCellGaps.Join(left: "(\"Harbourline\")", right: "a company in Ireland", separator: "\n")])
        #expect(PDFCellGaps.separated("Dublin 2\n(\"Harbourline\")a company in Ireland", at: split) == "Dublin 2\n(\"Harbourline\")\na company in Ireland")
        // A line break of poppler's between two runs side by side on one line of the page ("Party B" and its value in a table's
        // row): a tab instead.
        let row = run("Party B", from: 72) + [newline] + run("Fjord Analytics AS", from: 200)
        let beside = PDFCellGaps.joins(in: row)
        #expect(beside == [PDFCellGaps.Join(left: "Party B", right: "Fjord Analytics AS", separator: "\t", replacesLineBreak: true)])
        #expect(PDFCellGaps.separated("Key details\nParty B\nFjord Analytics AS\nPurpose", at: beside) == "Key details\nParty B\tFjord Analytics AS\nPurpose")
        // The next line starting under the last one's start is a new line.
        #expect(PDFCellGaps.joins(in: run("Party B", from: 72) + [newline] + run("Fjord Analytics AS", from: 72, top: 112)).isEmpty)
        // A superscript's small rise is no new line.
        #expect(PDFCellGaps.joins(in: run("Agreement", from: 72) + run("1", from: 72 + 9 * 6, top: 96)).isEmpty)
        // A label centred beside a value of two lines stands half a line off the first: still a cell's gap.
        let centred = run("Renewal", from: 72, top: 106) + run("Automatically renews", from: 200, top: 100)
        #expect(PDFCellGaps.joins(in: centred) == [PDFCellGaps.Join(left: "Renewal", right: "Automatically renews")])
    }

    @Test("a PDF's tables that poppler reads a column at a time come out a row a line, cells parted by tabs, as a Word table's do")
    func tableRowsInPDF() throws {
        let path = Fixtures.repository + "/Tests/AnalysisTests/Contracts/parties-table-supply-agreement.pdf"
        let text = try extractor.extract(path: path).text
        #expect(text.contains("""
            parties set out in the table below.
            Party\tDetails\tRole
            Kestrel Foods Limited\tCompany number 11223344, registered office: 4 Quay Street, Bristol BS1 4DJ\tthe "Seller"
            Ardmore Retail Group plc\tCompany number SC445566, registered office: 9 Castle Street, Edinburgh EH2 3AH\tthe "Buyer"
            Key terms
            Commencement Date\t1 April 2027
            Initial Term\tTwo (2) years from the Commencement Date, renewing for successive periods of one (1) year unless either party gives three (3) months' written notice
            Payment\tWithin thirty (30) days of the date of each invoice
            1. Supply.
            """))
        // The clauses after the tables keep their lines.
        #expect(text.contains("6. Governing law. This Agreement is governed by the law of Scotland, and the courts of Scotland\nhave exclusive"))
    }

    @Test("a table poppler reads a column at a time is put back into rows: cells joined, parted by tabs, rows where cells start level")
    func tableRows() {
        // Lines 12.8 points apart, 11-point text in boxes 14 points high; a cell's border adds half a point.
        func line(_ text: String, _ x: Double, _ top: Double) -> PDFTableRows.Line {
            let firstWord = text.prefix { $0 != " " }
            return PDFTableRows.Line(
                text: text, x1: x, x2: x + Double(text.count) * 5.5, top: top, bottom: top + 14, firstWordRight: x + Double(firstWord.count) * 5.5)
        }
        // A parties table read column by column: names, then details (three lines a cell, wrapped where the next word would
        // not fit in the cell's 133 points), then roles.
        let parties: [PDFTableRows.Line?] = [
            line("made between the parties set out in the table below.", 90, 110),
            line("Party", 90, 136), line("Rowan Tiles Limited", 90, 149.4), line("Quill & Sons plc", 90, 188.3),
            line("Details", 234, 136), line("Company number 04455667,", 234, 149.4), line("registered office: 2", 234, 162.2),
            line("Mill Lane, Leeds LS1 4AB", 234, 175), line("Company number 07788990,", 234, 188.3),
            line("registered office: 8", 234, 201.1), line("Dock Road, Hull HU1 2AA", 234, 213.9),
            line("Role", 378, 136), line("the \"Supplier\"", 378, 149.4), line("the \"Customer\"", 378, 188.3),
            line("1. Services", 90, 250),
        ]
        let tables = PDFTableRows.tables(in: parties)
        #expect(tables.map(\.rows) == [[
            "Party\tDetails\tRole",
            "Rowan Tiles Limited\tCompany number 04455667, registered office: 2 Mill Lane, Leeds LS1 4AB\tthe \"Supplier\"",
            "Quill & Sons plc\tCompany number 07788990, registered office: 8 Dock Road, Hull HU1 2AA\tthe \"Customer\"",
        ]])
        let page = parties.map { $0!.text }.joined(separator: "\n")
        #expect(PDFTableRows.rebuilt(page, tables: tables) == """
            made between the parties set out in the table below.
            Party\tDetails\tRole
            Rowan Tiles Limited\tCompany number 04455667, registered office: 2 Mill Lane, Leeds LS1 4AB\tthe "Supplier"
            Quill & Sons plc\tCompany number 07788990, registered office: 8 Dock Road, Hull HU1 2AA\tthe "Customer"
            1. Services
            """)
        // Lines not found whole in the page's text (poppler's selection lacks one) leave it as it is.
        let shorter = page.replacingOccurrences(of: "Mill Lane, Leeds LS1 4AB\n", with: "")
        #expect(PDFTableRows.rebuilt(shorter, tables: tables) == shorter)

        // A key-details table whose first two rows come label, label, value, value; the cells start half a point lower than
        // a cell's lines are apart. The next row, read as a row, ends the table.
        let details: [PDFTableRows.Line?] = [
            line("Key details", 90, 150), line("Effective Date", 90, 177.4), line("Party A", 90, 190.8),
            line("1 September 2027", 306, 177.4), line("Larch Analytics Inc., a Delaware", 306, 190.8),
            line("corporation, 12 Pine Street,", 306, 203.6), line("Boston, MA 02110", 306, 216.4),
            line("Party B", 90, 229.7),
        ]
        #expect(PDFTableRows.tables(in: details).map(\.rows) == [[
            "Effective Date\t1 September 2027",
            "Party A\tLarch Analytics Inc., a Delaware corporation, 12 Pine Street, Boston, MA 02110",
        ]])

        // A value the cell's width broke after a hyphen is one word again.
        let purpose: [PDFTableRows.Line?] = [
            line("Purpose", 90, 100), line("Term", 90, 126.1),
            line("Evaluating a variant-", 306, 100), line("calling tool", 306, 112.8), line("Two years", 306, 126.1),
        ]
        #expect(PDFTableRows.tables(in: purpose).map(\.rows) == [["Purpose\tEvaluating a variant-calling tool", "Term\tTwo years"]])

        // Figures set flush right, a row a line, and a footnote that poppler read with the first column: the footnote follows
        // the rows.
        func figure(_ text: String, right: Double, _ top: Double) -> PDFTableRows.Line {
            line(text, right - Double(text.count) * 5.5, top)
        }
        let figures: [PDFTableRows.Line?] = [
            line("Year", 90, 300), line("Loans", 90, 312.8), line("Deposits", 90, 325.6), line("(a) Unaudited.", 90, 360),
            figure("2025", right: 300, 300), figure("1,485.1", right: 300, 312.8), figure("633.6", right: 300, 325.6),
            figure("2026", right: 380, 300), figure("1,582.7", right: 380, 312.8), figure("727.8", right: 380, 325.6),
        ]
        #expect(PDFTableRows.tables(in: figures).map(\.rows) == [[
            "Year\t2025\t2026", "Loans\t1,485.1\t1,582.7", "Deposits\t633.6\t727.8", "(a) Unaudited.",
        ]])

        // Two columns of prose, which poppler rightly reads one after the other: neither column is narrow.
        let prose: [PDFTableRows.Line?] = (0..<6).map { line("The Supplier shall deliver the goods on time", 72, 100 + Double($0) * 12.8) }
            + (0..<6).map { line("and the Buyer shall pay within thirty days", 320, 100 + Double($0) * 12.8) }
        #expect(PDFTableRows.tables(in: prose).isEmpty)
        // A page number at the foot and then a running head at the top right: the columns do not start level.
        let furniture: [PDFTableRows.Line?] = [line("continues for three years.", 72, 700), line("Page 1", 72, 760), line("Confidential", 400, 40)]
        #expect(PDFTableRows.tables(in: furniture).isEmpty)
        // A table read row by row is left alone, as is a line with no box (an empty line) between columns.
        #expect(PDFTableRows.tables(in: [line("Party", 90, 136), line("Role", 378, 136), line("Rowan", 90, 149.4), line("Supplier", 378, 149.4)]).isEmpty)
        #expect(PDFTableRows.tables(in: [line("Party", 90, 136), line("Rowan", 90, 149.4), nil, line("Role", 378, 136), line("Supplier", 378, 149.4)]).isEmpty)
    }

    @Test("Markdown: read as the text it shows, tables as tab-separated cells, task boxes as ☒ and ☐; recorded as text/markdown")
    func markdown() throws {
        let source = """
            # Supplier Code of Conduct

            ## 1. Scope ##
            This **Code** applies to every supplier of [Ostrava Tooling a.s.](https://example.com/about) and its _subcontractors_.
            <span class="defined">Personal Data</span> means data about a person &amp; their household.

            | Requirement | Owner | Due |
            |:---|:---:|---:|
            | Annual audit | Procurement \\| Legal | 31 March |
            | Training | HR | `Q2` |

            - [x] Signed acknowledgement received
            - [ ] Exception granted
            - Suppliers keep records for *five* years.

            > Questions go to compliance@example.com.

            ---
            ```
            **kept as written**
            ```
            Signature: ______________________
            """
        let path = try fixtures.write("supplier-code.md", Data(source.utf8))
        let document = try extractor.extract(path: path)
        #expect(document.mimeType == "text/markdown")
        #expect(try extractor.sniff(path: path).mimeType == "text/markdown")
        #expect(document.text == """
            Supplier Code of Conduct

            1. Scope
            This Code applies to every supplier of Ostrava Tooling a.s. and its subcontractors.
            Personal Data means data about a person & their household.

            Requirement\tOwner\tDue
            Annual audit\tProcurement | Legal\t31 March
            Training\tHR\tQ2

            ☒ Signed acknowledgement received
            ☐ Exception granted
            Suppliers keep records for five years.

            Questions go to compliance@example.com.

            **kept as written**
            Signature: ______________________
            """)
        // Plain text with a stray mark or two is left as written: a filing's "[***]", a blank line to sign on, one heading.
        let plain = "# 1 PURPOSE\nThe price is [***] per unit, payable under Section 2.\nBy: __________ *Initials*\n"
        let plainPath = try fixtures.write("plain.txt", Data(plain.utf8))
        let read = try extractor.extract(path: plainPath)
        #expect(read.text == plain)
        #expect(read.mimeType == "text/plain")
        // Bold alone, four spans of it, is Markdown; a filing's redactions, however many, are not bold.
        let bold = "**MUTUAL NON-DISCLOSURE AGREEMENT**\nThis Agreement (the \"**Agreement**\") is made as of **April 14, 2026** by **Quantum Leaf Labs, Inc.** (\"**QLL**\").\n"
        let boldRead = try extractor.extract(path: try fixtures.write("bold.txt", Data(bold.utf8)))
        #expect(boldRead.mimeType == "text/markdown")
        #expect(boldRead.text.hasPrefix("MUTUAL NON-DISCLOSURE AGREEMENT\nThis Agreement (the \"Agreement\") is made as of April 14, 2026 by Quantum Leaf Labs, Inc. (\"QLL\")."))
        let redacted = "SUPPLY AGREEMENT\nThe price is $[**] ([**]) per unit for [**] units, and [**] dollars ($[**]) per hour; see Exhibit [**].\n"
        let redactedRead = try extractor.extract(path: try fixtures.write("redacted.txt", Data(redacted.utf8)))
        #expect(redactedRead.mimeType == "text/plain")
        #expect(redactedRead.text == redacted)
    }

    @Test("text that libmagic mistakes for another format (HP-GL) is still read as text")
    func textByContent() throws {
        let path = try fixtures.write("sponsorship.txt", Data("SPONSORSHIP AGREEMENT\nThis agreement is made this 1st day of May.".utf8))
        let document = try extractor.extract(path: path)
        #expect(document.text.hasPrefix("SPONSORSHIP AGREEMENT"))
        #expect(document.mimeType.hasPrefix("text/"))
    }

    @Test("legacy formats fail with advice to save as DOCX or PDF")
    func legacy() throws {
        let rtf = try fixtures.write("old.rtf", Data("{\\rtf1\\ansi Hello}".utf8))
        #expect {
            try extractor.extract(path: rtf)
        } throws: { error in
            (error as? ExtractionError)?.reason == "unsupported format: RTF; save as DOCX or PDF"
        }
    }

    @Test("legacy Word (OLE2) and OpenDocument text are refused with advice; Markdown is read as text")
    func otherFormats() throws {
        var ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        ole.append(Data(count: 4_088))
        let doc = try fixtures.write("old.doc", ole)
        #expect { try extractor.extract(path: doc) } throws: { error in
            let reason = (error as? ExtractionError)?.reason ?? ""
            return reason.hasPrefix("unsupported format") && reason.hasSuffix("save as DOCX or PDF")
        }
        let odt = try fixtures.zip("minutes.odt", [
            "mimetype": Data("application/vnd.oasis.opendocument.text".utf8), "content.xml": Data("<office:document-content/>".utf8),
        ])
        #expect { try extractor.extract(path: odt) } throws: { error in
            (error as? ExtractionError)?.reason == "unsupported format: OpenDocument text; save as DOCX or PDF"
        }
        let markdown = try fixtures.write("terms.md", Data("# Terms\n\n- **Payment** within 30 days\n".utf8))
        let document = try extractor.extract(path: markdown)
        #expect(document.text == "Terms\n\nPayment within 30 days\n")
        #expect(document.mimeType == "text/markdown")
    }

    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256Digest.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256Digest.hex(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var chunked = SHA256Digest()
        for byte in Data(repeating: 0x61, count: 1_000) { chunked.update(Data([byte])) }
        #expect(chunked.finalizeHex() == SHA256Digest.hex(of: Data(repeating: 0x61, count: 1_000)))
    }
}

@Suite("Extracted document")
struct ExtractedDocumentTests {
    @Test("the opening and the character count are those of the joined text, without joining every page")
    func openingAndCount() {
        let pages = [
            "Cafe\u{301} contract\r\nline two", "", "👩‍👩‍👧 family 🇫🇷 flag", String(repeating: "clause ", count: 600), "e\u{301}\u{301}", "\u{301}starts with a combining mark",
            "last page",
        ]
        for count in 0...pages.count {
            let document = ExtractedDocument(mimeType: "application/pdf", pageTexts: Array(pages.prefix(count)))
            #expect(document.characterCount == document.text.count)
            for length in [0, 1, 5, 30, 31, 32, 33, 50, 3_000, 10_000] {
                #expect(document.opening(length) == String(document.text.prefix(length)), "\(count) pages, \(length)")
            }
        }
    }

    @Test("the opening counts a run of spaces or tabs as one space, so padding cannot push the title out")
    func openingWithoutPadding() {
        let document = ExtractedDocument(
            mimeType: "application/pdf", pageTexts: ["EXHIBIT 10.1" + String(repeating: " ", count: 5_000) + "\n\nSUPPLY \t AGREEMENT", "page two"])
        #expect(document.opening(3_000) == "EXHIBIT 10.1 \n\nSUPPLY AGREEMENT\u{0C}page two")
        #expect(document.opening(14) == "EXHIBIT 10.1 \n")
    }
}
