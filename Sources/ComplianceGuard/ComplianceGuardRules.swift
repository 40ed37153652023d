import Foundation
import OptiMindCore

/// ComplianceGuard's tunable data, loaded from `Config/rules/complianceguard.json` and validated at start.
public struct ComplianceGuardRules: Sendable {
    struct RegulationRule: Decodable {
        var key: String
        var name: String
        var jurisdiction: String
        var reviewMonths: Int
        var minMatches: Int
        var patterns: [String]
        var articlePrefix: String?
    }

    struct ElementRule: Decodable {
        var key: String
        var article: String
        var required: String
        var what: String
        var patterns: [String]
        var appliesWhen: [String]?
    }

    struct BusinessTypeRule: Decodable {
        var name: String
        var patterns: [String]
    }

    struct File: Decodable {
        var defaultReviewMonths: Int
        var regulations: [RegulationRule]
        var checklists: [String: [ElementRule]]
        var businessTypes: [BusinessTypeRule]
    }

    struct Regulation: Sendable {
        var key: String
        var name: String
        var jurisdiction: String
        var reviewMonths: Int
        var minMatches: Int
        var patterns: PatternSet
        /// Written before an element's article in tasks ("Art. " for GDPR; CCPA articles carry "§").
        var articlePrefix: String
    }

    struct Element: Sendable {
        var key: String
        var article: String
        var required: String
        var what: String
        var patterns: PatternSet
        /// For a conditional element: what shows that its condition holds.
        var appliesWhen: PatternSet?

        /// Required only under a condition ("always" and "always (...)" are not).
        var isConditional: Bool { !ChecklistItem.isMandatory(required: required) }
    }

    let defaultReviewMonths: Int
    let regulations: [Regulation]
    let checklists: [String: [Element]]
    let businessTypes: [(String, PatternSet)]

    /// How a task cites an element: "GDPR Art. 13(1)(a)", "CCPA §1798.105".
    func reference(regulation: String, article: String) -> String {
        "\(regulation) \(regulations.first { $0.key == regulation }?.articlePrefix ?? "")\(article)"
    }

    public init(file path: String) throws {
        let file = try RuleFile.load(File.self, from: path)
        regulations = try file.regulations.enumerated().map { index, rule in
            guard rule.reviewMonths > 0, rule.minMatches > 0 else {
                throw RuleFileError(file: path, reason: "regulations[\(index)] (\(rule.key)): reviewMonths and minMatches must be positive")
            }
            return Regulation(
                key: rule.key, name: rule.name, jurisdiction: rule.jurisdiction, reviewMonths: rule.reviewMonths,
                minMatches: rule.minMatches,
                patterns: try PatternSet(rule.patterns, file: path, key: "regulations[\(index)].patterns"),
                articlePrefix: rule.articlePrefix ?? "")
        }
        let known = Set(regulations.map(\.key))
        var checklists: [String: [Element]] = [:]
        for (regulation, elements) in file.checklists {
            guard known.contains(regulation) else {
                throw RuleFileError(file: path, reason: "checklists.\(regulation): no regulation with this key")
            }
            checklists[regulation] = try elements.enumerated().map { index, rule in
                let place = "checklists.\(regulation)[\(index)]"
                guard !rule.patterns.isEmpty else { throw RuleFileError(file: path, reason: "\(place) (\(rule.key)): no patterns") }
                if ChecklistItem.isMandatory(required: rule.required), rule.appliesWhen != nil {
                    throw RuleFileError(file: path, reason: "\(place) (\(rule.key)): appliesWhen is for conditional elements, not required: always")
                }
                return Element(
                    key: rule.key, article: rule.article, required: rule.required, what: rule.what,
                    patterns: try PatternSet(rule.patterns, file: path, key: "\(place).patterns"),
                    appliesWhen: try rule.appliesWhen.map { try PatternSet($0, file: path, key: "\(place).appliesWhen") })
            }
        }
        self.checklists = checklists
        businessTypes = try file.businessTypes.enumerated().map { index, rule in
            (rule.name, try PatternSet(rule.patterns, file: path, key: "businessTypes[\(index)].patterns"))
        }
        defaultReviewMonths = file.defaultReviewMonths
    }
}
