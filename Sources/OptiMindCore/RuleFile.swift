import CTextSearch
import Foundation

/// A failure to load tunable rule data from `Config/`: the file, the key and what is wrong with it.
public struct RuleFileError: DiagnosableError {
    public let file: String?
    public let reason: String
    public var exitStatus: SysExit { .config }

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}

/// Loads a rule data file (JSON) into a Decodable value, with errors that name the file and the key.
public enum RuleFile {
    public static func load<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleFileError(file: path, reason: "cannot read the rule file")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw RuleFileError(file: path, reason: "missing key \(keyPath(context.codingPath + [key]))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw RuleFileError(file: path, reason: "wrong type at \(keyPath(context.codingPath)): \(context.debugDescription)")
        } catch let DecodingError.valueNotFound(_, context) {
            throw RuleFileError(file: path, reason: "missing value at \(keyPath(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) {
            let detail = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            throw RuleFileError(
                file: path, reason: "invalid JSON at \(keyPath(context.codingPath)): \(detail ?? context.debugDescription)")
        }
    }

    static func keyPath(_ path: [any CodingKey]) -> String {
        path.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }.ifEmpty("(top level)")
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}

/// Case-insensitive regular expressions compiled once from rule data, with a match that reports evidence.
///
/// Each pattern is a `TextPattern`: it searches only around the words every match must contain, so a
/// rule costs almost nothing on a document that lacks them. A match is at most
/// `TextPattern.maximumMatchLength` characters long.
public struct PatternSet: Sendable {
    public let sources: [String]
    private let patterns: [TextPattern]

    /// Compiles each pattern; an invalid one is reported with the rule file and key it came from.
    public init(_ patterns: [String], file: String, key: String) throws {
        sources = patterns
        self.patterns = try patterns.enumerated().map { index, pattern in
            do {
                return try TextPattern(pattern, caseInsensitive: true, multiline: true)
            } catch let error as TextPattern.SyntaxError {
                throw RuleFileError(file: file, reason: "\(key)[\(index)]: \(error)")
            }
        }
    }

    public var isEmpty: Bool { patterns.isEmpty }

    /// Every match of every pattern, in document order, at most `limit`.
    public func matches(in text: PagedText, limit: Int = 5) -> [NSRange] {
        var found: [NSRange] = []
        for pattern in patterns {
            found += pattern.matches(in: text, limit: limit).map(\.range)
        }
        return Array(found.sorted { $0.location < $1.location }.prefix(limit))
    }

    /// Evidence quotes for the first matches: sentences that say something (an obligation, a right)
    /// first; a table-of-contents line or a definition that only points elsewhere only when nothing
    /// better is found.
    /// A sentence that also matches `unless` is no evidence (it states the opposite).
    public func evidence(in text: PagedText, limit: Int = 3, unless: PatternSet? = nil) -> [Evidence] {
        // Each quote as found, and as it will be shown once that was needed (made presentable at most once).
        var quotes: [(evidence: Evidence, shown: Evidence?, rank: Int)] = []
        for range in matches(in: text, limit: limit * (unless == nil ? 3 : 6)) {
            let quote = text.sentence(around: range)
            // The whole sentence, not the quote's window: "either party may assign ... without consent to
            // (i) its successor in a merger" states its exception far from the word that matched.
            if let unless, unless.matchesAny(text.substring(text.sentenceRange(around: range, limit: Self.sentenceLimit))) {
                continue
            }
            // Two patterns often hit the same sentence: keep one quote of it, the longer. A quote cut short is compared as it
            // will be shown too (a section number left out: "3.2 Master Franchisee shall pay ..." and "….2 Master Franchisee
            // shall pay ...").
            var shown: Evidence?
            var same: Int?
            for index in quotes.indices {
                if quotes[index].evidence.isSameSentence(as: quote) { same = index; break }
                guard quotes[index].evidence.isCut || quote.isCut else { continue }
                if quotes[index].shown == nil { quotes[index].shown = PagedText.finished(quotes[index].evidence) }
                if shown == nil { shown = PagedText.finished(quote) }
                if let earlier = quotes[index].shown, let shown, earlier.isSameSentence(as: shown) { same = index; break }
            }
            if let same {
                if quote.quote.count > quotes[same].evidence.quote.count { quotes[same] = (quote, shown, quotes[same].rank) }
                continue
            }
            quotes.append((quote, shown, Self.rank(quote.quote)))
            // Enough sentences of the best kind, in document order: the rest cannot displace them.
            if quotes.filter({ $0.rank == 0 }).count >= limit { break }
        }
        // Made presentable, two quotes of one sentence may turn out the same ("3. Rent\nThe Tenant shall pay base rent ..."
        // and "The Tenant shall pay base rent ...", the heading left out of both): the first stands for both. Only the very same
        // quote: sentences that open alike may go on differently ("In the event of a Change of Control of the Licensee, ..." and
        // "... of the Licensor, ...").
        var chosen: [Evidence] = []
        for element in quotes.enumerated().sorted(by: { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }).map(\.element) {
            let shown = element.shown ?? PagedText.finished(element.evidence)
            guard !chosen.contains(shown) else { continue }
            chosen.append(shown)
            if chosen.count == limit { break }
        }
        return chosen
    }

