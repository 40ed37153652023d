import Foundation
import OptiMindCore

/// ContractWise: finds the clauses, key facts and risks of a contract, each tied to a quoted passage
/// and its page, so a lawyer can check every finding in the document in a minute.
public struct ContractAnalyzer: Sendable {
    public let rules: ContractWiseRules
    /// Below this classification confidence the analysis asks for a human review.
    public let reviewThreshold: Double

    public init(rules: ContractWiseRules, reviewThreshold: Double) {
        self.rules = rules
        self.reviewThreshold = reviewThreshold
        // Built-in patterns register their anchor words with the rules', before any document is read.
        _ = (KeyFactExtractor.patterns, Self.titlePhrase, Periods.pattern, DateMentions.expression, DateMentions.wordExpression, DateMentions.yearInWords, PagedText.builtInPatterns)
    }

    /// `paged` is the document's text prepared for matching, when the caller has it already.
    public func analyze(_ document: ExtractedDocument, classification: Classification, paged: PagedText? = nil) -> ContractFindings {
        let text = paged ?? PagedText(pages: document.pageTexts)
        let type = classification.contractType ?? .other
        var clauses: [ClauseFinding] = []
        var factors: [RiskFactor] = []
        var recommendations: [String] = []
        let scores = rules.model?.score(text) ?? [:]
        let facts = KeyFactExtractor(text: text)
        let parties = facts.parties(addressedAs: type == .employment ? "Employee" : nil)
        var venue = facts.venue()
        // No clause chooses a law: the law of the courts disputes go to, marked as inferred.
        var governingLaw = facts.governingLaw().orInferred(from: venue)
        // No courts named but the law's own: "governed by the laws of Western Australia and each party submits to the
        // non-exclusive jurisdiction of its courts".
        if venue.forum == nil, let courts = KeyFactExtractor.courtsOfLaw(governingLaw) { venue = courts }
        // A lease that chooses none: the law where its premises are.
        if type == .leaseAgreement, governingLaw.jurisdiction == nil { governingLaw = governingLaw.orInferred(fromPremises: facts.premisesPlace()) }
        let title = Self.title(of: text.withoutHeader(document.opening(3_000)))
        // A document read with another (an amendment, a data processing agreement, a non-binding letter of intent, an
        // assignment, a termination agreement): what it leaves out is the other's, not missing. `readWith` is what the report
        // tells the lawyer.
        let readWith = Self.readWith(title: title, document: document, text: text)
        let readWithAnother = readWith != nil
        // A transfer of intellectual property outright ("PATENT ASSIGNMENT AGREEMENT") is filed with licences but grants
        // none, and has nothing to terminate: a licence's expected clauses are not missing from it.
        let transfersRights = Self.rightsTransferTitle.matches(title)
        for rule in rules.clauses {
            var evidence = rule.patterns.evidence(in: text, unless: rule.unless)
            var basis = evidence.isEmpty ? nil : "rules"
            let decision = rules.model?.decisions[rule.key]
            let scored = scores[rule.key]
            if let decision, let scored {
                let ruleMatched = !evidence.isEmpty
                if !decision.present(probability: scored.probability, ruleMatched: ruleMatched) {
                    evidence = []
                    basis = nil
                } else if ruleMatched {
                    basis = decision.withRules > 0 || scored.probability >= decision.threshold ?? 1 ? "rules and model" : "rules"
                    // The sentence the model rates most likely leads when it is more likely than not the
                    // clause: a pattern often matches a cross-reference before the clause itself.
                    // A heading the model rates highly ("4.3 Minimum Annual Royalty.") says less than its clause's sentence.
                    // Not one `modelUnless` rules out: a customer non-solicit does not lead a non-compete's quotes.
                    if let best = scored.sentences.first(where: {
                        $0.probability >= 0.5 && Self.saysSomething(text.substring($0.range)) && !rule.modelRulesOut(text.substring($0.range))
                    }) {
                        let quote = text.quote(of: Self.labelledLine(in: best.range, of: text, rule: rule))
                        evidence = Array(Self.merged([quote], evidence).prefix(3))
                    }
                } else {
                    evidence = scored.sentences.filter { sentence in
                        let written = text.substring(sentence.range)
                        return sentence.probability >= decision.threshold ?? 1 && rule.modelMayMark(written)
                            && !Self.defersToRuledOut(sentence.range, in: text, rule: rule)
                    }.map { text.quote(of: Self.labelledLine(in: $0.range, of: text, rule: rule)) }
                    basis = evidence.isEmpty ? nil : "model"
                }
            }
            // A decisive pattern stands whatever the model says.
            if let decisive = rule.decisive?.evidence(in: text, unless: rule.unless), !decisive.isEmpty {
                evidence = Array(Self.merged(decisive, evidence).prefix(3))
                basis = basis == nil ? "rules" : basis == "model" ? "rules and model" : basis
            }
            // The law the key facts read ("New York law governs this Agreement") is a governing-law clause, and
            // its quote leads: a pattern may first match a party's place of incorporation ("a limited liability
            // company organized under the laws of the State of Texas"). The other quotes stay only where the patterns
            // match the sentence itself: a heading's quote ("7. Governing Law.") is the sentence after it, which may
            // name laws to comply with, not the law that governs.
            if rule.key == "governing_law", governingLaw.jurisdiction != nil, governingLaw.inferredFrom == nil, !governingLaw.evidence.isEmpty {
                let own = evidence.filter { !rule.patterns.matches(in: PagedText($0.quote), limit: 1).isEmpty }
                evidence = Array(Self.merged(governingLaw.evidence, own).prefix(3))
                basis = basis ?? "rules"
            }
            let present = !evidence.isEmpty
            clauses.append(
                ClauseFinding(
                    key: rule.key, title: rule.title, present: present, evidence: evidence,
                    risk: present ? rule.risk : nil, plainLanguage: rule.plainLanguage, basis: basis,
                    modelProbability: scored.map { ($0.probability * 1000).rounded() / 1000 }))
            if present, let risk = rule.whenPresent, risk.applies(to: type), rule.raisesRisk(evidence) {
                factors.append(RiskFactor(factor: risk.factor, weight: risk.weight, key: rule.key, evidence: evidence))
                recommendations.append(risk.recommendation)
            } else if !present, !readWithAnother, let risk = rule.whenAbsent, risk.applies(to: type), rule.missingMatters(title: title),
                // A lease of land is governed by the law of the place the land lies in: no clause needed to say so.
                !(rule.key == "governing_law" && governingLaw.inferredFrom == "premises")
            {
                factors.append(RiskFactor(factor: risk.factor, weight: risk.weight, key: rule.key, evidence: []))
                recommendations.append(risk.recommendation)
            }
        }
        // Risks that depend on the period a clause states (a short renewal notice window, a long non-compete).
        var quoted: [Evidence] = []  // one factor per sentence, whichever rule comes first (the same sentence, cut or not)
        var refinesRenewal: [(key: String, quote: Evidence)] = []  // factors that take the renewal factor's place
        for compiled in rules.periodRisks where compiled.rule.risk.applies(to: type) {
            let risk = compiled.rule
            guard let clause = clauses.first(where: { $0.key == risk.clause && $0.present }) else { continue }
            for quote in clause.evidence where !quoted.contains(where: { $0.overlaps(quote) }) {
                if let unless = compiled.unless, !unless.matches(in: PagedText(quote.quote), limit: 1).isEmpty { continue }
                // A notice window is the shortest period the sentence names; a restriction's length the longest.
                let periods = Periods.all(in: quote.quote, exceptTermLengths: risk.trigger.belowDays != nil)
                guard let period = risk.trigger.belowDays != nil ? periods.min(by: { $0.days < $1.days }) : periods.max(by: { $0.days < $1.days })
                else { continue }
                let hit = risk.trigger.belowDays.map { period.days < $0 } ?? risk.trigger.aboveDays.map { period.days > $0 } ?? false
                if hit {
                    quoted.append(quote)
                    let text = risk.risk.factor.replacingOccurrences(of: "{days}", with: String(period.days))
                        .replacingOccurrences(of: "{period}", with: period.text)
                    let weight = Self.added(risk.risk.weight, replacePresentFactor(of: risk.clause, if: risk.replaces, in: &factors, &recommendations))
                    factors.append(RiskFactor(factor: text, weight: weight, key: risk.clause, evidence: [quote]))
                    recommendations.append(risk.risk.recommendation)
                    if risk.replaces?.contains(.renewal) == true { refinesRenewal.append((risk.clause, quote)) }
                }
                break
            }
        }
        // Risks in how a clause is worded (a worldwide non-compete): the first quote that shows it.
        for risk in rules.wordingRisks {
            guard risk.rule.risk.applies(to: type), let clause = clauses.first(where: { $0.key == risk.rule.clause && $0.present })
            else { continue }
            var showing = clause.evidence.filter { !risk.pattern.matches(in: PagedText($0.quote), limit: 1).isEmpty }
            // A long sentence's quote may stop before the words that show it: "... Contractor hereby assigns to Client all right,
            // title and interest ..., whether created during or…" (and "whether or not related to the Services").
            if showing.isEmpty, let whole = clause.evidence.lazy.compactMap({ Self.quote(ofWholeSentence: $0, in: text, showing: risk.pattern) }).first {
                showing = [whole]
            }
            guard var quote = showing.first else { continue }
            var factor = risk.rule.risk.factor
            var readerHolds = false
            if factor.contains("{party}") {
                // Every sentence that shows the right counts: "Datec may terminate ... for convenience" and "The BSP may
                // terminate ... for convenience" give it to both parties, and neither holds it alone.
                let read = showing.map { RightHolder.readAll(in: $0.quote, parties: parties) }
                let one = RightHolder.combined(read.flatMap { $0 }, parties: parties)
                let holder: String
                switch one {
                case .one(let name): holder = name
                case .reader: (holder, readerHolds) = ("you", true)
                case .several: continue  // "The Company or the Contractor may terminate": no one party alone.
                case .writer, .unknown: holder = "one party"
                }
                if let index = read.firstIndex(where: { $0.contains { RightHolder.same($0, one, parties: parties) } }) { quote = showing[index] }
                factor = factor.replacingOccurrences(of: "{party}", with: holder)
            }
            // The reader's own right adds nothing to the score: the row keeps only the weight of the factor it replaces.
            let replaced = replacePresentFactor(of: risk.rule.clause, if: risk.rule.replaces, in: &factors, &recommendations)
            let weight = readerHolds ? replaced : Self.added(risk.rule.risk.weight, replaced)
            factors.append(RiskFactor(factor: factor, weight: weight, key: risk.rule.clause, evidence: [quote]))
            if risk.rule.replaces?.contains(.renewal) == true { refinesRenewal.append((risk.rule.clause, quote)) }
            // A right the terms give their reader ("You may cancel your subscription at any time") is nothing to ask for.
            if !readerHolds { recommendations.append(risk.rule.risk.recommendation) }
        }
        // Risks a clause carries under the governing law (an employee's non-compete under California law): the clause's quote and
        // the law's.
        // A law only inferred (from the courts named) is not relied on.
        for risk in rules.lawRisks where risk.risk.applies(to: type) && governingLaw.inferredFrom == nil && risk.trigger.hold(governingLaw.jurisdiction) {
            guard let law = governingLaw.jurisdiction, let quote = clauses.first(where: { $0.key == risk.clause && $0.present })?.evidence.first else { continue }
            let weight = Self.added(risk.risk.weight, replacePresentFactor(of: risk.clause, if: risk.replaces, in: &factors, &recommendations))
            factors.append(RiskFactor(
                factor: risk.risk.factor.replacingOccurrences(of: "{law}", with: law), weight: weight, key: risk.clause,
                evidence: [quote] + governingLaw.evidence.prefix(1)))
            recommendations.append(risk.risk.recommendation)
        }
        // How the contract renews is a key fact; an automatic renewal is also a risk, tied to the sentence that says so.
        let (term, renewalQuote, termStatement) = facts.term(
            renewalQuotes: clauses.first { $0.key == "auto_renewal" && $0.present }?.evidence ?? [], kinds: rules.renewalKinds)
        if let kind = term.renewal, let quote = renewalQuote, let risk = rules.renewalRisks[kind], risk.applies(to: type) {
            // A period risk that says more ("Automatic renewal with a short notice window") takes its place: on the same sentence,
            // or on another (a key-terms table's "Renewal: Automatic" over its "Notice of Non-Renewal: 30 days"), whose quote it
            // then shows too.
            if let refined = refinesRenewal.first(where: { $0.quote.overlaps(quote) }) ?? refinesRenewal.first,
                let index = factors.firstIndex(where: { $0.key == refined.key && $0.evidence == [refined.quote] })
            {
                factors[index].weight = Self.added(factors[index].weight, risk.weight)
                if !refined.quote.overlaps(quote) { factors[index].evidence.append(quote) }
            } else {
                factors.append(RiskFactor(factor: risk.factor, weight: risk.weight, key: "auto_renewal", evidence: [quote]))
                recommendations.append(risk.recommendation)
            }
        }
        factors = Self.oneRowPerSentence(factors)
        // A term of so many years or months the key facts read ("Agreement Term | Two (2) years from the Effective Date", a cover
        // page's row no pattern of the clause matches) is the contract's term clause; one that runs until notice or dissolution
        // is not a term's length.
        if let length = term.length, Self.definiteLength.matches(length), !term.evidence.isEmpty, let index = clauses.firstIndex(where: { $0.key == "term_duration" && !$0.present }) {
            clauses[index].present = true
            clauses[index].evidence = term.evidence
            clauses[index].risk = rules.clauses.first { $0.key == "term_duration" }?.risk
            clauses[index].basis = "rules"
        }
        let presentKeys = Set(clauses.filter(\.present).map(\.key))
        // A licence granted irrevocably and for ever has nothing to terminate.
        let perpetual = type == .licenseAgreement && Self.irrevocableForEver.firstMatch(in: text) != nil
        // A term that ends with the venture ("for as long as both Parties hold shares in the JV Company", "until dissolved")
        // says how the contract ends.
        let endsWithVenture = term.length.map { $0.hasPrefix("as long as") || $0.hasPrefix("so long as") || $0 == "until dissolved" } ?? false
        // An employee's covenants signed beside the employment itself: its pay and its ending are in the employment's contract.
        let covenantsOnly = type == .employment && Self.employeeCovenantsTitle.matches(title)
        for key in readWithAnother || transfersRights || covenantsOnly ? [] : rules.expectations[type] ?? []
        where !presentKeys.contains(key) && !((perpetual || endsWithVenture) && key == "termination_any")
            && rules.expectationsUnlessTitle[type]?[key]?.matchesAny(title) != true
        {
            // Already counted when the clause's own absence is a factor.
            guard !factors.contains(where: { $0.key == key }) else { continue }
            let title = rules.clauses.first { $0.key == key }?.title ?? key
            factors.append(
                RiskFactor(
                    factor: "\(type.displayName) without \(title.lowercased()): \(RiskFactor.expectedClauseNote)",
                    weight: rules.expectationWeight, key: key, evidence: [], missingExpected: true))
            // "Add payment terms; ...", "Add a term; ...", not "Add payment terms terms" or "Add term terms".
            let lower = title.lowercased()
            let subject = lower.hasSuffix("terms") ? lower : lower.hasSuffix("term") ? "a " + lower : lower + " terms"
            let kind = type.displayName.lowercased()
            let article = kind.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            recommendations.append("Add \(subject); \(article) \(kind) normally has \(subject.hasPrefix("a ") ? "one" : "them").")
        }

        if governingLaw.evidence.isEmpty, governingLaw.inferredFrom == nil, let clause = clauses.first(where: { $0.key == "governing_law" && $0.present }) {
            governingLaw.evidence = clause.evidence
        }
        let score = min(1, factors.reduce(0) { $0 + $1.weight })
        let risk = RiskAssessment(
            score: (score * 1000).rounded() / 1000, level: rules.level(for: score),
            factors: factors.sorted { $0.weight > $1.weight })
        if classification.confidence < reviewThreshold {
            recommendations.insert(
                "The contract type is uncertain (confidence \(classification.confidence), under the review threshold \(reviewThreshold)); have a lawyer confirm it before relying on this report.",
                at: 0)
        }
        if let readWith { recommendations.append(readWith) }
        if document.hasTrackedChanges {
            recommendations.insert("The document carries tracked changes: this analysis read the redline with insertions accepted.", at: 0)
        }
        // The order the document's own numeric dates show or state, else the custom of its law's country.
        let dayFirst = DateMentions.writesDayFirst(text) ?? Jurisdictions.writesDatesDayFirst(governingLaw.country)
        var dates = facts.dates(dayFirst: dayFirst)
        // No end date stated: the end of the term the contract states as a length from a known day.
        // Nor a start date: the first day of that term, when the statement writes it ("engages the Consultant ... from 1 November
        // 2025 for a period of twelve months").
        if dates.expirationDate == nil, let termStatement {
            let days = facts.termDays(of: termStatement, dates: dates, dayFirst: dayFirst)
            dates.expirationDate = days.end
            if dates.effectiveDate == nil, let start = days.start, days.end != nil { dates.effectiveDate = start }
        }
        return ContractFindings(
            title: title, contractType: type, parties: parties, dates: dates,
            governingLaw: governingLaw, venue: venue,
            term: term,
            amounts: facts.amounts(under: governingLaw), noticePeriods: facts.noticePeriods(),
            clauses: clauses, riskAssessment: risk, recommendations: recommendations,
            status: classification.confidence < reviewThreshold ? .reviewRequired : .completed,
            reviewReasons: classification.reviewReasons(threshold: reviewThreshold))
    }

