import ArgumentParser

/// The `optimind` command: the daemon and the tools around it. Logic lives in the libraries;
/// each subcommand only parses, calls and prints.
@main
struct OptiMind: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "optimind",
        abstract: "Ingests contracts and policies dropped into an inbox folder, offline: extracts, classifies, analyses, reports.",
        version: version,
        subcommands: [
            InitCommand.self, WatchCommand.self, IngestCommand.self, ExtractCommand.self, SniffCommand.self,
            ClassifyCommand.self, AnalyzeCommand.self, UploadsCommand.self, ShowCommand.self, StatusCommand.self,
            RetryCommand.self, ReprocessCommand.self, DoctorCommand.self, PrintConfigCommand.self, GenerateManualCommand.self,
            ExtractWorkerCommand.self,
        ])

    /// `--poll=SECONDS` (an option whose value is optional) becomes `--poll --poll-interval SECONDS`,
    /// which the argument parser understands.
    static func main() async {
        var arguments: [String] = []
        for argument in CommandLine.arguments.dropFirst() {
            if argument.hasPrefix("--poll=") {
                arguments += ["--poll", "--poll-interval", String(argument.dropFirst("--poll=".count))]
            } else {
                arguments.append(argument)
            }
        }
        await main(arguments)
    }
}