    /// How far an `unless` check looks for the sentence's ends (a quote stops at 280 characters).
    public static let sentenceLimit = 1200

    /// 0 for a sentence with a verb of obligation or permission, 1 for other prose, 2 for a pointer
    /// (a table-of-contents line, "has the meaning set forth in Section ...") or a heading in capitals.
    static func rank(_ quote: String) -> Int {
        // Section numbers such as "12.3": three or more make a table-of-contents line.
        var sectionNumbers = 0
        let bytes = Array(quote.utf8)
        for index in bytes.indices.dropFirst().dropLast() where bytes[index] == 0x2E {
            if (0x30...0x39).contains(bytes[index - 1]), (0x30...0x39).contains(bytes[index + 1]) { sectionNumbers += 1 }
        }
        // Byte searches on the lower-cased text: Foundation's String.contains is far slower here.
        let lower = Array((" " + quote.lowercased() + " ").utf8)
        func has(_ word: [UInt8]) -> Bool { ByteSearch.contains(lower, word) }
        if sectionNumbers >= 3 || pointerWords.contains(where: has) || tableOfContentsLine.matches(quote) || tableOfContentsRows.matches(quote) { return 2 }
        if obligationWords.contains(where: has) { return 0 }
        // A short heading in capitals alone ("ARTICLE VI CONFIDENTIAL INFORMATION") says where a clause is, not what it
        // says; a clause in capitals ("THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND") is longer.
        return bytes.count > 64 || quote.contains(where: \.isLowercase) ? 1 : 2
    }

    /// A table of contents' line: a heading and its page number ("Confidentiality 11 31.", "Governing Law 22").
    private static let tableOfContentsLine = StringRegex("^[A-Za-z][A-Za-z ,&;'’-]{2,60}\\s+\\d{1,3}(?:\\s+\\d{1,3})?\\.?$")
    /// A Word table of contents' rows, each a heading and its page number, read as one: "ARTICLE VI TERMINATION 31 Section
    /// 6.2 Termination Fee 32".
    private static let tableOfContentsRows = StringRegex("^(?:[A-Z][\\w ,&;'’().–-]{2,60}?\\s\\d{1,3}\\s+){0,4}[A-Z][\\w ,&;'’().–-]{2,60}?\\s\\d{1,3}$")

    private static let pointerWords = [" has the meaning", " have the meaning"].map { Array($0.utf8) }
    private static let obligationWords = [
        // Not " agree" alone, which every "AGREEMENT" heading holds, nor " warrant", which "WARRANTY" does.
        " shall ", " will ", " may ", " must ", " agree ", " agree,", " agree:", " agree.", " agrees ", " agreed ", " warrant ", " warrants ",
        " is entitled", " are entitled", " undertake",
    ].map { Array($0.utf8) }

    /// The first capture group (or whole match) of the first pattern that matches a string.
    public func firstCapture(in string: String) -> String? {
        let text = PagedText(string)
        for pattern in patterns {
            if let match = pattern.firstMatch(in: text) {
                let group = match.range(at: 1)
                return text.substring(group.location != NSNotFound ? group : match.range)
            }
        }
        return nil
    }

    /// The text each matching pattern matched first, in pattern order.
    public func matchedTexts(in string: String) -> [String] { matchedTexts(in: PagedText(string)) }

    /// The same over text prepared once, for callers that try many pattern sets on one text (inside
    /// `range` when given).
    public func matchedTexts(in text: PagedText, range: NSRange? = nil) -> [String] {
        patterns.compactMap { pattern in pattern.firstMatch(in: text, range: range).map { text.substring($0.range) } }
    }

    /// Whether any pattern matches (inside `range` when given), trying them in order and stopping at the first that does.
    public func matchesAny(in text: PagedText, range: NSRange? = nil) -> Bool {
        patterns.contains { $0.firstMatch(in: text, range: range) != nil }
    }

    public func matchesAny(_ string: String) -> Bool { matchesAny(in: PagedText(string)) }

    /// Where the first pattern that matches inside `range` first matches there.
    public func firstMatch(in text: PagedText, range: NSRange) -> NSRange? {
        patterns.lazy.compactMap { $0.firstMatch(in: text, range: range)?.range }.first
    }

    /// How many patterns match a string at least once.
    public func countMatching(_ string: String) -> Int { countMatching(in: PagedText(string)) }

    public func countMatching(in text: PagedText) -> Int {
        patterns.reduce(0) { count, pattern in count + (pattern.firstMatch(in: text) != nil ? 1 : 0) }
    }
}
