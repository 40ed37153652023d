import Foundation

/// Running headers and footers: what a word processor prints at the top and bottom of every page ("Acme / Beta
/// Master Services Agreement", "Page 3 of 12"). A sentence a page break cuts runs through them; without them it
/// reads on ("shall pay\n\u{0C}all fees accrued"), so quotes and patterns see the contract's words only.
extension PagedText {
    /// `units` without `lines` and the white space around each (see `blank`): each such stretch becomes a line
    /// break and the form feeds it held, or one line break or space; `pageStarts` moved to match. A pattern's
    /// bounded reach ("[^.]{0,80}") spans a page break as it spans a line break.
    static func removing(_ lines: [Range<Int>], from units: [UInt16], pageStarts: [Int]) -> (units: [UInt16], pageStarts: [Int]) {
        // Each line with the white space around it, merged where they meet.
        var spans: [Range<Int>] = []
        for line in lines.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let span = withSpaceAround(line, in: units)
            if let last = spans.last, last.upperBound >= span.lowerBound {
                spans[spans.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                spans.append(span)
            }
        }
        var kept: [UInt16] = []
        kept.reserveCapacity(units.count)
        var starts: [Int] = []
        var next = 0  // the next page start to place
        var cursor = 0
        for span in spans + [units.count..<units.count] {
            while next < pageStarts.count, pageStarts[next] < span.lowerBound {
                starts.append(kept.count + pageStarts[next] - cursor)
                next += 1
            }
            kept.append(contentsOf: units[cursor..<span.lowerBound])
            let feeds = units[span].contains(0x0C)
            if !span.isEmpty, span.lowerBound > 0 { kept.append(feeds || units[span].contains(0x0A) ? 0x0A : 0x20) }
            for offset in span {
                if next < pageStarts.count, pageStarts[next] == offset {
                    starts.append(kept.count)
                    next += 1
                }
                if units[offset] == 0x0C { kept.append(0x0C) }
            }
            cursor = span.upperBound
        }
        while next < pageStarts.count {
            starts.append(kept.count)
            next += 1
        }
        return (kept, starts)
    }

    /// `line` widened over the spaces, tabs, line and page breaks on either side of it.
    private static func withSpaceAround(_ line: Range<Int>, in units: [UInt16]) -> Range<Int> {
        func isSpaceOrLineEnd(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x0A || unit == 0x09 || unit == 0x0D || unit == 0x0C }
        var start = line.lowerBound
        while start > 0, isSpaceOrLineEnd(units[start - 1]) { start -= 1 }
        var end = line.upperBound
        while end < units.count, isSpaceOrLineEnd(units[end]) { end += 1 }
        return start..<end
    }

    /// `units` with each of `lines` blanked, and the white space around each (line breaks included, form feeds
    /// kept, for the pages) made spaces, so that the sentence the line interrupted reads on. The length stays
    /// the same, and with it every offset.
    public static func blank(_ lines: [Range<Int>], in units: inout [UInt16]) {
        for line in lines {
            for offset in line { units[offset] = 0x20 }
            for offset in withSpaceAround(line, in: units) where units[offset] != 0x0C { units[offset] = 0x20 }
        }
    }

