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
}
