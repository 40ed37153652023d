import CLibXML2
import Foundation
import OptiMindCore

/// Word's automatic list numbering, as a reader of the document sees it: the label ("1.", "2.1", "(a)", "iv.") each
/// numbered paragraph shows, from word/numbering.xml and the numbering paragraph styles carry (word/styles.xml: a
/// law firm's "Heading 2" is often level 2 of a multilevel list). Contracts number their clauses this way, and a
/// text without the numbers loses "1.1" and every heading's number that cross-references point to. Bullets and
/// formats that are not numbers get no label.
struct ListNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// "Legal" numbering: every level's number in decimal ("1.1.1" under a roman first level).
        var legal = false
    }

    private var levels: [String: [Int: Level]] = [:]  // abstractNumId -> ilvl -> level
    private var abstractOf: [String: String] = [:]  // numId -> abstractNumId
    private var overrides: [String: [Int: Int]] = [:]  // numId -> ilvl -> start
    private var styleLevel: [String: [String: Int]] = [:]  // abstractNumId -> pStyle -> ilvl
    private var styles: [String: (numId: String?, ilvl: Int?, basedOn: String?)] = [:]
    private var counters: [String: [Int: Int]] = [:]

    /// Nil when the document defines no numbering, or its numbering part is not well-formed.
    init?(numbering: Data?, styles stylesXML: Data?) {
        guard let numbering, let root = Self.parse(numbering) else { return nil }
        defer { xmlFreeDoc(root.document) }
        for node in Self.elements(root.node) {
            switch Self.name(node) {
            case "abstractNum":
                guard let id = Self.attribute(node, "abstractNumId") else { continue }
                for lvl in Self.elements(node) where Self.name(lvl) == "lvl" {
                    guard let ilvl = Self.attribute(lvl, "ilvl").flatMap(Int.init) else { continue }
                    var level = Level()
                    for part in Self.elements(lvl) {
                        let value = Self.attribute(part, "val")
                        switch Self.name(part) {
                        case "start": level.start = value.flatMap(Int.init) ?? 1
                        case "numFmt": level.format = value ?? "decimal"
                        case "lvlText": level.text = value ?? ""
                        case "isLgl": level.legal = value != "0" && value != "false"
                        case "pStyle": if let value { styleLevel[id, default: [:]][value] = ilvl }
                        default: break
                        }
                    }
                    levels[id, default: [:]][ilvl] = level
                }
            case "num":
                guard let id = Self.attribute(node, "numId") else { continue }
                for part in Self.elements(node) {
                    if Self.name(part) == "abstractNumId", let value = Self.attribute(part, "val") { abstractOf[id] = value }
                    if Self.name(part) == "lvlOverride", let ilvl = Self.attribute(part, "ilvl").flatMap(Int.init),
                        let start = Self.elements(part).first(where: { Self.name($0) == "startOverride" }).flatMap({ Self.attribute($0, "val") }).flatMap(Int.init)
                    {
                        overrides[id, default: [:]][ilvl] = start
                    }
                }
            default:
                break
            }
        }
        guard !abstractOf.isEmpty else { return nil }
        if let stylesXML, let root = Self.parse(stylesXML) {
            defer { xmlFreeDoc(root.document) }
            for style in Self.elements(root.node) where Self.name(style) == "style" {
                guard let id = Self.attribute(style, "styleId") else { continue }
                var entry: (numId: String?, ilvl: Int?, basedOn: String?) = (nil, nil, nil)
                for part in Self.elements(style) {
                    if Self.name(part) == "basedOn" { entry.basedOn = Self.attribute(part, "val") }
                    if Self.name(part) == "pPr", let numPr = Self.elements(part).first(where: { Self.name($0) == "numPr" }) {
                        let found = Self.numPr(numPr)
                        entry.numId = found.numId
                        entry.ilvl = found.ilvl
                    }
                }
                styles[id] = entry
            }
        }
    }

    /// The label of a paragraph (a `w:p` element), counting it; nil when it is not numbered or shows no number.
    mutating func label(of paragraph: xmlNodePtr) -> String? {
        guard let pPr = Self.elements(paragraph).first(where: { Self.name($0) == "pPr" }) else { return nil }
        var numId: String?
        var ilvl: Int?
        var style: String?
        for part in Self.elements(pPr) {
            if Self.name(part) == "numPr" { (numId, ilvl) = Self.numPr(part) }
            if Self.name(part) == "pStyle" { style = Self.attribute(part, "val") }
        }
        // Numbering a paragraph's style gives it, through the styles it is based on.
        var fromStyle: String?
        if numId == nil, var current = style {
            for _ in 0..<10 {
                guard let entry = styles[current] else { break }
                if let styleNumId = entry.numId {
                    numId = styleNumId
                    ilvl = ilvl ?? entry.ilvl
                    fromStyle = current
                    break
                }
                guard let next = entry.basedOn else { break }
                current = next
            }
        }
        guard let numId, numId != "0", let abstract = abstractOf[numId], let defined = levels[abstract] else { return nil }
        let level = ilvl ?? fromStyle.flatMap { styleLevel[abstract]?[$0] } ?? style.flatMap { styleLevel[abstract]?[$0] } ?? 0
        guard let current = defined[level] else { return nil }
        // A list restarted by its own instance counts apart; others share their definition's counters, as Word does.
        let key = overrides[numId] == nil ? "a" + abstract : "n" + numId
        let restarts = overrides[numId] ?? [:]
        let start = { (ilvl: Int) in restarts[ilvl] ?? defined[ilvl]?.start ?? 1 }
        var counts = counters[key] ?? [:]
        counts[level] = (counts[level] ?? start(level) - 1) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[key] = counts
        guard Self.numbers(current.format) else { return nil }
        var label = current.text
        for index in (0...8).reversed() where label.contains("%\(index + 1)") {
            let value = counts[index] ?? start(index)
            let format = current.legal ? "decimal" : defined[index]?.format ?? "decimal"
            label = label.replacingOccurrences(of: "%\(index + 1)", with: Self.format(value, as: format))
        }
        label = label.trimmingCharacters(in: .whitespaces)
        return label.isEmpty ? nil : label
    }

    /// Whether a level's format shows a number (not a bullet, nothing, or a picture).
    private static func numbers(_ format: String) -> Bool {
        !["bullet", "none", ""].contains(format)
    }

    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "decimalZero": return value < 10 ? "0\(value)" : String(value)
        case "lowerLetter": return letters(value)
        case "upperLetter": return letters(value).uppercased()
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        default: return String(value)
        }
    }

    /// Word's letters: a..z, then aa..zz, then aaa...
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, numeral) in table {
            while rest >= amount {
                result += numeral
                rest -= amount
            }
        }
        return result
    }

    private static func numPr(_ node: xmlNodePtr) -> (numId: String?, ilvl: Int?) {
        var numId: String?
        var ilvl: Int?
        for part in elements(node) {
            if name(part) == "numId" { numId = attribute(part, "val") }
            if name(part) == "ilvl" { ilvl = attribute(part, "val").flatMap(Int.init) }
        }
        return (numId, ilvl)
    }

    private static func parse(_ data: Data) -> (document: xmlDocPtr, node: xmlNodePtr)? {
        guard let document = WordXML.parse(data) else { return nil }
        guard let root = xmlDocGetRootElement(document) else {
            xmlFreeDoc(document)
            return nil
        }
        return (document, root)
    }

    private static func elements(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { found.append(current) }
            child = current.pointee.next
        }
        return found
    }

    private static func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

    private static func attribute(_ node: xmlNodePtr, _ localName: String) -> String? { WordXML.attribute(node, localName) }
}