    /// Takes the clause's `whenPresent` factor and its recommendation out when `replaces` says the factor about to be added
    /// takes its place, and gives back its weight for that factor to carry (0 when nothing was replaced).
    private func replacePresentFactor(
        of clause: String, if replaces: [ContractWiseRules.Replaced]?, in factors: inout [RiskFactor], _ recommendations: inout [String]
    ) -> Double {
        guard replaces?.contains(.whenPresent) == true, let present = rules.clauses.first(where: { $0.key == clause })?.whenPresent,
            let index = factors.firstIndex(where: { $0.key == clause && $0.factor == present.factor })
        else { return 0 }
        if let recommendation = recommendations.firstIndex(of: present.recommendation) { recommendations.remove(at: recommendation) }
        return factors.remove(at: index).weight
    }

    /// Factors of one clause on one and the same sentence that no `replaces` folded together ("Automatic renewal: ..." and "The
    /// renewal clause leaves thirty (30) days to give notice." on "The tenancy ... continues from month to month until either
    /// party gives thirty (30) days' notice"), as one row: the heavier factor's words, then the other's, and both weights.
    static func oneRowPerSentence(_ factors: [RiskFactor]) -> [RiskFactor] {
        var rows: [RiskFactor] = []
        for factor in factors {
            guard factor.evidence.count == 1,
                let index = rows.firstIndex(where: { $0.key == factor.key && $0.evidence == factor.evidence })
            else {
                rows.append(factor)
                continue
            }
            let (first, second) = rows[index].weight >= factor.weight ? (rows[index], factor) : (factor, rows[index])
            let lead = first.factor.hasSuffix(".") ? String(first.factor.dropLast()) : first.factor
            let rest = second.factor.prefix(1).lowercased() + second.factor.dropFirst()
            rows[index].factor = lead + "; " + rest
            rows[index].weight = added(first.weight, second.weight)
        }
        return rows
    }

