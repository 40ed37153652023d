import Foundation
import OptiMindCore

/// ContractWise's tunable data, loaded from `Config/rules/contractwise.json` and validated at start.
public struct ContractWiseRules: Sendable {
    struct RiskRule: Decodable, Sendable {
        var weight: Double
        var factor: String
        var recommendation: String
        /// The contract types the risk applies to (seed ContractType names); all when not given. An
        /// employment agreement without a liability cap is no finding.
        var types: [String]?
        /// For a clause's `whenPresent` risk: patterns under which the risk is not raised when every quote of the
        /// clause matches one ("Nothing in this Agreement limits liability for death or personal injury caused by
        /// negligence or for fraud" carves out only what the law does not let a contract limit).
        var unlessEveryQuote: [String]?
        /// For a clause's `whenAbsent` risk: patterns on the contract's title under which its absence is no finding (a
        /// promissory note, a guaranty or a settlement agreement has no liability cap to negotiate).
        var unlessTitle: [String]?

        func applies(to type: ContractType) -> Bool { types?.contains(type.rawValue) ?? true }
    }

    struct ClauseRule: Decodable {
        var key: String
        var title: String
        var patterns: [String]
        var decisive: [String]?
        var unless: [String]?
        var modelNeeds: [String]?
        var modelUnless: [String]?
        var plainLanguage: String
        var risk: String
        var whenPresent: RiskRule?
        var whenAbsent: RiskRule?
    }

    struct Level: Decodable, Sendable {
        var below: Double
        var level: String
    }

    /// A risk that depends on a period the clause states: a renewal notice window shorter than `belowDays`, a non-compete
    /// longer than `aboveDays` (exactly one of them). The factor may use {days} and {period}. `unless`: patterns under
    /// which a quote raises no such risk (a contract that runs until either party ends it on notice has no renewal window).
    struct PeriodBound: Decodable, Sendable {
        var belowDays: Int?
        var aboveDays: Int?
        var unless: [String]?
    }
    typealias PeriodRisk = TriggeredRisk<PeriodBound>

    /// A period risk with its `unless` patterns compiled.
    struct CompiledPeriodRisk: Sendable {
        var rule: PeriodRisk
        var unless: PatternSet?
    }

    /// A factor that a more precise one takes the place of, when both would stand on the same clause or sentence: the
    /// clause's `whenPresent` factor ("Non-compete: ... check its duration and scope" under "Non-compete lasting two (2)
    /// years"), or the renewal kind's factor on the same sentence ("Automatic renewal: ..." under "Automatic renewal with a
    /// short notice window"). The precise factor takes the other's weight too, and its recommendation is not repeated, so a
    /// lawyer reads one row for one finding and the score is what the two made.
    enum Replaced: String, Decodable, Sendable {
        case whenPresent
        case renewal
    }

    /// A risk rule written flat in the file: the clause it is on, what raises it (`Trigger`), the factors it takes the place of
    /// (`replaces`), and its weight, factor, recommendation and types beside them.
    struct TriggeredRisk<Trigger: Decodable & Sendable>: Decodable, Sendable {
        var clause: String
        var trigger: Trigger
        var risk: RiskRule
        /// The factors this one takes the place of when it is raised (`Replaced`): termination at will by one named party
        /// says more precisely what the plain termination-for-convenience factor says.
        var replaces: [Replaced]?

