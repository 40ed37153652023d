import Foundation
import _FoundationICU
import Synchronization

/// One match of a `TextPattern`: the whole range and each capture group's range (UTF-16 offsets;
/// `NSNotFound` for a group that did not take part).
public struct TextMatch: Sendable, Equatable {
    public let range: NSRange
    let groups: [NSRange]

    /// Group `index` (0 is the whole match).
    public func range(at index: Int) -> NSRange {
        index == 0 ? range : (index <= groups.count ? groups[index - 1] : NSRange(location: NSNotFound, length: 0))
    }
}

/// A regular expression compiled once by ICU and matched straight against a `PagedText`'s UTF-16
/// buffer.
///
/// Why not `NSRegularExpression`: on Linux it copies the whole text into a fresh UTF-16 buffer for
/// every call, which costs as much as the matching itself when a document meets a hundred rules.
/// Here the text is converted once per document, and each pattern searches only the windows
/// around the literal words every match must contain (see `anchors`), with transparent bounds, so
/// `\b` and look-behind see the text around a window. The cost: a match longer than
/// `maximumMatchLength` UTF-16 units is not found when the pattern has anchors. Where a match can
/// only start at its anchor word, only those positions are tried.
///
/// One `TextPattern` serves every worker thread (see `CompiledExpression`).
public final class TextPattern: @unchecked Sendable {
    /// The longest match a windowed search finds, unless a pattern gives its own.
    public static let maximumMatchLength = 1_000

    public let source: String
    /// For a case-insensitive pattern, the expression lower-cased and matched case-sensitively
    /// against `PagedText.lowered`: ICU compares case-insensitive literals one folded character at a
    /// time and cannot skip ahead to a literal prefix, so this is faster on the same text. Nil when
    /// the pattern says something lower-casing would change (see `PatternAnchors.lowered`).
    private let lowered: CompiledExpression?
    /// The expression as written, compiled when first needed if `lowered` serves most texts.
    private let compiled: Mutex<CompiledExpression?>
    private let flags: UInt32
    /// Sets of folded words (see `PagedText.fold`): every match contains a word of each set. Empty
    /// when no word is certain.
    let anchorSets: [[[UInt8]]]
    /// Each anchor word's id in the anchor automaton (see `AnchorAutomaton.register`), set by set.
    let anchorIDs: [[Int]]
    /// How many words an automaton must know to find every anchor of this pattern.
    let anchorTableSize: Int
    /// For each anchor set, whether every match starts with its word (see `PatternAnchors.anchorSets`).
    let anchorStarts: [Bool]
    /// How far from an anchor a match may reach.
    let reach: Int
    /// For each anchor set, whether every match ends with its word.
    let anchorEnds: [Bool]

    public struct SyntaxError: Error, CustomStringConvertible {
        public let pattern: String
        public let detail: String
        public var description: String { "invalid regular expression \(pattern): \(detail)" }
    }

    /// Compiles `pattern` (ICU syntax). A space in the pattern matches any run of whitespace, line
    /// breaks included: extracted text breaks lines and pads words where the page did (see
    /// `PatternAnchors.spacesAsWhitespace`). `caseInsensitive` and `multiline` (`^`/`$` at line ends)
    /// are the usual flags. `anchors` names the words of which every match contains one, for a
    /// pattern whose own literals do not show them (they are derived from the pattern otherwise);
    /// `maximumLength` is the longest match, which bounds the windows searched around them (derived
    /// from the pattern when not given: see `PatternAnchors.maximumLength`). `matchEndsAtAnchor` says
    /// that every match ends with one of the given `anchors` (a defined term's closing `")`), so only
    /// the text before each is searched.
    public init(
        _ pattern: String, caseInsensitive: Bool = true, multiline: Bool = false, anchors: [String]? = nil,
        maximumLength: Int? = nil, matchEndsAtAnchor: Bool = false
    ) throws {
        source = pattern
        let lineFlags = multiline ? UInt32(UREGEX_MULTILINE.rawValue) : 0
        let flags = lineFlags | (caseInsensitive ? UInt32(UREGEX_CASE_INSENSITIVE.rawValue) : 0)
        self.flags = flags
        if caseInsensitive, let lower = PatternAnchors.lowered(pattern) {
            lowered = try CompiledExpression(PatternAnchors.spacesAsWhitespace(lower), flags: lineFlags, source: pattern)
            compiled = Mutex(nil)
        } else {
            lowered = nil
            compiled = Mutex(try CompiledExpression(PatternAnchors.spacesAsWhitespace(pattern), flags: flags, source: pattern))
        }
        let sets = anchors.map { [(words: $0, startsMatch: false, endsMatch: matchEndsAtAnchor)] } ?? PatternAnchors.anchorSets(of: pattern)
        self.anchorSets = sets.map { $0.words.map(PagedText.fold) }
        self.anchorStarts = sets.map(\.startsMatch)
        self.anchorEnds = sets.map(\.endsMatch)
        let ids = AnchorAutomaton.register(anchorSets.flatMap { $0 })
        var next = 0
        anchorIDs = anchorSets.map { set in
            defer { next += set.count }
            return Array(ids[next..<(next + set.count)])
        }
        anchorTableSize = (ids.max() ?? -1) + 1
        reach = min(Self.maximumMatchLength, maximumLength ?? PatternAnchors.maximumLength(of: pattern) ?? Self.maximumMatchLength)
    }

