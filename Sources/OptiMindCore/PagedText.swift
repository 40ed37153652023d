import Foundation
import CTextSearch
import Synchronization

/// A document's text with its page boundaries, so a match found anywhere can be quoted with its page.
///
/// Offsets are UTF-16 offsets. The text is converted to UTF-16 once, here, and every `TextPattern`
/// searches that buffer in place.
public struct PagedText: Sendable {
    /// The whole text as UTF-16; pages joined by a form feed.
    public let utf16: [UInt16]
    /// One byte per UTF-16 unit: ASCII lower-cased, anything else 0xFF. Offsets are the same as in
    /// `utf16`, so `memmem` finds a pattern's anchor words at their UTF-16 offsets.
    let folded: [UInt8]
    /// Whether the text holds characters that case-insensitive matching folds to ASCII letters of a
    /// different length or code (ligatures, long s, Kelvin sign): then anchors cannot be trusted and
    /// every pattern searches the whole text.
    let foldsBeyondASCII: Bool
    /// The text lower-cased unit for unit, for case-insensitive patterns matched case-sensitively in
    /// lower case (see `TextPattern`); nil when a character folds to something its lower case is not
    /// (ß, ligatures, long s, final sigma), where only ICU's case-insensitive matching is right.
    let lowered: [UInt16]?
    /// UTF-16 offset where each page starts.
    public let pageStarts: [Int]
    /// The running header taken out of the first page's top (see `pageEdgeFurniture`), whitespace folded: the title is
    /// read from the document's own opening, which still holds it.
    public let firstPageHeader: String?
    /// Whether a tick box ("☐", "☒") is in the text: only then do the sentence walks look for lines starting with one.
    let holdsBoxes: Bool
    /// Where each anchor word occurs, found on first use and shared by every pattern naming it.
    private let anchorIndex = AnchorIndex()

