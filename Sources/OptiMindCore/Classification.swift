/// What the classifier decided about a document, and why.
public struct Classification: Sendable, Codable, Equatable {
    public var kind: DocumentKind
    /// Only for contracts: one of the seed's ten types.
    public var contractType: ContractType?
    /// 0...1; below the configured threshold the analysis asks for a human review.
    public var confidence: Double
    /// The second-best contract type, when there was a contest.
    public var runnerUp: ContractType?
    /// Human-readable reasons: the title, defined roles, characteristic phrases found.
    public var evidence: [String]
    /// Why the confidence is below the top, each with the figures behind it: a second kind or type that scored too, few
    /// signals, no type signal, no contract language. Empty when the classifier is sure.
    public var doubts: [String]

    public init(
        kind: DocumentKind, contractType: ContractType?, confidence: Double, runnerUp: ContractType? = nil,
        evidence: [String], doubts: [String] = []
    ) {
        self.kind = kind
        self.contractType = contractType
        self.confidence = confidence
        self.runnerUp = runnerUp
        self.evidence = evidence
        self.doubts = doubts
    }

    /// Why an analysis of this classification asks for a human review under `threshold`: the confidence against it, then
    /// the doubts; empty when the confidence reaches it.
    public func reviewReasons(threshold: Double) -> [String] {
        confidence < threshold ? ["classification confidence \(confidence) is below the review threshold \(threshold)"] + doubts : []
    }
}

/// A passage quoted from the document, with the page it stands on (1-based).
public struct Evidence: Sendable, Codable, Equatable, Hashable {
    public var page: Int
    public var quote: String

    public init(page: Int, quote: String) {
        self.page = page
        self.quote = quote
    }

    /// Whether two quotes come from the same sentence (two patterns, or a pattern and the clause model,
    /// often find the same one, cut at different lengths): same page, and one starts as the other does, or the whole
    /// words of a cut one are all in the other ("….2 Master Franchisee shall pay ... following mont…" beside "Master
    /// Franchisee shall pay ... following month.").
    /// A quote cut from the middle of another that goes on past it is kept: it is often the part that matters
    /// (treating it as the same sentence lowered the evidence hit rate, 0.958 -> 0.949 on the tuning part).
    public func isSameSentence(as other: Evidence) -> Bool {
        guard page == other.page else { return false }
        if quote.hasPrefix(other.quote.prefix(48)) || other.quote.hasPrefix(quote.prefix(48)) { return true }
        if let words = Self.wholeWords(ofCut: quote), ByteSearch.contains(Array(other.quote.utf8), words) { return true }
        if let words = Self.wholeWords(ofCut: other.quote), ByteSearch.contains(Array(quote.utf8), words) { return true }
        return false
    }

    /// Whether two quotes show one passage however each was cut ("…Agreement is deleted and replaced ... at least thirty (30) days
    /// b…" and "…the following: "The term ... at least thirty (30) days before the end of the then-current term.""): the same
    /// sentence, or the middle 100 bytes of the shorter stand in the longer. Looser than `isSameSentence`, for one risk
    /// factor per passage; not for a clause's quotes, where a part cut from the middle of a sentence is often the part that matters.
    public func overlaps(_ other: Evidence) -> Bool {
        guard page == other.page else { return false }
        if isSameSentence(as: other) { return true }
        let (short, long) = quote.utf8.count <= other.quote.utf8.count ? (quote, other.quote) : (other.quote, quote)
        let bytes = Array(short.utf8)
        guard bytes.count >= 160 else { return false }
        let start = bytes.count / 2 - 50
        return ByteSearch.contains(Array(long.utf8), Array(bytes[start..<start + 100]))
    }

    /// Whether this quote, cut at its start or end, is a part of `whole`: every whole word of it stands in `whole`, in order
    /// (false for a quote that is not cut).
    public func isCut(from whole: Evidence) -> Bool {
        guard page == whole.page, let words = Self.wholeWords(ofCut: quote) else { return false }
        return ByteSearch.contains(Array(whole.quote.utf8), words)
    }

    /// Whether the quote was cut at its start or end ("…").
    public var isCut: Bool { Self.cutAtStart(quote) || Self.cutAtEnd(quote) }

    /// "…" in UTF-8: compared as bytes, as this runs for every pair of quotes a clause finds.
    private static let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
    private static func cutAtStart(_ quote: String) -> Bool { quote.utf8.starts(with: ellipsis) }
    private static func cutAtEnd(_ quote: String) -> Bool { quote.utf8.reversed().starts(with: ellipsis.reversed()) }

    /// The whole words of a quote cut at its start or end (a partial word at a cut left out), as UTF-8, when it is cut
    /// and at least 24 bytes remain.
    private static func wholeWords(ofCut quote: String) -> [UInt8]? {
        let atStart = cutAtStart(quote), atEnd = cutAtEnd(quote)
        guard atStart || atEnd else { return nil }
        var words = Array(quote.utf8)[...]
        if atStart {
            guard let space = words.firstIndex(of: 0x20) else { return nil }
            words = words[(space + 1)...]
        }
        if atEnd {
            guard let space = words.lastIndex(of: 0x20) else { return nil }
            words = words[..<space]
        }
        return words.count >= 24 ? Array(words) : nil
    }
}
