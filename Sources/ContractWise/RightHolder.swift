import Foundation
import OptiMindCore

/// Who holds the right a sentence grants to end the contract: "Aimmune may terminate this Agreement ... for its
/// convenience", "The Maintenance Services may be terminated by TELKOM in writing at any time", "You may cancel your
/// subscription at any time". A risk factor names the holder, so that a lawyer sees at once whether the right is their
/// side's or the other's.
enum RightHolder: Equatable {
    /// One party, as the sentence names it ("Aimmune", "the Consultant").
    case one(String)
    /// The reader of terms written to them: "You may cancel your subscription at any time".
    case reader
    /// "We" in terms written to their reader, when the contract's parties do not say who that is: a party other than the
    /// reader, named "one party".
    case writer
    /// More than one: "The Company or the Contractor may terminate", "by the Board of Trustees ..., or by the Sponsor".
    case several
    /// The sentence names no one this reader recognises.
    case unknown

    /// The verb that grants the right, followed by the ending it grants.
    private static let grant = StringRegex(
        "\\b(?:may|can|(?:shall|will)\\s+(?:have|be\\s+entitled\\s+to)|has|have|reserves?)(?:\\s+the\\s+right\\s+to|\\s+the\\s+option\\s+to)?\\b(?=[^.]{0,40}?\\b" + ending + ")",
        caseInsensitive: true)
    /// A later grant in the same sentence, its verb right before the ending: "..., and you may terminate your right ...". Not
    /// "has" or "have" alone, which also tell of an ending that happened ("if the Supplier has terminated ...").
    private static let laterGrant = StringRegex(
        "\\b(?:may|can|(?:shall|will)\\s+(?:have\\s+the\\s+right\\s+to|be\\s+entitled\\s+to)|reserves?\\s+the\\s+right\\s+to)\\s+" + ending,
        caseInsensitive: true)
    /// The words that end a contract, as a grant's verb is followed by them.
    private static let ending = "(?:terminat|cancel|end\\b)"
    /// A passive grant and the holder after "by" (group 1): "may be terminated at any time ... by TELKOM".
    private static let passiveHolder = StringRegex(
        "^\\s+(?:at\\s+any\\s+time\\s+)?be\\s+(?:terminated|cancell?ed|ended)\\b[^.]{0,100}?\\bby\\s+(" + name + ")")
    /// A second holder after the first: "..., or by the Sponsor".
    private static let anotherBy = StringRegex("^[^.]{0,60}?\\bor\\s+by\\s+", caseInsensitive: true)
    /// The name that ends the words before the verb (group 1), after an aside in commas is taken out.
    private static let trailingName = StringRegex("(?:^|[^\\p{L}\\p{N}])(" + name + "|[Yy]ou|[Ww]e)\\s*$")
    /// Two holders joined by "or" or "and" before the verb.
    private static let twoHolders = StringRegex(
        "(?:" + name + "|[Yy]ou|[Ww]e)\\s*,?\\s+(?:or|and|and/or)\\s+(?:" + name + "|[Yy]ou|[Ww]e)\\s*$")
    private static let aside = StringRegex(",[^,]{1,80},\\s*$")
    /// A name: one to three capitalised words, with "the" before it and "of (the)" inside ("the Board of Trustees").
    private static let name =
        "(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,3}"
    /// Capitalised words that open a heading or a sentence rather than name anyone ("Termination for Convenience Customer
    /// may", "Notwithstanding ..., Licensee may"): dropped from the front of a name.
    private static let notNames: Set<String> = [
        "termination", "convenience", "notwithstanding", "provided", "however", "subject", "further", "furthermore",
        "additionally", "also", "then", "thereafter", "in", "if", "upon", "after", "and", "but", "or", "each", "any", "either",
    ]
    /// Names of the document or its parts, which a passive sentence puts before its verb ("This Agreement may be ...").
    private static let documentWords: Set<String> = [
        "agreement", "contract", "lease", "licence", "license", "order", "services", "service", "section", "clause",
        "article", "term", "terms", "schedule", "exhibit", "period", "plan", "notice", "subscription", "subscriptions",
        "party", "parties", "sow", "statement", "work", "appointment", "engagement", "arrangement", "it", "this",
    ]

    /// The holder of the first grant of an ending in `sentence`; `parties` are the contract's, whose names and roles are
    /// preferred to the capitalised words before the verb.
    static func read(in sentence: String, parties: [Party]) -> RightHolder {
        guard let verb = grant.range(in: sentence) else { return .unknown }
        let after = String(sentence[verb.upperBound...])
        if let groups = passiveHolder.firstMatch(in: after), let by = groups[1], let whole = groups[0] {
            if anotherBy.matches(String(after[whole.endIndex...])) { return .several }
            return holder(named: String(by), parties: parties)
        }
        return holder(before: String(sentence[..<verb.lowerBound]), parties: parties)
    }

