import Foundation

/// A table that poppler reads a column at a time, put back into rows.
///
/// poppler orders a page's text by blocks, and a table whose cells in one column are taller than in the next becomes one
/// block per column: a parties table reads "Party", "Harwell Robotics", "Limited", "Pemberton Logistics", "plc", then
/// "Details" and the company numbers, then "Role", "the "Supplier"", "the "Customer"". Which name is which role is lost.
/// A key-details table may read "Effective Date", "Party A", then "1 September 2027" and Party A's address.
///
/// Such a table is known by where its lines stand: the next line of poppler's text goes back up the page, beside the lines
/// before it and to their right. The lines of each column are then put into rows, and each row written as a Word table's is:
/// its cells' lines joined, the cells parted by tabs ("Harwell Robotics Limited\tCompany number ...\tthe "Supplier"").
///
/// Each column is cut into cells where a line stands apart from the one above (a gap wider than the lines' spacing and a
/// cell's border, about half a point where cells have no padding), where the text above did not wrap, or level with a cell
/// that starts apart in another column; cells that overlap make a row. Text set in two columns of prose, which poppler
/// rightly reads one column after the other, is left alone: a table has a column narrower than a third of its width (a
/// label's, a party's name), and its columns start level.
enum PDFTableRows {
    /// One line of poppler's page text and the box around its characters (top-left origin).
    struct Line: Equatable {
        var text: String
        var x1: Double
        var x2: Double
        var top: Double
        var bottom: Double
        /// Where the line's first word ends: whether that word would have fitted at the end of the line above tells a cell's
        /// wrapped line from a new cell's.
        var firstWordRight: Double

        var height: Double { bottom - top }
    }

    /// A run of lines of the page's text, `original`, and the rows that replace it.
    struct Table: Equatable {
        var original: String
        var rows: [String]
    }

    /// How much wider than the narrowest spacing of the table's lines a gap must be to start a row: a cell's border is
    /// about half a point (13.4 points against 12.8 between lines of 11-point text in LibreOffice's PDF of a Word table);
    /// lines of one cell differ by 0.2 point at most.
    static let borderGap = 0.35
    /// A column narrower than this share of the table's width makes it a table rather than two columns of prose.
    static let narrowColumn = 0.35

    /// Whether any line's first character stands above the last one's and to its right, as a table's next column does: a
    /// quick look that spares most pages the reading of their lines.
    static func mayHoldTable(
        count: Int, character: (Int) -> Unicode.Scalar, box: (Int) -> PDFCellGaps.Box
    ) -> Bool {
        var last: PDFCellGaps.Box?
        var lineLast: PDFCellGaps.Box?
        var atLineStart = true
        for index in 0..<count {
            let scalar = character(index)
            if scalar == "\n" {
                if lineLast != nil { last = lineLast }
                lineLast = nil
                atLineStart = true
                continue
            }
            guard !PDFCellGaps.isSpace(scalar) else { continue }
            let current = box(index)
            if atLineStart, let previous = last {
                let height = max(current.bottom - current.top, previous.bottom - previous.top)
                if current.top < previous.top - height / 2, current.x1 > previous.x2 { return true }
            }
            atLineStart = false
            lineLast = current
        }
        return false
    }

    /// The page's lines, each with the box around its characters other than spaces; a line with none has no box.
    static func lines(
        count: Int, character: (Int) -> Unicode.Scalar, box: (Int) -> PDFCellGaps.Box
    ) -> [Line?] {
        var lines: [Line?] = []
        var scalars = String.UnicodeScalarView()
        var bounds: PDFCellGaps.Box?
        // Characters wider than tall are rotated text, which no table row is read from.
        var rotated = false
        var firstWordRight: Double?
        var firstWordEnded = false
        func finish() {
            if let bounds, !rotated {
                lines.append(Line(
                    text: String(scalars), x1: bounds.x1, x2: bounds.x2, top: bounds.top, bottom: bounds.bottom,
                    firstWordRight: firstWordRight ?? bounds.x2))
            } else {
                lines.append(nil)
            }
            scalars = String.UnicodeScalarView()
            bounds = nil
            rotated = false
            firstWordRight = nil
            firstWordEnded = false
        }
        for index in 0..<count {
            let scalar = character(index)
            if scalar == "\n" {
                finish()
                continue
            }
            scalars.append(scalar)
            guard !PDFCellGaps.isSpace(scalar) else {
                if firstWordRight != nil { firstWordEnded = true }
                continue
            }
            let current = box(index)
            if !PDFCellGaps.upright(current) { rotated = true }
            if !firstWordEnded { firstWordRight = max(firstWordRight ?? current.x2, current.x2) }
            if let previous = bounds {
                bounds = (min(previous.x1, current.x1), max(previous.x2, current.x2), min(previous.top, current.top), max(previous.bottom, current.bottom))
            } else {
                bounds = current
            }
        }
        if !scalars.isEmpty { finish() }
        return lines
    }