    /// `first`'s quotes, then those of `rest` that quote no sentence `first` does; where one of `first` is a heading run into a
    /// sentence that `rest` quotes alone ("Ending the Tenancy At the end of the fixed term, ..." beside "At the end of the fixed
    /// term, ..."), or is cut short where `rest` has the whole sentence, `rest`'s quote takes its place.
    static func merged(_ first: [Evidence], _ rest: [Evidence]) -> [Evidence] {
        var quotes = first
        for quote in rest {
            if let index = quotes.firstIndex(where: { $0.page == quote.page && quote.quote.count >= 40 && Self.isHeading(before: quote.quote, in: $0.quote) }) {
                quotes[index] = quote
            } else if let index = quotes.firstIndex(where: { $0.isSameSentence(as: quote) }) {
                // The same sentence: whole rather than cut short (only when every whole word of the cut one is in it: sentences
                // may open alike and go on differently).
                if !quote.isCut, quotes[index].isCut(from: quote) { quotes[index] = quote }
            } else {
                quotes.append(quote)
            }
        }
        // A quote that took another's place may be one `first` had already.
        var seen = Set<Evidence>()
        return quotes.filter { seen.insert($0).inserted }
    }

    /// Whether `longer` is `sentence` with a heading in front of it: a few capitalised words ("Ending the Tenancy ", "3. Rent "),
    /// not the start of the same sentence ("Buyer agrees to purchase at least 2,000,000 units ...; if Buyer purchases fewer").
    private static func isHeading(before sentence: String, in longer: String) -> Bool {
        guard longer.count > sentence.count, longer.hasSuffix(sentence) else { return false }
        let words = longer.dropLast(sentence.count).split(whereSeparator: \.isWhitespace)
        return words.count <= 6 && words.allSatisfy { word in
            word.first { $0.isLetter || $0.isNumber }.map { $0.isUppercase || $0.isNumber } == true || ["of", "the", "and", "to", "for", "on"].contains(word)
        }
    }

