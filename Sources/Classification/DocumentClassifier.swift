import Foundation
import OptiMindCore

/// Decides whether a document is a contract (and of which seed type), a policy, or something else,
/// from its title, the roles it defines and characteristic phrases; says how sure it is and why.
public struct DocumentClassifier: Sendable {
    public let rules: ClassificationRules

    public init(rules: ClassificationRules) {
        self.rules = rules
    }

    /// Only the opening of a long document (this many UTF-16 units) is read for phrases: it is where
    /// the kind shows, and it keeps classification at a fixed cost whatever the length.
    static let sampleLength = 40_000

    /// `paged` is the document's text prepared for matching, when the caller has it already (the
    /// analysis that follows reads the same one).
    public func classify(_ document: ExtractedDocument, paged: PagedText? = nil) -> Classification {
        // Prepared once: every rule set below reads these two texts. The title is read without a running header.
        let whole = paged ?? PagedText(pages: document.pageTexts)
        let openingText = document.opening(3_000)
        let titleText = Self.title(of: whole.withoutHeader(openingText))
        let title = PagedText(pages: [titleText])
        let opening = NSRange(location: 0, length: min(whole.length, Self.sampleLength))

        // A document names itself first: of the kinds the title lines name, the one named on the earliest
        // line takes the title's full weight, the others half ("MINUTES OF A MEETING OF THE BOARD" above
        // "2. Counsel summarized the draft Agreement and Plan of Merger" are minutes). A header's label ("Subject: ")
        // names nothing itself: beside another kind's title on its line ("Subject: Offer of Employment") it takes half.
        let firstMatches = rules.kinds.map { _, signals in signals.title.matches(in: title, limit: 1).first }
        let lines = firstMatches.map { $0.map { title.line(at: $0.location) } }
        let labels = firstMatches.map { $0.map { title.substring($0).trimmingCharacters(in: .whitespaces).hasSuffix(":") } ?? false }
        let earliest = lines.compactMap { $0 }.min()
        let titledOnEarliest = zip(lines, labels).contains { $0.0 == earliest && !$0.1 }
        // Two kinds named on that line: the head of its title is the kind ("LEASE ABSTRACT" is an abstract, "Contract
        // Management Policy" a policy, "NOTICE OF TERMINATION OF LEASE" a notice).
        let onEarliest = firstMatches.indices.filter { lines[$0] == earliest && !labels[$0] }
        let headKind = onEarliest.count > 1 ? Self.headOfTitle(onEarliest.compactMap { index in firstMatches[index].map { ($0, index) } }, in: titleText) : nil
        // A memo or letter its addressee signs to accept ("Agreed and accepted: ____") is an agreement, whatever its header:
        // looked for only when another kind's title is there to weigh (ICU reads the whole opening for it).
        let otherTitled = zip(rules.kinds, firstMatches).contains { kind, first in kind.0 != .contract && first != nil }
        let accepted = otherTitled && rules.acceptance.matchesAny(in: whole, range: opening)
        var kindScores: [(DocumentKind, Double, [String])] = []
        for (index, (((kind, signals), first), (line, label))) in zip(zip(rules.kinds, firstMatches), zip(lines, labels)).enumerated() {
            let phrases = signals.phrases.matchedTexts(in: whole, range: opening)
            let full = line == earliest && !(label && titledOnEarliest) && (headKind == nil || headKind == index) && !(accepted && kind != .contract)
            let titleWeight = first == nil ? 0 : full ? rules.titleWeight : rules.titleWeight / 2
            let score = titleWeight + Double(phrases.count) * rules.phraseWeight
            var evidence: [String] = []
            if let first { evidence.append("title mentions \"\(title.substring(first).lowercased())\"") }
            if !phrases.isEmpty { evidence.append("phrases: " + Self.list(phrases)) }
            kindScores.append((kind, score, evidence))
        }
        kindScores.sort { $0.1 > $1.1 }
        let best = kindScores[0]
        let second = kindScores.count > 1 ? kindScores[1].1 : 0
        // A document with almost nothing recognisable is OTHER, however the scores rank.
        guard best.1 >= 3 else {
            return Classification(
                kind: .other, contractType: nil, confidence: rules.calibrated(0.5), evidence: ["no contract or policy signals found"])
        }
        let kindConfidence = Self.confidence(best.1, second)
        var doubts: [String] = []
        if kindConfidence < 1 {
            doubts.append(
                second > 0
                    ? "another kind scored too: \(kindScores[1].0.rawValue) \(Self.points(second)) against \(best.0.rawValue) \(Self.points(best.1)) (title and phrases; kind margin \(kindConfidence))"
                    : "few signals of the kind: \(best.0.rawValue) \(Self.points(best.1)) from title and phrases (kind margin \(kindConfidence))")
        }
        var evidence = best.2
        if !titleText.isEmpty {
            // The line that names the document ("SHARE PURCHASE AGREEMENT" under "DATED 14 February 2024"),
            // else the first.
            let lines = titleText.split(separator: "\n", omittingEmptySubsequences: false)
            let match = rules.kinds.first { $0.0 == best.0 }?.1.title.matches(in: title, limit: 1).first
            let named = min(match.map { title.line(at: $0.location) } ?? 0, lines.count - 1)
            // Where the words naming the document end on that line, for a line that runs on into the text.
            let lineStart = lines[..<named].reduce(0) { $0 + $1.utf16.count + 1 }
            let nameEnd = match.flatMap { title.line(at: $0.location) == named ? $0.location + $0.length - lineStart : nil }
            evidence.insert("title: \"\(Self.quotable(lines[named], nameEnd: nameEnd))\"", at: 0)
        }
        guard best.0 == .contract else {
            return Classification(kind: best.0, contractType: nil, confidence: rules.calibrated(kindConfidence), evidence: evidence, doubts: doubts)
        }

        // The head of the title: the type whose title pattern matches furthest along the first title
        // line that any matches on; of two ending together, the longer ("share purchase agreement"
        // rather than "purchase agreement"). Only matches starting before the end of the line's first
        // "agreement" or "contract" count: a filing's opening runs the title and the first sentence
        // together on one line ("MASTER FRANCHISE AGREEMENT This Master Franchise Agreement ... licence").
        let titleEnds = Self.titleNounEnds(titleText)
        var head: (type: ContractType, line: Int, end: Int, start: Int)?
        // A line saying what the agreement on the line above is about ("SALE AND PURCHASE AGREEMENT" over "relating to the
        // entire issued share capital of ...") goes on with that line's title.
        let titleLines = titleText.components(separatedBy: "\n")
        func titleLine(at location: Int) -> Int {
            var line = title.line(at: location)
            while line > 0, line < titleLines.count, Self.startsSubject(Substring(titleLines[line])) { line -= 1 }
            return line
        }
        // A letter's subject line that names a transaction and no document ("Proposed acquisition of Larkspur Foods Ltd"
        // above "Dear Sirs, ... you undertake to keep that information confidential") says what the letter is about, not
        // what it is: the letter's roles and phrases type it.
        let isLetter = Self.salutation.matches(openingText)
        func namesSubjectOnly(_ range: NSRange) -> Bool {
            guard isLetter else { return false }
            let line = title.line(at: range.location)
            return line < titleLines.count && !Self.documentWord.matches(titleLines[line])
        }
        for (type, signals) in rules.contractTypes {
            for range in signals.title.matches(in: title, limit: 20) where !namesSubjectOnly(range) {
                let line = titleLine(at: range.location)
                let end = range.location + range.length
                if let cut = titleEnds[line], range.location >= cut { continue }
                if let current = head, line > current.line || (line == current.line && (end < current.end || (end == current.end && range.location >= current.start))) {
                    continue
                }
                head = (type, line, end, range.location)
            }
        }
        var typeScores: [(ContractType, Double, [String])] = []
        for (type, signals) in rules.contractTypes {
            let titles = isLetter ? signals.title.matches(in: title, limit: 20).filter { !namesSubjectOnly($0) }.map { title.substring($0) } : signals.title.matchedTexts(in: title)
            let roles = signals.roles.matchedTexts(in: whole, range: opening)
            let phrases = signals.phrases.matchedTexts(in: whole, range: opening)
            let score =
                (titles.isEmpty ? 0 : rules.titleWeight) + (head?.type == type ? rules.headWeight : 0)
                + Double(roles.count) * rules.roleWeight + Double(phrases.count) * rules.phraseWeight
            var why: [String] = []
            if let first = titles.first { why.append("title names \"\(first.lowercased())\"") }
            if !roles.isEmpty { why.append("defined roles: " + Self.list(roles)) }
            if !phrases.isEmpty { why.append("\(type.rawValue) phrases: " + Self.list(phrases)) }
            typeScores.append((type, score, why))
        }
        typeScores.sort { $0.1 > $1.1 }
        guard let top = typeScores.first, top.1 > 0 else {
            doubts.append("no contract type's title, party roles or phrases found: the type is OTHER (raw confidence halved)")
            return Classification(kind: .contract, contractType: .other, confidence: rules.calibrated(kindConfidence * 0.5), evidence: evidence, doubts: doubts)
        }
        let runnerUp = typeScores.count > 1 && typeScores[1].1 > 0 ? typeScores[1] : nil
        let typeConfidence = Self.confidence(top.1, runnerUp?.1 ?? 0)
        if typeConfidence < 1 {
            doubts.append(
                runnerUp.map { "another type scored too: \($0.0.rawValue) \(Self.points($0.1)) against \(top.0.rawValue) \(Self.points(top.1)) (title, roles and phrases; type margin \(typeConfidence))" }
                    ?? "few signals of the type: \(top.0.rawValue) \(Self.points(top.1)) from title, roles and phrases (type margin \(typeConfidence))")
        }
        // Named a contract but written as none is: no "shall", "hereby", party defined in brackets, "this Agreement".
        let unlike = !rules.operative.isEmpty && !rules.operative.matchesAny(in: whole, range: opening)
        if unlike {
            doubts.append("no contract language (shall, hereby, a party defined in brackets, this Agreement): an article or guide? (raw confidence halved)")
        }
        return Classification(
            kind: .contract, contractType: top.0, confidence: rules.calibrated((kindConfidence * typeConfidence * (unlike ? 0.5 : 1)).rounded(to: 3)),
            runnerUp: runnerUp?.0, evidence: evidence + top.2, doubts: doubts)
    }

