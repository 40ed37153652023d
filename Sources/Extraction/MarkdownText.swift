import Foundation
import OptiMindCore

/// Markdown read as the text a reader sees: a standard contract or a policy kept in a repository ("# Standard Terms",
/// "1. **Introduction**. This ...", a cover page's "| Company | Peakline Routing, Inc. | ... |" table, "- [x] Expires 2
/// years from Effective Date") reaches the analysis as a Word document's text would: headings and paragraphs without their
/// marks, a table's rows as tab-separated cells, a ticked task box as ☒ and an empty one as ☐ (which `FormBoxes` reads),
/// links as their words, inline HTML without its tags.
///
/// Decided from content, as every format is: a text is Markdown when it shows at least two kinds of Markdown's marks (or
/// three headings, or four bold spans), which plain contracts do not ("[***]" and "By: ________" are no marks).
enum MarkdownText {
    /// Whether the text is written in Markdown, from its first 64 KiB. Its lines are read byte by byte for headings, table
    /// delimiter rows, task boxes and code fences; the expressions for bold words and links run only when they could
    /// decide, as every plain text file passes here.
    static func isMarkdown(_ text: String) -> Bool {
        let head = Array(text.utf8.prefix(64 * 1024))
        var headings = 0
        var table = false
        var task = false
        var fence = false
        var lineStart = 0
        while lineStart < head.count {
            var lineEnd = lineStart
            while lineEnd < head.count, head[lineEnd] != 0x0A { lineEnd += 1 }
            let line = head[lineStart..<lineEnd]
            let body = line.drop { $0 == 0x20 || $0 == 0x09 }
            if let first = body.first {
                if first == 0x23, line.count - body.count <= 3 {
                    let hashes = body.prefix { $0 == 0x23 }.count
                    let after = body.dropFirst(hashes)
                    if hashes <= 6, after.first == 0x20 || after.first == 0x09, after.contains(where: { $0 > 0x20 }) { headings += 1 }
                } else if first == 0x60 || first == 0x7E, body.prefix(3).allSatisfy({ $0 == first }), body.count >= 3 {
                    fence = true
                } else if first == 0x2D || first == 0x2A || first == 0x2B, body.count >= 5, body.dropFirst().first == 0x20,
                    body.dropFirst(2).first == 0x5B, [0x20, 0x78, 0x58].contains(body.dropFirst(3).first), body.dropFirst(4).first == 0x5D
                {
                    task = true
                }
                if !table, body.contains(0x7C), body.allSatisfy({ [0x7C, 0x3A, 0x2D, 0x20, 0x09, 0x0D].contains($0) }),
                    tableDelimiterRow.matches(String(decoding: line, as: UTF8.self))
                {
                    table = true
                }
            }
            lineStart = lineEnd + 1
        }
        if headings >= 3 { return true }
        var kinds = [headings > 0, table, task, fence].filter { $0 }.count
        if kinds >= 2 { return true }
        let mayBeStrong = contains(head, [0x2A, 0x2A]) || contains(head, [0x5F, 0x5F])
        let mayLink = contains(head, [0x5D, 0x28])
        guard mayBeStrong || kinds + (mayLink ? 1 : 0) >= 2 else { return false }
        let written = String(decoding: head, as: UTF8.self)
        if mayBeStrong {
            // Bold words alone, when there are many: a contract exported with its title, parties and defined terms in bold
            // ("**Quantum Leaf Labs, Inc.**, a Delaware corporation ("**QLL**")").
            if boldWords.count(in: written, limit: Self.boldAlone) >= Self.boldAlone { return true }
            // Fewer count as one kind of mark, which decides only beside another.
            if kinds + (mayLink ? 1 : 0) >= 1, strong.matches(written) { kinds += 1 }
        }
        if kinds < 2, mayLink, inlineLink.matches(written) { kinds += 1 }
        return kinds >= 2
    }

    /// How many bold spans make a text Markdown with no other mark.
    static let boldAlone = 4
    /// A bold span of words for that count: "**Agreement**", "**Quantum Leaf Labs, Inc.**"; not a filing's redaction
    /// "[**]" or "$[**]", nor the stars of "[**] ([**])" read as one span.
    private static let boldWords = StringRegex("(?<![\\w*_\\[])\\*\\*(?=[\\p{L}\\d\"“(])[^*\\n]{1,120}?(?<=[\\p{L}\\d.)”\"])\\*\\*(?![\\w*_\\]])")

