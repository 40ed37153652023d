/// An analysis row to write with the upload's completion, in one transaction.
///
/// Json columns are carried as already-encoded JSON text, so the store does not need to know
/// the analyses' types.
public enum StoredAnalysis: Sendable {
    case contract(ContractAnalysisRow)
    case compliance(ComplianceMonitoringRow)

    public var id: String {
        switch self {
        case .contract(let row): row.id
        case .compliance(let row): row.id
        }
    }
}

/// The seed's `contract_analyses` row.
public struct ContractAnalysisRow: Sendable {
    public var id: String
    public var contractTitle: String
    public var contractType: String
    public var fileUrl: String?
    public var extractedText: String?
    public var riskAssessment: String?
    public var clauses: String?
    public var plainLanguage: String?
    public var complianceCheck: String?
    public var recommendations: String?
    public var confidence: Double?
    public var processingTime: Int?
    public var status: String
    public var metadata: String?

    public init(
        id: String, contractTitle: String, contractType: String, fileUrl: String?, extractedText: String?,
        riskAssessment: String?, clauses: String?, plainLanguage: String?, complianceCheck: String?,
        recommendations: String?, confidence: Double?, processingTime: Int?, status: String, metadata: String?
    ) {
        self.id = id
        self.contractTitle = contractTitle
        self.contractType = contractType
        self.fileUrl = fileUrl
        self.extractedText = extractedText
        self.riskAssessment = riskAssessment
        self.clauses = clauses
        self.plainLanguage = plainLanguage
        self.complianceCheck = complianceCheck
        self.recommendations = recommendations
        self.confidence = confidence
        self.processingTime = processingTime
        self.status = status
        self.metadata = metadata
    }
}

/// The seed's `compliance_monitoring` row.
public struct ComplianceMonitoringRow: Sendable {
    public var id: String
    public var businessType: String
    public var jurisdiction: String
    public var regulations: String?
    public var riskAssessment: String?
    public var documentReviews: String?
    public var actionPlan: String?
    public var auditPreparation: String?
    public var trainingMaterials: String?
    /// Epoch milliseconds.
    public var nextReviewDate: Int64?
    public var confidence: Double?
    public var processingTime: Int?
    public var status: String
    public var metadata: String?

    public init(
        id: String, businessType: String, jurisdiction: String, regulations: String?, riskAssessment: String?,
        documentReviews: String?, actionPlan: String?, auditPreparation: String?, trainingMaterials: String?,
        nextReviewDate: Int64?, confidence: Double?, processingTime: Int?, status: String, metadata: String?
    ) {
        self.id = id
        self.businessType = businessType
        self.jurisdiction = jurisdiction
        self.regulations = regulations
        self.riskAssessment = riskAssessment
        self.documentReviews = documentReviews
        self.actionPlan = actionPlan
        self.auditPreparation = auditPreparation
        self.trainingMaterials = trainingMaterials
        self.nextReviewDate = nextReviewDate
        self.confidence = confidence
        self.processingTime = processingTime
        self.status = status
        self.metadata = metadata
    }
}
