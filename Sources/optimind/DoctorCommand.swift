import ArgumentParser
import Foundation
import OptiMindCore
import Pipeline

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Checks libraries, the libmagic database, inotify limits, the inbox, the database and free disk.",
        discussion: "Exits 0 when nothing is wrong (warnings allowed), 69 when something must be fixed; each problem says what to do.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let configuration: OptiMindConfiguration
        do { configuration = try store.configuration() } catch { throw exitWith(error) }
        let checks = Doctor(configuration: configuration).run()
        let width = checks.map(\.subject.count).max() ?? 0
        for check in checks {
            print("\(check.level.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0))  \(check.subject.padding(toLength: width, withPad: " ", startingAt: 0))  \(check.detail)")
            if let advice = check.advice { print("      \(String(repeating: " ", count: width))  -> \(advice)") }
        }
        let failures = checks.filter { $0.level == .failure }.count
        let warnings = checks.filter { $0.level == .warning }.count
        print("\n\(failures) problems, \(warnings) warnings")
        if failures > 0 { throw ExitCode(SysExit.unavailable.rawValue) }
    }
}

/// Writes the man page, generated from the command definitions (the same text as --help).
struct GenerateManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual", abstract: "Prints the optimind(1) man page, generated from the command definitions.",
        discussion: "optimind generate-manual > optimind.1; shell completions: optimind --generate-completion-script bash|zsh|fish")

    func run() throws {
        print(ManualPage.render(), terminator: "")
    }
}

enum ManualPage {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : String($0) }.joined(separator: "\n")
    }

    static func render() -> String {
        let root = OptiMind.configuration
        var page = """
            .TH OPTIMIND 1 "" "optimind \(OptiMind.version)" "User Commands"
            .SH NAME
            optimind \\- \(escape(root.abstract))
            .SH SYNOPSIS
            .B optimind
            .I subcommand
            [options]
            .SH DESCRIPTION
            optimind watches an inbox folder (one subfolder per project), and for every contract or policy dropped there
            extracts the text, classifies it, runs a ContractWise or ComplianceGuard analysis, stores the results in a
            SQLite database in the OptiMind platform's schema, and writes JSON and HTML reports next to the document.
            .SH COMMANDS

            """
        for command in root.subcommands where command.configuration.shouldDisplay {
            let name = command.configuration.commandName ?? "\(command)"
            page += ".SS \(escape(name))\n.nf\n\(escape(OptiMind.helpMessage(for: command, columns: 100)))\n.fi\n"
        }
        page += """
            .SH EXIT STATUS
            0 ok, 64 usage, 65 a document could not be processed, 66 no such input, 69 unavailable, 70 internal error,
            73 cannot create, 74 I/O error, 75 temporary failure, 78 configuration error (sysexits(3)).
            .SH FILES
            .TP
            .I Config/optimind.yaml
            the configuration (or --config, or $OPTIMIND_CONFIG); settings can also come from OPTIMIND_* variables.
            .TP
            .I Config/rules/*.json
            the classification, ContractWise and ComplianceGuard rules.
            .SH SEE ALSO
            sysexits(3), inotify(7)

            """
        return page
    }
}
