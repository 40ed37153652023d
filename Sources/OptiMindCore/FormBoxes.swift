import Foundation

/// Tick boxes of a filled-in form: "☒ Fixed term: beginning April 1, 2026 ... ☐ Month-to-month: ... terminated by either
/// party with 30 days' written notice". The option whose box is empty was not chosen, so its words are not the contract's:
/// they are blanked in the analysed text (the stored text keeps them), and no clause, date or risk is read from them.
extension PagedText {
    /// Box characters: empty (☐ U+2610, □ U+25A1, ❏ U+274F) and ticked (☒ U+2612, ☑ U+2611, ■ U+25A0, ✓ U+2713, ✔ U+2714, ✗ U+2717,
    /// ✘ U+2718).
    static let emptyBoxes: Set<UInt16> = [0x2610, 0x25A1, 0x274F]
    static let tickedBoxes: Set<UInt16> = [0x2612, 0x2611, 0x25A0, 0x2713, 0x2714, 0x2717, 0x2718]
    /// A ticked box in a regular expression: one of `tickedBoxes`, or "[X]", "[✓]" typed as text.
    public static let tickedBoxExpression = "(?:[" + String(decoding: tickedBoxes.sorted(), as: UTF16.self) + "]|\\[[xX\u{2713}]\\])"

    /// Whether the text holds a box character at all, and a ticked box ("☒", "[X]"), without which no option is left out:
    /// one pass, with no set lookups for the ASCII text most of a contract is.
    static func boxesHeld(_ units: [UInt16]) -> (any: Bool, ticked: Bool) {
        var any = false
        var index = 0
        let count = units.count
        while index < count {
            let unit = units[index]
            if unit >= 0x25A0 {
                if tickedBoxes.contains(unit) { return (true, true) }
                if emptyBoxes.contains(unit) { any = true }
            } else if unit == 0x5B, index + 2 < count, units[index + 1] | 0x20 == 0x78, units[index + 2] == 0x5D {
                return (true, true)
            }
            index += 1
        }
        return (any, false)
    }

    /// Whether the line at `offset` starts with a tick box (a form's option, its own sentence).
    func startsWithBox(at offset: Int) -> Bool {
        guard holdsBoxes else { return false }
        var index = offset
        while index < utf16.count, utf16[index] == 0x20 || utf16[index] == 0x09 { index += 1 }
        return index < utf16.count && (Self.emptyBoxes.contains(utf16[index]) || Self.tickedBoxes.contains(utf16[index]))
    }

    /// Whether the line that ends at the line break `end` started with a tick box (within 300 units back), or is a table's
    /// row of options, three cells or more with a box starting one ("Pets:<tab>☐ Allowed<tab>☒ Not allowed"; the empty
    /// option's words are blanked, its tabs kept). A row of two cells, a label and one option, may be one a PDF's table
    /// wrapped ("Agreement Term<tab>☒ Ends two (2) years after the" over "Effective Date."), which goes on.
    func lineStartsWithBox(endingAt end: Int) -> Bool {
        guard holdsBoxes else { return false }
        var start = end
        var tabs = 0
        var boxInCell = false
        while start > 0, end - start < 300, utf16[start - 1] != 0x0A, utf16[start - 1] != 0x0C {
            start -= 1
            if utf16[start] == 0x09 {
                tabs += 1
                if startsWithBox(at: start + 1) { boxInCell = true }
            }
        }
        return (start == 0 || utf16[start - 1] == 0x0A || utf16[start - 1] == 0x0C) && (boxInCell && tabs >= 2 || startsWithBox(at: start))
    }

    /// Where each option whose box is empty runs: from its box to the next box on the line, or the line's end. Only
    /// in a form someone filled in, one with a ticked box: empty boxes alone are a blank form's, or a list's bullets.
    /// The ASCII boxes of a plain-text form ("[X] Fixed term   [ ] Month-to-month") count where a line or a wide gap
    /// puts them, as "[ ]" alone is also a blank to fill ("dated as of [ ], 2019").
    public static func uncheckedOptions(_ units: [UInt16]) -> [Range<Int>] {
        func asciiBox(at index: Int) -> (length: Int, ticked: Bool)? {
            guard units[index] == 0x5B, index + 2 < units.count else { return nil }
            // At a line's start or after a tab or two spaces.
            var before = index
            while before > 0, units[before - 1] == 0x20 { before -= 1 }
            guard before == 0 || units[before - 1] == 0x0A || units[before - 1] == 0x09 || units[before - 1] == 0x0C || index - before >= 2 else {
                return nil
            }
            var close = index + 1
            while close < units.count, close - index <= 3, units[close] == 0x20 { close += 1 }
            guard close < units.count, close - index <= 3 else { return nil }
            if units[close] == 0x5D, close > index + 1 { return (close + 1 - index, false) }
            let mark = units[close] | 0x20
            if (mark == 0x78 || units[close] == 0x2713 || units[close] == 0x2714), close + 1 < units.count, units[close + 1] == 0x5D {
                return (close + 2 - index, true)
            }
            return nil
        }
        var boxes: [(start: Int, length: Int, ticked: Bool)] = []
        var anyTicked = false
        for index in units.indices {
            let unit = units[index]
            if emptyBoxes.contains(unit) {
                boxes.append((index, 1, false))
            } else if tickedBoxes.contains(unit) {
                boxes.append((index, 1, true))
                anyTicked = true
            } else if unit == 0x5B, let box = asciiBox(at: index) {
                boxes.append((index, box.length, box.ticked))
                anyTicked = anyTicked || box.ticked
            }
        }
        guard anyTicked else { return [] }
        var options: [Range<Int>] = []
        for (number, box) in boxes.enumerated() where !box.ticked {
            var end = box.start + box.length
            let nextBox = number + 1 < boxes.count ? boxes[number + 1].start : units.count
            while end < nextBox, units[end] != 0x0A, units[end] != 0x0C { end += 1 }
            options.append(box.start..<end)
        }
        return options
    }
}
