import Foundation
import OptiMindCore
import Testing

@testable import Extraction

@Suite("DOCX extraction")
struct DOCXExtractionTests {
    let fixtures: Fixtures
    let extractor: DocumentExtractor

    init() throws {
        fixtures = try Fixtures()
        extractor = try DocumentExtractor()
    }

    func paragraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }

    @Test("paragraphs, tabs and breaks; tables as tab-separated rows")
    func bodyAndTables() throws {
        let body = paragraph("Services Agreement")
            + "<w:p><w:r><w:t>Fee</w:t><w:tab/><w:t>USD 100</w:t><w:br/><w:t>per month</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc>\(paragraph("Party"))</w:tc><w:tc>\(paragraph("Role"))</w:tc></w:tr>"
            + "<w:tr><w:tc>\(paragraph("Acme Inc."))</w:tc><w:tc>\(paragraph("Supplier"))\(paragraph("(seller)"))</w:tc></w:tr></w:tbl>"
            + paragraph("After the table")
        let path = try fixtures.docx("table.docx", body: body)
        let document = try extractor.extract(path: path)
        #expect(document.mimeType == DocumentFormat.docxMime)
        #expect(document.text == "Services Agreement\nFee\tUSD 100\nper month\nParty\tRole\nAcme Inc.\tSupplier (seller)\nAfter the table")
        #expect(document.pages == 1)
    }

    @Test("tracked changes: insertions kept, deletions dropped, and flagged")
    func trackedChanges() throws {
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">Liability is capped at </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"Counsel\"><w:r><w:delText>USD 1,000</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"Counsel\"><w:r><w:t>USD 5,000</w:t></w:r></w:ins></w:p>"
        let document = try extractor.extract(path: try fixtures.docx("redline.docx", body: body))
        #expect(document.text == "Liability is capped at USD 5,000")
        #expect(document.hasTrackedChanges)
        #expect(document.warnings.contains { $0.hasPrefix("tracked changes") })
    }

    @Test("field results are kept and field codes dropped")
    func fields() throws {
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">See page </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText> PAGEREF _Toc123 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        #expect(try extractor.extract(path: try fixtures.docx("fields.docx", body: body)).text == "See page 7")
    }

    @Test("a legacy form's tick boxes (FORMCHECKBOX fields) read as the boxes Word shows: ticked, or empty")
    func formCheckBoxes() throws {
        func box(_ state: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check1\"/><w:checkBox><w:sizeAuto/>\(state)</w:checkBox></w:ffData></w:fldChar></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        func option(_ state: String, _ words: String) -> String { box(state) + "<w:r><w:t xml:space=\"preserve\"> \(words)</w:t></w:r>" }
        let body = "<w:p>" + option("<w:checked/>", "Fixed term") + option("<w:default w:val=\"0\"/>", "Month-to-month") + "</w:p>"
            + "<w:p>" + option("<w:default w:val=\"1\"/><w:checked w:val=\"0\"/>", "Pets allowed") + option("<w:default w:val=\"1\"/>", "No pets") + "</w:p>"
        #expect(try extractor.extract(path: try fixtures.docx("boxes.docx", body: body)).text == "☒ Fixed term☐ Month-to-month\n☐ Pets allowed☒ No pets")
    }

    @Test("tick boxes drawn with Wingdings symbols (w:sym) read as the boxes they show; other symbols add nothing")
    func wingdingsBoxes() throws {
        func sym(_ font: String, _ code: String) -> String { "<w:r><w:sym w:font=\"\(font)\" w:char=\"\(code)\"/></w:r>" }
        func words(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\"> \(text)</w:t></w:r>" }
        let body = "<w:p>" + sym("Wingdings", "F0FE") + words("Fixed term") + "</w:p><w:p>" + sym("Wingdings", "F0A8") + words("Month-to-month") + "</w:p>"
            + "<w:p>" + sym("Wingdings", "00FD") + words("No pets") + sym("Wingdings", "F04A") + sym("Symbol", "F0B7") + "</w:p>"
        #expect(try extractor.extract(path: try fixtures.docx("wingdings.docx", body: body)).text == "☑ Fixed term\n☐ Month-to-month\n☒ No pets")
    }

    @Test("a text box written twice (Choice and Fallback) is read once")
    func textBoxOnce() throws {
        let box = "<w:txbxContent>\(paragraph("Boxed clause"))</w:txbxContent>"
        let body = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><wps:txbx>\(box)</wps:txbx></mc:Choice>"
            + "<mc:Fallback><v:textbox>\(box)</v:textbox></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        let text = try extractor.extract(path: try fixtures.docx("box.docx", body: body)).text
        #expect(text.components(separatedBy: "Boxed clause").count == 2)
    }

    @Test("footnotes, headers and footers are read; comments are kept apart and marked")
    func otherParts() throws {
        let w = Fixtures.w
        let parts = [
            "word/footnotes.xml": "<w:footnotes xmlns:w=\"\(w)\"><w:footnote w:type=\"separator\" w:id=\"-1\">\(paragraph("----"))</w:footnote><w:footnote w:id=\"1\">\(paragraph("A footnote"))</w:footnote></w:footnotes>",
            "word/header1.xml": "<w:hdr xmlns:w=\"\(w)\">\(paragraph("CONFIDENTIAL"))</w:hdr>",
            "word/footer1.xml": "<w:ftr xmlns:w=\"\(w)\">\(paragraph("Page footer"))</w:ftr>",
            "word/comments.xml": "<w:comments xmlns:w=\"\(w)\"><w:comment w:id=\"0\" w:author=\"Ana\">\(paragraph("Check this cap"))</w:comment></w:comments>",
        ]
        let document = try extractor.extract(path: try fixtures.docx("parts.docx", body: paragraph("Body"), parts: parts))
        #expect(document.text == "Body\nA footnote\nCONFIDENTIAL\nPage footer")
        #expect(document.comments == ["[comment by Ana] Check this cap"])
        #expect(!document.text.contains("Check this cap"))
    }

    @Test("list items keep their text, one item a line")
    func lists() throws {
        let item = { (text: String) in
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let path = try fixtures.docx("list.docx", body: paragraph("Obligations:") + item("Pay on time") + item("Keep records"))
        #expect(try extractor.extract(path: path).text == "Obligations:\nPay on time\nKeep records")
    }

    @Test("numbered paragraphs start with the number Word draws: multilevel clause numbers, a heading style's list, a restarted list; bullets get none")
    func listNumbers() throws {
        let w = Fixtures.w
        func item(_ text: String, numId: String? = nil, level: Int? = nil, style: String? = nil) -> String {
            var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
            if let numId {
                properties += "<w:numPr>" + (level.map { "<w:ilvl w:val=\"\($0)\"/>" } ?? "") + "<w:numId w:val=\"\(numId)\"/></w:numPr>"
            }
            return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let numbering = """
            <w:numbering xmlns:w="\(w)">
            <w:abstractNum w:abstractNumId="10">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="11"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="12"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="12"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
            </w:numbering>
            """
        let styles = """
            <w:styles xmlns:w="\(w)"><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="ClauseHeading"><w:basedOn w:val="Heading1"/></w:style></w:styles>
            """
        let body = item("Services", style: "Heading1") + item("The Supplier shall:", numId: "1", level: 1)
            + item("act with care;", numId: "1", level: 2) + item("comply with law.", numId: "1", level: 2)
            + item("Payment", style: "ClauseHeading") + item("Pay within 30 days.", numId: "1", level: 1)
            + item("A bullet", numId: "2", level: 0) + item("Not numbered", numId: "0") + item("Fourth", numId: "3", level: 0)
        let path = try fixtures.docx("numbered.docx", body: body, parts: ["word/numbering.xml": numbering, "word/styles.xml": styles])
        #expect(try extractor.extract(path: path).text == """
            1. Services
            1.1 The Supplier shall:
            (a) act with care;
            (b) comply with law.
            2. Payment
            2.1 Pay within 30 days.
            A bullet
            Not numbered
            IV. Fourth
            """)
        #expect(ListNumbering.format(2024, as: "upperRoman") == "MMXXIV")
        #expect(ListNumbering.format(28, as: "lowerLetter") == "bb")
        #expect(ListNumbering.format(7, as: "decimalZero") == "07")
    }

    @Test("strict OOXML namespace reads like transitional")
    func strictNamespace() throws {
        let path = try fixtures.docx("strict.docx", body: paragraph("Strict body"), namespace: "http://purl.oclc.org/ooxml/wordprocessingml/main")
        #expect(try extractor.extract(path: path).text == "Strict body")
    }

    @Test("an external entity is never resolved")
    func externalEntity() throws {
        let document = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\
            <w:document xmlns:w="\(Fixtures.w)"><w:body><w:p><w:r><w:t>before &xxe; after</w:t></w:r></w:p></w:body></w:document>
            """
        let path = try fixtures.zip("xxe.docx", ["word/document.xml": Data(document.utf8)])
        do {
            let text = try extractor.extract(path: path).text
            #expect(!text.contains("root:"))
        } catch let error as ExtractionError {
            #expect(error.reason.hasPrefix("damaged DOCX"))
        }
    }

    @Test("a zip bomb stops at the inflate limit, counted on bytes actually inflated")
    func zipBomb() throws {
        var limits = ExtractionLimits()
        limits.maxInflatedBytes = 1 << 20
        let bomb = Data(repeating: 0x20, count: 8 << 20)
        let path = try fixtures.zip("bomb.docx", ["word/document.xml": bomb])
        #expect(throws: ExtractionError.self) { try DocumentExtractor(limits: limits).extract(path: path) }
        do {
            _ = try DocumentExtractor(limits: limits).extract(path: path)
        } catch let error as ExtractionError {
            #expect(error.reason.contains("inflates to more than 1 MiB"))
            #expect(error.file == path)
        }
    }

    @Test("a truncated DOCX fails with a clear reason")
    func truncated() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample("employment-agreement.docx")))
        let path = try fixtures.write("cut.docx", whole.prefix(whole.count / 2))
        #expect {
            try extractor.extract(path: path)
        } throws: { error in
            (error as? ExtractionError)?.reason.hasPrefix("damaged DOCX") == true
        }
    }

    @Test("the generated employment agreement reads body and header")
    func sampleDocx() throws {
        let document = try extractor.extract(path: Fixtures.sample("employment-agreement.docx"))
        #expect(document.text.hasPrefix("EMPLOYMENT AGREEMENT\n"))
        #expect(document.text.contains("base salary of USD 96,000 per year"))
        #expect(document.text.contains("(sample generated by optimind)"))
    }
}

