import ArgumentParser
import Foundation
import OptiMindCore
import Pipeline
import Reports

/// The configuration's rules and limits, as an analyzer; a configuration error ends the command.
func makeAnalyzer(config: String?) throws -> DocumentAnalyzer {
    do {
        let configuration = try OptiMindConfiguration.load(explicit: config)
        let rules = try RuleSet(directory: configuration.rulesDirectory, reviewThreshold: configuration.reviewThreshold)
        return try DocumentAnalyzer(rules: rules, limits: configuration.limits, extractorExecutable: selfExecutable)
    } catch {
        throw exitWith(error)
    }
}

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify", abstract: "Says whether each file is a contract (and of which type), a policy or other.")

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    @Option(name: .long, help: "Configuration file.")
    var config: String?

    @Argument(help: "Files.")
    var files: [String]

    private struct Output: Encodable {
        var path: String
        var classification: Classification
    }

    func run() throws {
        let analyzer = try makeAnalyzer(config: config)
        try eachFile(files) { file in
            let classification = analyzer.classify(try analyzer.extract(path: file))
            if json {
                try printJSON(Output(path: URL(fileURLWithPath: file).standardizedFileURL.path, classification: classification))
            } else {
                let type = classification.contractType.map { " \($0.rawValue)" } ?? ""
                print("\(file): \(classification.kind.rawValue)\(type) (confidence \(classification.confidence))")
                for line in classification.evidence { print("  - \(line)") }
                for doubt in classification.doubts { print("  ? \(doubt)") }
            }
        }
    }
}

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Classifies and analyses each file and prints the report; writes nothing.",
        discussion: "With --json, one report object per line (JSON Lines), the same object as the .json report files.")

    @Flag(name: .long, help: "One JSON report per line.")
    var json = false

    @Option(name: .long, help: "Configuration file.")
    var config: String?

    @Argument(help: "Files.")
    var files: [String]

    func run() throws {
        let analyzer = try makeAnalyzer(config: config)
        try eachFile(files) { file in
            var timings = StageTimings()
            let (report, _) = try analyzer.report(path: file, timings: &timings)
            if json {
                FileHandle.standardOutput.write(try report.json(pretty: false) + Data("\n".utf8))
            } else {
                print(Self.summary(report, file: file))
            }
        }
        if PatternProfile.enabled {
            // OPTIMIND_PROFILE_PATTERNS=100 lists the 100 costliest; any other value (the usual "1" that turns it on) the 25 costliest.
            let top = Int(ProcessInfo.processInfo.environment["OPTIMIND_PROFILE_PATTERNS"] ?? "").flatMap { $0 > 1 ? $0 : nil } ?? 25
            FileHandle.standardError.write(Data(("costliest patterns:\n" + PatternProfile.report(top: top) + "\n").utf8))
        }
    }

    static func summary(_ report: AnalysisReport, file: String) -> String {
        var lines = ["\(file): \(report.classification.kind.rawValue)" + (report.classification.contractType.map { " \($0.rawValue)" } ?? "")
            + " (confidence \(report.classification.confidence)), status \(report.status)"]
        for reason in report.reviewReasons { lines.append("  ? \(reason)") }
        if let contract = report.contract {
            lines.append("  risk \(contract.riskAssessment.level) \(contract.riskAssessment.score); clauses found: "
                + contract.clauses.filter(\.present).map(\.key).joined(separator: ", "))
            for factor in contract.riskAssessment.factors { lines.append("  ! \(factor.factor)") }
        }
        if let compliance = report.compliance {
            lines.append("  regulations: " + compliance.regulations.map(\.key).joined(separator: ", ") + "; next review \(compliance.nextReviewDate)")
            for action in compliance.actionPlan.prefix(10) { lines.append("  P\(action.priority) \(action.task)") }
        }
        return lines.joined(separator: "\n")
    }
}
