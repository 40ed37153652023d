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
public struct PatternSet: @unchecked Sendable {
    public let sources: [String]
    private let expressions: [NSRegularExpression]
    /// For each pattern, a lower-case word every match must contain (nil when none is certain): a
    /// document without it is not searched with that pattern at all, which skips most regex work.
    private let requiredWords: [[UInt8]?]

    /// Compiles each pattern; an invalid one is reported with the rule file and key it came from.
    public init(_ patterns: [String], file: String, key: String) throws {
        sources = patterns
        expressions = try patterns.enumerated().map { index, pattern in
            do {
                return try NSRegularExpression(
                    pattern: Self.spacesMatchLineBreaks(pattern), options: [.caseInsensitive, .anchorsMatchLines])
            } catch {
                throw RuleFileError(file: file, reason: "\(key)[\(index)]: invalid regular expression \(pattern)")
            }
        }
        requiredWords = patterns.map { Self.requiredWord(of: $0).map { Array($0.utf8) } }
    }

    /// The longest run of plain letters (four or more) that every match of `pattern` must contain:
    /// only letters at the top level of the pattern count (not inside groups or classes, not
    /// quantified), and a pattern with a top-level alternation has none.
    static func requiredWord(of pattern: String) -> String? {
        let characters = Array(pattern)
        var depth = 0
        var index = 0
        var runs: [String] = []
        var current = ""
        func endRun() {
            if current.count >= 4 { runs.append(current) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                endRun()
                index += 2
                continue
            case "[":
                endRun()
                // Skip the class, including an escaped or leading "]".
                index += 1
                if index < characters.count, characters[index] == "^" { index += 1 }
                if index < characters.count, characters[index] == "]" { index += 1 }
                while index < characters.count, characters[index] != "]" {
                    if characters[index] == "\\" { index += 1 }
                    index += 1
                }
            case "(":
                endRun()
                depth += 1
            case ")":
                endRun()
                depth -= 1
            case "|":
                if depth == 0 { return nil }
                endRun()
            case "?", "*", "{":
                // The quantifier applies to the last letter only: it is not required.
                if !current.isEmpty { current.removeLast() }
                endRun()
                if character == "{" { while index < characters.count, characters[index] != "}" { index += 1 } }
            case "+", ".", "^", "$":
                endRun()
            default:
                if depth == 0, character.isASCII, character.isLetter {
                    current.append(Character(character.lowercased()))
                } else {
                    endRun()
                }
            }
            index += 1
        }
        endRun()
        return runs.max { $0.count < $1.count }
    }

    /// Whether the lower-cased UTF-8 text could match pattern `index`.
    private func mayMatch(_ index: Int, _ lowered: [UInt8]) -> Bool {
        guard let word = requiredWords[index] else { return true }
        return Self.contains(lowered, word)
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }

    public var isEmpty: Bool { expressions.isEmpty }

    /// A space in a rule matches any run of whitespace: extracted text breaks lines anywhere, and a
    /// rule author should not have to think about it. Spaces inside character classes stay as written.
    static func spacesMatchLineBreaks(_ pattern: String) -> String {
        var out = ""
        var inClass = false
        var escaped = false
        for character in pattern {
            if escaped {
                out.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true; out.append(character)
            case "[": inClass = true; out.append(character)
            case "]": inClass = false; out.append(character)
            case " " where !inClass: out += "\\s+"
            default: out.append(character)
            }
        }
        return out
    }

    /// Every match of every pattern, in document order, at most `limit`.
    public func matches(in text: PagedText, limit: Int = 5) -> [NSRange] {
        var found: [NSRange] = []
        let whole = NSRange(location: 0, length: text.text.length)
        let lowered = text.loweredUTF8
        for (index, expression) in expressions.enumerated() where mayMatch(index, lowered) {
            expression.enumerateMatches(in: text.string, range: whole) { result, _, stop in
                if let range = result?.range { found.append(range) }
                if found.count >= limit * 4 { stop.pointee = true }
            }
        }
        return Array(found.sorted { $0.location < $1.location }.prefix(limit))
    }

    /// Evidence quotes for the first matches.
    public func evidence(in text: PagedText, limit: Int = 3) -> [Evidence] {
        var quotes: [Evidence] = []
        for range in matches(in: text, limit: limit * 3) {
            let quote = text.quote(around: range)
            // Two patterns often hit the same sentence: keep one quote of it, the longer.
            let key = String(quote.quote.prefix(48))
            if let index = quotes.firstIndex(where: { $0.page == quote.page && ($0.quote.hasPrefix(key) || quote.quote.hasPrefix(String($0.quote.prefix(48)))) }) {
                if quote.quote.count > quotes[index].quote.count { quotes[index] = quote }
                continue
            }
            quotes.append(quote)
            if quotes.count == limit { break }
        }
        return quotes
    }

    /// The first capture group (or whole match) of the first pattern that matches a string.
    public func firstCapture(in string: String) -> String? {
        let ns = string as NSString
        for expression in expressions {
            if let match = expression.firstMatch(in: string, range: NSRange(location: 0, length: ns.length)) {
                let range = match.numberOfRanges > 1 && match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range
                return ns.substring(with: range)
            }
        }
        return nil
    }

    /// The text each matching pattern matched first, in pattern order.
    public func matchedTexts(in string: String) -> [String] { matchedTexts(in: PagedText(pages: [string])) }

    /// The same over text prepared once (lower-cased for the pre-filter, bridged for the regex
    /// engine), for callers that try many pattern sets on one text.
    public func matchedTexts(in text: PagedText) -> [String] {
        let range = NSRange(location: 0, length: text.text.length)
        return expressions.enumerated().compactMap { index, expression in
            guard mayMatch(index, text.loweredUTF8) else { return nil }
            return expression.firstMatch(in: text.string, range: range).map { text.text.substring(with: $0.range) }
        }
    }

    /// How many patterns match a string at least once.
    public func countMatching(_ string: String) -> Int { countMatching(in: PagedText(pages: [string])) }

    public func countMatching(in text: PagedText) -> Int {
        let range = NSRange(location: 0, length: text.text.length)
        return expressions.enumerated().reduce(0) { count, pair in
            guard mayMatch(pair.offset, text.loweredUTF8) else { return count }
            return count + (pair.element.firstMatch(in: text.string, range: range) != nil ? 1 : 0)
        }
    }
}
