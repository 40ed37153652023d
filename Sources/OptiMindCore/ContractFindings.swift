/// What ContractWise found in one contract: the typed findings the reports and the database row are made from.
public struct ContractFindings: Sendable, Codable, Equatable {
    public var title: String
    public var contractType: ContractType
    public var parties: [Party]
    public var dates: KeyDates
    public var governingLaw: GoverningLaw
    public var venue: Venue
    public var term: TermFacts
    /// Amounts as written ("USD 12,000.00"), with their value, ISO 4217 currency and the sentence they stand in.
    public var amounts: [MoneyAmount]
    /// Notice periods: as written ("30 days' written notice"), their length, what they are for and where they stand.
    public var noticePeriods: [NoticePeriod]
    public var clauses: [ClauseFinding]
    public var riskAssessment: RiskAssessment
    public var recommendations: [String]
    public var status: ContractAnalysisStatus
    /// Why the status is REVIEW_REQUIRED (the confidence against the threshold, then the classifier's doubts); empty otherwise.
    public var reviewReasons: [String]

    public init(
        title: String, contractType: ContractType, parties: [Party], dates: KeyDates, governingLaw: GoverningLaw,
        venue: Venue = Venue(), term: TermFacts = TermFacts(), amounts: [MoneyAmount], noticePeriods: [NoticePeriod], clauses: [ClauseFinding],
        riskAssessment: RiskAssessment, recommendations: [String], status: ContractAnalysisStatus, reviewReasons: [String] = []
    ) {
        self.title = title
        self.contractType = contractType
        self.parties = parties
        self.dates = dates
        self.governingLaw = governingLaw
        self.venue = venue
        self.term = term
        self.amounts = amounts
        self.noticePeriods = noticePeriods
        self.clauses = clauses
        self.riskAssessment = riskAssessment
        self.recommendations = recommendations
        self.status = status
        self.reviewReasons = reviewReasons
    }
}

/// A notice period a contract sets: "60 days' prior written notice" to terminate is 60 days, for termination.
public struct NoticePeriod: Sendable, Codable, Equatable {
    /// As written, a figure in words given by its figure: "30 days' written notice", "notice of non-renewal at least 90 days before".
    public var text: String
    /// The length's figure and unit: 60 and "days"; "business days", "weeks", "months" and "years" as written.
    public var value: Int?
    public var unit: String?
    /// What the notice is for, from its sentence: "termination", "non-renewal", "renewal option", "cure", "resignation", "withdrawal", "price change", "suspension", "discontinuation",
    /// "assignment", "audit", or "other".
    public var purpose: String
    /// The sentence the period stands in.
    public var evidence: [Evidence]

    public init(text: String, value: Int?, unit: String?, purpose: String, evidence: [Evidence]) {
        self.text = text
        self.value = value
        self.unit = unit
        self.purpose = purpose
        self.evidence = evidence
    }
}

/// An amount of money a contract states: "$2.5 million" is 2,500,000 USD.
public struct MoneyAmount: Sendable, Codable, Equatable {
    /// As written, spaces folded: "$2.5 million", "CHF 10'000", "1,250,000 dollars".
    public var text: String
    /// The figure with its multiplier: 2500000 for "$2.5 million"; nil when the figure cannot be read.
    public var value: Double?
    /// ISO 4217 code: "USD", "EUR", "CNY".
    public var currency: String
    /// False when the contract wrote a sign or word several currencies share ("$", "dollars", "¥", "francs",
    /// "Rs.", "pounds") and the currency was taken from the contract's governing law (US dollars when it has none).
    public var currencyStated: Bool
    /// The sentence the amount stands in.
    public var evidence: [Evidence]

    public init(text: String, value: Double?, currency: String, currencyStated: Bool, evidence: [Evidence]) {
        self.text = text
        self.value = value
        self.currency = currency
        self.currencyStated = currencyStated
        self.evidence = evidence
    }
}

/// A party to a contract and the role the contract defines for it ("Landlord", "Disclosing Party").
public struct Party: Sendable, Codable, Equatable {
    public var name: String
    public var role: String?

    /// A name a layout wrapped ("Priyanka\nDeshmukh") or spaced ("Acme  Corp.") is given with single spaces.
    public init(name: String, role: String?) {
        self.name = name.contains(where: \.isWhitespace) ? name.split(whereSeparator: \.isWhitespace).joined(separator: " ") : name
        self.role = role
    }
}

/// Key dates as ISO `YYYY-MM-DD`, null when the contract does not state them.
public struct KeyDates: Sendable, Codable, Equatable {
    public var agreementDate: String?
    public var effectiveDate: String?
    public var expirationDate: String?

    public init(agreementDate: String? = nil, effectiveDate: String? = nil, expirationDate: String? = nil) {
        self.agreementDate = agreementDate
        self.effectiveDate = effectiveDate
        self.expirationDate = expirationDate
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agreementDate, forKey: .agreementDate)
        try container.encode(effectiveDate, forKey: .effectiveDate)
        try container.encode(expirationDate, forKey: .expirationDate)
    }
}

/// The law the contract chooses, with the passage that says so.
public struct GoverningLaw: Sendable, Codable, Equatable {
    public var jurisdiction: String?
    public var country: String?
    public var evidence: [Evidence]
    /// Nil when a clause of the contract chooses the law. "venue" when none does and the law is that of
    /// the courts the contract sends disputes to ("the People's Court where this Agreement is signed"):
    /// the law most likely to apply, not a choice, so the missing choice of law stays a risk.
    public var inferredFrom: String?