    /// Two factors' weights as one, to the thousandth the rule files write (0.1 + 0.05 is 0.15, not 0.15000000000000002).
    static func added(_ one: Double, _ other: Double) -> Double { ((one + other) * 1000).rounded() / 1000 }

    /// A grant made irrevocably and for ever: "a non-exclusive, irrevocable license to ... throughout the universe, in
    /// perpetuity", "a perpetual, worldwide, irrevocable licence".
    static let irrevocableForEver = try! TextPattern(
        "\\birrevocabl[ey]\\b[^.]{0,400}?\\b(?:in\\s+perpetuity|perpetual(?:ly)?)\\b|\\bperpetual,?\\s+(?:[a-z-]+,?\\s+){0,3}irrevocable\\b",
        anchors: ["irrevocabl"], maximumLength: 460)

    /// A document saying of itself that it creates no binding obligations: "This MOU is a statement of the parties'
    /// intentions only ... it does not create any legally binding obligations", "this letter is not binding on any party",
    /// "Non-Binding Effect", "These heads of terms are not intended to be legally binding"; not "non-binding mediation".
    static let declaresNonBinding = try! TextPattern(
        "\\b(?:this|the|these)\\s+(?:mou|memorandum(?:\\s+of\\s+understanding)?|letter(?:\\s+of\\s+intent)?|loi|term\\s+sheet|proposal|document|heads\\s+of\\s+(?:terms|agreement))\\b[^.]{0,160}?\\b(?:(?:is|are)\\s+not\\s+(?:intended\\s+to\\s+be\\s+)?(?:legally\\s+)?binding|(?:does|shall|will)\\s+not\\s+(?:create|constitute|give\\s+rise\\s+to)\\s+(?:any\\s+)?(?:legally\\s+)?binding|is\\s+(?:a\\s+)?non-?binding)"
            + "|\\bnon-?binding\\s+(?:effect|nature|indication|expression)\\b",
        anchors: ["binding"], maximumLength: 260)

    /// "PATENT ASSIGNMENT AGREEMENT", "Trademark Purchase Agreement", "Assignment of Copyright", "Intellectual Property
    /// Transfer Agreement"; not a licence ("Patent License Agreement").
    static let rightsTransferTitle = StringRegex(
        "\\b(?:patents?|trade\\s?marks?|copyrights?|intellectual property|ip|inventions?|domain names?)\\s+(?:rights\\s+)?(?:assignment|purchase|sale|transfer)\\b"
            + "|\\b(?:assignment|transfer|sale)\\s+of\\s+(?:the\\s+)?(?:patents?|trade\\s?marks?|copyrights?|intellectual property|inventions?|domain names?)\\b",
        caseInsensitive: true)

    /// For a quote cut short, a quote of the sentence it was cut from that shows where `pattern` first matches in it; nil when
    /// the quote is whole, its words are not found in the text, or the sentence does not match.
    static func quote(ofWholeSentence quote: Evidence, in text: PagedText, showing pattern: PatternSet) -> Evidence? {
        guard quote.isCut else { return nil }
        // Its first whole words (a quote cut at its start may begin inside a word), found with any white space between them.
        let words = quote.quote.split(whereSeparator: \.isWhitespace).dropFirst(quote.quote.hasPrefix("…") ? 1 : 0).prefix(8)
        guard words.count >= 4, !words.contains(where: { $0.contains("…") }) else { return nil }
        guard let found = text.firstOccurrence(ofWords: words.map(String.init)) else { return nil }
        let sentence = text.sentenceRange(around: NSRange(location: found, length: 1), limit: PatternSet.sentenceLimit)
        return pattern.firstMatch(in: text, range: sentence).map { text.quote(showing: $0) }
    }

    /// Whether the sentence at `sentence` defers to a numbered clause ("Subject to clause 9.1, ... each party's total liability ... shall
    /// not exceed the Fees") whose own sentence `modelUnless` rules out ("9.1 Nothing in this agreement limits either
    /// party's liability for death or personal injury ..."): the model read the deference as the clause, and it is no more
    /// the clause than what it defers to.
    static func defersToRuledOut(_ sentence: NSRange, in text: PagedText, rule: ContractWiseRules.Clause) -> Bool {
        guard let found = deference.firstMatch(in: text, range: sentence) else { return false }
        let number = NSRegularExpression.escapedPattern(for: text.substring(found.range(at: 1)))
        // Where the clause starts: its number at a line's start ("9.1 Nothing ...", "Clause 9.1. Nothing ...").
        let whole = text.string
        guard let start = StringRegex("(?m)^[ \\t]*(?:(?:clause|section)[ \\t]+)?" + number + "\\.?[ \\t]+(?=\\S)", caseInsensitive: true).range(in: whole)
        else { return false }
        let location = NSRange(start, in: whole).upperBound
        guard location < text.length else { return false }
        return rule.modelRulesOut(text.substring(text.sentenceRange(around: NSRange(location: location, length: 1))))
    }

    /// "Subject to clause 9.1", "Save as provided in Section 12.3", "Except as set out in clause 4".
    private static let deference = try! TextPattern(
        "\\b(?:subject\\s+to|save\\s+as\\s+(?:provided|set\\s+out)\\s+in|except\\s+as\\s+(?:provided|set\\s+(?:forth|out))\\s+in)\\s+(?:clause|section|paragraph)\\s+(\\d+(?:\\.\\d+)*)",
        anchors: ["subject", "save", "except"], maximumLength: 80)

    /// The title of an employee's covenants alone, signed beside the employment: "NON-COMPETITION AND NON-SOLICITATION
    /// AGREEMENT", "EMPLOYEE CONFIDENTIAL INFORMATION AND INVENTIONS ASSIGNMENT AGREEMENT", "Restrictive Covenant Agreement";
    /// not one that is also the employment's ("Employment and Non-Competition Agreement", "Executive Service Agreement").
    static let employeeCovenantsTitle = StringRegex(
        "^(?![^\\n]*\\b(?:employment|offer|appointment|service|separation|severance|settlement|retention)\\b)[^\\n]*"
            + "\\b(?:non-?compet\\w*|non-?solicit\\w*|restrictive\\s+covenants?|confidential(?:ity)?|proprietary\\s+information|non-?disclosure|inventions?)\\b[^\\n]*\\bagreement\\b",
        caseInsensitive: true)