    /// The occurrences (offset, length) near `bounds` of the anchor set whose words occur least there,
    /// and whether a match starts (ends) with that set's word; nil when the pattern has no anchors or the
    /// text's folding cannot be trusted. Occurrences with no word of every other set within `reach`
    /// on the side the pattern puts it are left out: every match holds a word of each set, in order,
    /// so such an occurrence starts none ("terminat" with no "for convenience" after it).
    private func anchorHits(in text: PagedText, bounds: Range<Int>) -> (hits: [(Int, Int)], startsMatch: Bool, endsMatch: Bool)? {
        // A sentence is searched whole: finding anchors would cost more than it saves.
        guard !anchorSets.isEmpty, !text.foldsBeyondASCII, text.length > 2_000 else { return nil }
        // Occurrences outside these offsets can neither start a match in `bounds` nor open a window on it.
        let near = (bounds.lowerBound - reach)..<(bounds.upperBound + reach)
        let table = text.anchorOccurrences(atLeast: anchorTableSize)
        let lists = anchorIDs.map { ids in ids.map { table[$0] } }
        func slice(_ list: [Int], _ range: Range<Int>) -> Range<Int> {
            Self.firstIndex(in: list, notBelow: range.lowerBound)..<Self.firstIndex(in: list, notBelow: range.upperBound)
        }
        var chosen = 0
        var fewest = Int.max
        for (index, words) in lists.enumerated() {
            let count = words.reduce(0) { $0 + slice($1, near).count }
            if count < fewest || (count == fewest && anchorStarts[index] && !anchorStarts[chosen]) {
                (chosen, fewest) = (index, count)
            }
            if fewest == 0 { return ([], anchorStarts[index], anchorEnds[index]) }
        }
        var hits: [(Int, Int)] = []
        hits.reserveCapacity(fewest)
        for (word, list) in zip(anchorSets[chosen], lists[chosen]) {
            for position in list[slice(list, near)] {
                // Every other set needs a word within `reach` of this occurrence, on its side: the sets
                // are in the order the pattern requires them, so an earlier set's word starts before this
                // one and a later set's after it ends.
                let before = (position - reach)..<position
                let after = (position + word.count)..<max(position + word.count, position + reach)
                let accompanied = lists.indices.allSatisfy { index in
                    index == chosen || lists[index].contains { !slice($0, index < chosen ? before : after).isEmpty }
                }
                if accompanied { hits.append((position, word.count)) }
            }
        }
        if anchorSets[chosen].count > 1 { hits.sort { $0.0 < $1.0 } }
        return (hits, anchorStarts[chosen], anchorEnds[chosen])
    }