@Suite("Hostile files")
struct HostileFileTests {
    let fixtures: Fixtures
    let extractor: DocumentExtractor

    init() throws {
        fixtures = try Fixtures()
        extractor = try DocumentExtractor()
    }

    @Test("entity expansion (billion laughs) in a part is never expanded, and memory stays small")
    func billionLaughs() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let document = """
            <?xml version="1.0"?><!DOCTYPE w:document [\(entities)]>\
            <w:document xmlns:w="\(Fixtures.w)"><w:body><w:p><w:r><w:t>start &lol9; end</w:t></w:r></w:p></w:body></w:document>
            """
        let path = try fixtures.zip("laughs.docx", ["word/document.xml": Data(document.utf8)])
        do {
            let text = try extractor.extract(path: path).text
            #expect(text.count < 1_000)
            #expect(!text.contains("lollollol"))
        } catch let error as ExtractionError {
            #expect(error.reason.hasPrefix("damaged DOCX"))
        }
    }

    @Test("external entities in headers and comments are not fetched either")
    func externalEntityInOtherParts() throws {
        let secret = fixtures.folder + "/secret.txt"
        try Data("TOP-SECRET-CONTENT".utf8).write(to: URL(fileURLWithPath: secret))
        let hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"file://\(secret)\">]>"
        let parts = [
            "word/header1.xml": hostile + "<w:hdr xmlns:w=\"\(Fixtures.w)\"><w:p><w:r><w:t>h &s;</w:t></w:r></w:p></w:hdr>",
            "word/comments.xml": hostile + "<w:comments xmlns:w=\"\(Fixtures.w)\"><w:comment w:id=\"1\"><w:p><w:r><w:t>c &s;</w:t></w:r></w:p></w:comment></w:comments>",
        ]
        let path = try fixtures.docx("xxe-parts.docx", body: "<w:p><w:r><w:t>Body</w:t></w:r></w:p>", parts: parts)
        let document = try extractor.extract(path: path)
        #expect(!document.text.contains("TOP-SECRET"))
        #expect(!document.comments.joined().contains("TOP-SECRET"))
        #expect(document.text.hasPrefix("Body"))
    }

    @Test("deep nesting fails fast with a clear reason")
    func deepNesting() throws {
        let depth = 100_000
        let body = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
        let path = try fixtures.docx("deep.docx", body: body)
        let started = Date()
        #expect {
            try extractor.extract(path: path)
        } throws: { error in
            (error as? ExtractionError)?.reason == "damaged DOCX: word/document.xml is not well-formed XML"
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test("zip-slip entry names are never written anywhere; the document still reads")
    func zipSlip() throws {
        let target = "/tmp/optimind-zip-slip-\(UUID().uuidString).txt"
        let document = "<w:document xmlns:w=\"\(Fixtures.w)\"><w:body><w:p><w:r><w:t>Slip test</w:t></w:r></w:p></w:body></w:document>"
        let path = try fixtures.zip("slip.docx", [
            "word/document.xml": Data(document.utf8), "../../../../..\(target)": Data("owned".utf8), "/etc/optimind-owned": Data("owned".utf8),
        ])
        #expect(try extractor.extract(path: path).text == "Slip test")
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(!FileManager.default.fileExists(atPath: "/etc/optimind-owned"))
    }

    @Test("too many zip entries, too many pages and too large a file each fail fast with the limit named")
    func limits() throws {
        var entries: [String: Data] = ["word/document.xml": Data("<w:document xmlns:w=\"\(Fixtures.w)\"/>".utf8)]
        for index in 0..<60 { entries["junk/\(index)"] = Data() }
        var small = ExtractionLimits()
        small.maxZipEntries = 50
        let many = try fixtures.zip("many.docx", entries)
        #expect { try DocumentExtractor(limits: small).extract(path: many) } throws: {
            ($0 as? ExtractionError)?.reason == "too large: more than 50 zip entries"
        }
        var onePage = ExtractionLimits()
        onePage.maxPages = 1
        #expect { try DocumentExtractor(limits: onePage).extract(path: Fixtures.sample("privacy-notice.pdf")) } throws: {
            ($0 as? ExtractionError)?.reason == "too large: 2 pages, the limit is 1"
        }
        var tiny = ExtractionLimits()
        tiny.maxFileBytes = 1_000
        #expect { try DocumentExtractor(limits: tiny).extract(path: Fixtures.sample("privacy-notice.pdf")) } throws: {
            ($0 as? ExtractionError)?.reason.hasPrefix("too large: ") == true
        }
    }

    @Test("a header that lies about sizes does not get past the inflate limit")
    func lyingHeader() throws {
        var limits = ExtractionLimits()
        limits.maxInflatedBytes = 64 << 10
        let big = Data(repeating: 0x41, count: 4 << 20)
        let path = try fixtures.zip("liar.docx", ["word/document.xml": big])
        // Rewrite the uncompressed size in both headers to claim 100 bytes.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        func patch(signature: [UInt8], sizeOffset: Int) {
            var index = 0
            while let range = bytes[index...].firstRange(of: Data(signature)) {
                let at = range.lowerBound + sizeOffset
                bytes.replaceSubrange(at..<at + 4, with: [100, 0, 0, 0])
                index = range.upperBound
            }
        }
        patch(signature: [0x50, 0x4B, 0x03, 0x04], sizeOffset: 22)
        patch(signature: [0x50, 0x4B, 0x01, 0x02], sizeOffset: 24)
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: ExtractionError.self) { try DocumentExtractor(limits: limits).extract(path: path) }
    }
}