    /// Running headers and footers next to page breaks: of the two non-blank lines on each side of a form
    /// feed, those that repeat at another page break or among the first page's top or the last page's bottom
    /// three lines (digits aside), that end or start with a page number after a wide gap ("Acme Corp.
    /// Confidential          3"), that say "confidential" in a short line, that are only
    /// a page number or a filing's stamp (`isPageFurniture`: "Page 2 of 9", "- 3 -"), and, with
    /// `titlesAfterBrokenSentences`, those that stand alone, without a sentence's end, at the top of a page whose
    /// last one broke off mid-sentence ("Acme / Beta Services Agreement": a guess only the governing-law reader's
    /// second reading takes, as it may be a sentence's last words).
    public static func pageEdgeFurniture(_ units: [UInt16], titlesAfterBrokenSentences: Bool) -> [Range<Int>] {
        func isBlank(_ range: Range<Int>) -> Bool { units[range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
        func line(endingAt end: Int) -> Range<Int> {
            var start = end
            while start > 0, units[start - 1] != 0x0A, units[start - 1] != 0x0C { start -= 1 }
            return start..<end
        }
        func line(startingAt start: Int) -> Range<Int> {
            var end = start
            while end < units.count, units[end] != 0x0A, units[end] != 0x0C { end += 1 }
            return start..<end
        }
        /// Up to `count` non-blank lines before `end` (nearest first), or after `start`.
        func linesBefore(_ end: Int, count: Int) -> [Range<Int>] {
            var found: [Range<Int>] = []
            var cursor = end
            while found.count < count, cursor > 0 {
                let range = line(endingAt: cursor)
                if !isBlank(range) { found.append(range) }
                guard range.lowerBound > 0, units[range.lowerBound - 1] == 0x0A else { break }
                cursor = range.lowerBound - 1
            }
            return found
        }
        func linesAfter(_ start: Int, count: Int) -> [Range<Int>] {
            var found: [Range<Int>] = []
            var cursor = start
            while found.count < count, cursor < units.count {
                let range = line(startingAt: cursor)
                if !isBlank(range) { found.append(range) }
                guard range.upperBound < units.count, units[range.upperBound] == 0x0A else { break }
                cursor = range.upperBound + 1
            }
            return found
        }
        func key(_ range: Range<Int>) -> String {
            String(decoding: units[range].map { (0x30...0x39).contains($0) ? 0x23 : $0 }, as: UTF16.self)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let breaks = units.indices.filter { units[$0] == 0x0C }
        guard !breaks.isEmpty else { return [] }
        var edges: [(before: [Range<Int>], after: [Range<Int>])] = []
        var seen: [String: Set<Int>] = [:]
        for (index, feed) in breaks.enumerated() {
            let before = linesBefore(feed, count: 2)
            let after = linesAfter(feed + 1, count: 3)
            edges.append((before, Array(after.prefix(2))))
            for range in before + after.prefix(2) where range.count <= 120 { seen[key(range), default: []].insert(index) }
        }
        // The first page's top and the last page's bottom count too, though no break is there to blank them at: a header
        // printed on both pages of a two-page contract repeats once at a break only.
        // A line next to a break as well (a short page's) is counted there only.
        let atBreaks = Set(edges.flatMap { $0.before + $0.after }.map(\.lowerBound))
        for range in linesAfter(0, count: 3) + linesBefore(units.count, count: 3) where range.count <= 120 && !atBreaks.contains(range.lowerBound) {
            seen[key(range), default: []].insert(range.upperBound < breaks[0] ? -1 : breaks.count)
        }
        var furniture: [Range<Int>] = []
        for (index, feed) in breaks.enumerated() {
            let (before, after) = edges[index]
            for range in before + after where range.count <= 120 {
                let text = key(range)
                let written = String(decoding: units[range], as: UTF16.self)
                if (seen[text]?.count ?? 0) >= 2 || numberedFooter.matches(written)
                    || (text.count <= 60 && text.lowercased().contains("confidential") && !".;:".contains(text.last ?? "."))
                    || (text.count <= 60 && isPageFurniture(written.trimmingCharacters(in: .whitespaces)))
                {
                    furniture.append(range)
                }
            }
            guard titlesAfterBrokenSentences else { continue }
            // A title alone at the page's top (a blank line after it) when the page before broke off mid-sentence.
            let kept = before.filter { !furniture.contains($0) }
            let next = linesAfter(feed + 1, count: 3).filter { !furniture.contains($0) }
            if next.count >= 2, next[0].count <= 100, let last = kept.first.flatMap({ units[$0].last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) }),
                ![0x2E, 0x3B, 0x3A, 0x21, 0x3F].contains(last),
                let end = units[next[0]].last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }), ![0x2E, 0x3B, 0x3A, 0x21, 0x3F].contains(end),
                next[0].upperBound + 1 < next[1].lowerBound
            {
                furniture.append(next[0])
            }
        }
        // The first page's own header too, when a title of its own stands under it ("Equipment Lease Agreement - Execution
        // Version" over "EQUIPMENT LEASE AGREEMENT"): a line in capitals or title case, no sentence. Without one the line
        // may be the title itself, which a header repeats on the later pages.
        let top = linesAfter(0, count: 2)
        if top.count == 2, top[0].count <= 120, (seen[key(top[0])]?.count ?? 0) >= 2, (seen[key(top[1])]?.count ?? 0) < 2,
            top[1].count <= 80, Self.isTitleLine(String(decoding: units[top[1]], as: UTF16.self))
        {
            furniture.append(top[0])
        }
        return furniture
    }

    /// Whether a line reads as a title: no sentence's end, and no word of running text (`DocumentTitle.isTextWord`: a
    /// title's small words such as "of" and "and" aside).
    private static func isTitleLine(_ line: String) -> Bool {
        guard let last = line.last(where: { !$0.isWhitespace }), !".;:!?,".contains(last) else { return false }
        return !line.split(whereSeparator: \.isWhitespace).contains(where: DocumentTitle.isTextWord)
    }

    /// A footer or header line that ends (or starts) with a page number after a wide gap.
    private static let numberedFooter = StringRegex("^\\s*\\S.*\\S\\s{3,}\\d{1,3}\\s*$|^\\s*\\d{1,3}\\s{3,}\\S")
}