    /// The index of the first element of `sorted` that is `value` or more (`sorted.count` if none).
    private static func firstIndex(in sorted: [Int], notBelow value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Every match inside `range` (the whole text by default), in order, at most `limit`.
    public func matches(in text: PagedText, range: NSRange? = nil, limit: Int = .max) -> [TextMatch] {
        var found: [TextMatch] = []
        enumerate(in: text, range: range) { match in
            found.append(match)
            return found.count < limit
        }
        return found
    }

    /// Whether a short string matches (for sentences and words; a document should be a PagedText once).
    public func matches(_ string: String) -> Bool { firstMatch(in: PagedText(string)) != nil }

    public func firstMatch(in text: PagedText, range: NSRange? = nil) -> TextMatch? {
        matches(in: text, range: range, limit: 1).first
    }

    /// Time spent searching, per pattern, when `OPTIMIND_PROFILE_PATTERNS` is set (see `PatternProfile`).
    public func enumerate(in text: PagedText, range: NSRange? = nil, _ body: (TextMatch) -> Bool) {
        guard PatternProfile.enabled else { return search(in: text, range: range, body) }
        let start = DispatchTime.now().uptimeNanoseconds
        search(in: text, range: range, body)
        PatternProfile.add(source, nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
    }

    /// Calls `body` with each match in order until it returns false.
    private func search(in text: PagedText, range: NSRange?, _ body: (TextMatch) -> Bool) {
        let bounds = range ?? NSRange(location: 0, length: text.length)
        guard bounds.length > 0 || text.length == 0 else { return }
        let limits = bounds.location..<(bounds.location + bounds.length)
        let anchored = anchorHits(in: text, bounds: limits)
        var regions: [Range<Int>] = [limits]
        var starts: [Int]?
        if let anchored {
            if anchored.startsMatch {
                starts = anchored.hits.map(\.0).filter(limits.contains)
                if starts!.isEmpty { return }
            } else {
                regions = windows(anchored.hits, within: limits, endingThere: anchored.endsMatch)
                if regions.isEmpty { return }
            }
        }
        var status = U_ZERO_ERROR
        let lowerText = lowered == nil ? nil : text.lowered
        let units = lowerText ?? text.utf16
        guard let expression = lowerText != nil ? lowered : asWritten(), let matcher = expression.takeMatcher() else { return }
        defer { expression.returnMatcher(matcher) }
        units.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 2)!
            swift_uregex_setText(matcher, base, Int32(buffer.count), &status)
            swift_uregex_useTransparentBounds(matcher, 1, &status)
            swift_uregex_useAnchoringBounds(matcher, 0, &status)
            let groupCount = Int(swift_uregex_groupCount(matcher, &status))
            guard status.rawValue <= U_ZERO_ERROR.rawValue else { return }
            func found() -> TextMatch {
                func range(_ group: Int32) -> NSRange {
                    let start = Int(swift_uregex_start64(matcher, group, &status))
                    let end = Int(swift_uregex_end64(matcher, group, &status))
                    return start < 0 ? NSRange(location: NSNotFound, length: 0) : NSRange(location: start, length: end - start)
                }
                let groups = groupCount == 0 ? [] : (1...groupCount).map { range(Int32($0)) }
                return TextMatch(range: range(0), groups: groups)
            }
            if let starts {
                // Every match starts at one of these positions: try each in order, past the last match.
                var next = limits.lowerBound
                for position in starts where position >= next {
                    swift_uregex_setRegion64(matcher, Int64(position), Int64(min(limits.upperBound, position + reach)), &status)
                    let matched = swift_uregex_lookingAt64(matcher, -1, &status) != 0
                    if status.rawValue > U_ZERO_ERROR.rawValue { return }
                    guard matched else { continue }
                    let match = found()
                    if !body(match) { return }
                    next = max(match.range.location + match.range.length, position + 1)
                }
                return
            }
            for region in regions {
                swift_uregex_setRegion64(matcher, Int64(region.lowerBound), Int64(region.upperBound), &status)
                while swift_uregex_findNext(matcher, &status) != 0, status.rawValue <= U_ZERO_ERROR.rawValue {
                    if !body(found()) { return }
                }
                if status.rawValue > U_ZERO_ERROR.rawValue { return }
            }
        }
    }

    /// The expression as written (nil only if ICU fails to compile what it compiled lower-cased).
    private func asWritten() -> CompiledExpression? {
        compiled.withLock { compiled in
            if compiled == nil {
                compiled = try? CompiledExpression(PatternAnchors.spacesAsWhitespace(source), flags: flags, source: source)
            }
            return compiled
        }
    }

    /// The merged windows of `reach` around each anchor occurrence inside `bounds`; only before it
    /// when every match ends with the anchor word.
    private func windows(_ starts: [(Int, Int)], within bounds: Range<Int>, endingThere: Bool) -> [Range<Int>] {
        guard !starts.isEmpty else { return [] }
        var merged: [Range<Int>] = []
        for (hit, length) in starts {
            let low = max(bounds.lowerBound, hit + length - reach)
            let high = min(bounds.upperBound, endingThere ? hit + length : hit + reach)
            guard low < high else { continue }
            if let last = merged.last, low <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, high)
            } else {
                merged.append(low..<high)
            }
        }
        return merged
    }
}