    private static func contains(_ bytes: [UInt8], _ pair: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == pair[0], bytes[index + 1] == pair[1] { return true }
            index += 1
        }
        return false
    }

    /// The text without its Markdown.
    static func plain(_ text: String) -> String {
        var output: [String] = []
        var inFence = false
        let lines = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if codeFence.matches(line) {
                inFence.toggle()
                continue
            }
            if inFence {
                output.append(line)
                continue
            }
            // A table: its header row, the delimiter row under it, and the rows after, each as tab-separated cells.
            if index < lines.count, line.contains("|"), tableDelimiterRow.matches(lines[index]) {
                output.append(cells(of: line))
                index += 1
                while index < lines.count, lines[index].contains("|"), !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
                    output.append(cells(of: lines[index]))
                    index += 1
                }
                continue
            }
            // A rule, or a setext heading's underline: nothing to read.
            if rule.matches(line) { continue }
            // A link's reference definition ("[1]: https://...") is no text.
            if referenceDefinition.matches(line) { continue }
            var block = blockQuote.replacing(in: line, with: "")
            if let title = heading.group(1, in: block) {
                block = closingHashes.replacing(in: String(title), with: "")
            }
            block = taskTicked.replacing(in: block, with: "$1☒ ")
            block = taskEmpty.replacing(in: block, with: "$1☐ ")
            block = bullet.replacing(in: block, with: "$1")
            output.append(inline(block))
        }
        return output.joined(separator: "\n")
    }

    /// A table row's cells, without the pipes that bound them, separated by tabs as a Word table's are.
    private static func cells(of row: String) -> String {
        var trimmed = row.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("|") { trimmed.removeFirst() }
        if trimmed.hasSuffix("|"), !trimmed.hasSuffix("\\|") { trimmed.removeLast() }
        // A pipe escaped in a cell ("A \| B") is part of it.
        let parts = trimmed.replacingOccurrences(of: "\\|", with: "\u{0}").split(separator: "|", omittingEmptySubsequences: false)
        return parts.map { inline(String($0).replacingOccurrences(of: "\u{0}", with: "|").trimmingCharacters(in: .whitespaces)) }
            .joined(separator: "\t")
    }

    /// A line's inline marks removed: images and links as their words, code spans, strong and emphasised words, HTML tags
    /// and entities, escapes.
    private static func inline(_ line: String) -> String {
        guard line.contains(where: { "*_`[<&\\!".contains($0) }) else { return line }
        var text = line
        text = image.replacing(in: text, with: "$1")
        text = inlineLink.replacing(in: text, with: "$1")
        text = referenceLink.replacing(in: text, with: "$1")
        text = autolink.replacing(in: text, with: "$1")
        text = codeSpan.replacing(in: text, with: "$1")
        text = strong.replacing(in: text, with: "$2")
        text = emphasis.replacing(in: text, with: "$2")
        text = lineBreakTag.replacing(in: text, with: " ")
        text = htmlTag.replacing(in: text, with: "")
        for (entity, character) in entities where text.contains(entity) {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return escape.replacing(in: text, with: "$1")
    }

    private static let entities = [
        ("&nbsp;", " "), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ldquo;", "“"),
        ("&rdquo;", "”"), ("&ndash;", "–"), ("&mdash;", "—"), ("&sect;", "§"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"),
    ]

    private static let heading = StringRegex("(?m)^ {0,3}#{1,6}[ \\t]+(\\S.*)$")
    private static let closingHashes = StringRegex("[ \\t]+#+[ \\t]*$")
    private static let codeFence = StringRegex("(?m)^ {0,3}(?:```|~~~)")
    private static let tableDelimiterRow = StringRegex("(?m)^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)+\\|?[ \\t]*$")
    private static let rule = StringRegex("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:=[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$")
    private static let referenceDefinition = StringRegex("^ {0,3}\\[[^\\]]+\\]:[ \\t]+\\S+")
    private static let blockQuote = StringRegex("^ {0,3}(?:>[ \\t]?)+")
    private static let taskTicked = StringRegex("^([ \\t]*)[-*+][ \\t]+\\[[xX]\\][ \\t]+")
    private static let taskEmpty = StringRegex("^([ \\t]*)[-*+][ \\t]+\\[ \\][ \\t]+")
    /// A bullet's mark; a number ("1.") stays, as Word's numbering does.
    private static let bullet = StringRegex("^([ \\t]*)[-*+][ \\t]+(?=\\S)")
    private static let image = StringRegex("!\\[([^\\]]*)\\]\\([^)\\s]*(?:[ \\t]+\"[^\"]*\")?\\)")
    private static let inlineLink = StringRegex("(?<!!)\\[([^\\]]+)\\]\\([^)\\s]*(?:[ \\t]+\"[^\"]*\")?\\)")
    private static let referenceLink = StringRegex("\\[([^\\]]+)\\]\\[[^\\]]*\\]")
    private static let autolink = StringRegex("<((?:https?|mailto):[^>\\s]+)>")
    private static let codeSpan = StringRegex("`([^`]+)`")
    /// "**Introduction**", "__Term__"; not a blank line to sign on ("________").
    private static let strong = StringRegex("(?<![\\w*_])(\\*\\*|__)(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![\\w*_])")
    private static let emphasis = StringRegex("(?<![\\w*_])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![\\w*_])")
    private static let lineBreakTag = StringRegex("<br[ \\t]*/?>", caseInsensitive: true)
    /// The tags Markdown documents carry inline; text such as "< 5%" is kept.
    private static let htmlTag = StringRegex(
        "</?(?:span|label|div|p|b|i|u|em|strong|sup|sub|a|font|small|center|mark|ins|del|s)(?:[ \\t][^>]*)?>", caseInsensitive: true)
    private static let escape = StringRegex("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])")
}
