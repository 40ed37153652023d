import OptiMindCore
import CLibXML2
import Foundation
import ZIPFoundation

/// Reads the text of a Word document: the body, with the numbers Word draws before numbered paragraphs, then
/// footnotes, endnotes, headers and footers; comments apart. Tracked insertions are kept and deletions dropped; field results are kept and
/// field codes dropped.
///
/// The zip is never extracted to disk, and what is actually inflated is counted (a header may lie
/// about sizes), so a zip bomb stops at the configured limit.
struct DOCXTextExtractor {
    let limits: ExtractionLimits

    struct Result {
        var text: String
        var comments: [String]
        var hasTrackedChanges: Bool
        var warnings: [String]
    }

    func extract(path: String) throws -> Result {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ExtractionError(file: path, reason: "damaged DOCX: the zip archive cannot be read (truncated or corrupt)")
        }
        var names: [String] = []
        for entry in archive {
            names.append(entry.path)
            if names.count > limits.maxZipEntries {
                throw ExtractionError.tooLarge(path, "more than \(limits.maxZipEntries) zip entries")
            }
        }
        var inflated = 0
        func read(_ name: String) throws -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    inflated += chunk.count
                    if inflated > limits.maxInflatedBytes { throw InflateLimitReached() }
                    data.append(chunk)
                }
            } catch is InflateLimitReached {
                throw ExtractionError.tooLarge(
                    path, "inflates to more than \(limits.maxInflatedBytes >> 20) MiB (a zip bomb?)")
            } catch {
                throw ExtractionError(file: path, reason: "damaged DOCX: cannot inflate \(name)")
            }
            return data
        }

        guard let body = try read("word/document.xml") ?? mainPartName(names).flatMap({ try read($0) }) else {
            throw ExtractionError(file: path, reason: "damaged DOCX: no word/document.xml")
        }
        var warnings: [String] = []
        var walker = WordprocessingWalker()
        // The clause numbers Word draws (1., 1.1, (a)), which are not in the text runs.
        walker.numbering = ListNumbering(numbering: try read("word/numbering.xml"), styles: try read("word/styles.xml"))
        guard walker.walk(xml: body) else {
            throw ExtractionError(file: path, reason: "damaged DOCX: word/document.xml is not well-formed XML")
        }
        walker.numbering = nil
        let extras =
            ["word/footnotes.xml", "word/endnotes.xml"]
            + names.filter { $0.hasPrefix("word/header") && $0.hasSuffix(".xml") }.sorted()
            + names.filter { $0.hasPrefix("word/footer") && $0.hasSuffix(".xml") }.sorted()
        for name in extras {
            guard let data = try read(name) else { continue }
            walker.text += walker.text.hasSuffix("\n") || walker.text.isEmpty ? "" : "\n"
            if !walker.walk(xml: data) { warnings.append("\(name) is not well-formed XML and was skipped") }
        }
        var comments: [String] = []
        if let data = try read("word/comments.xml") {
            var commentWalker = WordprocessingWalker()
            commentWalker.separateComments = true
            if commentWalker.walk(xml: data) {
                comments = commentWalker.comments
            } else {
                warnings.append("word/comments.xml is not well-formed XML and was skipped")
            }
        }
        if walker.text.count > limits.maxTextCharacters {
            throw ExtractionError.tooLarge(path, "more than \(limits.maxTextCharacters) characters of text")
        }
        return Result(
            text: walker.text.trimmingCharacters(in: .whitespacesAndNewlines), comments: comments,
            hasTrackedChanges: walker.sawTrackedChanges, warnings: warnings)
    }

    /// Strict or unusual packages may name the main part differently.
    private func mainPartName(_ names: [String]) -> String? {
        names.first { $0.hasPrefix("word/") && $0.hasSuffix(".xml") && $0.contains("document") }
    }

    private struct InflateLimitReached: Error {}
}

/// Walks WordprocessingML (transitional or strict: only local names are compared) and collects text.
struct WordprocessingWalker {
    var text = ""
    var comments: [String] = []
    var separateComments = false
    var sawTrackedChanges = false
    /// The document's list numbering, whose labels start the paragraphs they number.
    var numbering: ListNumbering?
    private var cellDepth = 0