/// An ICU expression compiled once, and the matchers cloned from it for searches.
///
/// The compiled expression is never matched itself: each search works on a clone (ICU allows
/// cloning from several threads at once), so one expression serves every worker thread.
private final class CompiledExpression: @unchecked Sendable {
    private let pointer: OpaquePointer
    /// Matchers kept for reuse: cloning for every search of a short sentence costs more than the search.
    private let idle = Mutex<[IdleMatcher]>([])

    /// An ICU matcher between two searches; only ever used by the thread that took it.
    private struct IdleMatcher: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    init(_ pattern: String, flags: UInt32, source: String) throws {
        switch Self.open(pattern, flags: flags) {
        case .success(let expression): pointer = expression
        case .failure(let refused):
            // The expression compiled is rewritten (`PatternAnchors.spacesAsWhitespace`, lower-cased), so its offset would
            // point into text the rule's author never wrote: the pattern as written says where, when it fails too.
            guard case .failure(let written) = Self.open(source, flags: flags) else {
                throw TextPattern.SyntaxError(pattern: source, detail: Self.explain(refused.status))
            }
            let units = Array(source.utf16)
            let offset = max(0, min(written.offset, units.count))
            let before = String(decoding: units[max(0, offset - 20)..<offset], as: UTF16.self)
            throw TextPattern.SyntaxError(
                pattern: source, detail: "\(Self.explain(written.status)), at character \(offset + 1)" + (before.isEmpty ? "" : ": ...\(before)"))
        }
    }

    /// ICU's refusal of an expression: its status and the offset it stopped at.
    private struct Refusal: Error {
        let status: UErrorCode
        let offset: Int
    }

    /// `pattern` compiled by ICU, or why not.
    private static func open(_ pattern: String, flags: UInt32) -> Result<OpaquePointer, Refusal> {
        let units = Array(pattern.utf16)
        var status = U_ZERO_ERROR
        var parseError = UParseError()
        let expression = swift_uregex_open(units, Int32(units.count), flags, &parseError, &status)
        guard let expression, status.rawValue <= U_ZERO_ERROR.rawValue else {
            if let expression { swift_uregex_close(expression) }
            return .failure(Refusal(status: status, offset: Int(parseError.offset)))
        }
        return .success(expression)
    }

    /// ICU's reason for refusing an expression, in words a rule's author can act on.
    static func explain(_ status: UErrorCode) -> String {
        switch status {
        case U_REGEX_MISMATCHED_PAREN: "unbalanced parentheses"
        case U_REGEX_MISSING_CLOSE_BRACKET: "a [ without its ]"
        case U_REGEX_BAD_ESCAPE_SEQUENCE: "an unknown backslash escape"
        case U_REGEX_LOOK_BEHIND_LIMIT: "a look-behind that can match any length (bound it: {0,40}, not * or +)"
        case U_REGEX_BAD_INTERVAL, U_REGEX_MAX_LT_MIN, U_REGEX_NUMBER_TOO_BIG: "a bad {min,max} repeat"
        case U_REGEX_INVALID_RANGE: "a character range [x-y] whose x comes after y"
        case U_REGEX_PROPERTY_SYNTAX: "a bad \\p{...} property"
        case U_REGEX_INVALID_BACK_REF: "a back-reference to a group that does not exist"
        case U_REGEX_RULE_SYNTAX: "a syntax error (a repeat with nothing before it, or an unknown (? group)"
        default: String(cString: swift_u_errorName(status))
        }
    }

    deinit {
        for matcher in idle.withLock({ $0 }) { swift_uregex_close(matcher.pointer) }
        swift_uregex_close(pointer)
    }

    func takeMatcher() -> OpaquePointer? {
        if let matcher = idle.withLock({ $0.popLast() }) { return matcher.pointer }
        var status = U_ZERO_ERROR
        let matcher = swift_uregex_clone(pointer, &status)
        return status.rawValue <= U_ZERO_ERROR.rawValue ? matcher : nil
    }

