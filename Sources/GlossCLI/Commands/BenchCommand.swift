import ArgumentParser
import GlossShell

/// `gloss bench`: speed and memory measurements (run on a release build).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure speed and memory on generated corpora (build with -c release first).",
    discussion: """
      Examples:
        swift build -c release && .build/release/gloss bench tag --words 1000000
        .build/release/gloss bench export --format conll2003 --words 10000000
        .build/release/gloss bench query --dir /tmp/gloss-bench --words 10000000
      """,
    subcommands: [BenchTagCommand.self, BenchExportCommand.self, QueryBenchCommand.self, BenchModelsCommand.self])
}
