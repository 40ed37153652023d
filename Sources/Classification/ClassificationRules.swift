import Foundation
import OptiMindCore

/// The classifier's tunable data, loaded from `Config/rules/classification.json` and validated at start.
public struct ClassificationRules: Sendable {
    struct Signals: Decodable {
        var titlePatterns: [String]
        var rolePatterns: [String]?
        var phrasePatterns: [String]
    }

    struct File: Decodable {
        var reviewThreshold: Double
        var titleWeight: Double
        var headWeight: Double?
        var roleWeight: Double
        var phraseWeight: Double
        var kinds: [String: Signals]
        var contractTypes: [String: Signals]
        var operativePatterns: [String]?
        var acceptancePatterns: [String]?
        var calibration: Calibration?
    }

    /// Platt scaling of the margin-based confidence: `1 / (1 + exp(-(slope * logit(raw) + intercept)))`.
    public struct Calibration: Decodable, Sendable {
        public var slope: Double
        public var intercept: Double
    }

    struct CompiledSignals: Sendable {
        var title: PatternSet
        var roles: PatternSet
        var phrases: PatternSet
    }

    public let reviewThreshold: Double
    let titleWeight: Double
    /// Added to the contract type whose title pattern matches last on the title's line: the head noun
    /// ("Software Licence and MAINTENANCE Agreement" is a maintenance agreement).
    let headWeight: Double
    let roleWeight: Double
    let phraseWeight: Double
    let kinds: [(DocumentKind, CompiledSignals)]
    let contractTypes: [(ContractType, CompiledSignals)]
    /// A contract's own language ("shall", "hereby", a party defined in brackets, "this Agreement"): a document
    /// that the title and phrases call a contract but that has none of it is an article or a guide about one,
    /// and its confidence is halved, below the review threshold. Empty: no such check.
    let operative: PatternSet
    /// An addressee's signed acceptance ("Agreed and accepted:", "sign and return a copy of this letter"): a memo or letter that
    /// holds one is an agreement whatever its header calls it, and another kind's title weighs half. Empty: no such check.
    let acceptance: PatternSet
    /// Maps the margin-based ("raw") confidence to the chance that the kind and type are right, as fitted on the tuning
    /// part of the eval (`scripts/calibrate_confidence.py`). None: the raw confidence is reported as it is.
    public let calibration: Calibration?

    /// Loads and checks the rule file: every kind and contract type must be a seed name, every
    /// pattern a valid regular expression, weights and the threshold in range.
    public init(file path: String) throws {
        let file = try RuleFile.load(File.self, from: path)
        guard (0...1).contains(file.reviewThreshold) else {
            throw RuleFileError(file: path, reason: "reviewThreshold must be between 0 and 1")
        }
        func compile(_ signals: Signals, _ key: String) throws -> CompiledSignals {
            CompiledSignals(
                title: try PatternSet(signals.titlePatterns, file: path, key: "\(key).titlePatterns"),
                roles: try PatternSet(signals.rolePatterns ?? [], file: path, key: "\(key).rolePatterns"),
                phrases: try PatternSet(signals.phrasePatterns, file: path, key: "\(key).phrasePatterns"))
        }
        kinds = try file.kinds.sorted { $0.key < $1.key }.map { name, signals in
            guard let kind = DocumentKind(rawValue: name) else {
                throw RuleFileError(file: path, reason: "kinds.\(name): not one of CONTRACT, POLICY, OTHER")
            }
            return (kind, try compile(signals, "kinds.\(name)"))
        }
        contractTypes = try file.contractTypes.sorted { $0.key < $1.key }.map { name, signals in
            guard let type = ContractType(rawValue: name) else {
                let names = ContractType.allCases.map(\.rawValue).joined(separator: ", ")
                throw RuleFileError(file: path, reason: "contractTypes.\(name): not a seed ContractType (\(names))")
            }
            return (type, try compile(signals, "contractTypes.\(name)"))
        }
        guard kinds.contains(where: { $0.0 == .contract }) else {
            throw RuleFileError(file: path, reason: "kinds.CONTRACT is missing")
        }
        operative = try PatternSet(file.operativePatterns ?? [], file: path, key: "operativePatterns")
        acceptance = try PatternSet(file.acceptancePatterns ?? [], file: path, key: "acceptancePatterns")
        if let calibration = file.calibration {
            guard calibration.slope > 0, calibration.slope.isFinite, calibration.intercept.isFinite else {
                throw RuleFileError(file: path, reason: "calibration: slope must be a positive number (a higher raw confidence must stay higher) and intercept a number")
            }
        }
        calibration = file.calibration
        reviewThreshold = file.reviewThreshold
        titleWeight = file.titleWeight
        headWeight = file.headWeight ?? 0
        roleWeight = file.roleWeight
        phraseWeight = file.phraseWeight
    }

    /// The confidence reported for a raw, margin-based one (0.5 a tie, 1 a clear lead), to three decimals. The raw one is
    /// kept within 0.01...0.995 first, so a clear lead maps to just under 1 rather than to 1.
    public func calibrated(_ raw: Double) -> Double {
        guard let calibration else { return raw }
        let bounded = min(max(raw, 0.01), 0.995)
        let score = calibration.slope * log(bounded / (1 - bounded)) + calibration.intercept
        return (1 / (1 + exp(-score))).rounded(to: 3)
    }
}