    public init(jurisdiction: String? = nil, country: String? = nil, evidence: [Evidence] = [], inferredFrom: String? = nil) {
        self.jurisdiction = jurisdiction
        self.country = country
        self.evidence = evidence
        self.inferredFrom = inferredFrom
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(jurisdiction, forKey: .jurisdiction)
        try container.encode(country, forKey: .country)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(inferredFrom, forKey: .inferredFrom)
    }
}

/// How long the contract runs and how it renews, as the contract words it.
public struct TermFacts: Sendable, Codable, Equatable {
    /// The initial term as written ("three (3) years", "until the third (3rd) anniversary of the Effective
    /// Date"); nil when the contract states no length (it may still state an end date).
    public var length: String?
    /// How it renews: "automatic" (unless a party gives notice), "option" (a party may extend it),
    /// "agreement" (only if the parties agree); nil when it says nothing of renewal.
    public var renewal: String?
    /// Each renewal's length as written ("one-year", "twelve (12) months"), or by the year or month ("annually", "month-to-month").
    public var renewalLength: String?
    public var evidence: [Evidence]

    public init(length: String? = nil, renewal: String? = nil, renewalLength: String? = nil, evidence: [Evidence] = []) {
        self.length = length
        self.renewal = renewal
        self.renewalLength = renewalLength
        self.evidence = evidence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(length, forKey: .length)
        try container.encode(renewal, forKey: .renewal)
        try container.encode(renewalLength, forKey: .renewalLength)
        try container.encode(evidence, forKey: .evidence)
    }
}

/// Where disputes are heard: the courts, or arbitration and its seat, as the contract names them.
public struct Venue: Sendable, Codable, Equatable {
    /// "the state and federal courts located in Suffolk County, Massachusetts", "the Court of Chancery of
    /// the State of Delaware", "arbitration in Chicago, Illinois"; nil when the contract names none.
    public var forum: String?
    public var arbitration: Bool
    /// Whether the forum is exclusive ("exclusive jurisdiction", "brought exclusively in").
    public var exclusive: Bool
    public var evidence: [Evidence]

    public init(forum: String? = nil, arbitration: Bool = false, exclusive: Bool = false, evidence: [Evidence] = []) {
        self.forum = forum
        self.arbitration = arbitration
        self.exclusive = exclusive
        self.evidence = evidence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(forum, forKey: .forum)
        try container.encode(arbitration, forKey: .arbitration)
        try container.encode(exclusive, forKey: .exclusive)
        try container.encode(evidence, forKey: .evidence)
    }
}

/// One clause looked for, whether it is present, and where.
public struct ClauseFinding: Sendable, Codable, Equatable {
    public var key: String
    public var title: String
    public var present: Bool
    public var evidence: [Evidence]
    /// LOW / MEDIUM / HIGH when present; null when absent.
    public var risk: String?
    public var plainLanguage: String
    /// What decided: "rules" (a pattern of contractwise.json matched), "model" (the clause model's
    /// best sentence reached its threshold), or "rules and model".
    public var basis: String?
    /// The clause model's probability for the document's most likely sentence, for a modelled clause.
    public var modelProbability: Double?

    public init(
        key: String, title: String, present: Bool, evidence: [Evidence], risk: String?, plainLanguage: String, basis: String? = nil,
        modelProbability: Double? = nil
    ) {
        self.key = key
        self.title = title
        self.present = present
        self.evidence = evidence
        self.risk = risk
        self.plainLanguage = plainLanguage
        self.basis = basis
        self.modelProbability = modelProbability
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(title, forKey: .title)
        try container.encode(present, forKey: .present)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(risk, forKey: .risk)
        try container.encode(plainLanguage, forKey: .plainLanguage)
        try container.encodeIfPresent(basis, forKey: .basis)
        try container.encodeIfPresent(modelProbability, forKey: .modelProbability)
    }
}

/// A score in 0...1, its level, and the factors behind it, each tied to evidence.
public struct RiskAssessment: Sendable, Codable, Equatable {
    public var score: Double
    /// LOW, MEDIUM, HIGH or CRITICAL.
    public var level: String
    public var factors: [RiskFactor]

    public init(score: Double, level: String, factors: [RiskFactor]) {
        self.score = score
        self.level = level
        self.factors = factors
    }
}

/// One reason the risk score is what it is.
public struct RiskFactor: Sendable, Codable, Equatable {
    public var factor: String
    public var weight: Double
    /// The clause or checklist key the factor comes from.
    public var key: String
    public var evidence: [Evidence]
    /// True for a clause the contract's type normally has and this contract lacks (absent from the JSON
    /// otherwise); the analysis row lists these keys as `missingExpectedClauses`.
    public var missingExpected: Bool?

    public init(factor: String, weight: Double, key: String, evidence: [Evidence], missingExpected: Bool? = nil) {
        self.factor = factor
        self.weight = weight
        self.key = key
        self.evidence = evidence
        self.missingExpected = missingExpected
    }

    /// How such a factor ends: "Lease agreement without termination: a contract of this type normally has it."
    public static let expectedClauseNote = "a contract of this type normally has it."
}