    /// A score as a doubt quotes it: "1 point", "9 points", "4.5 points".
    static func points(_ score: Double) -> String {
        score == 1 ? "1 point" : score == score.rounded() ? "\(Int(score)) points" : String(format: "%.1f points", score)
    }

    /// Of the kinds' first matches on one title line (with the kind's index), the one naming the head of the title: the
    /// match that ends furthest among those starting before the first preposition or colon after the first match ("NOTICE OF
    /// TERMINATION | OF LEASE", "Checklist | : Reviewing a Subscription Agreement"), leaving out one that starts inside an
    /// earlier one ("Notice of [Assignment of Lease]").
    static func headOfTitle(_ matches: [(range: NSRange, index: Int)], in titleText: String) -> Int? {
        let sorted = matches.sorted { $0.range.location < $1.range.location }
        guard let first = sorted.first else { return nil }
        let units = titleText.utf16
        let firstEnd = first.range.location + first.range.length
        let rest = String(decoding: units.dropFirst(firstEnd), as: UTF16.self)
        let headEnd = headBoundary.range(in: rest).map { firstEnd + rest[..<$0.lowerBound].utf16.count } ?? units.count
        // A subtitle that says what the document is names it, whatever the words before the colon: "The Non-Disclosure
        // Agreement: A Guide for Startups", "Terms of Sale: What You Need to Know" are guides.
        if let colon = rest.range(of: ": "), !rest[..<colon.lowerBound].contains("\n") {
            let subtitleStart = firstEnd + rest[..<colon.upperBound].utf16.count
            for match in sorted.dropFirst() where match.range.location >= subtitleStart {
                let lead = String(decoding: units.dropFirst(subtitleStart).prefix(match.range.location - subtitleStart), as: UTF16.self)
                let named = String(decoding: units.dropFirst(match.range.location).prefix(match.range.length), as: UTF16.self)
                if subtitleLead.matches(lead), guideWord.matches(named) { return match.index }
            }
        }
        var head = first
        var coveredTo = firstEnd
        for match in sorted.dropFirst() where match.range.location < headEnd && match.range.location >= coveredTo {
            let end = match.range.location + match.range.length
            if end > head.range.location + head.range.length { head = match }
            coveredTo = max(coveredTo, end)
        }
        return head.index
    }
    /// The words a subtitle may open with before the word that says what the document is: "A", "A Practical", "Your Quick".
    private static let subtitleLead = StringRegex("^(?:(?:an?|the|your|our|some)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$", caseInsensitive: true)
    /// What a subtitle calls a document about contracts rather than one: a guide, a primer, questions and answers, a checklist.
    private static let guideWord = StringRegex(
        "^(?:guid|primer|faq|frequently asked|checklist|what you need|things to know|tips|explained|before you sign)", caseInsensitive: true)
    /// What ends the head of a title after its first match: a preposition, a colon or the line's end.
    private static let headBoundary = StringRegex("\\s(of|for|to|on|in|under|regarding|re|relating|concerning|between|among|by|with|dated|from)\\s|:\\s|\\n", caseInsensitive: true)