    public init(pages: [String]) {
        var starts: [Int] = []
        var units: [UInt16] = []
        units.reserveCapacity(pages.reduce(0) { $0 + $1.utf8.count } + pages.count)
        let printTitle = Self.printTitle(of: pages)
        for (index, page) in pages.enumerated() {
            if index > 0 { units.append(0x0C) }
            starts.append(units.count)
            // Spaces that are not ASCII (no-break, thin, ideographic: Word documents and PDFs use them
            // between words) read as a space, so every pattern's spaces match them.
            let start = units.count
            units.append(contentsOf: page.utf16)
            // What a browser prints around each page (see `removePrintFurniture`) is taken out.
            Self.removePrintFurniture(&units, from: start, title: printTitle)
            // A form's blanks typed over keep their rules around the words: "___Gordon Whitaker___ ("Landlord")".
            Self.removeFilledBlankRules(&units, from: start)
            if page.utf8.contains(where: { $0 >= 0xC2 }) {
                var invisible = false
                for index in start..<units.count where units[index] >= 0xA0 {
                    if Self.isUnicodeSpace(units[index]) { units[index] = 0x20 } else if Self.isInvisible(units[index]) { invisible = true }
                }
                // Invisible characters inside words go (a soft hyphen with the line break a layout put after
                // it, a zero-width space, a word joiner, a byte order mark): "gov\u{AD}\nerned" reads "governed".
                if invisible {
                    var kept: [UInt16] = []
                    kept.reserveCapacity(units.count - start)
                    var index = start
                    while index < units.count {
                        let unit = units[index]
                        index += 1
                        guard Self.isInvisible(unit) else {
                            kept.append(unit)
                            continue
                        }
                        if unit == 0xAD {
                            var next = index
                            if next < units.count, units[next] == 0x0D { next += 1 }
                            if next < units.count, units[next] == 0x0A {
                                next += 1
                                while next < units.count, units[next] == 0x20 || units[next] == 0x09 { next += 1 }
                                index = next
                            }
                        }
                    }
                    units.replaceSubrange(start..., with: kept)
                }
            }
        }
        // Running headers and footers (see `pageEdgeFurniture`) are taken out, so a sentence a page break cuts reads on.
        var header: String?
        if starts.count > 1 {
            let furniture = Self.pageEdgeFurniture(units, titlesAfterBrokenSentences: false)
            if let top = furniture.first(where: { line in units[0..<line.lowerBound].allSatisfy { Self.isWhitespace($0) } }) {
                header = String(decoding: units[top], as: UTF16.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            if !furniture.isEmpty { (units, starts) = Self.removing(furniture, from: units, pageStarts: starts) }
        }
        // A form's options whose boxes are empty were not chosen (see `uncheckedOptions`): their words are blanked.
        let boxes = Self.boxesHeld(units)
        if boxes.ticked {
            // A table's tabs stay, so its row still reads as cells.
            for option in Self.uncheckedOptions(units) {
                for offset in option where units[offset] != 0x09 { units[offset] = 0x20 }
            }
        }
        self.holdsBoxes = boxes.any
        self.firstPageHeader = header
        self.pageStarts = starts.isEmpty ? [0] : starts
        self.utf16 = units
        // One pass makes both folded forms: the byte form the anchor search reads and the lower-cased
        // UTF-16 the lower-cased patterns read.
        var exotic = false
        var folded = [UInt8](repeating: 0, count: units.count)
        var lowered: [UInt16]? = units
        for (index, unit) in units.enumerated() {
            folded[index] = Self.fold(unit)
            if unit < 0x80 {
                if unit >= 0x41, unit <= 0x5A { lowered?[index] = unit | 0x20 }
                continue
            }
            if unit == 0x017F || unit == 0x212A || unit == 0x212B || (unit >= 0xFB00 && unit <= 0xFB06) { exotic = true }
            if lowered != nil {
                if let lower = Self.lower(unit) { lowered![index] = lower } else { lowered = nil }
            }
        }
        self.folded = folded
        self.foldsBeyondASCII = exotic
        self.lowered = lowered
    }

    /// The simple lower case of a UTF-16 unit outside ASCII when case-insensitive matching folds it
    /// to that; nil when it folds to something else. Surrogates are kept as they are.
    static func lower(_ unit: UInt16) -> UInt16? {
        guard let scalar = Unicode.Scalar(unit), scalar.properties.changesWhenCaseFolded else { return unit }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard scalar.properties.changesWhenLowercased, lower.count == 1, let only = lower.first,
              only.value < 0x10000, !only.properties.changesWhenCaseFolded
        else { return nil }
        return UInt16(only.value)
    }

    public init(_ text: String) { self.init(pages: [text]) }

    /// `opening` (a document's first characters) without its first line when that is `firstPageHeader`.
    public func withoutHeader(_ opening: String) -> String {
        guard let firstPageHeader else { return opening }
        var lines = opening.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
            lines[first].split(whereSeparator: \.isWhitespace).joined(separator: " ") == firstPageHeader
        else { return opening }
        lines.remove(at: first)
        return lines.joined(separator: "\n")
    }

    /// Takes out what a browser prints on each page of a web page saved as PDF: above it the print's date and time
    /// ("12/1/26, 1:07 PM") and the file's name under it, below it the page's address and number
    /// ("file:///home/counsel/merger.html 1/2"), each with its line break. They would otherwise stand inside a sentence
    /// a page break cuts, and the address's words ("merger") read as the contract's.
    static func removePrintFurniture(_ units: inout [UInt16], from start: Int, title: String?) {
        func line(after offset: Int) -> Range<Int>? {
            var begin = offset
            while begin < units.count, units[begin] == 0x0A || units[begin] == 0x0D || units[begin] == 0x20 { begin += 1 }
            guard begin < units.count else { return nil }
            var end = begin
            while end < units.count, units[end] != 0x0A, end - begin < 300 { end += 1 }
            return begin..<end
        }
        func text(_ range: Range<Int>) -> String { String(decoding: units[range], as: UTF16.self).trimmingCharacters(in: .whitespaces) }
        // The footer first, so that the header's offsets stay true: the page's last line ("file:///... 1/2"), or its
        // last two (the address over the page's number, as poppler reads Chromium's footer).
        func lastLine(before offset: Int) -> Range<Int> {
            var end = offset
            while end > start, units[end - 1] == 0x0A || units[end - 1] == 0x0D || units[end - 1] == 0x20 { end -= 1 }
            var begin = end
            while begin > start, units[begin - 1] != 0x0A, end - begin < 300 { begin -= 1 }
            return begin..<end
        }
        var footer = lastLine(before: units.count)
        if footer.count < 10, pageOfPages.matches(text(footer)) { footer = lastLine(before: footer.lowerBound).lowerBound..<footer.upperBound }
        if footer.count > 10, units[footer].contains(0x3A), printFooter.matches(text(footer)) {
            units.removeSubrange((footer.lowerBound > start && units[footer.lowerBound - 1] == 0x0A ? footer.lowerBound - 1 : footer.lowerBound)..<units.count)
        }
        // The header: only where the page starts with a digit.
        guard let first = line(after: start), units[first.lowerBound] >= 0x30, units[first.lowerBound] <= 0x39,
            DocumentTitle.isPrintDate(text(first))
        else { return }
        var cut = first.upperBound
        if let second = line(after: first.upperBound), DocumentTitle.isPrintHeader(text(second)) || text(second) == title { cut = second.upperBound }
        if cut < units.count, units[cut] == 0x0A { cut += 1 }
        units.removeSubrange(start..<cut)
    }

    /// The web page's title a browser prints under the print's date at the top of every page ("Terms of Service | Acme"),
    /// when there are two pages or more and every one starts so; nil otherwise.
    static func printTitle(of pages: [String]) -> String? {
        guard pages.count > 1 else { return nil }
        var title: String?
        for page in pages {
            let lines = page.prefix(400).split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
            guard lines.count == 3, DocumentTitle.isPrintDate(lines[0]), !lines[1].isEmpty, title == nil || title == lines[1] else { return nil }
            title = lines[1]
        }
        return title
    }
    private static let pageOfPages = StringRegex("^\\d{1,4}/\\d{1,4}$")
    private static let printFooter = StringRegex("^(?:file|https?)://\\S+\\s+\\d{1,4}/\\d{1,4}$")

    /// U+00AD soft hyphen, U+200B zero-width space, U+2060 word joiner, U+FEFF byte order mark.
    static func isInvisible(_ unit: UInt16) -> Bool {
        unit == 0xAD || unit == 0x200B || unit == 0x2060 || unit == 0xFEFF
    }

    /// U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000: the space separators other than U+0020.
    static func isUnicodeSpace(_ unit: UInt16) -> Bool {
        unit >= 0xA0 && (unit == 0xA0 || unit == 0x1680 || (unit >= 0x2000 && unit <= 0x200A) || unit == 0x202F || unit == 0x205F || unit == 0x3000)
    }

    /// Non-ASCII characters that anchors may name (currency signs, curly quotes, the section sign),
    /// each folded to a byte of its own; every other non-ASCII unit folds to 0xFF.
    private static let foldedSymbols: [UInt16: UInt8] = [
        0x20AC: 0x80, 0x00A3: 0x81, 0x00A5: 0x82, 0x201C: 0x83, 0x201D: 0x84, 0x2019: 0x85, 0x00A7: 0x86,
    ]

    static func fold(_ unit: UInt16) -> UInt8 {
        if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A ? UInt8(unit | 0x20) : UInt8(unit) }
        return foldedSymbols[unit] ?? 0xFF
    }

    /// An anchor word as `folded` holds it.
    static func fold(_ word: String) -> [UInt8] { word.utf16.map(fold) }

    /// The length in UTF-16 units.
    public var length: Int { utf16.count }

    /// The text of a range.
    public func substring(_ range: NSRange) -> String {
        let low = max(0, min(range.location, utf16.count))
        let high = max(low, min(range.location + range.length, utf16.count))
        return utf16[low..<high].withUnsafeBufferPointer(Self.string)
    }

    /// The whole text as a string.
    public var string: String { utf16.withUnsafeBufferPointer(Self.string) }

    /// UTF-16 units as a String, transcoded here to UTF-8 (a lone surrogate becomes U+FFFD):
    /// `String(decoding:as: UTF16.self)` parses unit by unit through generic code, several times slower,
    /// and quotes, sentences and substrings are made by the thousand per document.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        String(unsafeUninitializedCapacity: units.count * 3) { out in
            var o = 0
            var i = 0
            let count = units.count
            while i < count {
                let unit = units[i]
                if unit < 0x80 {
                    out[o] = UInt8(unit)
                    o += 1
                    i += 1
                    continue
                }
                var scalar = UInt32(unit)
                i += 1
                if unit >= 0xD800, unit <= 0xDFFF {
                    if unit <= 0xDBFF, i < count, units[i] >= 0xDC00, units[i] <= 0xDFFF {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                        i += 1
                    } else {
                        scalar = 0xFFFD
                    }
                }
                if scalar < 0x800 {
                    out[o] = UInt8(0xC0 | (scalar >> 6))
                    out[o + 1] = UInt8(0x80 | (scalar & 0x3F))
                    o += 2
                } else if scalar < 0x10000 {
                    out[o] = UInt8(0xE0 | (scalar >> 12))
                    out[o + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    out[o + 2] = UInt8(0x80 | (scalar & 0x3F))
                    o += 3
                } else {
                    out[o] = UInt8(0xF0 | (scalar >> 18))
                    out[o + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                    out[o + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    out[o + 3] = UInt8(0x80 | (scalar & 0x3F))
                    o += 4
                }
            }
            return o
        }
    }

    /// The offsets of every registered anchor word, indexed by the id `AnchorAutomaton.register` gave
    /// it (each list ascending), holding at least `count` words: one lock per search, however many words.
    func anchorOccurrences(atLeast count: Int) -> [[Int]] {
        let found = anchorIndex.scannedTable()
        if found.count >= count { return found }
        return anchorIndex.scan(with: AnchorAutomaton.shared, folded)
    }

    /// Whether `word` (lower-case ASCII) occurs anywhere, ignoring ASCII case: a byte search, with no
    /// String made of the text.
    public func contains(_ word: String) -> Bool { firstOccurrence(of: Array(word.utf8), from: 0) != nil }

    /// Where `word` (lower-case ASCII) first occurs at or after `from`, ignoring ASCII case.
    func firstOccurrence(of word: [UInt8], from: Int) -> Int? {
        guard from >= 0, folded.count - from >= word.count, !word.isEmpty else { return nil }
        return folded.withUnsafeBytes { haystack in
            word.withUnsafeBytes { needle in
                let hit = optimind_find_bytes(haystack.baseAddress! + from, haystack.count - from, needle.baseAddress!, needle.count)
                return hit < 0 ? nil : from + hit
            }
        }
    }

    /// Where `words` first stand in order, ignoring ASCII case, with white space of any kind and length between them (a
    /// quote's words, which fold the text's line breaks and padding to one space): a byte search, with no String made of
    /// the text.
    public func firstOccurrence(ofWords words: [String]) -> Int? {
        let folded = words.map(Self.fold)
        guard let first = folded.first, !first.isEmpty else { return nil }
        var from = 0
        search: while let start = firstOccurrence(of: first, from: from) {
            from = start + 1
            var index = start + first.count
            for word in folded.dropFirst() {
                let gap = index
                while index < utf16.count, isSpace(utf16[index]) { index += 1 }
                guard index > gap, self.folded.count - index >= word.count, self.folded[index..<(index + word.count)].elementsEqual(word) else { continue search }
                index += word.count
            }
            return start
        }
        return nil
    }

    /// The 0-based line holding a UTF-16 offset.
    public func line(at offset: Int) -> Int {
        utf16.prefix(min(offset, utf16.count)).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The 1-based page holding a UTF-16 offset.
    public func page(at offset: Int) -> Int {
        var low = 0
        var high = pageStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pageStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// A quote around a match: the sentence (or line) that holds it, whitespace folded, at most `limit` characters.
    public func quote(around range: NSRange, limit: Int = 280) -> Evidence {
        Self.finished(sentence(around: range, limit: limit), limit: limit)
    }

    /// A quote of the sentence that ends `range` (a clause's words through the place it names), showing
    /// all of the range in that sentence even when the sentence is too long to quote whole: its start is
    /// then moved up, to a word, so the quote still reaches the range's end. A heading the range starts
    /// with ("Governing Law. This Agreement ...") is left out.
    public func quote(showing range: NSRange, limit: Int = 280) -> Evidence {
        var end = min(range.location + range.length, utf16.count)
        while end > range.location + 1, !isWordCharacter(utf16[end - 1]) { end -= 1 }
        let last = sentenceRange(around: NSRange(location: end - 1, length: 1), limit: limit)
        let start = max(range.location, last.location)
        let bounds = sentenceBounds(around: NSRange(location: start, length: end - start), limit: limit)
        var sentence = bounds.range
        var cutStart = bounds.cutStart
        let latestStart = end + 40 - limit
        if sentence.length > limit, latestStart > sentence.location {
            var cut = min(latestStart, start)
            while cut < start, isWordCharacter(utf16[cut - 1]) || !isWordCharacter(utf16[cut]) { cut += 1 }
            sentence = NSRange(location: cut, length: sentence.location + sentence.length - cut)
            cutStart = true
        }
        // A start moved up says so, as a quote cut short does ("… whether or not related to the Services."), its first word
        // giving way to the mark when the quote would otherwise be over the limit: the range's end stays shown.
        let shown = quote(of: sentence, limit: limit)
        guard cutStart, !shown.quote.isEmpty else { return shown }
        var words = Substring(shown.quote)
        if words.count >= limit, let space = words.firstIndex(of: " ") { words = words[words.index(after: space)...] }
        return Evidence(page: shown.page, quote: "…" + words)
    }

    /// A quote of exactly `range` (a sentence found by other means), whitespace folded, made presentable.
    /// A page number the text layer ran onto the range's last line before a page break is left out.
    public func quote(of range: NSRange, limit: Int = 280) -> Evidence {
        var range = range
        let end = range.location + range.length
        // A numbered heading on its own line before the sentence ("6. Restraint of trade") is no part of it.
        var newline = range.location
        while newline < min(end, range.location + 52), utf16[newline] != 0x0A { newline += 1 }
        if newline < end - 1, utf16[newline] == 0x0A, endsNumberedHeading(at: newline) { range = NSRange(location: newline + 1, length: end - newline - 1) }
        if endsBeforePageBreak(end), let cut = pageNumberStart(endingAt: end, after: range.location) { range.length = cut - range.location }
        return Self.finished(Evidence(page: page(at: range.location), quote: folded(range)), limit: limit)
    }

    /// Whether only white space with a blank line or a form feed follows `offset`.
    private func endsBeforePageBreak(_ offset: Int) -> Bool {
        var index = offset
        var lineBreaks = 0
        while index < utf16.count, isSpace(utf16[index]) {
            if utf16[index] == 0x0C { return true }
            if utf16[index] == 0x0A { lineBreaks += 1 }
            if lineBreaks >= 2 { return true }
            index += 1
        }
        return false
    }

    /// A quote made presentable: section numbers and run-in headings dropped, at most `limit` long.
    static func finished(_ evidence: Evidence, limit: Int = 280) -> Evidence {
        var folded = withoutLeadingLabels(evidence.quote)
        // A page's footer the sentence ran into: "... through any other person or entity: Page 33 of 39".
        if folded.last?.isNumber == true, let footer = trailingPageFooter.range(in: folded) {
            folded = String(folded[..<footer.lowerBound])
        }
        if folded.count > limit { folded = String(folded.prefix(limit - 1)) + "…" }
        return Evidence(page: evidence.page, quote: folded)
    }

    /// The sentence holding `range`, whitespace folded; the sentence after it when it is a heading.
    func sentence(around range: NSRange, limit: Int = 280) -> Evidence {
        var bounds = sentenceBounds(around: range, limit: limit)
        var sentence = bounds.range
        var quote = folded(sentence)
        // A heading ("15.3 Governing Law.") says where the clause is, not what it says: quote the
        // sentence after it instead.
        var cursor = sentence
        // A table's row, its label in one cell and the value in the next ("Item 4 – Term<tab>Five (5) years"), is a fact.
        for _ in 0..<3 where Self.isHeading(quote) && !isTableRow(sentence) {
            var next = cursor.location + cursor.length
            while next < utf16.count, isSpace(utf16[next]) { next += 1 }
            guard next < utf16.count else { break }
            let nextBounds = sentenceBounds(around: NSRange(location: next, length: 0), limit: limit)
            cursor = nextBounds.range
            let text = folded(cursor)
            // A filing's stamp or a page number after a heading (a table of contents' "Section 6.01. Confidentiality 9 i"
            // over "Source: ACME CORP., 8-K, 10/1/2018") is no more the clause than the heading is.
            if !text.isEmpty, !Self.isHeading(text), !Self.isPageFurniture(text) {
                sentence = cursor
                quote = text
                bounds = nextBounds
                break
            }
        }
        // A sentence too long to quote whole says so: "… shall pay the fees within thirty (30) days …".
        if bounds.cutStart, !quote.isEmpty { quote = "…" + quote }
        if bounds.cutEnd, !quote.isEmpty { quote += "…" }
        return Evidence(page: page(at: sentence.location), quote: quote)
    }

    /// Whether `range` is a table's row of a label and a value, the cells tab-separated ("Item 4 – Term\tFive (5) years");
    /// not a table of contents' line, whose value is a page number ("ARTICLE IV COVENANTS\t21").
    public func isTableRow(_ range: NSRange) -> Bool {
        guard startsLabelledLine(at: range.location) else { return false }
        let row = substring(range)
        guard let tab = row.firstIndex(of: "\t") else { return false }
        let value = row[row.index(after: tab)...].trimmingCharacters(in: .whitespacesAndNewlines)
        return !value.isEmpty && !value.allSatisfy { $0.isNumber || $0 == "\t" || $0 == " " }
    }

    /// The sentence (or line, or clause up to a semicolon) holding `range`, at most about `limit` long.
    public func sentenceRange(around range: NSRange, limit: Int = 280) -> NSRange {
        sentenceBounds(around: range, limit: limit).range
    }

    /// The sentence range, and whether the walk ran out of room before the sentence's start or end.
    public func sentenceBounds(around range: NSRange, limit: Int = 280) -> (range: NSRange, cutStart: Bool, cutEnd: Bool) {
        let length = utf16.count
        func character(at offset: Int) -> UInt16 { utf16[offset] }
        var start = range.location
        var end = min(length, range.location + range.length)
        var steps = 0
        var cutEnd = false
        var cutStart = false
        while end < length {
            guard steps < limit / 2 else {
                cutEnd = true
                break
            }
            let c = character(at: end)
            // A sentence a page break cuts goes on on the next page.
            if c == 0x0C && runsOnAcrossPage(at: end) {
                end += 1
                steps += 1
                continue
            }
            if c == 0x0C || c == 0x3B || (c == 0x2E && (end + 1 >= length || isSpace(character(at: end + 1))) && !isAbbreviation(endingAt: end)) {
                if c != 0x0C { end += 1 }
                break
            }
            // A full stop inside a closing quotation mark ends the sentence too: '... referred to as the "PPG
            // Trademarks." PPG SHANGHAI hereby grants ...'.
            if c == 0x2E, closesQuotation(after: end), !isAbbreviation(endingAt: end) {
                end += 2
                break
            }
            if c == 0x0A && end + 1 < length && character(at: end + 1) == 0x0A {
                end = pageNumberStart(endingAt: end, after: range.location + range.length) ?? end
                break
            }
            // A list of labelled lines ("Term: Ten (10) years" over "Commencement Date: January 1, 2026"): each is one.
            if c == 0x0A && (startsLabelledLine(at: end + 1) || startsWithBox(at: end + 1) || lineStartsWithBox(endingAt: end)) { break }
            end += 1
            // A run of white space is one step, as a quote folds it to one space (a blanked page header is many).
            if !(isSpace(c) && end >= 2 && isSpace(character(at: end - 2))) { steps += 1 }
        }
        // Back to the sentence's start, as far as the room the end left allows (at least half of it): a
        // sentence that fits is quoted whole.
        steps = 0
        let back = max(limit / 2, limit - foldedLength(min(range.location, end)..<end))
        while start > 0 {
            guard steps < back else {
                cutStart = true
                break
            }
            let c = character(at: start - 1)
            if c == 0x0C && runsOnAcrossPage(at: start - 1) {
                start -= 1
                steps += 1
                continue
            }
            if c == 0x0C || (c == 0x0A && start >= 2 && character(at: start - 2) == 0x0A) { break }
            if c == 0x0A && (startsLabelledLine(at: start) || startsWithBox(at: start) || lineStartsWithBox(endingAt: start - 1) || endsNumberedHeading(at: start - 1)) { break }
            if (c == 0x2E || c == 0x3B) && start < length && isSpace(character(at: start)) && !isAbbreviation(endingAt: start - 1) { break }
            if start >= 2, character(at: start - 2) == 0x2E, closesQuotation(after: start - 2), !isAbbreviation(endingAt: start - 2) { break }
            start -= 1
            if !(isSpace(c) && start > 0 && isSpace(character(at: start - 1))) { steps += 1 }
        }
        // Never start or stop inside a word when the walk ran out of room.
        while start > 0, start < range.location, isWordCharacter(character(at: start - 1)),
            isWordCharacter(character(at: start))
        {
            start += 1
        }
        while end < length, end > range.location + range.length, isWordCharacter(character(at: end)),
            isWordCharacter(character(at: end - 1))
        {
            end -= 1
        }
        return (NSRange(location: start, length: max(0, end - start)), cutStart, cutEnd)
    }

    /// How many units `range` holds when each run of white space counts as one, as in a quote.
    private func foldedLength(_ range: Range<Int>) -> Int {
        var count = 0
        for offset in range where !(isSpace(utf16[offset]) && offset > range.lowerBound && isSpace(utf16[offset - 1])) { count += 1 }
        return count
    }

    /// Whether a closing quotation mark follows the full stop at `dot`, and then white space or the text's end ('the
    /// "Products." The').
    private func closesQuotation(after dot: Int) -> Bool {
        guard dot + 1 < utf16.count, utf16[dot + 1] == 0x22 || utf16[dot + 1] == 0x201D else { return false }
        return dot + 2 >= utf16.count || isSpace(utf16[dot + 2])
    }

    /// Whether the page break at `offset` cuts a sentence: the text before it ends in a word in lower case ("located
    /// in") or a comma (not a full stop, a heading's capitalised word, nor a page number a filing's text layer leaves),
    /// or in a word the next page goes on from in lower case; and the next page has text.
    func runsOnAcrossPage(at offset: Int) -> Bool {
        var before = offset
        while before > 0, isSpace(utf16[before - 1]) { before -= 1 }
        guard before > 0 else { return false }
        var wordStart = before
        while wordStart > 0, (utf16[wordStart - 1] >= 0x61 && utf16[wordStart - 1] <= 0x7A) || (utf16[wordStart - 1] >= 0x41 && utf16[wordStart - 1] <= 0x5A) {
            wordStart -= 1
        }
        let lowerCaseWord = wordStart < before && utf16[wordStart] >= 0x61 && utf16[wordStart] <= 0x7A
        var after = offset + 1
        while after < utf16.count, isSpace(utf16[after]) { after += 1 }
        guard after < utf16.count else { return false }
        // Or the next page goes on in lower case after a word that ends no sentence ("... Lessee" over "shall give Lessor
        // written notice"): a defined term in capitals before the break.
        let goesOnInLowerCase = wordStart < before && utf16[after] >= 0x61 && utf16[after] <= 0x7A
        return lowerCaseWord || utf16[before - 1] == 0x2C || goesOnInLowerCase
    }

    /// Whether the line break at `newline` ends a numbered heading on a line of its own ("6. Restraint of trade", "12
    /// Governing Law") and a sentence in capitals starts after it: the heading is no part of the sentence. A short line
    /// only (at most 50 units, the number first, no full stop, colon, semicolon or comma at its end), as a wrapped line is long.
    func endsNumberedHeading(at newline: Int) -> Bool {
        let length = utf16.count
        guard newline + 1 < length, utf16[newline + 1] >= 0x41, utf16[newline + 1] <= 0x5A else { return false }
        var lineStart = newline
        while lineStart > 0, utf16[lineStart - 1] != 0x0A, utf16[lineStart - 1] != 0x0C {
            lineStart -= 1
            if newline - lineStart > 50 { return false }
        }
        var index = lineStart
        while index < newline, utf16[index] == 0x20 || utf16[index] == 0x09 { index += 1 }
        // The number: "6", "6.", "6.1", "12.3.1".
        let digits = index
        while index < newline, (utf16[index] >= 0x30 && utf16[index] <= 0x39) || utf16[index] == 0x2E { index += 1 }
        guard index > digits, utf16[digits] >= 0x30, utf16[digits] <= 0x39, index < newline, utf16[index] == 0x20 || utf16[index] == 0x09 else { return false }
        while index < newline, utf16[index] == 0x20 || utf16[index] == 0x09 { index += 1 }
        guard index < newline, utf16[index] >= 0x41, utf16[index] <= 0x5A else { return false }
        var last = newline - 1
        while last > index, utf16[last] == 0x20 || utf16[last] == 0x09 { last -= 1 }
        return ![0x2E, 0x3A, 0x3B, 0x2C].contains(utf16[last])
    }

    /// Whether a line starting at `offset` starts with a label and a colon: "Percentage Rent: Six percent", "Term:\tTen
    /// years" (a capital, then up to five words of letters, in at most 40 units, then ":" and a space or tab), or a table's
    /// row whose first cell is such a label ("Item 4 – Term\tFive (5) years", a Word table's cells being tab-separated).
    public func startsLabelledLine(at offset: Int) -> Bool {
        let length = utf16.count
        var index = offset
        while index < length, utf16[index] == 0x20 || utf16[index] == 0x09, index - offset < 8 { index += 1 }
        guard index < length, utf16[index] >= 0x41, utf16[index] <= 0x5A else { return false }
        let labelStart = index
        var words = 1
        while index < length, index - labelStart < 40 {
            let c = utf16[index]
            if c == 0x3A { return index + 1 < length && (utf16[index + 1] == 0x20 || utf16[index + 1] == 0x09) }
            if c == 0x09 { return index > labelStart && utf16[index - 1] != 0x20 }
            // A run of spaces parts two words as one does: "Item 5   Term: Five (5) years".
            if c == 0x20 {
                if utf16[index - 1] != 0x20 { words += 1 }
                if words > 5 { return false }
            } else if !(isWordCharacter(c) || c == 0x27 || c == 0x2019 || c == 0x28 || c == 0x29 || c == 0x2D || c == 0x2F || c == 0x2013 || c == 0x2014) {
                return false
            }
            index += 1
        }
        return false
    }

    /// Where a page number a filing's text layer ran onto the line before a page break begins ("... GOODWILL,
    /// BUSINESS 3" above "Source: ..."), the space before it included; nil when the line ends otherwise, or
    /// with a number that belongs to its word ("Section 3", "March 3", "of 18"). Not before `floor`.
    private func pageNumberStart(endingAt end: Int, after floor: Int) -> Int? {
        Self.pageNumberStart(in: utf16, endingAt: end, after: floor, unlessAfter: Self.numberedWords)
    }

    /// `pageNumberStart(endingAt:after:)` in `units`, the words a number belongs to given: above a filing's stamp, which
    /// says that a page ended there, fewer words own the number ("the laws of the State of 12" over "Source: ...").
    public static func pageNumberStart(in units: [UInt16], endingAt end: Int, after floor: Int = 0, unlessAfter owners: Set<String>) -> Int? {
        func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
        var back = end
        while back > floor, units[back - 1] == 0x20 { back -= 1 }
        var digits = back
        while digits > floor, back - digits < 4, isDigit(units[digits - 1]) { digits -= 1 }
        guard (1...3).contains(back - digits), digits >= 2, units[digits - 1] == 0x20 else { return nil }
        let before = units[digits - 2]
        guard !isDigit(before), (Unicode.Scalar(before).map(CharacterSet.alphanumerics.contains) ?? true) || before == 0x2C else { return nil }
        // The word before the number (letters only).
        var wordStart = digits - 1
        while wordStart > 0, let scalar = Unicode.Scalar(units[wordStart - 1]), CharacterSet.letters.contains(scalar) { wordStart -= 1 }
        guard !owners.contains(String(decoding: units[wordStart..<(digits - 1)], as: UTF16.self).lowercased()) else { return nil }
        return digits - 1
    }

    /// Words a number belongs to ("Section 3", "Schedule 2", "March 3"): a number after them is no page number.
    private static let numberedWords: Set<String> = [
        "section", "sections", "article", "articles", "schedule", "exhibit", "clause", "clauses", "annex", "appendix", "paragraph",
        "item", "part", "no", "number", "page", "chapter", "rule", "form", "step", "phase", "tier", "level", "year", "years", "day",
        "days", "month", "months", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "of", "to", "and", "or", "than", "least", "most", "at", "per", "by", "within", "from",
        "under", "over", "about", "approximately", "exceed", "exceeds", "equal", "up",
    ]

    /// Abbreviations whose full stop does not end a sentence: "Inc.", "No.", "Art.", "U.S.", "e.g.".
    private static let abbreviations: Set<String> = [
        "inc", "ltd", "co", "corp", "no", "nos", "art", "arts", "sec", "secs", "u.s", "u.s.a", "e.g", "i.e", "etc", "mr", "ms", "mrs", "dr", "st",
        "vs", "para", "cl", "s.a", "n.v", "b.v", "l.p", "p.c", "plc", "llc", "jr", "sr", "fig", "approx", "dept", "u.k", "n.a", "rs", "pvt",
    ]

    /// Whether the full stop at `dot` ends an abbreviation ("Inc.", "No.", "U.S.") or an initial ("J. Smith"), not a
    /// sentence.
    public func isAbbreviation(endingAt dot: Int) -> Bool {
        var start = dot
        while start > 0, utf16[start - 1] != 0x20, utf16[start - 1] != 0x0A, utf16[start - 1] != 0x28, dot - start < 8 { start -= 1 }
        let word = substring(NSRange(location: start, length: dot - start)).lowercased()
        if word.count == 1, word.first?.isLetter == true {
            // An initial ("J. Smith"), unless it stands after a wide gap or at a line's start: then it is a list
            // label ("Riyadh 11433 Saudi Arabia   B. This Agreement ..."), which ends what came before it.
            let label = start == 0 || utf16[start - 1] == 0x0A || (start >= 2 && utf16[start - 1] == 0x20 && utf16[start - 2] == 0x20)
            return !label
        }
        return Self.abbreviations.contains(word)
    }

    /// The text of a range with each run of whitespace (spaces, tabs, line and page breaks, no-break
    /// spaces) folded to one space and none at either end: done on UTF-16 units, which is many
    /// times faster than splitting Characters.
    /// A compound a line broke after its hyphen reads whole: "non-\nrenewal" is "non-renewal", not "non- renewal".
    public func folded(_ range: NSRange) -> String {
        let low = max(0, min(range.location, utf16.count))
        let high = max(low, min(range.location + range.length, utf16.count))
        var out: [UInt16] = []
        out.reserveCapacity(high - low)
        var pendingSpace = false
        var lineBreak = false
        for unit in utf16[low..<high] {
            if Self.isWhitespace(unit) {
                pendingSpace = !out.isEmpty
                if unit == 0x0A { lineBreak = true }
                continue
            }
            if pendingSpace {
                let compound = lineBreak && unit >= 0x61 && unit <= 0x7A && out.count >= 2 && out[out.count - 1] == 0x2D
                    && Self.isLetter(out[out.count - 2])
                if !compound { out.append(0x20) }
                pendingSpace = false
            }
            lineBreak = false
            out.append(unit)
        }
        return out.withUnsafeBufferPointer(Self.string)
    }

    /// Whether a UTF-16 unit is an ASCII letter, A-Z or a-z.
    public static func isLetter(_ unit: UInt16) -> Bool { (unit >= 0x61 && unit <= 0x7A) || (unit >= 0x41 && unit <= 0x5A) }

    /// Whitespace as Unicode (and Python's `str.isspace`) counts it: spaces, tabs, line and page
    /// breaks, the separators 0x1C-0x1F, no-break and typographic spaces. Shared by quote folding and
    /// the clause model's sentence splitting, which must agree with its training script.
    public static func isWhitespace(_ unit: UInt16) -> Bool {
        unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) || (unit >= 0x1C && unit <= 0x1F) || unit == 0x85 || unit == 0xA0
            || unit == 0x1680 || (unit >= 0x2000 && unit <= 0x200A) || unit == 0x2028 || unit == 0x2029 || unit == 0x202F
            || unit == 0x205F || unit == 0x3000
    }

    /// A line a page break leaves, quoted alone: a filing's stamp ("Source: ACME CORP, 10-K, 3/21/2019") or a page number
    /// ("12", "- 12 -", "Page 3 of 9").
    public static func isPageFurniture(_ text: String) -> Bool { text.hasPrefix("Source:") || pageNumberLine.matches(text) }
    private static let pageNumberLine = StringRegex("^(?:page\\s+)?[-–—]?\\s*\\d{1,3}\\s*[-–—]?(?:\\s+of\\s+\\d{1,3})?$", caseInsensitive: true)
    /// "Page 33 of 39" at a quote's end.
    private static let trailingPageFooter = StringRegex("\\s+Page\\s+\\d{1,3}\\s+of\\s+\\d{1,3}$")
    /// Where a page's footer run onto the end of `line` ("... the State of Page 12 of 30") begins, the white space before it
    /// included.
    public static func trailingPageFooter(in line: String) -> String.Index? { trailingPageFooter.range(in: line)?.lowerBound }

    /// A short line of a few words without a verb of obligation: "15.3 Governing Law.", "LIMITATION OF LIABILITY".
    static func isHeading(_ text: String) -> Bool {
        // Under 60 characters: walks at most 60 of them, where `count` would walk the whole sentence.
        guard text.dropFirst(59).isEmpty else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 7 else { return false }
        let lower = text.lowercased()
        // "Security Deposit: $32,812.50." is a fact with its label, not a heading.
        // "Auto-renewal: Yes", "Auto-renewal: [X] Yes", "Renewal: Automatic": a form's answer with its label.
        if let colon = text.firstIndex(of: ":") {
            let value = text[text.index(after: colon)...]
            if value.contains(where: \.isNumber) || Self.formAnswer.matches(String(value)) { return false }
        }
        // A definition ("\"Rent\" means £96,000 a year.") says what it defines; "Sections 4 and 5 survive termination." says
        // what happens.
        if words.contains(where: { statingVerbs.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }) { return false }
        return !["shall", "will", "may", "must", "agree", "is ", "are ", " means ", " mean "].contains { lower.contains($0) }
    }
    /// A form's answer after its label's colon: a tick box, or "yes", "no", "automatic(ally)" with no word after it ("Section 4:
    /// No Assignment" is a heading).
    private static let formAnswer = StringRegex("^\\s*(?:" + tickedBoxExpression + "|(?:yes|no|automatic(?:ally)?)\\b(?![ \\t]+\\w))", caseInsensitive: true)
    private static let statingVerbs: Set<String> = ["survive", "survives", "apply", "applies", "remain", "remains", "govern", "governs", "prevail", "prevails", "expire", "expires"]

    /// Drops section numbers and an all-capitals heading run in front of a sentence: "10.3 During the
    /// Term ..." and "GOVERNING LAW The laws of ..." start at "During" and "The".
    static func withoutLeadingLabels(_ text: String) -> String {
        guard mayStartWithLabel(text) else { return text }
        return strippingLeadingLabels(text)
    }

    /// The labels dropped by the expression alone, without the quick check (for the tests that hold the
    /// check to it).
    static func strippingLeadingLabels(_ text: String) -> String {
        var current = PagedText(text)
        // Again after a label is dropped: a number can hide a heading behind it ("2.1 License Subject to").
        // One expression of all the labels, in order: most quotes have none, and are read once.
        for _ in 0..<4 {
            guard let match = leadingLabel.firstMatch(in: current), match.range.location == 0, match.range.length < current.length else { break }
            current = PagedText(current.substring(NSRange(location: match.range.length, length: current.length - match.range.length)))
        }
        return current.string
    }

    /// Words a heading runs into (`leadingLabels`' look-aheads): a label of that kind needs one of them
    /// after its first word.
    private static let sentenceStarts: Set<Substring> = [
        "This", "The", "Each", "Either", "Neither", "In", "IN", "Subject", "Upon", "Notwithstanding", "Except", "If", "Any", "All",
        "During", "Unless", "Nothing", "Both", "Such", "To", "Where", "No", "THIS", "THE", "EACH", "EITHER", "NEITHER", "SUBJECT",
        "UPON", "NOTWITHSTANDING", "EXCEPT", "IF", "ANY", "ALL", "UNLESS", "NOTHING", "NO",
    ]

    /// Whether a quote may start with a label `leadingLabels` drops: most quotes ("The Supplier shall pay
    /// ...") cannot, and are not given to the expression. True whenever one of its alternatives could match:
    /// a number, bracket or section at the start, a word in capitals, a colon or dash early on, a word
    /// with a full stop and a capital run together, a digit or a sentence start among the first words.
    static func mayStartWithLabel(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first.isNumber || first == "(" || first == "§" || text.hasPrefix("Section ") { return true }
        let opening = text.prefix(240)
        if opening.contains(where: { $0 == ":" || $0 == "—" || $0 == "–" }) || opening.contains("--") || opening.contains(" -") { return true }
        let words = opening.split(separator: " ", maxSplits: 9, omittingEmptySubsequences: true).prefix(9)
        // "a.", "iv)", "(b)": an enumerator.
        if let head = words.first, head.count <= 6, head.hasSuffix(".") || head.hasSuffix(")") { return true }
        for (index, word) in words.enumerated() {
            if index > 0, sentenceStarts.contains(word) { return true }
            if word.first?.isNumber == true { return true }
            if word.count >= 2, word.allSatisfy({ $0.isUppercase || "&,'-".contains($0) }) { return true }
            // "Inspection.ISO": a full stop between letters with a capital after it.
            if let dot = word.firstIndex(of: "."), word.index(after: dot) < word.endIndex, word[word.index(after: dot)].isUppercase { return true }
        }
        return false
    }

    /// This file's patterns, for an analyzer to compile before its first document (see `ContractAnalyzer`).
    public static var builtInPatterns: [TextPattern] { [leadingLabel] }

    /// The labels below as one expression: the first that matches at the start.
    private static let leadingLabel = try! TextPattern(
        "^(?:" + leadingLabels.map { "(?:" + $0.dropFirst() + ")" }.joined(separator: "|") + ")", caseInsensitive: false)

    private static let leadingLabels: [String] = [
        // A heading in title case run into its first sentence, with or without a number:
        // "Limitation of Liability 12.1 IN NO EVENT ...", "Governing Law This Agreement ...".
        // Not a reference: "Subject to Section 2.4 ..." (but "§ 1 Subject of the Agreement 1.1 The Licensor ..." is a heading).
        "^(?!(?:Subject to|Pursuant|According|Except|Under|As)\\b)((?:[A-Z][A-Za-z'’\\-]*|and|of|for|or|the|to|in|on|&)\\s+){1,6}(?<!Section\\s|Sections\\s|Article\\s|Clause\\s|Paragraph\\s|Schedule\\s|Exhibit\\s)[0-9]{1,3}(\\.[0-9]{1,3})+\\.?\\s+(?=\\S)",
        "^((?:[A-Z][A-Za-z'’\\-]*|and|of|for|or|the|to|in|on|&)\\s+){1,6}(?=(This|The|Each|Either|Neither|In no event|IN NO EVENT|Subject to|Upon|Notwithstanding|Except|If|Any|All|During|Unless|Nothing|Both|Such|In the event|To the extent|Where|No)\\s)",
        // ... and into a first sentence in capitals: "Limitation of Consequential Damages EXCEPT FOR ...".
        "^((?:[A-Z][a-z][A-Za-z'’\\-]*|and|of|for|or|the|to|in|on|&)\\s+){1,6}(?=(THIS|THE|EACH|EITHER|NEITHER|IN NO EVENT|SUBJECT TO|UPON|NOTWITHSTANDING|EXCEPT|IF|ANY|ALL|UNLESS|NOTHING|NO)\\s)",
        // A heading ended by a colon or a dash before a sentence ("License: Kallo grants ...", "NO CONSEQUENTIAL
        // DAMAGES, ETC.: IN NO EVENT ...", "Limitations of Liability--Except ..."), not a label before its value
        // ("Security Deposit: $32,812.50."); or by a full stop with no space ("Inspection.ISO will").
        // Nor a label before a value that starts with a figure ("Term: 12 months from and including 1 February 2026").
        "^((?:[A-Z][A-Za-z'’\\-]*\\.?|and|of|for|or|the|to|in|on|&),?\\s+){0,7}(?:[A-Z][A-Za-z'’\\-]*\\.?)\\s*(?::|--|—|–|\\s-)\\s*(?=[^\\s0-9]\\S*(?:\\s+\\S+){5})",
        "^((?:[A-Z][A-Za-z'’\\-]*|and|of|for|or|the|to|in|on|&)\\s+){0,5}[A-Z][a-z][A-Za-z'’\\-]*\\.(?=[A-Z][A-Za-z]*\\s)",
        // Not a figure with its unit: "12 months from ...". Not a section named in the sentence: "Section 10.1 of the Agreement is
        // deleted and replaced ...".
        "^(\\(?[0-9]{1,3}(\\.[0-9]{1,3})*\\)?\\.?|\\(?[a-zA-Z]\\)|\\(?[ivxIVX]{1,4}\\)|[a-z]\\.|(?:Section [0-9.]+|§\\s?[0-9]{1,3}[a-z]?)(?=\\s+[^\\sa-z]))\\s+(?=\\S)(?!(?:months?|years?|weeks?|days?|hours?|business|calendar|working|per\\s+cent|percent)\\b)",
        // A section number run into its sentence by the text layer: "10.This Agreement is not ...".
        "^[0-9]{1,3}(\\.[0-9]{1,3})*\\.(?=[A-Z][a-z]+\\s)",
        "^([A-Z][A-Z&,'\\-]+\\s+){1,6}(?=[A-Z][a-z])",
    ]

    /// The underscores of a form's blank that someone typed over, which stand against the words: "between ___Gordon
    /// Whitaker___ ("Landlord")", "rent of $___1,850.00___ per month", "the State of ___Idaho___." go, so the words read as
    /// the contract's own ("between Gordon Whitaker ("Landlord")"). A blank left empty ("Date: ________", "By: ______")
    /// stays, as does a single underscore.
    static func removeFilledBlankRules(_ units: inout [UInt16], from start: Int) {
        var index = start
        var first: Int?
        // Quick: most text has no run of two underscores.
        while index + 1 < units.count {
            if units[index] == 0x5F, units[index + 1] == 0x5F {
                first = index
                break
            }
            index += 1
        }
        guard let first else { return }
        var kept: [UInt16] = []
        kept.reserveCapacity(units.count - first)
        index = first
        while index < units.count {
            guard units[index] == 0x5F, index + 1 < units.count, units[index + 1] == 0x5F else {
                kept.append(units[index])
                index += 1
                continue
            }
            var end = index
            while end < units.count, units[end] == 0x5F { end += 1 }
            let left = kept.last ?? (index > start ? units[index - 1] : 0x20)
            let right = end < units.count ? units[end] : 0x20
            // Words typed into the blank touch it on one side at least; a colon, an opening bracket or a currency sign before it
            // ("Date:________", "$_____ per month"), a full stop or a closing bracket after it, are the form's own.
            let leftValue = !isWhitespace(left) && left != 0x3A && left != 0x28 && !isCurrency(left)
            let rightValue = !isWhitespace(right) && !closesPhrase(right)
            if !leftValue && !rightValue {
                // An empty blank.
                kept.append(contentsOf: units[index..<end])
            } else if leftValue && rightValue || left == 0x3A {
                // Between two words ("Smith___and", "Name:___John"): a space.
                kept.append(0x20)
            }
            index = end
        }
        units.replaceSubrange(first..., with: kept)
    }

    /// "$", "£", "€", "¥", "₹" before an amount.
    private static func isCurrency(_ unit: UInt16) -> Bool { unit == 0x24 || unit == 0xA3 || unit == 0x20AC || unit == 0xA5 || unit == 0x20B9 }
    /// A full stop, comma, semicolon, colon or closing bracket after a value.
    private static func closesPhrase(_ unit: UInt16) -> Bool { unit == 0x2E || unit == 0x2C || unit == 0x3B || unit == 0x3A || unit == 0x29 }

    private func isWordCharacter(_ c: unichar) -> Bool {
        guard let scalar = Unicode.Scalar(c) else { return true }
        return CharacterSet.alphanumerics.contains(scalar)
    }

    private func isSpace(_ c: unichar) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }
}

/// The occurrences of anchor words in one text. A text is usually read by one thread, but nothing
/// stops two, hence the lock.
final class AnchorIndex: Sendable {
    private let scanned = Mutex<(automaton: AnchorAutomaton?, found: [[Int]])>((nil, []))

    /// The table of the last scan (empty before the first).
    func scannedTable() -> [[Int]] { scanned.withLock { $0.found } }

    /// Every word of `automaton` in `text`, searched once per automaton.
    func scan(with automaton: AnchorAutomaton, _ text: [UInt8]) -> [[Int]] {
        scanned.withLock { scanned in
            if scanned.automaton !== automaton {
                scanned = (automaton, automaton.search(text))
            }
            return scanned.found
        }
    }
}