    /// Why a document is read with another, as the report tells the lawyer, the first that applies: an amendment restates
    /// only what it changes; a document that forms part of another agreement (a data processing agreement, a statement of
    /// work) leaves the rest to it; a memorandum of understanding or letter of intent that says it binds no one (but for the
    /// sections it names) leaves it to a definitive agreement; a contract handed on to another party ("ASSIGNMENT AND
    /// ASSUMPTION AGREEMENT", a novation) or brought to an end early by agreement ("LEASE TERMINATION AGREEMENT", "Deed of
    /// Surrender") has its terms in the contract assigned or ended. Nil for a document that stands alone.
    static func readWith(title: String, document: ExtractedDocument, text: PagedText) -> String? {
        if amendmentTitle.matches(title) {
            return "This is an amendment: read it with the agreement it amends. Clauses it does not restate were not reported as missing."
        }
        if formsPartOf.matches(document.opening(2_000)) || besideAnotherTitle.matches(title) {
            return "This document forms part of another agreement: read it with that agreement. Clauses it leaves to that agreement were not reported as missing."
        }
        if declaresNonBinding.firstMatch(in: text) != nil {
            return "This document says it is not binding, except for the provisions it names: confirm which of them bind (often confidentiality, exclusivity, costs and governing law). Clauses it leaves to a definitive agreement were not reported as missing."
        }
        if contractTransferTitle.matches(title) {
            return "This document hands a contract on to another party: read it with the contract it assigns. Clauses that contract holds were not reported as missing."
        }
        if contractEndingTitle.matches(title) {
            return "This document ends another contract early: read it with the contract it ends, for what survives and what is still owed. Clauses that contract holds were not reported as missing."
        }
        return nil
    }

    /// "LEASE TERMINATION AGREEMENT", "Termination of Lease", "Mutual Termination Agreement", "Deed of Surrender", "Surrender of Lease".
    static let contractEndingTitle = StringRegex(
        "\\btermination\\s+(?:and\\s+(?:mutual\\s+)?release\\s+)?agreement\\b|\\btermination\\s+of\\s+(?:the\\s+)?(?:(?:sub|under)?lease|tenancy|agreement|contract)\\b"
            + "|\\bsurrender\\s+(?:of\\s+(?:the\\s+)?(?:(?:sub|under)?lease|tenancy)|agreement|deed)\\b|\\bdeed\\s+of\\s+surrender\\b",
        caseInsensitive: true)
    static let contractTransferTitle = StringRegex("\\bassignment\\s+and\\s+assumption\\b|\\bassumption\\s+agreement\\b|\\bnovation\\b", caseInsensitive: true)
    /// "SECOND AMENDMENT TO MASTER SERVICES AGREEMENT", "Amendment No. 2 to Supply Agreement", "Addendum to
    /// Lease"; not "Amended and Restated ..." nor "Amendment and Restatement of ...", which restate the whole.
    static let amendmentTitle = StringRegex(
        "^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)?|omnibus)\\s+)?(?:amendment|addendum)\\b(?!\\s+and\\s+restate)"
            + "|^(?:contract |lease |agreement )?(?:amendment|addendum)\\s+(?:no\\.?|number|#)\\s*\\d+",
        caseInsensitive: true)