    func returnMatcher(_ matcher: OpaquePointer) {
        var status = U_ZERO_ERROR
        // Forget the text (it is about to be freed) before the matcher waits for its next search.
        swift_uregex_setText(matcher, [UInt16(0)], 0, &status)
        let parked = IdleMatcher(pointer: matcher)
        let kept = idle.withLock { idle in
            guard idle.count < 8 else { return false }
            idle.append(parked)
            return true
        }
        if !kept { swift_uregex_close(matcher) }
    }
}

/// Where the analysis time goes, pattern by pattern: with `OPTIMIND_PROFILE_PATTERNS=1`,
/// `optimind analyze` prints the costliest patterns to stderr after the last file. For whoever
/// tunes the rules: a new pattern that costs much shows at the top.
public enum PatternProfile {
    public static let enabled = ProcessInfo.processInfo.environment["OPTIMIND_PROFILE_PATTERNS"] != nil
    private static let totals = Locked<[String: (nanoseconds: UInt64, calls: Int)]>([:])

    static func add(_ source: String, nanoseconds: UInt64) {
        totals.withLock { totals in
            let old = totals[source] ?? (0, 0)
            totals[source] = (old.nanoseconds + nanoseconds, old.calls + 1)
        }
    }

    /// The `count` costliest patterns (milliseconds, calls, pattern), after the total of all of them.
    public static func report(top count: Int = 25) -> String {
        let all = totals.withLock { $0 }
        let line = { (nanoseconds: UInt64, calls: Int, label: Substring) in
            String(format: "%9.1f ms %7d  ", Double(nanoseconds) / 1e6, calls) + label
        }
        let total = line(all.values.reduce(0) { $0 + $1.nanoseconds }, all.values.reduce(0) { $0 + $1.calls }, "all \(all.count) patterns")
        let rows = all.sorted { $0.value.nanoseconds > $1.value.nanoseconds }.prefix(count)
        let automaton = "anchor automaton: " + AnchorAutomaton.shared.summary
        return ([automaton, total] + rows.map { line($0.value.nanoseconds, $0.value.calls, $0.key.prefix(150)) }).joined(separator: "\n")
    }
}

/// Finds, for a regular expression, literal words of which every match must contain one: the
/// pre-filter that lets most patterns skip most of a document.
enum PatternAnchors {
    /// A set of lower-case words (any one of them is in every match), or nil when none is certain.
    /// Only letters (a colon after them, and the signs of `symbols`) outside character classes count;
    /// a letter followed by `?`, `*` or `{0` is optional; a group counts when it is not optional and
    /// not a look-around; a top-level alternation needs an anchor in every branch. The shortest word
    /// must be 3 characters or more, or hold a sign.
    static func anchors(of pattern: String) -> [String]? {
        var parser = Parser(characters: Array(pattern))
        let result = parser.alternation()
        guard let result, result.allSatisfy(isLongEnough) else { return nil }
        return result
    }

    /// Signs rare enough in a text to anchor a search alone ("$" in "(USD|\\$|€)\\s?\\d"); each folds
    /// to a byte of its own (see `PagedText.fold`).
    static let symbols: Set<Character> = ["$", "€", "£", "¥", "§"]

    /// Whether a word is worth searching for: three characters or more, or one with a sign in it.
    static func isLongEnough(_ word: String) -> Bool { word.count >= 3 || word.contains(where: symbols.contains) }

    /// Every anchor set the pattern offers (each alone is enough), in the order a match holds their
    /// words: a search picks, per document, the set whose words occur least, so "shall ... indemnify"
    /// is searched around "indemnify" in a contract full of "shall".
    static func anchorSets(of pattern: String) -> [(words: [String], startsMatch: Bool, endsMatch: Bool)] {
        var parser = Parser(characters: Array(pattern))
        var sets = parser.sequenceCandidates()
        if parser.index < parser.characters.count {
            // A top-level alternation: one set, the union of each branch's best.
            parser.index = 0
            guard let union = parser.alternationCandidate() else { return [] }
            sets = [union]
        }
        return sets.filter { $0.words.allSatisfy(isLongEnough) }.map { ($0.words, $0.startsMatch, $0.endsMatch) }
    }