        private enum Keys: String, CodingKey { case clause, replaces }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            clause = try container.decode(String.self, forKey: .clause)
            replaces = try container.decodeIfPresent([Replaced].self, forKey: .replaces)
            trigger = try Trigger(from: decoder)
            risk = try RiskRule(from: decoder)
        }
    }

    /// A risk in how a present clause is worded: one of its quotes matches `pattern` ("anywhere in the world" in a
    /// non-compete). A factor with "{party}" names the party the quotes give the right to end the contract ("one party" when
    /// they name none this reader knows), and is not raised when they give it to more than one, in one sentence or in two.
    struct Wording: Decodable, Sendable {
        var pattern: String
    }
    typealias WordingRisk = TriggeredRisk<Wording>

    /// A risk a present clause carries under the contract's governing law ("California" for an employee's non-compete, which that
    /// law voids): `laws` are jurisdictions as the key facts report them, compared without regard to case; "{law}" in the
    /// factor is filled in.
    struct Laws: Decodable, Sendable {
        var laws: [String]

        func hold(_ law: String?) -> Bool { law.map { law in laws.contains { $0.caseInsensitiveCompare(law) == .orderedSame } } ?? false }
    }
    typealias LawRisk = TriggeredRisk<Laws>

    /// How a renewal clause renews (`renewal` in the file): `kinds` are tried in order on each of the clause's
    /// quotes and the first whose patterns match names it; `risks` are the risk factors of a kind.
    struct RenewalRules: Decodable {
        struct Kind: Decodable {
            var kind: String
            var patterns: [String]
        }
        var kinds: [Kind]
        var risks: [String: RiskRule]?
    }

    /// The renewal kinds with their patterns compiled, in the order they are tried.
    struct RenewalKinds: Sendable {
        static let names: Set<String> = ["automatic", "agreement", "option"]
        struct Kind: Sendable {
            var name: String
            var patterns: PatternSet
        }
        var kinds: [Kind]

        /// The kind of renewal a sentence states: "automatic", "agreement", "option", or nil when it says none.
        func kind(of sentence: String) -> String? {
            let text = PagedText(sentence)
            return kinds.first { !$0.patterns.matches(in: text, limit: 1).isEmpty }?.name
        }
    }

    /// A wording risk with its pattern compiled.
    struct CompiledWordingRisk: Sendable {
        var rule: WordingRisk
        var pattern: PatternSet
    }

    struct File: Decodable {
        var periodRisks: [PeriodRisk]?
        var wordingRisks: [WordingRisk]?
        var lawRisks: [LawRisk]?
        var renewal: RenewalRules?
        var expectationWeight: Double
        var levels: [Level]
        var clauses: [ClauseRule]
        var expectations: [String: [String]]
        var expectationsUnlessTitle: [String: [String: [String]]]?
    }

    struct Clause: Sendable {
        var key: String
        var title: String
        var patterns: PatternSet
        /// Patterns whose match marks the clause present whatever the clause model says: wordings a
        /// legal team knows to be the clause, which the model (trained on other contracts) may not.
        var decisive: PatternSet?
        /// A sentence matching one of these does not count ("There are no third-party beneficiaries").
        var unless: PatternSet?
        /// Words a sentence must hold for the clause model alone (no pattern matched) to count it: the
        /// model rates some term clauses ("This Agreement shall remain in effect for two (2) years") as
        /// renewals; a renewal says renew, extend, successive, year to year ...
        var modelNeeds: PatternSet?
        /// Words under which a sentence the clause model alone rates the clause does not count: a bag of words
        /// reads no negation ("This License does not include a minimum annual royalty") and no kind of price (a
        /// fixed monthly retainer is no revenue share).
        var modelUnless: PatternSet?
        var plainLanguage: String
        var risk: String
        var whenPresent: RiskRule?
        /// `whenPresent.unlessEveryQuote`, compiled.
        var whenPresentUnless: PatternSet?
        var whenAbsent: RiskRule?
        /// `whenAbsent.unlessTitle`, compiled.
        var whenAbsentUnlessTitle: PatternSet?

        /// Whether the clause's `whenPresent` risk is raised by these quotes of it.
        func raisesRisk(_ quotes: [Evidence]) -> Bool {
            guard let whenPresentUnless else { return true }
            return !quotes.allSatisfy { whenPresentUnless.matchesAny($0.quote) }
        }

        /// Whether the clause model may mark the clause with this sentence: it holds the words of `modelNeeds`
        /// and none of `modelUnless`.
        func modelMayMark(_ sentence: String) -> Bool {
            modelNeeds.map { $0.matchesAny(sentence) } ?? true && !modelRulesOut(sentence)
        }

        /// Whether a sentence matches `modelUnless`: whatever the model rates it, it is not the clause.
        func modelRulesOut(_ sentence: String) -> Bool {
            modelUnless.map { $0.matchesAny(sentence) } ?? false
        }

        /// Whether the clause's absence is a finding in a contract of this title.
        func missingMatters(title: String) -> Bool {
            guard let whenAbsentUnlessTitle else { return true }
            return !whenAbsentUnlessTitle.matchesAny(title)
        }
    }

    let clauses: [Clause]
    let periodRisks: [CompiledPeriodRisk]
    let wordingRisks: [CompiledWordingRisk]
    let lawRisks: [LawRisk]
    let renewalKinds: RenewalKinds
    /// The risk factor of each renewal kind ("automatic": the contract renews itself unless notice is given).
    let renewalRisks: [String: RiskRule]
    let levels: [Level]
    let expectationWeight: Double
    let expectations: [ContractType: [String]]
    /// Per type and expected clause, titles under which its absence is no finding: a residential tenancy is not expected to
    /// hold insurance terms as a commercial lease is.
    let expectationsUnlessTitle: [ContractType: [String: PatternSet]]
    /// The clause model, when a model file was given (see `ClauseModel`).
    let model: ClauseModel?

    /// Loads the rules of `path`, and the clause model of `modelPath` when given.
    public init(file path: String, model modelPath: String? = nil) throws {
        let file = try RuleFile.load(File.self, from: path)
        var seen = Set<String>()
        clauses = try file.clauses.enumerated().map { index, rule in
            let where_ = "clauses[\(index)] (\(rule.key))"
            guard seen.insert(rule.key).inserted else { throw RuleFileError(file: path, reason: "\(where_): duplicate key") }
            guard ["LOW", "MEDIUM", "HIGH"].contains(rule.risk) else {
                throw RuleFileError(file: path, reason: "\(where_).risk: must be LOW, MEDIUM or HIGH")
            }
            guard !rule.patterns.isEmpty else { throw RuleFileError(file: path, reason: "\(where_).patterns: empty") }
            for (name, risk) in [("whenPresent", rule.whenPresent), ("whenAbsent", rule.whenAbsent)] {
                if let risk, !(0...1).contains(risk.weight) {
                    throw RuleFileError(file: path, reason: "\(where_).\(name).weight: must be between 0 and 1")
                }
                try Self.checkTypes(risk?.types, file: path, key: "\(where_).\(name).types")
            }
            return Clause(
                key: rule.key, title: rule.title,
                patterns: try PatternSet(rule.patterns, file: path, key: "\(where_).patterns"),
                decisive: try rule.decisive.map { try PatternSet($0, file: path, key: "\(where_).decisive") },
                unless: try rule.unless.map { try PatternSet($0, file: path, key: "\(where_).unless") },
                modelNeeds: try rule.modelNeeds.map { try PatternSet($0, file: path, key: "\(where_).modelNeeds") },
                modelUnless: try rule.modelUnless.map { try PatternSet($0, file: path, key: "\(where_).modelUnless") },
                plainLanguage: rule.plainLanguage, risk: rule.risk, whenPresent: rule.whenPresent,
                whenPresentUnless: try rule.whenPresent?.unlessEveryQuote.map { try PatternSet($0, file: path, key: "\(where_).whenPresent.unlessEveryQuote") },
                whenAbsent: rule.whenAbsent,
                whenAbsentUnlessTitle: try rule.whenAbsent?.unlessTitle.map { try PatternSet($0, file: path, key: "\(where_).whenAbsent.unlessTitle") })
        }
        guard !file.levels.isEmpty, file.levels.last!.below > 1 else {
            throw RuleFileError(file: path, reason: "levels: the last level must cover scores up to 1 (below > 1)")
        }
        levels = file.levels.sorted { $0.below < $1.below }
        expectationWeight = file.expectationWeight
        var expectations: [ContractType: [String]] = [:]
        for (name, keys) in file.expectations {
            guard let type = ContractType(rawValue: name) else {
                throw RuleFileError(file: path, reason: "expectations.\(name): not a seed ContractType")
            }
            for key in keys where !seen.contains(key) {
                throw RuleFileError(file: path, reason: "expectations.\(name): unknown clause key \(key)")
            }
            expectations[type] = keys
        }
        self.expectations = expectations
        var unlessTitle: [ContractType: [String: PatternSet]] = [:]
        for (name, clauses) in file.expectationsUnlessTitle ?? [:] {
            guard let type = ContractType(rawValue: name) else {
                throw RuleFileError(file: path, reason: "expectationsUnlessTitle.\(name): not a seed ContractType")
            }
            for (key, patterns) in clauses {
                guard expectations[type]?.contains(key) == true else {
                    throw RuleFileError(file: path, reason: "expectationsUnlessTitle.\(name).\(key): not an expected clause of \(name)")
                }
                unlessTitle[type, default: [:]][key] = try PatternSet(patterns, file: path, key: "expectationsUnlessTitle.\(name).\(key)")
            }
        }
        expectationsUnlessTitle = unlessTitle
        periodRisks = try (file.periodRisks ?? []).enumerated().map { index, risk in
            guard seen.contains(risk.clause) else { throw RuleFileError(file: path, reason: "periodRisks[\(index)]: unknown clause key \(risk.clause)") }
            guard (risk.trigger.belowDays == nil) != (risk.trigger.aboveDays == nil) else {
                throw RuleFileError(file: path, reason: "periodRisks[\(index)]: give exactly one of belowDays and aboveDays")
            }
            guard (0...1).contains(risk.risk.weight) else { throw RuleFileError(file: path, reason: "periodRisks[\(index)].weight: must be between 0 and 1") }
            try Self.checkTypes(risk.risk.types, file: path, key: "periodRisks[\(index)].types")
            return CompiledPeriodRisk(rule: risk, unless: try risk.trigger.unless.map { try PatternSet($0, file: path, key: "periodRisks[\(index)].unless") })
        }
        wordingRisks = try (file.wordingRisks ?? []).enumerated().map { index, risk in
            guard seen.contains(risk.clause) else { throw RuleFileError(file: path, reason: "wordingRisks[\(index)]: unknown clause key \(risk.clause)") }
            guard (0...1).contains(risk.risk.weight) else { throw RuleFileError(file: path, reason: "wordingRisks[\(index)].weight: must be between 0 and 1") }
            try Self.checkTypes(risk.risk.types, file: path, key: "wordingRisks[\(index)].types")
            return CompiledWordingRisk(rule: risk, pattern: try PatternSet([risk.trigger.pattern], file: path, key: "wordingRisks[\(index)].pattern"))
        }
        lawRisks = try (file.lawRisks ?? []).enumerated().map { index, risk in
            guard seen.contains(risk.clause) else { throw RuleFileError(file: path, reason: "lawRisks[\(index)]: unknown clause key \(risk.clause)") }
            guard !risk.trigger.laws.isEmpty else { throw RuleFileError(file: path, reason: "lawRisks[\(index)].laws: empty") }
            guard (0...1).contains(risk.risk.weight) else { throw RuleFileError(file: path, reason: "lawRisks[\(index)].weight: must be between 0 and 1") }
            try Self.checkTypes(risk.risk.types, file: path, key: "lawRisks[\(index)].types")
            return risk
        }
        let renewal = file.renewal ?? RenewalRules(kinds: [], risks: nil)
        renewalKinds = RenewalKinds(kinds: try renewal.kinds.enumerated().map { index, kind in
            guard RenewalKinds.names.contains(kind.kind) else {
                throw RuleFileError(file: path, reason: "renewal.kinds[\(index)].kind: must be automatic, agreement or option")
            }
            guard !kind.patterns.isEmpty else { throw RuleFileError(file: path, reason: "renewal.kinds[\(index)].patterns: empty") }
            return RenewalKinds.Kind(name: kind.kind, patterns: try PatternSet(kind.patterns, file: path, key: "renewal.kinds[\(index)].patterns"))
        })
        for (name, risk) in renewal.risks ?? [:] {
            guard RenewalKinds.names.contains(name) else {
                throw RuleFileError(file: path, reason: "renewal.risks.\(name): not a renewal kind (automatic, agreement or option)")
            }
            guard (0...1).contains(risk.weight) else { throw RuleFileError(file: path, reason: "renewal.risks.\(name).weight: must be between 0 and 1") }
            try Self.checkTypes(risk.types, file: path, key: "renewal.risks.\(name).types")
        }
        renewalRisks = renewal.risks ?? [:]
        model = try modelPath.map { try ClauseModel(file: $0, knownKeys: seen) }
    }

    private static func checkTypes(_ types: [String]?, file path: String, key: String) throws {
        for type in types ?? [] where ContractType(rawValue: type) == nil {
            throw RuleFileError(file: path, reason: "\(key): \(type) is not a seed ContractType")
        }
    }

    func level(for score: Double) -> String {
        levels.first { score < $0.below }?.level ?? levels.last!.level
    }
}
