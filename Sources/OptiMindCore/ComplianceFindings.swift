/// What ComplianceGuard found in one policy document.
public struct ComplianceFindings: Sendable, Codable, Equatable {
    public var title: String
    /// What kind of policy this is ("Privacy notice", "Information security policy").
    public var businessType: String
    public var regulations: [RegulationFinding]
    public var jurisdiction: String
    public var checklist: [ChecklistItem]
    public var riskAssessment: RiskAssessment
    public var actionPlan: [ActionItem]
    /// The document's own "last updated" date, ISO, if it states one.
    public var lastUpdated: String?
    /// ISO date of the next review.
    public var nextReviewDate: String
    public var status: ComplianceStatus
    /// Why the status is REVIEW_REQUIRED (no regulation recognised, or the confidence against the threshold with the
    /// classifier's doubts); empty otherwise.
    public var reviewReasons: [String]

    public init(
        title: String, businessType: String, regulations: [RegulationFinding], jurisdiction: String,
        checklist: [ChecklistItem], riskAssessment: RiskAssessment, actionPlan: [ActionItem], lastUpdated: String?,
        nextReviewDate: String, status: ComplianceStatus, reviewReasons: [String] = []
    ) {
        self.title = title
        self.businessType = businessType
        self.regulations = regulations
        self.jurisdiction = jurisdiction
        self.checklist = checklist
        self.riskAssessment = riskAssessment
        self.actionPlan = actionPlan
        self.lastUpdated = lastUpdated
        self.nextReviewDate = nextReviewDate
        self.status = status
        self.reviewReasons = reviewReasons
    }
}

/// A regulation that applies to the document, with how sure and why.
public struct RegulationFinding: Sendable, Codable, Equatable {
    /// "GDPR", "CCPA", "HIPAA", ...
    public var key: String
    public var name: String
    public var confidence: Double
    public var evidence: [Evidence]

    public init(key: String, name: String, confidence: Double, evidence: [Evidence]) {
        self.key = key
        self.name = name
        self.confidence = confidence
        self.evidence = evidence
    }
}

/// One element a regulation requires the document to contain.
public struct ChecklistItem: Sendable, Codable, Equatable {
    public var regulation: String
    public var key: String
    public var article: String
    /// "always" or the condition under which it is required.
    public var required: String
    public var what: String
    public var present: Bool
    public var evidence: [Evidence]
    /// Whether the element is required of this document: always for a mandatory one; for a conditional
    /// one, when the document shows its condition (it names a DPO, transfers, automated decisions...)
    /// or has the element anyway.
    public var applies: Bool
    /// "present", "missing" (required here and absent) or "not_applicable" (conditional, and the
    /// document does not show the condition).
    public var status: String
    /// Where the document shows the condition of a conditional element.
    public var conditionEvidence: [Evidence]

    public init(
        regulation: String, key: String, article: String, required: String, what: String, present: Bool,
        evidence: [Evidence], applies: Bool = true, conditionEvidence: [Evidence] = []
    ) {
        self.regulation = regulation
        self.key = key
        self.article = article
        self.required = required
        self.what = what
        self.present = present
        self.evidence = evidence
        self.applies = applies || present
        self.status = present ? "present" : (self.applies ? "missing" : "not_applicable")
        self.conditionEvidence = conditionEvidence
    }

    /// Whether the element is required unconditionally (a gap is then urgent): "always", or
    /// "always (...)" with a caveat.
    public var isMandatory: Bool { Self.isMandatory(required: required) }

    public static func isMandatory(required: String) -> Bool { required.hasPrefix("always") }
}

/// One task of the action plan: a gap to close, its priority and the article it comes from.
public struct ActionItem: Sendable, Codable, Equatable {
    /// 1 (urgent) to 3.
    public var priority: Int
    public var regulation: String
    public var key: String
    public var article: String
    public var task: String

    public init(priority: Int, regulation: String, key: String, article: String, task: String) {
        self.priority = priority
        self.regulation = regulation
        self.key = key
        self.article = article
        self.task = task
    }
}