    /// Parses one part; false when it is not well-formed.
    mutating func walk(xml: Data) -> Bool {
        guard let document = WordXML.parse(xml) else { return false }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return false }
        visit(root)
        return true
    }

    private mutating func visit(_ node: xmlNodePtr) {
        var child: xmlNodePtr? = node
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { element(current) }
            child = current.pointee.next
        }
    }

    private mutating func children(_ node: xmlNodePtr) {
        if let first = node.pointee.children { visit(first) }
    }

    private mutating func element(_ node: xmlNodePtr) {
        let name = String(cString: node.pointee.name)
        switch name {
        case "t":
            text += content(node)
        case "delText", "instrText", "fldData", "footnoteReference", "endnoteReference", "commentReference":
            return
        case "del", "moveFrom":
            sawTrackedChanges = true
        case "ins", "moveTo":
            sawTrackedChanges = true
            children(node)
        case "tab", "ptab":
            if node.pointee.parent.map({ String(cString: $0.pointee.name) }) != "tabs" { text += "\t" }
        case "br", "cr":
            text += cellDepth > 0 ? " " : "\n"
        case "noBreakHyphen":
            text += "-"
        case "sym":
            // A symbol from a symbol font, as Word's Insert Symbol writes one: the tick boxes a form draws with Wingdings.
            if let box = Self.wingdingsBox(font: attribute(node, "font"), character: attribute(node, "char")) { text += box }
        case "fldChar":
            // A legacy form's tick box (a FORMCHECKBOX field) draws no text: its state, as the box Word shows.
            if let ticked = Self.checkBoxState(node) { text += ticked ? "☒" : "☐" }
        case "Fallback":
            // mc:AlternateContent repeats a text box in Choice and Fallback: read it once.
            return
        case "footnote", "endnote":
            let kind = attribute(node, "type")
            if kind == "separator" || kind == "continuationSeparator" || kind == "continuationNotice" { return }
            children(node)
        case "comment" where separateComments:
            var inner = WordprocessingWalker()
            inner.children(node)
            let author = attribute(node, "author").map { "[comment by \($0)] " } ?? "[comment] "
            let body = inner.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !body.isEmpty { comments.append(author + body) }
        case "p":
            if numbering != nil, let label = numbering?.label(of: node) { text += label + " " }
            children(node)
            if cellDepth > 0 {
                if !text.hasSuffix(" ") && !text.hasSuffix("\t") { text += " " }
            } else {
                text += "\n"
            }
        case "tc":
            cellDepth += 1
            children(node)
            cellDepth -= 1
            while text.hasSuffix(" ") { text.removeLast() }
            text += "\t"
        case "tr":
            children(node)
            if text.hasSuffix("\t") { text.removeLast() }
            text += cellDepth > 0 ? " " : "\n"
        default:
            children(node)
        }
    }

    /// A FORMCHECKBOX field's state, from the `w:ffData` of the field's start (`w:checked` when present, else `w:default`);
    /// nil for any other field.
    static func checkBoxState(_ fieldChar: xmlNodePtr) -> Bool? {
        func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
            var current = node.pointee.children
            while let element = current {
                if element.pointee.type == XML_ELEMENT_NODE, String(cString: element.pointee.name) == name { return element }
                current = element.pointee.next
            }
            return nil
        }
        guard let data = child(fieldChar, "ffData"), let box = child(data, "checkBox") else { return nil }
        func isOn(_ node: xmlNodePtr, absent: Bool) -> Bool {
            guard let value = WordXML.attribute(node, "val") else { return absent }
            return ["1", "true", "on"].contains(value.lowercased())
        }
        if let checked = child(box, "checked") { return isOn(checked, absent: true) }
        if let initial = child(box, "default") { return isOn(initial, absent: false) }
        return false
    }

    /// The text children of a node only: an entity reference is never expanded, so a "billion
    /// laughs" part cannot grow in memory here (libxml2 does not substitute entities without NOENT).
    private func content(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE, let raw = current.pointee.content {
                text += String(cString: raw)
            }
            child = current.pointee.next
        }
        return text
    }

    private func attribute(_ node: xmlNodePtr, _ localName: String) -> String? { WordXML.attribute(node, localName) }

    /// Wingdings' tick boxes as the boxes they draw: 0xA8 an empty box, 0xFD a box with an X, 0xFE a box with a check (the
    /// Wingdings table of alanwood.net/demos/wingdings.html maps them to U+25FB, U+2612 and U+2611; the empty one is written ☐,
    /// the box `FormBoxes` reads). Word writes the character with 0xF000 added ("F0FE") or without it ("00FE").
    static func wingdingsBox(font: String?, character: String?) -> String? {
        guard let font, font.lowercased() == "wingdings", let character, let code = UInt32(character, radix: 16) else { return nil }
        switch code >= 0xF000 ? code - 0xF000 : code {
        case 0xA8: return "☐"
        case 0xFD: return "☒"
        case 0xFE: return "☑"
        default: return nil
        }
    }
}

/// How every part of a Word package is parsed, and its attributes read (local names only).
enum WordXML {
    /// The parsed part, or nil when it is not well-formed. Never NOENT, DTDLOAD or HUGE: no entity expansion, no
    /// external access, libxml2's own size caps. The caller frees it.
    static func parse(_ data: Data) -> xmlDocPtr? {
        optimind_xml_silence_errors()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        return data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlReadMemory(base, Int32(clamping: raw.count), "part.xml", nil, options)
        }
    }

    static func attribute(_ node: xmlNodePtr, _ localName: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if String(cString: current.pointee.name) == localName, let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                defer { optimind_xml_free(value) }
                return String(cString: value)
            }
            property = current.pointee.next
        }
        return nil
    }
}
