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
        reviewThreshold = file.reviewThreshold
        titleWeight = file.titleWeight
        headWeight = file.headWeight ?? 0
        roleWeight = file.roleWeight
        phraseWeight = file.phraseWeight
    }
}