    /// Whether a sentence is more than a heading: five words or more.
    static func saysSomething(_ sentence: String) -> Bool {
        sentence.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }.count >= 5
    }

    /// A document that by its kind sits beside a main agreement, whose terms (fees, liability, term) it relies on: "DATA
    /// PROCESSING AGREEMENT", "Data Protection Addendum", "Business Associate Agreement".
    static let besideAnotherTitle = StringRegex(
        "\\b(?:data\\s+(?:processing|protection)|business\\s+associate)\\s+(?:agreement|addendum)\\b|\\bstandard\\s+contractual\\s+clauses\\b", caseInsensitive: true)
    /// A document that says it is part of another agreement: "This Data Processing Agreement ("DPA") forms part of
    /// the Master Services Agreement", "This Statement of Work is issued under the Consulting Agreement dated ...", "This SOW
    /// is entered into on July 7, 2025 under the Master Services Agreement", "This
    /// Order Form is governed by and incorporates the ... Master Subscription Agreement", "This Order Form is governed by the
    /// Beta Cloud Terms of Service".
    static let formsPartOf = StringRegex(
        thisDocument + "(?i:(?:forms?|shall form|is)\\s+(?:an?\\s+)?(?:integral\\s+)?part\\s+of"
            + "|is\\s+(?:issued|entered\\s+into|made)(?:\\s+(?:on|as\\s+of)\\s+[^.]{1,30}?)?\\s+(?:under|pursuant\\s+to)(?:\\s+and\\s+forms?\\s+(?:an?\\s+)?(?:integral\\s+)?part\\s+of)?|is\\s+(?:hereby\\s+)?incorporated\\s+(?:into|in)|is\\s+governed\\s+by\\s+and\\s+incorporates)\\s+(?i:the|that\\s+certain|an?|each)\\b[^.]{0,120}(?i:agreement|contract)\\b"
            // "This Order Form is governed by the Beta Cloud Terms of Service", "This SOW is subject to the Master Services Agreement":
            // the terms it names by their capitalised name, not "the laws of".
            + "|" + thisDocument + "(?i:is\\s+(?:governed\\s+by|subject\\s+to)(?:\\s+and\\s+incorporates)?)\\s+(?:the\\s+)?(?:[A-Z][\\w.&'-]*\\s+){0,5}"
            + "(?:Terms\\s+of\\s+(?:Service|Use|Business|Sale)|(?:General\\s+|Standard\\s+)?Terms\\s+and\\s+Conditions|Agreement)\\b")

    /// "This Order Form ", "THIS STATEMENT OF WORK ("SOW") ": the document naming itself, the subject of `formsPartOf`.
    private static let thisDocument = "\\b(?:This|THIS)\\s+(?:(?:[A-Z0-9][\\w.-]*|of|and|&)\\s+){1,7}(?:\\([^)]{0,40}\\)\\s+)?"

    private static let namesContract = StringRegex(
        "agreement|contract|lease|licen[cs]e|offer of employment|offer letter|employment offer|(?:letter|terms) of appointment|appointment letter|order form|(purchase|work) order|statement of work|^this deed\\b|^(?!.*:)(?!agreed terms$).*\\bterms\\b"
            // "CONDITIONS OF SALE", "General Conditions of Purchase", "STANDARD CONDITIONS".
            + "|conditions of (?:sale|purchase|supply|hire|business|trade|trading|carriage|contract)\\b|\\b(?:general|standard|sales?|purchase|supply|commercial|trading|business) conditions\\b",
        caseInsensitive: true)
    /// The model's sentence, or within it the labelled line that says what the clause needs, when the sentence runs over a
    /// key-details list with no full stop between its lines ("Supplier: Brightwake Software Limited" ... "Renewal: The
    /// Agreement renews automatically ..."): the line is what a lawyer checks.
    static func labelledLine(in range: NSRange, of text: PagedText, rule: ContractWiseRules.Clause) -> NSRange {
        let end = range.location + range.length
        // The sentence's start, then each line in it that starts with a label.
        var bounds = [range.location]
        for index in range.location..<max(range.location, end - 1) where text.utf16[index] == 0x0A && text.startsLabelledLine(at: index + 1) {
            bounds.append(index + 1)
        }
        guard bounds.count > 1 else { return range }
        bounds.append(end)
        for (start, next) in zip(bounds, bounds.dropFirst()) {
            let line = text.substring(NSRange(location: start, length: next - start))
            // What the model needs, or with no such words, one of the clause's patterns.
            let says = rule.modelNeeds == nil ? rule.patterns.matchesAny(line) && !rule.modelRulesOut(line) : rule.modelMayMark(line)
            if says { return NSRange(location: start, length: next - start) }
        }
        return range
    }

    /// The words that name a contract of no kind, alone on a line a large font wrapped a title onto.
    private static let genericName: Set<String> = ["AGREEMENT", "Agreement", "CONTRACT", "Contract", "DEED", "Deed"]
    /// A term's length in years, months, weeks or days ("Two (2) years", "36 months"), not "until terminated".
    private static let definiteLength = StringRegex("\\b(?:years?|months?|weeks?|days?)\\b", caseInsensitive: true)
    /// Other instruments' names, which name the document only in a short heading ("GUARANTY", "DEED OF RELEASE"), not
    /// in a sentence ("IN WITNESS WHEREOF, the parties have executed this Amendment ...") or a page's footer spread across
    /// it ("Ingram Amendment          1          111296").
    /// A warrant, whose title may count the shares: "WARRANT TO PURCHASE 50,000 SHARES OF COMMON STOCK", "Warrant Certificate".
    private static let namesWarrant = StringRegex(
        "^(?:[\\w&'’,.-]+\\s+){0,4}?warrants?\\s+(?:to\\s+(?:purchase|subscribe\\s+for|acquire)|certificate)\\b(?:\\s+[\\w&'’,.()-]+){0,10}$",
        caseInsensitive: true)
    private static let namesInstrument = StringRegex(
        "^(?:[\\w&'’,-]+\\s+){0,6}?\\b(?:guarant(?:y|ee)|deed|promissory note|convertible notes?|bill of sale|power of attorney|indenture|release|waiver|amendment|addendum|letter of intent|memorandum of understanding|term sheet)\\b(?:\\s+[\\w&'’,-]+){0,6}$",
        caseInsensitive: true)
    /// A label above a title, not a title: "WITHOUT PREJUDICE AND SUBJECT TO CONTRACT", "PRIVATE AND CONFIDENTIAL", "DRAFT".
    private static let draftLabel = StringRegex(
        "^(?:(?:without prejudice|subject to contract|strictly private and confidential|private (?:and|&) confidential|confidential|draft(?: for discussion)?|execution (?:copy|version))[\\s,;:&and]*)+$",
        caseInsensitive: true)
    /// A version label at a title's end: "Advisor Agreement - Execution Version", "LEASE (Execution Copy)", "NDA – Final Draft".
    private static let trailingVersionLabel = StringRegex(
        "\\s*(?:[-–—:|]\\s*|\\()(?:(?:execution|conformed|final|signing|signature|agreed)\\s+(?:copy|version|form|draft)|(?:final\\s+)?draft|final)\\)?$",
        caseInsensitive: true)
    /// A line that goes on with the title above it from a joining word, with words of its own: "AND ASSETS OF PENNINE
    /// FLOORING SUPPLIES LIMITED"; not the parties' lead-in ("BY AND BETWEEN") nor a lone "FOR" over the subject's line.
    static func continuesTitle(_ next: String, dangling: Set<Substring>) -> Bool {
        let words = next.split(separator: " ")
        guard let first = words.first, words.count >= 3, dangling.contains(first), !["THE", "BY"].contains(first) else { return false }
        return !words.contains { ["BETWEEN", "AMONG", "AMONGST"].contains($0) }
    }
    /// The first line of a title in capitals that a page wrapped with no word left dangling: "EMPLOYEE CONFIDENTIAL INFORMATION
    /// AND INVENTIONS" over "ASSIGNMENT AGREEMENT". A long line of four words or more over a short one, with no figure, no
    /// company's form ("NIMBUS QUANTUM SYSTEMS, INC." is a letterhead) and no sentence's end.
    static func wrappedTitleStart(_ previous: String, over named: String) -> Bool {
        let words = previous.split(separator: " ")
        return previous.count >= 36 && words.count >= 4 && named.split(separator: " ").count <= 3 && named.count < previous.count
            && !previous.contains(where: \.isNumber) && !".:;)".contains(previous.last ?? ".")
            && !KeyFactExtractor.companyFormName.matches(previous) && !Self.namesContract.matches(previous)
    }
    /// The only figures a heading naming an instrument holds: "AMENDMENT NO. 2".
    private static let instrumentNumber = StringRegex("\\b(?:no\\.?|number)\\s*\\d+$", caseInsensitive: true)
    /// A clause that fits on one line, number, heading and sentence: "2. Governing Law. This Agreement is governed by ...",
    /// or a clause's lead-in: "1.1 In this Agreement unless expressly stated otherwise:".
    private static let numberedSentence = StringRegex("^\\d+(?:\\.\\d+)*\\.?\\s+.*\\b[a-z]+\\b.*[.;:]$")
    private static let subjectLabel = StringRegex("^(re|subject):\\s*", caseInsensitive: true)
    private static let lettersName = StringRegex("\\bthis letter agreement\\b", caseInsensitive: true)
    private static let offersPosition = StringRegex(
        "\\b(?:pleased|delighted|excited|happy|glad) to offer you\\b|\\boffer you (?:the|a) (?:position|role|job)\\b", caseInsensitive: true)

    /// Whether a line naming an agreement is a sentence of the text rather than its title: three words of running text
    /// or more (`DocumentTitle.isTextWord`), and a sentence's end or a recital's or a closing's start: "WHEREAS, the parties
    /// hereto desire to set forth in writing their agreement ...;", "IN WITNESS WHEREOF, the parties have executed this
    /// Agreement ...", "D. The Parties enter into this Agreement for the purpose of ...". An opening sentence ("This Lease is
    /// made ...") is read for the name at its start instead.
    static func isSentence(_ line: String) -> Bool {
        guard !line.hasPrefix("This ") && !line.hasPrefix("THIS ") else { return false }
        let textWords = line.split(separator: " ").lazy.filter { DocumentTitle.isTextWord($0) }.prefix(3).count
        guard textWords >= 3 else { return false }
        return ".;:".contains(line.last ?? " ") || recitalStart.matches(line)
    }

    /// An opening sentence that does not name the document in capitals: "This letter of intent (\"Letter\") sets out the
    /// principal terms on which ..." is no title, though it says "terms".
    static func opensInLowerCase(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 2)
        return words.count > 1 && (words[0] == "This" || words[0] == "THIS") && words[1].first?.isLowercase == true
    }

    private static let recitalStart = StringRegex("^(?:[A-Z]\\.\\s|WHEREAS\\b|Whereas\\b|IN WITNESS\\b|In Witness\\b|NOW,? THEREFORE\\b)")

    /// The contract's title: the first line of the opening that names an agreement (or an offer of
    /// employment), else the first line.
    static func title(of text: String) -> String {
        let title = Self.titleLine(of: text)
        // A version label after the title, which a header or a cover page adds ("Advisor Agreement - Execution Version"), is
        // not part of the name.
        let bare = Self.trailingVersionLabel.replacing(in: title, with: "")
        return bare.contains(where: \.isLetter) ? bare : title
    }

    private static func titleLine(of text: String) -> String {
        let lines = text.prefix(3_000).split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" })
            .map { DocumentTitle.withoutMarkdown($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
        // A file's name a printer put at the top ("master-services-agreement", "msa_v3.docx") is no title.
        let namedIndex = lines.prefix(10).firstIndex {
            !Self.draftLabel.matches($0) && $0.count < 120 && ($0.contains(" ") || !$0.contains(where: { $0 == "-" || $0 == "_" || $0 == "." }))
                && (Self.namesContract.matches($0) || (Self.namesInstrument.matches($0) && (!$0.contains(where: \.isNumber) || Self.instrumentNumber.matches($0)))
                    || Self.namesWarrant.matches($0))
                && !Self.numberedSentence.matches($0) && !Self.isSentence($0) && !Self.opensInLowerCase($0)
        }
        let named = namedIndex.map { lines[$0] }
        // A first line that is the opening sentence names the document at its start: "THIS LEASE is made on 2 September
        // 2024" is the "LEASE".
        if let named, named.hasPrefix("THIS ") || named.hasPrefix("This ") {
            let words = named.dropFirst(5).split(separator: " ")
            let name = words.prefix { $0.first?.isUppercase == true || ["of", "and", "&", "for", "to"].contains($0) }
            if !name.isEmpty, name.count < words.count, words[name.count].first?.isLowercase == true {
                return name.joined(separator: " ")
            }
        }
        // A title a large font wrapped before its last word: "MUTUAL NON-DISCLOSURE" over "AGREEMENT", "Mutual Confidentiality"
        // over "Agreement". The word alone names no kind of contract; the line above, a heading in the same case, does.
        if let named, let namedIndex, namedIndex > 0, Self.genericName.contains(named) {
            let previous = lines[namedIndex - 1]
            let words = previous.split(separator: " ")
            let sameCase = named.contains(where: \.isLowercase)
                ? words.allSatisfy { $0.first?.isUppercase == true || ["of", "and", "&", "for", "to", "the", "on", "in"].contains($0) }
                : !previous.contains(where: \.isLowercase)
            if previous.count <= 60, words.count <= 8, sameCase, previous.contains(where: \.isLetter), !previous.contains(where: \.isNumber),
                !".:;,)".contains(previous.last ?? "."), !Self.draftLabel.matches(previous), !KeyFactExtractor.companyFormName.matches(previous),
                !Self.namesContract.matches(previous)
            {
                return previous + " " + named
            }
        }
        // ... or after a word that names a contract itself: "RESIDENTIAL LEASE" over "AGREEMENT".
        if let named, let namedIndex, namedIndex + 1 < lines.count, named.count <= 60, !".:;,)".contains(named.last ?? "."),
            !Self.isSentence(named), !named.hasPrefix("This ") && !named.hasPrefix("THIS "),
            case let next = lines[namedIndex + 1], Self.genericName.contains(next),
            next.contains(where: \.isLowercase) == named.contains(where: \.isLowercase)
        {
            return named + " " + next
        }
        // A name in brackets under a short one in capitals spells it out: "SAFE" over "(Simple Agreement for Future Equity)".
        if let named, let namedIndex, namedIndex > 0, named.hasPrefix("("), named.hasSuffix(")") {
            let previous = lines[namedIndex - 1]
            if previous.count <= 40, previous.contains(where: \.isLetter), !previous.contains(where: \.isLowercase), !Self.draftLabel.matches(previous),
                !KeyFactExtractor.companyFormName.matches(previous)
            {
                return previous + " " + named
            }
        }
        // A long title in capitals that a page wrapped ("AGREEMENT FOR THE SALE AND PURCHASE OF THE BUSINESS AND ASSETS OF
        // PENNINE FLOORING" over "SUPPLIES LIMITED", or "... OF THE BUSINESS AND" over "ASSETS OF ..."): its second line is part of it.
        let dangling: Set<Substring> = ["AND", "OF", "FOR", "THE", "TO", "IN", "ON", "&", "WITH", "BY", "AT"]
        // ... or the line above it is its start: "EMPLOYEE NON-COMPETITION, NON-SOLICITATION AND" over "CONFIDENTIALITY AGREEMENT".
        if let named, let namedIndex, namedIndex > 0, !named.contains(where: \.isLowercase) {
            let previous = lines[namedIndex - 1]
            if previous.count < 100, previous.contains(where: \.isLetter), !previous.contains(where: \.isLowercase), !Self.draftLabel.matches(previous),
                let last = previous.split(separator: " ").last,
                dangling.contains(last) || last.hasSuffix(",") || Self.wrappedTitleStart(previous, over: named)
            {
                return String((previous + " " + named).prefix(200))
            }
        }
        if let named, let namedIndex, namedIndex + 1 < lines.count,
            !named.contains(where: \.isLowercase)
        {
            let next = lines[namedIndex + 1]
            // ... or the next line goes on from it: "AGREEMENT FOR THE SALE AND PURCHASE OF THE BUSINESS" over "AND ASSETS OF ...".
            let goesOn = named.count >= 60 || named.split(separator: " ").last.map(dangling.contains) == true
                || Self.continuesTitle(next, dangling: dangling)
            if goesOn,
                next.count < 60, next.contains(where: \.isLetter), !next.contains(where: \.isLowercase), !named.contains(next), !Self.namesContract.matches(next),
                !["BETWEEN", "AMONG", "PARTIES", "DATED", "THIS"].contains(where: { next.hasPrefix($0) })
            {
                return String((named + " " + next).prefix(200))
            }
        }
        // A letter's subject line names it: "Re: Offer of Employment"; a long one the page wrapped goes on to the line before
        // the salutation ("Re: Letter of Intent – Proposed Acquisition of Pinecrest Logistics" over "Holdings, Inc." over "Dear ...").
        func subject(at index: Int) -> String {
            var subject = lines[index]
            if Self.subjectLabel.matches(subject), index + 2 < lines.count, !DocumentTitle.isSalutation(lines[index + 1]),
                DocumentTitle.isSalutation(lines[index + 2]), lines[index + 1].count < 80
            {
                subject += " " + lines[index + 1]
            }
            return String(Self.subjectLabel.replacing(in: subject, with: "").prefix(200))
        }
        if let namedIndex { return subject(at: namedIndex) }
        // A letter whose subject line names no agreement: "Re: Letter of Intent – Proposed Acquisition of Pinecrest ...".
        if let index = lines.prefix(15).firstIndex(where: { Self.subjectLabel.matches($0) && $0.split(separator: " ").count >= 3 }) {
            return subject(at: index)
        }
        // An English letter's subject under its salutation, with no "Re:": "Dear Sirs" over "Project Falcon - Confidentiality
        // Undertaking".
        if let dear = lines.prefix(15).firstIndex(where: DocumentTitle.isSalutation), dear + 1 < lines.count,
            DocumentTitle.isLetterSubject(lines[dear + 1])
        {
            return lines[dear + 1]
        }
        // No short line names it (a text file with the whole opening on one line): the words that end in
        // "Agreement" or its kin near the start ("Exhibit 4.10 MARKETING AND RESELLER AGREEMENT (the ...", or after a
        // filing's legend of omitted text: "... AS AMENDED. AMENDMENT NO. 2 TO MANUFACTURING AND SUPPLY AGREEMENT THIS ...").
        let opening = PagedText(String(text.prefix(700)))
        if let match = titlePhrase.firstMatch(in: opening) {
            let words = opening.substring(match.range).split(whereSeparator: \.isWhitespace).drop { $0.first?.isLowercase == true }
            return Self.versionLabel.replacing(in: words.joined(separator: " "), with: "")
        }
        // A letter with no subject line that calls itself one ("... in accordance with the provisions of this letter
        // agreement"): its letterhead ("Halverson Partners LLC") is no title.
        let letter = String(text.prefix(3_000))
        if Self.lettersName.matches(letter) { return "Letter agreement" }
        // An offer of employment by letter, with no subject line: "We are excited to offer you the position of ...".
        if Self.offersPosition.matches(letter) { return "Offer letter" }
        return String((lines.first { !Self.draftLabel.matches($0) } ?? lines.first ?? "Untitled contract").prefix(200))
    }

    /// Up to eight capitalised words (or an instrument's "No. 2") ending in "Agreement" or its kin, starting at a word;
    /// not across the opening sentence's "This" ("RECIPE DEVELOPMENT AGREEMENT This Recipe Development Agreement (this
    /// ..." is the "RECIPE DEVELOPMENT AGREEMENT").
    private static let titlePhrase = try! TextPattern(
        "(?<![A-Za-z])(?:(?:(?!This\\b|THIS\\b)[A-Z][A-Za-z&'’\\-]*|(?:NO|No)\\.\\s*\\d+|and|of|for|the|to|on)\\s+){0,8}(?:AGREEMENT|Agreement|CONTRACT|Contract|LEASE|Lease|LICEN[CS]E|Licen[cs]e)\\b",
        caseInsensitive: false)
    /// A filing's label for the copy before its title: "Execution Copy", "EXECUTION VERSION", "Conformed Copy".
    private static let versionLabel = StringRegex("^(?:execution|conformed|final)\\s+(?:copy|version)\\s+", caseInsensitive: true)
}

/// Periods as contracts write them: "thirty (30) days", "90 days", "two (2) years", "six months", a form's "thirty (30) day(s)".
enum Periods {
    static var pattern: TextPattern { expression }

    private static let expression = try! TextPattern(
        "\\b(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|eighteen|twenty|twenty-four|thirty|forty|forty-five|sixty|ninety|one hundred twenty|one hundred eighty)(?:\\s*|-)(?:\\((\\d{1,4})\\)(?:\\s*|-))?(calendar\\s+|business\\s+|working\\s+)?(days?|weeks?|months?|years?)\\b(?:\\(s\\))?",
        anchors: ["day", "week", "month", "year"], maximumLength: 60)
    /// Counts written in words, as periods use them (also read by `KeyFactExtractor` for a term's length).
    static let words: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "fourteen": 14, "fifteen": 15, "eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36, "forty": 40, "forty-five": 45,
        "forty-eight": 48, "sixty": 60, "ninety": 90, "one hundred twenty": 120, "one hundred eighty": 180,
    ]

    /// Every period in a sentence, in days (a month counted as 30, a year as 365); with `exceptTermLengths`, not the length a
    /// term or a renewal runs for ("renews automatically for successive periods of one month unless you cancel it" states no
    /// notice window).
    static func all(in sentence: String, exceptTermLengths: Bool = false) -> [(days: Int, text: String)] {
        let text = PagedText(sentence)
        return expression.matches(in: text).filter { match in
            guard exceptTermLengths else { return true }
            let before = text.substring(NSRange(location: max(0, match.range.location - 30), length: min(30, match.range.location)))
            let end = match.range.location + match.range.length
            let after = text.substring(NSRange(location: end, length: min(20, text.length - end)))
            return !lengthBefore.matches(before) && !lengthAfter.matches(after)
        }.compactMap { period($0, in: text) }
    }
    /// The words that make a period the length of a term: "periods of", "a further term of", "successive", "additional" before
    /// it, "terms" or "renewal periods" after it ("for additional 12 month terms").
    private static let lengthBefore = StringRegex(
        "(?:\\b(?:periods?|terms?|renewals?)\\s+of|\\b(?:successive|further|additional|another|consecutive|like|renewal))\\s*$", caseInsensitive: true)
    private static let lengthAfter = StringRegex("^\\s*(?:renewal\\s+)?(?:periods?|terms?)\\b", caseInsensitive: true)

    /// The first period in a notice period's text as its count and unit: "30 days' written notice" is 30 "days",
    /// "ten (10) business days" 10 "business days", "two weeks' notice" 2 "weeks".
    static func length(in period: String) -> (count: Int, unit: String)? {
        let text = PagedText(period)
        guard let match = expression.firstMatch(in: text), let count = count(match, in: text) else { return nil }
        var unit = text.substring(match.range(at: 4)).lowercased()
        if !unit.hasSuffix("s") { unit += "s" }
        let kind = match.range(at: 3).location == NSNotFound ? "" : text.substring(match.range(at: 3)).lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        return (count, kind.isEmpty || kind == "calendar" ? unit : kind + " " + unit)
    }

    /// The figure in brackets when there is one ("thirty (30)"), else the words or digits before the unit.
    private static func count(_ match: TextMatch, in text: PagedText) -> Int? {
        let digits = match.range(at: 2).location != NSNotFound ? text.substring(match.range(at: 2)) : text.substring(match.range(at: 1))
        return Int(digits) ?? words[digits.lowercased()]
    }

    /// The hyphen of a length written as an adjective: "thirty-day", "12-month".
    private static let hyphenBeforeUnit = StringRegex("-(?=(?:calendar |business |working )?(?:day|week|month|year)s?$)")

    private static func period(_ match: TextMatch, in text: PagedText) -> (days: Int, text: String)? {
        guard let count = count(match, in: text) else { return nil }
        let unit = text.substring(match.range(at: 4)).lowercased()
        let days = unit.hasPrefix("day") ? count : unit.hasPrefix("week") ? count * 7 : unit.hasPrefix("month") ? count * 30 : count * 365
        var written = text.substring(match.range).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        // "a thirty-day notice": the period as a sentence states it, "thirty days".
        if written.contains("-"), let hyphen = hyphenBeforeUnit.range(in: written) {
            written.replaceSubrange(hyphen, with: " ")
            if count != 1, !written.hasSuffix("s") { written += "s" }
        }
        return (days, written)
    }
}