    /// The pattern lower-cased for a case-sensitive match against lower-cased text (`PagedText.lowered`),
    /// which then finds what the pattern finds case-insensitively; nil when lower-casing could change
    /// what it means: inline flags, property and POSIX classes, escapes naming a character by code or
    /// back-references, a cased letter outside ASCII. Escapes (`\S`, `\W`, `\B`) and group names
    /// are kept as written.
    static func lowered(_ pattern: String) -> String? {
        let characters = Array(pattern)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            switch character {
            case "\\":
                if "pPNxuUc0123456789kQ".contains(next) { return nil }
                result.append(character)
                result.append(next)
                index += 2
                continue
            case "(" where next == "?":
                let after = index + 2 < characters.count ? characters[index + 2] : " "
                if after == "<", index + 3 < characters.count, characters[index + 3].isLetter {
                    // A named group: its name stays as written.
                    while index < characters.count, characters[index] != ">" { result.append(characters[index]); index += 1 }
                    continue
                }
                if after.isLetter || after == "-" { return nil }
            case "[" where next == ":":
                return nil
            default:
                if !character.isASCII, character.unicodeScalars.contains(where: { $0.properties.changesWhenCaseMapped }) {
                    return nil
                }
            }
            result.append(character.isASCII ? Character(character.lowercased()) : character)
            index += 1
        }
        return result
    }

    /// The pattern with each literal space (outside a character class, not escaped) turned into
    /// `\\s+`, or into `\\s` when a quantifier follows it (" ?" stays "one optional blank"). Text from
    /// PDFs and EDGAR filings breaks a sentence across lines and pads words with several spaces
    /// ("shall be  governed  by" / "in accordance\n     with"); a rule written with single spaces
    /// should still find it. Inside a look-behind (`(?<!its )`), which ICU needs bounded, a space is a run
    /// of at most `lookBehindBlanks`.
    static func spacesAsWhitespace(_ pattern: String) -> String {
        guard pattern.contains(" ") else { return pattern }
        let characters = Array(pattern)
        var result = ""
        var index = 0
        var classDepth = 0
        // For each open group, whether it is a look-behind.
        var groups: [Bool] = []
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                result.append(character)
                if index + 1 < characters.count { result.append(characters[index + 1]) }
                index += 2
                continue
            case "[":
                classDepth += 1
            case "]" where classDepth > 0:
                classDepth -= 1
            case "(" where classDepth == 0:
                let opening = characters[index..<min(characters.count, index + 4)]
                groups.append(opening.elementsEqual("(?<=") || opening.elementsEqual("(?<!"))
            case ")" where classDepth == 0:
                _ = groups.popLast()
            case " " where classDepth == 0:
                let next = index + 1 < characters.count ? characters[index + 1] : "."
                let bounded = groups.contains(true) ? "\\s{1,\(lookBehindBlanks)}" : "\\s+"
                result += "?*+{".contains(next) ? "\\s" : bounded
                index += 1
                continue
            default:
                break
            }
            result.append(character)
            index += 1
        }
        return result
    }

    /// The longest run of blanks a space in a look-behind stands for.
    static let lookBehindBlanks = 8

    /// An upper bound on the length of a match, or nil when the pattern allows any length. Runs of
    /// whitespace (`\\s+`), word characters (`\\w+`) and digits (`\\d+`) count as at most
    /// `runLength`: a rule's gaps are written as bounded classes (`[^.]{0,80}`), and a longer run
    /// of spaces or a longer word does not occur in prose.
    static func maximumLength(of pattern: String, runLength: Int = 50) -> Int? {
        var lengths = LengthParser(characters: Array(spacesAsWhitespace(pattern)), runLength: runLength)
        return lengths.alternation()
    }

    /// Skips what follows a group's "(" before its content — "?:", "?i:", "?i)", "?=", "?!", "?<=",
    /// "?<!", "?<name>" — leaving `index` on the content; true for a look-around (not part of a match).
    static func skipGroupPrefix(_ characters: [Character], _ index: inout Int) -> Bool {
        guard index < characters.count, characters[index] == "?" else { return false }
        index += 1
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        if index < characters.count, characters[index] == "<", next != "=", next != "!" {
            while index < characters.count, characters[index] != ">" { index += 1 }
            index += 1
            return false
        }
        let lookaround = index < characters.count && "=!<".contains(characters[index])
        while index < characters.count, !":)=!".contains(characters[index]) { index += 1 }
        if index < characters.count, ":=!".contains(characters[index]) { index += 1 }
        return lookaround
    }

    private struct LengthParser {
        let characters: [Character]
        let runLength: Int
        var index = 0

        mutating func alternation() -> Int? {
            var longest: Int? = sequence()
            while index < characters.count, characters[index] == "|" {
                index += 1
                let branch = sequence()
                longest = longest.flatMap { a in branch.map { max(a, $0) } }
            }
            return longest
        }

        mutating func sequence() -> Int? {
            var total: Int? = 0
            while index < characters.count, characters[index] != "|", characters[index] != ")" {
                let (length, isRun) = atom()
                let repeated = quantified(length, isRun: isRun)
                total = total.flatMap { a in repeated.map { a + $0 } }
            }
            return total
        }

        /// One atom's length, and whether it is a whitespace, word or digit class (whose runs are bounded).
        mutating func atom() -> (Int?, Bool) {
            let character = characters[index]
            index += 1
            switch character {
            case "\\":
                guard index < characters.count else { return (0, false) }
                let escaped = characters[index]
                index += 1
                if index < characters.count, characters[index] == "{", "pPxN".contains(escaped) {
                    while index < characters.count, characters[index] != "}" { index += 1 }
                    index += 1
                }
                if "bBAzZG".contains(escaped) { return (0, false) }
                return (1, "swdSWD".contains(escaped))
            case "[":
                var depth = 1
                var onlySpace = true
                if index < characters.count, characters[index] == "^" { index += 1; onlySpace = false }
                if index < characters.count, characters[index] == "]" { index += 1; onlySpace = false }
                while index < characters.count, depth > 0 {
                    let c = characters[index]
                    if c == "\\" {
                        if index + 1 < characters.count, !"s".contains(characters[index + 1]) { onlySpace = false }
                        index += 1
                    } else if c == "[" {
                        depth += 1
                    } else if c == "]" {
                        depth -= 1
                    } else if c != " " {
                        onlySpace = false
                    }
                    index += 1
                }
                return (1, onlySpace)
            case "(":
                let lookaround = PatternAnchors.skipGroupPrefix(characters, &index)
                let inner = alternation()
                if index < characters.count, characters[index] == ")" { index += 1 }
                return (lookaround ? 0 : inner, false)
            case "^", "$":
                return (0, false)
            default:
                return (1, false)
            }
        }

        mutating func quantified(_ length: Int?, isRun: Bool) -> Int? {
            guard index < characters.count else { return length }
            var most: Int?? = .some(1)  // .some(nil): unbounded
            switch characters[index] {
            case "?":
                index += 1
            case "*", "+":
                most = .some(nil)
                index += 1
            case "{":
                var body = ""
                index += 1
                while index < characters.count, characters[index] != "}" { body.append(characters[index]); index += 1 }
                index += 1
                let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                if parts.count == 1 { most = .some(Int(parts[0]) ?? 1) } else { most = .some(Int(parts[1])) }
            default:
                return length
            }
            if index < characters.count, "?+".contains(characters[index]) { index += 1 }
            guard let length else { return nil }
            guard case .some(let bound) = most else { return length }
            if let bound { return length * bound }
            return isRun ? runLength : nil
        }
    }

    private struct Parser {
        let characters: [Character]
        var index = 0

        /// An anchor set, and whether a match starts (ends) with its word: nothing but zero-width
        /// assertions (`\\b`, `^`, look-arounds) comes before (after) it.
        struct Candidate {
            let words: [String]
            let startsMatch: Bool
            var endsMatch = true
        }

        /// branch ('|' branch)*, up to a ')' or the end.
        mutating func alternation() -> [String]? { alternationCandidate()?.words }

        /// The union of each branch's best set; it starts a match when each branch's does.
        mutating func alternationCandidate() -> Candidate? {
            var branches: [Candidate?] = [sequence()]
            while index < characters.count, characters[index] == "|" {
                index += 1
                branches.append(sequence())
            }
            var union: [String] = []
            for branch in branches {
                guard let branch else { return nil }
                for word in branch.words where !union.contains(word) { union.append(word) }
            }
            return Candidate(
                words: union, startsMatch: branches.allSatisfy { $0!.startsMatch }, endsMatch: branches.allSatisfy { $0!.endsMatch })
        }

        /// The best anchor set among the sequence's literal runs and required groups.
        mutating func sequence() -> Candidate? {
            sequenceCandidates().max { score($0.words) < score($1.words) }
        }

        /// Every anchor set among the sequence's literal runs and required groups.
        mutating func sequenceCandidates() -> [Candidate] {
            var candidates: [Candidate] = []
            var run = ""
            /// Whether only zero-width assertions came so far, and whether they did before the run.
            var zeroWidth = true
            var runStartsMatch = false
            func endRun() {
                if PatternAnchors.isLongEnough(run) { candidates.append(Candidate(words: [run], startsMatch: runStartsMatch)) }
                run = ""
            }
            /// Something that takes up text comes after every candidate so far: none ends a match.
            func consumed() {
                for index in candidates.indices { candidates[index].endsMatch = false }
            }
            while index < characters.count {
                let character = characters[index]
                if character == "|" || character == ")" { break }
                switch character {
                case "\\" where index + 1 < characters.count && characters[index + 1] == "$":
                    // An escaped dollar sign is a literal sign, part of the word it touches ("US\\$").
                    if run.isEmpty { runStartsMatch = zeroWidth }
                    run.append("$")
                    zeroWidth = false
                    consumed()
                    index += 2
                case "\\":
                    endRun()
                    if index + 1 < characters.count, !"bBAGzZ".contains(characters[index + 1]) {
                        zeroWidth = false
                        consumed()
                    }
                    index += 2
                    // \p{...}, \x{...}, \N{...}
                    if index < characters.count, characters[index] == "{" { skip(to: "}") }
                    skipQuantifier()
                case "[":
                    endRun()
                    zeroWidth = false
                    consumed()
                    skipClass()
                    skipQuantifier()
                case "(":
                    endRun()
                    index += 1
                    let lookaround = PatternAnchors.skipGroupPrefix(characters, &index)
                    let inner = alternationCandidate()
                    if index < characters.count, characters[index] == ")" { index += 1 }
                    let repeats = index < characters.count && "*+{".contains(characters[index])
                    let optional = skipQuantifier()
                    let startsClean = zeroWidth
                    if !lookaround {
                        zeroWidth = false
                        consumed()
                    }
                    if !optional, !lookaround, let inner {
                        candidates.append(
                            Candidate(
                                words: inner.words, startsMatch: startsClean && inner.startsMatch && !repeats,
                                endsMatch: inner.endsMatch && !repeats))
                    }
                case "?", "*", "+", "{":
                    // A quantifier after a letter: that letter may be absent (or repeated).
                    if character != "+", !run.isEmpty { run.removeLast() }
                    endRun()
                    consumed()
                    if character == "{" { skip(to: "}") } else { index += 1 }
                    if index < characters.count, "?+".contains(characters[index]) { index += 1 }
                case ".", "^", "$":
                    endRun()
                    if character == "." {
                        zeroWidth = false
                        consumed()
                    }
                    index += 1
                default:
                    // A letter directly followed by a quantifier is taken back at the quantifier. A colon
                    // after letters belongs to the word: "to:" is an anchor where "to" is too short.
                    if (character.isASCII && character.isLetter) || (character == ":" && !run.isEmpty) || PatternAnchors.symbols.contains(character) {
                        if run.isEmpty { runStartsMatch = zeroWidth }
                        run.append(Character(character.lowercased()))
                    } else {
                        endRun()
                    }
                    // Earlier candidates are followed by this character (the run in progress is not yet one).
                    consumed()
                    zeroWidth = false
                    index += 1
                }
            }
            endRun()
            return candidates
        }

        /// Prefers the set whose shortest word is longest, then the smaller set.
        private func score(_ set: [String]) -> Int {
            (set.map(\.count).min() ?? 0) * 100 - set.count
        }

        private mutating func skip(to end: Character) {
            while index < characters.count, characters[index] != end { index += 1 }
            if index < characters.count { index += 1 }
        }

        private mutating func skipClass() {
            index += 1
            if index < characters.count, characters[index] == "^" { index += 1 }
            if index < characters.count, characters[index] == "]" { index += 1 }
            var depth = 1
            while index < characters.count, depth > 0 {
                switch characters[index] {
                case "\\": index += 1
                case "[": depth += 1
                case "]": depth -= 1
                default: break
                }
                index += 1
            }
        }

        /// Skips a quantifier; true when it allows zero repetitions.
        @discardableResult
        private mutating func skipQuantifier() -> Bool {
            guard index < characters.count else { return false }
            var optional = false
            switch characters[index] {
            case "?", "*":
                optional = true
                index += 1
            case "+":
                index += 1
            case "{":
                optional = index + 1 < characters.count && characters[index + 1] == "0"
                skip(to: "}")
            default:
                return false
            }
            if index < characters.count, "?+".contains(characters[index]) { index += 1 }
            return optional
        }
    }
}