    /// The tables poppler read a column at a time, in the order of the page's lines.
    static func tables(in lines: [Line?]) -> [Table] {
        var tables: [Table] = []
        var index = 0
        while index + 1 < lines.count {
            guard let (table, end) = table(at: index, in: lines) else {
                index += 1
                continue
            }
            tables.append(table)
            index = end
        }
        return tables
    }

    /// `text` with each table's lines replaced by its rows; a table whose lines are not found whole in the text (a line
    /// poppler's selection lacks) is left as it is.
    static func rebuilt(_ text: String, tables: [Table]) -> String {
        guard !tables.isEmpty else { return text }
        let result = NSMutableString(string: text)
        var cursor = 0
        for table in tables {
            let rows = table.rows.joined(separator: "\n")
            var searchFrom = cursor
            while searchFrom < result.length {
                let found = result.range(of: table.original, range: NSRange(location: searchFrom, length: result.length - searchFrom))
                guard found.location != NSNotFound else { break }
                let end = found.location + found.length
                let startsLine = found.location == 0 || result.character(at: found.location - 1) == 0x0A
                let endsLine = end == result.length || result.character(at: end) == 0x0A
                if startsLine && endsLine {
                    result.replaceCharacters(in: found, with: rows)
                    cursor = found.location + (rows as NSString).length
                    break
                }
                searchFrom = found.location + 1
            }
        }
        return result as String
    }

    // MARK: - Finding a table

    /// Whether `next` goes back up the page beside `line`, to its right: poppler's next column.
    private static func isNextColumn(_ next: Line, after line: Line, rightOf right: Double) -> Bool {
        let height = max(line.height, next.height)
        return next.top < line.top - height / 2 && next.x1 > right + height / 4
    }

    /// The table whose first column change is between lines `index` and `index + 1`, and the index after its last line.
    private static func table(at index: Int, in lines: [Line?]) -> (Table, Int)? {
        guard let last = lines[index], let first = lines[index + 1], isNextColumn(first, after: last, rightOf: last.x2) else { return nil }
        let top = first.top
        // The first column: back from `last` while its lines stand above one another, from the table's top down, left of
        // the next column. A tall cell beside it may leave a wide gap between them.
        var start = index
        var leftColumn = [last]
        while start > 0, let line = lines[start - 1], line.top >= top - 1, line.top < leftColumn[0].top, line.x2 < first.x1 {
            leftColumn.insert(line, at: 0)
            start -= 1
        }
        guard leftColumn[0].top <= top + 1 else { return nil }
        var columns = [leftColumn]
        // The next columns: forward while lines go down the page within the column, a new column each time poppler goes
        // back up to the right; the table ends at a line that starts left of its column or far below it.
        var current = [first]
        var tableBottom = leftColumn.map(\.bottom).max()!
        var end = index + 2
        while end < lines.count, let line = lines[end] {
            let previous = current[current.count - 1]
            let columnLeft = current.map(\.x1).min()!
            let columnRight = current.map(\.x2).max()!
            if isNextColumn(line, after: previous, rightOf: columnRight) {
                guard line.top >= top - 1 else { break }
                tableBottom = max(tableBottom, current.map(\.bottom).max()!)
                columns.append(current)
                current = [line]
            } else if line.top > previous.top,
                      // Within the table so far (a cell left empty in this column), or not far below the line above.
                      line.top < tableBottom || line.top - previous.bottom < 3 * line.height,
                      // Under the column's start, or a figure set flush right with its lines, clear of the column on the left.
                      line.x1 >= columnLeft - 1 || (abs(line.x2 - columnRight) <= 1 && line.x1 > columns[columns.count - 1].map(\.x2).max()!) {
                current.append(line)
            } else {
                break
            }
            end += 1
        }
        columns.append(current)
        guard let (rows, after) = rows(of: columns) else { return nil }
        let original = lines[start..<end].map { $0!.text }.joined(separator: "\n")
        return (Table(original: original, rows: rows + after), end)
    }

    /// A cell: lines of one column, one under the other.
    private struct Cell {
        var column: Int
        var lines: [Line]
        /// Where the cell's last line ends if lines are `spacing` apart: a box reaches a little into the next line's.
        func bottom(spacing: Double) -> Double { lines[lines.count - 1].top + spacing }
    }