    private static let agreementWord = StringRegex("\\b(agreement|contract)\\b", caseInsensitive: true)

    /// For each title line that names an "agreement" or a "contract", where that first word ends
    /// (UTF-16 offset in the whole title text). A line that goes on to say what the agreement is about ("SALE AND
    /// PURCHASE AGREEMENT relating to the entire issued share capital of ...", or says it on the next line) is no run-in
    /// sentence: it is not cut.
    static func titleNounEnds(_ titleText: String) -> [Int: Int] {
        var ends: [Int: Int] = [:]
        var offset = 0
        let lines = titleText.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            // The subject may be on the next line.
            let subjectFollows = index + 1 < lines.count && startsSubject(Substring(lines[index + 1]))
            if let found = agreementWord.range(in: line), !subjectFollows, !startsSubject(line[found.upperBound...]) {
                ends[index] = offset + line[..<found.upperBound].utf16.count
            }
            offset += line.utf16.count + 1
        }
        return ends
    }

    /// Whether words following a title say what it is about: "relating to ...", "in respect of ...", "for the sale of ...".
    static func startsSubject(_ words: Substring) -> Bool {
        let lead = words.drop { $0 == " " || $0 == "\t" || $0 == "," }.prefix(16).lowercased()
        return ["relating to ", "in relation to ", "in respect of ", "for the "].contains { lead.hasPrefix($0) }
    }

    /// A letter's salutation on a line of its own: "Dear Sirs,", "Dear Ms. Okafor:".
    private static let salutation = StringRegex("(?m)^\\s*dear\\s", caseInsensitive: true)
    /// A word naming a document, which a title line has and a letter's subject line ("Proposed acquisition of ...") need not.
    private static let documentWord = StringRegex(
        "\\b(agreement|contract|lease|licen[cs]e|letter|undertaking|deed|offer|terms|memorandum|heads|term sheet|addendum|amendment|order|note|guarant(y|ee)|release|plan|deal|indenture)\\b",
        caseInsensitive: true)

    /// A margin-based confidence: 0.5 for a tie, approaching 1 as the winner pulls away.
    static func confidence(_ best: Double, _ second: Double) -> Double {
        let margin = (best - second) / (best + second + 2)
        return (0.5 + 0.5 * min(1, margin * 1.6)).rounded(to: 3)
    }

    /// A title line as evidence quotes it: whole when short; a line that runs on into the opening sentence (a filing's
    /// text with no line breaks: "RECIPE DEVELOPMENT AGREEMENT This Recipe Development Agreement (this ...") up to the
    /// end of the word that names the document, at `nameEnd` (UTF-16 units into the line), or else its first 160
    /// characters to a word's end, with an ellipsis.
    static func quotable(_ line: Substring, nameEnd: Int?, longest: Int = 160) -> String {
        guard line.count > longest else { return String(line) }
        let units = line.utf16
        var cut = line.index(line.startIndex, offsetBy: longest)
        if let nameEnd, nameEnd > 0, nameEnd <= longest + 40, nameEnd < units.count {
            // To the end of the word the name ends in, and on through the title's words after it ("UIDP Contract" goes on
            // "Accord 9: Confidential Disclosure Agreements"): words in capitals, figures and a title's small words, up
            // to an opening sentence's "This" or "The", a section's number ("1.0 Introduction") or a word of running text.
            cut = units.index(units.startIndex, offsetBy: nameEnd)
            cut = line[cut...].firstIndex(where: \.isWhitespace) ?? line.endIndex
            // Not into the title said again ("MAINTENANCE AGREEMENT MAINTENANCE AGREEMENT"), nor ending on a small word
            // ("... portions of the Agreement for").
            func bare(_ word: Substring) -> String { word.trimmingCharacters(in: .punctuationCharacters).lowercased() }
            var quoted = line[..<cut].split(separator: " ").map(bare)
            var words = line[cut...].split(separator: " ", omittingEmptySubsequences: true)[...]
            var extended = cut
            while let word = words.first, line.distance(from: line.startIndex, to: word.endIndex) <= longest + 40,
                !["This", "THIS", "The", "THE", "In", "As", "Whereas", "WHEREAS"].contains(word), !DocumentTitle.isTextWord(word),
                !Self.sectionNumber.matches(String(word)),
                word.first.map({ $0.isUppercase || $0.isNumber }) == true || DocumentTitle.titleSmallWords.contains(String(word)),
                !Self.repeats(quoted, ahead: words.prefix(4).map(bare))
            {
                words = words.dropFirst()
                quoted.append(bare(word))
                if !DocumentTitle.titleSmallWords.contains(String(word)) { extended = word.endIndex }
            }
            cut = extended
        } else if let space = line[..<cut].lastIndex(where: \.isWhitespace) {
            // Back to the last word's end.
            cut = space
        }
        return line[..<cut].trimmingCharacters(in: .whitespaces) + " …"
    }

    /// Whether the words `ahead` start by saying again the last two to four words `quoted`: the title said twice.
    private static func repeats(_ quoted: [String], ahead: [String]) -> Bool {
        (2...4).contains { count in count <= quoted.count && count <= ahead.count && Array(ahead.prefix(count)) == Array(quoted.suffix(count)) }
    }

    /// A section's number: "1.0", "2.", "12.3".
    private static let sectionNumber = StringRegex("^\\d+\\.(?:\\d+)*$")

    /// The first eight non-empty lines: where a document names itself; and first, a letter's subject line ("Re: Offer
    /// of Employment", or the line under "Dear Sirs") among the first twenty, which a long letterhead and address block
    /// push past the eighth.
    public static func title(of text: String) -> String {
        var lines: [Substring] = []
        var count = 0
        var afterSalutation = false
        var subjects: [Substring] = []
        var pastTitle = false
        var previous = ""
        for line in text.prefix(3_000).split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            // A browser's print date and the file's name above a page do not count among the eight.
            if trimmed.isEmpty || DocumentTitle.isPrintHeader(trimmed) { continue }
            // A line a PDF's layout wrapped ("... whose registered office is at 1 Paternoster Row (the" over "\"Company\")."):
            // the eight lines are the document's own, so that the opening reads as far as its text file would.
            let wraps = previous.last.map { $0.isLowercase || $0 == "," || $0 == "(" } == true
                && trimmed.first.map { $0.isLowercase || $0 == "\"" || $0 == "\u{201C}" } == true
            previous = trimmed
            if !wraps { count += 1 }
            if Self.isSubjectLine(trimmed) || (afterSalutation && DocumentTitle.isLetterSubject(trimmed)) {
                // A letter's subject line is its title, whatever its letterhead and address block say ("From: ..."
                // above it reads like a memo's): it goes first.
                subjects.append(Substring(trimmed))
            } else if count <= 8, !pastTitle {
                // The recitals and the clauses come after the title: "WHEREAS, Sponsor seeks ... the right and license to
                // display certain advertising" names no licence agreement.
                // A paragraph of prose below the first line is the document's text, and the title is above it ("When two
                // companies sign a supply agreement, ..." in a client alert; "Lakeshore Therapeutics, Inc. is a clinical-stage
                // company ..." above "License Agreement with Brightwater" in an annual report).
                pastTitle = !lines.isEmpty && (Self.endsTitle(trimmed) || Self.isProse(trimmed))
                if lines.isEmpty, Self.isProse(trimmed) {
                    // A document that opens with a paragraph has no title above it; only the words before its first word in
                    // lower case can name it ("NDAs (also referred to as a Confidential Disclosure Agreement) enable ...", a
                    // university's guidance, names no agreement).
                    lines.append(Self.headOfProse(trimmed))
                    pastTitle = true
                } else if !pastTitle {
                    lines.append(Substring(trimmed))
                }
            }
            afterSalutation = DocumentTitle.isSalutation(trimmed)
            if count == 20 { break }
        }
        return (subjects + lines).joined(separator: "\n")
    }

    /// A line that starts the recitals or the clauses: "WHEREAS, ...", "RECITALS", "WITNESSETH" (also spaced out, "W I T N E S S E
    /// T H"), a numbered clause's sentence.
    static func endsTitle(_ line: String) -> Bool {
        let head = line.prefix(24).lowercased().filter { $0.isLetter }
        return head.hasPrefix("whereas") || head.hasPrefix("witnesseth") || head == "recitals" || head == "background"
            || numberedSentence.matches(line)
    }

    /// A paragraph of running prose: 80 units or more, ending a sentence, with at most three words before the first in
    /// lower case (other than "and", "of" and their kind). "Copperleaf Biosciences, Inc. is a clinical-stage company ... ."
    /// is prose. Not prose: a contract's opening sentence ("This Agreement is made ...", "The Parties ...", or one that
    /// defines a name or agrees: `operative`); a title run into the first sentence ("SUPPLY AGREEMENT This Supply Agreement ...",
    /// "Sales, Marketing, Distribution, and Supply Agreement {***} WHEREAS ..."); a subtitle in brackets ("(subject to
    /// increase to up to 2,812,006 shares ...)"); a filing's legend on what was left out (`isLegend`).
    static func isProse(_ line: String) -> Bool {
        // The sentence's end may be inside a closing quote: "... reads: \"This Agreement shall be governed by ... Ohio.\""
        guard line.utf16.count >= 80, let last = line.last(where: { !"\"\u{201D}')".contains($0) }), ".:;!?".contains(last),
            !isLegend(line), !operative.matches(line)
        else { return false }
        let words = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true).prefix(4)
        guard let first = words.first?.lowercased(), first != "this", first != "the", first.first?.isLetter == true else { return false }
        return words.dropFirst().contains(where: DocumentTitle.isTextWord)
    }

    /// The words of a line before its first word in lower case (other than "and", "of" and their kind).
    static func headOfProse(_ line: String) -> Substring {
        var end = line.startIndex
        for word in line.split(separator: " ") {
            if DocumentTitle.isTextWord(word) { break }
            end = word.endIndex
        }
        return line[..<end]
    }

    /// Whether a line reads as a contract's opening sentence rather than prose about one: it defines a name in brackets
    /// ("Jonah Pell (\"Seller\") agrees ...") or agrees ("In consideration of the purchase ..., the Seller hereby agrees").
    private static let operative = StringRegex("\\((the )?[\"\u{201C}]|\\bagree[sd]?\\b|\\bhereby\\b", caseInsensitive: true)


    /// A filing's legend on the text it leaves out: "Certain information has been excluded from this agreement (indicated by
    /// "[***]") because ...", "Portions of this exhibit have been omitted pursuant to a request for confidential treatment".
    static func isLegend(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return ["omitted", "redacted", "confidential treatment", "been excluded", "[***]"].contains { lowered.contains($0) }
    }

    /// A numbered clause's sentence: "1.0 Participant is a University of Minnesota student or faculty member involved in ...",
    /// also after a run-in heading ("2. Fees. Customer shall pay the annual subscription fee ..."); not a contents line ("1.
    /// DEFINITIONS ........ 1") or a short heading.
    private static let numberedSentence = StringRegex("^\\(?\\d{1,2}(?:\\.\\d{1,2})?[.)]?\\s+(?:\\p{Lu}[\\p{L}&,' -]{1,40}\\.\\s+)?\\p{Lu}\\p{Ll}+\\s+\\p{Ll}[^.]{40,}")

    /// "Re: Offer of Employment", "SUBJECT: ...": checked without a regular expression, on every line
    /// up to the twentieth.
    static func isSubjectLine(_ line: String) -> Bool {
        let head = line.prefix(9).lowercased().filter { $0 != " " }
        return head.hasPrefix("re:") || head.hasPrefix("subject:")
    }

    private static func list(_ items: [String]) -> String {
        var seen = Set<String>()
        // Each as one line: a phrase may run over a line break ("termination\nthis agreement" under a heading).
        return items.map { $0.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { seen.insert($0).inserted }.prefix(6).joined(separator: ", ")
    }
}

extension Double {
    func rounded(to places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
