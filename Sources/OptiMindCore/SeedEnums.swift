/// The OptiMind platform's enums that this tool writes, spelled exactly as the seed schema spells
/// them: the platform reads these TEXT columns through Prisma and rejects any other value.

/// `UploadStatus` of the seed: the life of one file in the inbox.
public enum UploadStatus: String, Codable, Sendable, CaseIterable {
    case pending = "PENDING"
    case processing = "PROCESSING"
    case completed = "COMPLETED"
    case failed = "FAILED"
    case deleted = "DELETED"

    /// Whether the pipeline has finished with the upload (successfully or not).
    public var isTerminal: Bool { self == .completed || self == .failed || self == .deleted }
}

/// `ContractType` of the seed: the ten kinds of contract ContractWise knows.
public enum ContractType: String, Codable, Sendable, CaseIterable {
    case employment = "EMPLOYMENT"
    case serviceAgreement = "SERVICE_AGREEMENT"
    case nda = "NDA"
    case partnership = "PARTNERSHIP"
    case salesContract = "SALES_CONTRACT"
    case leaseAgreement = "LEASE_AGREEMENT"
    case licenseAgreement = "LICENSE_AGREEMENT"
    case franchise = "FRANCHISE"
    case mergerAcquisition = "MERGER_ACQUISITION"
    case other = "OTHER"

    /// A short name for reports and summaries.
    public var displayName: String {
        switch self {
        case .employment: "Employment agreement"
        case .serviceAgreement: "Services agreement"
        case .nda: "Non-disclosure agreement"
        case .partnership: "Partnership agreement"
        case .salesContract: "Sales contract"
        case .leaseAgreement: "Lease agreement"
        case .licenseAgreement: "Licence agreement"
        case .franchise: "Franchise agreement"
        case .mergerAcquisition: "Merger or acquisition agreement"
        case .other: "Other contract"
        }
    }
}

/// `ContractAnalysisStatus` of the seed.
public enum ContractAnalysisStatus: String, Codable, Sendable, CaseIterable {
    case pending = "PENDING"
    case processing = "PROCESSING"
    case completed = "COMPLETED"
    case failed = "FAILED"
    case reviewRequired = "REVIEW_REQUIRED"
}

/// `ComplianceStatus` of the seed.
public enum ComplianceStatus: String, Codable, Sendable, CaseIterable {
    case pending = "PENDING"
    case processing = "PROCESSING"
    case completed = "COMPLETED"
    case failed = "FAILED"
    case reviewRequired = "REVIEW_REQUIRED"
    case urgentAttention = "URGENT_ATTENTION"
}

/// What a document is, as far as the pipeline cares: it decides which analysis runs.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case contract = "CONTRACT"
    case policy = "POLICY"
    case other = "OTHER"
}