    /// The columns' lines put into rows, or nil when they are no table: columns that overlap, or none narrow.
    private static func rows(of columns: [[Line]]) -> (rows: [String], after: [String])? {
        let left = columns.flatMap { $0 }.map(\.x1).min()!
        let right = columns.flatMap { $0 }.map(\.x2).max()!
        for (column, next) in zip(columns, columns.dropFirst()) where column.map(\.x2).max()! > next.map(\.x1).min()! { return nil }
        guard columns.contains(where: { column in column.map(\.x2).max()! - column.map(\.x1).min()! <= narrowColumn * (right - left) }) else { return nil }
        // The lines' own spacing: the narrowest step from one line of a column to the next.
        let height = columns.flatMap { $0 }.map(\.height).max()!
        let steps = columns.flatMap { column in zip(column, column.dropFirst()).map { $1.top - $0.top } }
        let spacing = steps.filter { $0 < 1.5 * height }.min() ?? height
        // Each column's cells. A line starts a cell where it stands apart from the line above (after a gap wider than a
        // line's spacing and a border, or not starting where that line does: figures set flush right), where its first word
        // would have fitted at the end of the line above (the cell's text did not wrap there), or level with a cell that
        // starts apart in another column. A cell reaches to a line's height short of the next column's words (both cells'
        // padding). How wide the last column's cells are is not known (its longest line is a guess, and figures set flush
        // right all reach it), so there a line level with any cell's start in another column starts one too.
        // A limit: a cell of two paragraphs whose second starts level with another column's wrapped line splits that
        // column's cell, and so the row, in two.
        func isLevel(_ top: Double, withStartIn marks: [[Bool]], besides number: Int) -> Bool {
            columns.indices.contains { other in
                other != number && columns[other].indices.contains { marks[other][$0] && abs(columns[other][$0].top - top) <= 1 }
            }
        }
        let apart = columns.map { column in
            column.indices.map { position in
                position == 0 || column[position].top - column[position - 1].top > spacing + borderGap
                    || abs(column[position].x1 - column[position - 1].x1) > 1
            }
        }
        var starts = columns.enumerated().map { number, column in
            let limit = number + 1 < columns.count ? columns[number + 1].map(\.x1).min()! - height : column.map(\.x2).max()!
            return column.indices.map { position in
                guard !apart[number][position] else { return true }
                let (above, line) = (column[position - 1], column[position])
                let wrapped = above.x2 + (line.firstWordRight - line.x1) + height / 4 > limit
                return !wrapped || isLevel(line.top, withStartIn: apart, besides: number)
            }
        }
        let last = columns.count - 1
        for position in columns[last].indices where !starts[last][position] {
            starts[last][position] = isLevel(columns[last][position].top, withStartIn: starts, besides: last)
        }
        var cells: [Cell] = []
        for (number, column) in columns.enumerated() {
            for (position, line) in column.enumerated() {
                if starts[number][position] {
                    cells.append(Cell(column: number, lines: [line]))
                } else {
                    cells[cells.count - 1].lines.append(line)
                }
            }
        }
        // Rows: cells that overlap by more than half a line's spacing, taken from the top.
        cells.sort { ($0.lines[0].top, $0.column) < ($1.lines[0].top, $1.column) }
        var rows: [(bottom: Double, cells: [Cell])] = []
        for cell in cells {
            if let last = rows.last, cell.lines[0].top < last.bottom - spacing / 2 {
                rows[rows.count - 1].cells.append(cell)
                rows[rows.count - 1].bottom = max(last.bottom, cell.bottom(spacing: spacing))
            } else {
                rows.append((cell.bottom(spacing: spacing), [cell]))
            }
        }
        // The first column's lines below all the others' are no part of the table (a footnote under it, which poppler read
        // with the first column): they follow its rows as they were.
        let othersBottom = cells.filter { $0.column > 0 }.map { $0.bottom(spacing: spacing) }.max() ?? 0
        var after: [String] = []
        while rows.count > 1, let last = rows.last, last.cells.allSatisfy({ $0.column == 0 }), last.cells[0].lines[0].top >= othersBottom {
            after.insert(contentsOf: last.cells.flatMap { $0.lines.map(\.text) }, at: 0)
            rows.removeLast()
        }
        // One row is two blocks side by side, which poppler reads in a fair order.
        guard rows.count > 1 else { return nil }
        let texts = rows.map { row in
            (0..<columns.count).map { column in
                row.cells.filter { $0.column == column }.flatMap(\.lines).reduce(into: "") { cell, line in
                    let text = line.text.trimmingCharacters(in: .whitespaces)
                    // A word the cell's width broke after its hyphen ("variant-" over "calling") is whole again.
                    let hyphenated = cell.hasSuffix("-") && cell.dropLast().last?.isLetter == true
                    cell = cell.isEmpty ? text : hyphenated ? cell + text : cell + " " + text
                }
            }.joined(separator: "\t")
        }
        return (texts, after)
    }
}
