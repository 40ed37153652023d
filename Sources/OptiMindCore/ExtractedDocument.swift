/// The text of one document as the extraction stage found it: what every later stage reads.
public struct ExtractedDocument: Sendable, Codable, Equatable {
    /// The MIME type found by content sniffing (never by the file name).
    public var mimeType: String
    /// One entry per page for paginated formats; a single entry for DOCX and plain text.
    public var pageTexts: [String]
    /// Things a reader should know: pages without text, parts that could not be read, a mismatched extension.
    public var warnings: [String]
    /// Whether a DOCX carried tracked changes (insertions kept, deletions dropped).
    public var hasTrackedChanges: Bool
    /// Comments kept apart from the body text.
    public var comments: [String]
    /// Set when the file name's extension disagrees with the content, e.g. "named .docx, content is PDF".
    public var extensionMismatch: String?

    public init(
        mimeType: String, pageTexts: [String], warnings: [String] = [], hasTrackedChanges: Bool = false,
        comments: [String] = []
    ) {
        self.mimeType = mimeType
        self.pageTexts = pageTexts
        self.warnings = warnings
        self.hasTrackedChanges = hasTrackedChanges
        self.comments = comments
    }

    /// The page count (1 for formats without pages).
    public var pages: Int { pageTexts.count }

    /// The whole text, pages separated by a form feed so offsets can be mapped back to pages.
    public var text: String { pageTexts.joined(separator: "\u{0C}") }

    /// The first `count` characters of `text` (all of it when shorter), joined from the first pages
    /// only: titles are read there, and joining a long document's pages costs more than reading them.
    /// A run of spaces or tabs is one space: a text layer that centres its headings with padding
    /// ("EXHIBIT 10.1" and two pages of spaces) would otherwise push the title out of the opening.
    public func opening(_ count: Int) -> String {
        var opening = ""
        var characters = 0
        for (index, page) in pageTexts.enumerated() {
            if index > 0 {
                if characters >= count { break }
                opening += "\u{0C}"
                characters += 1
            }
            // Padding dropped from as many bytes as the characters still wanted can take (four a character at most).
            let text = Padding.collapsed(page, limit: (count - characters) * 4 + 4)
            opening += text
            characters += Self.characters(in: text)
            if characters >= count { break }
        }
        return String(opening.prefix(count))
    }

    /// The character count of `text`, without joining it (a form feed never joins a neighbour into
    /// one character).
    public var characterCount: Int {
        pageTexts.isEmpty ? 0 : pageTexts.reduce(pageTexts.count - 1) { $0 + Self.characters(in: $1) }
    }

    /// `string.count`, with a byte scan instead of grapheme breaking for ASCII without carriage returns
    /// (nearly every page), where each byte is one character.
    static func characters(in string: String) -> Int {
        let simple = string.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }
        return simple == true ? string.utf8.count : string.count
    }
}
