import Foundation

/// Runs the built `gloss` executable as a child process, the way a user or a
/// script would, and captures what it prints.
package enum GlossProcess {
  /// What a run produced.
  package struct Output: Sendable {
    /// The exit status (or 128 + signal number when killed).
    package var status: Int32
    /// Standard output.
    package var standardOutput: String
    /// Standard error.
    package var standardError: String
  }

  /// The `gloss` binary built beside the test bundle.
  package static var executablePath: String {
    let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    return bundle.appendingPathComponent("gloss").path
  }

  /// Runs `gloss` with `arguments` in `directory`, feeding `input` on standard input.
  package static func run(
    _ arguments: [String], in directory: String? = nil, input: String? = nil, environment: [String: String] = [:]
  ) throws -> Output {
    let process = try start(arguments, in: directory, input: input, environment: environment)
    process.process.waitUntilExit()
    return process.output()
  }

  /// A started child process whose output goes to temporary files.
  package final class Running: @unchecked Sendable {
    /// The process.
    package let process: Process
    private let outputPath: String
    private let errorPath: String

    init(process: Process, outputPath: String, errorPath: String) {
      self.process = process
      self.outputPath = outputPath
      self.errorPath = errorPath
    }

    /// What the process printed (call after it exits).
    package func output() -> Output {
      let status =
        process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
      let result = Output(
        status: status,
        standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
        standardError: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
      try? FileManager.default.removeItem(atPath: outputPath)
      try? FileManager.default.removeItem(atPath: errorPath)
      return result
    }
  }

  /// Starts `gloss` without waiting for it.
  package static func start(
    _ arguments: [String], in directory: String? = nil, input: String? = nil, environment: [String: String] = [:]
  ) throws -> Running {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executablePath)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var merged = ProcessInfo.processInfo.environment
    merged["NO_COLOR"] = nil
    merged["GLOSS_ANNOTATOR"] = "tester"
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    let unique = UUID().uuidString
    let outputPath = NSTemporaryDirectory() + "gloss-out-\(unique)"
    let errorPath = NSTemporaryDirectory() + "gloss-err-\(unique)"
    FileManager.default.createFile(atPath: outputPath, contents: nil)
    FileManager.default.createFile(atPath: errorPath, contents: nil)
    process.standardOutput = FileHandle(forWritingAtPath: outputPath)
    process.standardError = FileHandle(forWritingAtPath: errorPath)
    let inputPipe = Pipe()
    process.standardInput = inputPipe
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inputPipe.fileHandleForWriting.close()
    return Running(process: process, outputPath: outputPath, errorPath: errorPath)
  }
}