    /// The holders of every grant of an ending in `sentence`, the first as `read` finds it and each later one with its
    /// verb right before the ending: "We may terminate your right ... at any time ..., and you may terminate your right
    /// ..." grants two.
    static func readAll(in sentence: String, parties: [Party]) -> [RightHolder] {
        guard let verb = grant.range(in: sentence) else { return [.unknown] }
        var holders = [read(in: sentence, parties: parties)]
        var from = verb.upperBound
        for match in laterGrant.matches(in: sentence) {
            guard let whole = match[0], whole.startIndex >= from else { continue }
            holders.append(holder(before: String(sentence[from..<whole.startIndex]), parties: parties))
            from = whole.endIndex
        }
        return holders
    }

    /// The one holder of the rights to end the contract at will that `holders` were read from (the sentences of one
    /// clause): `.several` when two different parties hold one ("Datec may terminate ... for convenience" and "The BSP
    /// may terminate ... for convenience"), `.unknown` when none is known. A holder not read is no second party: "Customer
    /// may terminate ... at any time, and may cancel any order" has one.
    static func combined(_ holders: [RightHolder], parties: [Party]) -> RightHolder {
        if holders.contains(.several) { return .several }
        let known = holders.compactMap { holder in identity(of: holder, parties: parties).map { (holder, $0) } }
        guard Set(known.map(\.1)).count < 2 else { return .several }
        return known.first?.0 ?? .unknown
    }

    /// Whether `holder` names the party `other` names: the same role or name, with or without "the".
    static func same(_ holder: RightHolder, _ other: RightHolder, parties: [Party]) -> Bool {
        guard let key = identity(of: holder, parties: parties) else { return false }
        return key == identity(of: other, parties: parties)
    }

    /// The party a holder names, for telling two holders apart: a party's index when the holder is its name or role ("the
    /// Customer" and "Acme Corp." are one), else the holder's words in lower case without "the".
    private static func identity(of holder: RightHolder, parties: [Party]) -> String? {
        let written: String
        switch holder {
        case .one(let name): written = name
        case .reader: written = "you"
        case .writer: return "we"
        case .several, .unknown: return nil
        }
        func bare(_ name: String) -> String {
            let lower = name.lowercased()
            return lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
        }
        let key = bare(written)
        if let index = parties.firstIndex(where: { party in bare(party.name) == key || party.role.map(bare) == key }) {
            return "#\(index)"
        }
        return key
    }

    /// The holder the words `before` a grant's verb end with.
    private static func holder(before written: String, parties: [Party]) -> RightHolder {
        var before = written
        if let range = aside.range(in: before) { before.removeSubrange(range) }
        before = before.trimmingCharacters(in: .whitespaces)
        if twoHolders.matches(before) { return .several }
        // A party's role or name the words end with, the longest first: "Termination for Convenience Customer" is the Customer.
        let names = parties.flatMap { [$0.role, $0.name].compactMap { $0 } }.sorted { $0.count > $1.count }
        for candidate in names where before.count >= candidate.count {
            let tail = before.suffix(candidate.count)
            let boundary = before.dropLast(candidate.count).last.map { !$0.isLetter && !$0.isNumber } ?? true
            if boundary, tail.caseInsensitiveCompare(candidate) == .orderedSame {
                if tail.lowercased() == "you" { return .reader }
                let article = before.dropLast(candidate.count).lowercased().hasSuffix("the ")
                return .one((article ? "the " : "") + String(tail))
            }
        }
        guard let found = trailingName.group(1, in: before) else { return .unknown }
        return holder(named: String(found), parties: parties)
    }

    /// A holder written as `written`, without the words that open a heading or a sentence, and "you" or "we" as the
    /// contract's parties make them: "we" is the one party besides the reader "You" when there is exactly one.
    private static func holder(named written: String, parties: [Party]) -> RightHolder {
        var words = written.split(whereSeparator: \.isWhitespace).map(String.init)
        while let first = words.first, words.count > 1, notNames.contains(first.lowercased()) { words.removeFirst() }
        guard let last = words.last, !documentWords.contains(last.lowercased()), !notNames.contains(last.lowercased()) else { return .unknown }
        if words.first == "The" { words[0] = "the" }
        let holder = words.joined(separator: " ")
        switch holder.lowercased() {
        case "you":
            return .reader
        case "we":
            let others = parties.filter { $0.name != "You" }
            guard others.count == 1, parties.count == 2, let other = others.first else { return .writer }
            return .one(other.role ?? other.name)
        default:
            return .one(holder)
        }
    }
}
