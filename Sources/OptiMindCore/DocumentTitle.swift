import Foundation

/// How a document names itself.
public enum DocumentTitle {
    /// The first non-empty line, at most 200 characters.
    public static func firstLine(of text: String, fallback: String) -> String {
        let line = text.prefix(2_000).split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" })
            .map { withoutMarkdown($0.trimmingCharacters(in: .whitespaces)) }.first { !$0.isEmpty }
        return String((line ?? fallback).prefix(200))
    }

    /// The first of the opening lines that names what the document is (one of `words`, any case),
    /// else the first line: "California Privacy Notice" rather than the company name above it.
    public static func naming(_ words: [String], in text: String, fallback: String) -> String {
        let lines = text.prefix(2_000).split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" })
            .map { withoutMarkdown($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }.prefix(6)
        let named = lines.first { line in line.count <= 120 && words.contains { line.lowercased().contains($0) } }
        return named.map { String($0.prefix(200)) } ?? firstLine(of: text, fallback: fallback)
    }

    /// A line without the Markdown that marks it up: a heading's "# " or "## ", bold's "**"
    /// ("# **MUTUAL NON-DISCLOSURE AGREEMENT**" is "MUTUAL NON-DISCLOSURE AGREEMENT").
    public static func withoutMarkdown(_ line: String) -> String {
        guard line.hasPrefix("#") || line.contains("**") else { return line }
        var result = Substring(line)
        if result.hasPrefix("#") {
            let hashes = result.prefix { $0 == "#" }
            if hashes.count <= 6, result.dropFirst(hashes.count).first == " " { result = result.dropFirst(hashes.count + 1) }
        }
        return String(result).replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// What a browser prints above a page and names nothing: the print's date and time ("12/1/26, 1:07 PM") or the
    /// file's name ("uk-employment-settlement-agreement"). Such a line is no title line, and its date no date of the
    /// document.
    public static func isPrintHeader(_ line: String) -> Bool {
        printDate.matches(line) || (!line.contains(" ") && fileStem.matches(line))
    }
    /// Whether a line is a print's date and time alone: "12/1/26, 1:07 PM".
    public static func isPrintDate(_ line: String) -> Bool { printDate.matches(line) }
    private static let printDate = StringRegex("^\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?:\\s?[AaPp][Mm])?$")
    private static let fileStem = StringRegex("^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+){2,}$")

    /// Whether a line is a letter's salutation: "Dear Sirs", "Dear Priya,".
    public static func isSalutation(_ line: String) -> Bool { line.lowercased().hasPrefix("dear ") }

    /// Whether a line under a letter's salutation is its subject ("Dear Sirs" over "Project Falcon - Confidentiality
    /// Undertaking"), not the first line of its text ("We are excited to offer you the position of Executive Chef at"):
    /// short, ending no sentence, with at most one word in lower case besides "of", "and", "the" and their kind.
    public static func isLetterSubject(_ line: String) -> Bool {
        guard line.count <= 100, let last = line.last, !".,;:".contains(last) else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 2 else { return false }
        let lowerCase = words.filter { word in word.first?.isLowercase == true && !titleSmallWords.contains(word.lowercased()) }
        return lowerCase.count <= 1
    }
    /// Words a title keeps in lower case: "Sales, Marketing, Distribution, and Supply Agreement", "Offer of Employment".
    public static let titleSmallWords: Set<String> = ["of", "and", "or", "the", "to", "for", "in", "on", "a", "an", "at", "by", "with", "re", "-", "–", "&"]

    /// Whether a word of a line is one of running text: its first letter in lower case, and no word a title keeps so
    /// ("(also", "is"; not "and", "of").
    public static func isTextWord(_ word: Substring) -> Bool {
        word.first(where: \.isLetter)?.isLowercase == true && !titleSmallWords.contains(word.lowercased())
    }

    /// The first 600 characters: where the title and subtitle stand.
    public static func opening(of text: String) -> String { String(text.prefix(600)) }
}
