import Foundation

/// Words that stand apart on a PDF page but reach poppler's text with nothing between them: a table's cells ("Governing
/// Law" and "Colorado" read "Governing LawColorado"), a signature table's columns ("Peakline Routing, Inc.Northwind Cargo
/// Systems LLC"), two blocks side by side. poppler joins such runs when no space character separates them, since each was
/// drawn on its own. The gap is found from where the characters stand, and a tab goes into it, as between a Word table's
/// cells.
///
/// The positions come from `poppler_page_get_text_layout`, which describes `poppler_page_get_text`'s text; the page's text
/// as read is the selection's (`PDFTextExtractor`), which that text may differ from by a dropped line. So each gap is
/// known by the words either side of it, looked for in the page's text in order.
enum PDFCellGaps {
    /// A character of the page and where it stands (top-left origin).
    struct Glyph {
        var character: Unicode.Scalar
        var x1: Double
        var x2: Double
        var top: Double
        var bottom: Double
    }

    /// A gap: the words on its left, back to the line's start or the previous gap, and those on its right; and what goes
    /// between them, a tab for a gap on one line, a line break for runs on two lines that poppler ran together (the end of
    /// a table's left cell and the start of its right one: "("Harbourline")a company incorporated in Ireland").
    struct Join: Equatable {
        var left: String
        var right: String
        var separator: String = "\t"
        /// Whether the gap is a line break of poppler's between two runs of one line ("Party B" / "Fjord Bioinformatics AS"
        /// side by side in a table's row), which the separator replaces.
        var replacesLineBreak = false
    }

    /// How wide a gap must be, in multiples of the characters' height, to part two runs: a word space is about a quarter of
    /// it, and poppler writes a space for one; two table cells' words stand apart by both cells' padding, 12.8 points against
    /// characters 14.4 points high (0.89) in LibreOffice's PDF of a Word table of 11-point text ("Chief Operating
    /// OfficerVP, Partnerships" was run together at 1.0).
    static let widthInHeights = 0.6
    /// How many characters either side identify a gap in the page's text.
    static let context = 24

    /// The wide gaps between two characters of one line that no white space separates, in reading order.
    static func joins(in glyphs: [Glyph]) -> [Join] {
        joins(count: glyphs.count, character: { glyphs[$0].character }, box: { (glyphs[$0].x1, glyphs[$0].x2, glyphs[$0].top, glyphs[$0].bottom) })
    }

    /// The same, reading the characters and their boxes (left, right, top, bottom) in place: a page holds thousands.
    static func joins(
        count: Int, character: (Int) -> Unicode.Scalar, box: (Int) -> Box
    ) -> [Join] {
        var joins: [Join] = []
        var lineStart = 0
        var lastGap = 0
        var previousCharacter: Unicode.Scalar = "\n"
        var previous = (x1: 0.0, x2: 0.0, top: 0.0, bottom: 0.0)
        // The last line break and where the words before it start, while the next line's first character is awaited.
        var lineBreak: (at: Int, wordsFrom: Int)?
        for index in 0..<count {
            let scalar = character(index)
            defer { previousCharacter = scalar }
            if scalar == "\n" {
                lineBreak = index > lineStart && !isSpace(previousCharacter) ? (index, max(lastGap, lineStart, index - context)) : nil
                lineStart = index + 1
                lastGap = lineStart
                continue
            }
            let current = box(index)
            defer { previous = current }
            // A line's first character beside the last one's, far to its right on the same line: poppler broke one line
            // of the page in two.
            if index == lineStart, let breakAt = lineBreak, !isSpace(scalar), upright(current), upright(previous) {
                lineBreak = nil
                let height = max(current.bottom - current.top, previous.bottom - previous.top)
                let rise = abs((current.top + current.bottom) - (previous.top + previous.bottom)) / 2
                if height > 0, rise < height / 2, current.x1 - previous.x2 > widthInHeights * height {
                    joins.append(Join(
                        left: text(from: breakAt.wordsFrom, to: breakAt.at, character), right: text(from: index, to: lineEnd(index, count, character), character),
                        separator: "\t", replacesLineBreak: true))
                }
                continue
            }
            guard index > lineStart, !isSpace(previousCharacter), !isSpace(scalar) else { continue }
            let height = max(current.bottom - current.top, previous.bottom - previous.top)
            // Upright characters only, narrower than tall: a rotated page's are wider than tall, and run down the page.
            guard height > 0, upright(current), upright(previous) else { continue }
            // Side by side (their middles less than a character's height apart: a table's label centred beside a value
            // of two lines stands half a line off each) and a gap wider than a word space; or two lines, their middles a
            // line's height apart or more, and the second not straight after the first (which rotated text is, a
            // character under the other).
            let rise = abs((current.top + current.bottom) - (previous.top + previous.bottom)) / 2
            let sameLine = rise < height && current.x1 - previous.x2 > widthInHeights * height
            let twoLines = rise >= height && abs(current.x1 - previous.x2) > 2 * height
            guard sameLine || twoLines else { continue }
            let from = max(lastGap, lineStart, index - context)
            joins.append(Join(
                left: text(from: from, to: index, character), right: text(from: index, to: lineEnd(index, count, character), character),
                separator: sameLine ? "\t" : "\n"))
            lastGap = index
        }
        return joins
    }

    /// Where a character stands: its left, right, top and bottom edges (top-left origin).
    typealias Box = (x1: Double, x2: Double, top: Double, bottom: Double)

    /// Whether a character stands upright: no wider than tall, as a rotated page's are.
    static func upright(_ box: Box) -> Bool { box.x2 - box.x1 <= 1.1 * (box.bottom - box.top) }

    /// Where the words after `index` end: the line's end, or `context` characters on.
    private static func lineEnd(_ index: Int, _ count: Int, _ character: (Int) -> Unicode.Scalar) -> Int {
        var end = index
        while end < count, end - index < context, character(end) != "\n" { end += 1 }
        return end
    }

    private static func text(from start: Int, to end: Int, _ character: (Int) -> Unicode.Scalar) -> String {
        var scalars = String.UnicodeScalarView()
        for position in start..<max(start, end) { scalars.append(character(position)) }
        return String(scalars)
    }

    /// `text` with a tab (or a line break) in each gap, each found by its words after the one before; a gap whose words are not found
    /// (on a line the page's text lacks, or too short to be sure of: fewer than six characters) is left as it is.
    static func separated(_ text: String, at joins: [Join]) -> String {
        guard !joins.isEmpty else { return text }
        let result = NSMutableString(string: text)
        var cursor = 0
        for join in joins where join.left.count + join.right.count >= 6 {
            let between = join.replacesLineBreak ? "\n" : ""
            let found = result.range(of: join.left + between + join.right, range: NSRange(location: cursor, length: result.length - cursor))
            guard found.location != NSNotFound else { continue }
            let at = found.location + (join.left as NSString).length
            result.replaceCharacters(in: NSRange(location: at, length: (between as NSString).length), with: join.separator)
            cursor = at + 1
        }
        return result as String
    }

    static func isSpace(_ character: Unicode.Scalar) -> Bool {
        character.value < 0x80 ? character.value <= 0x20 : character.properties.isWhitespace
    }
}
