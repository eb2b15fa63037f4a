import ArgumentParser
import GlossShell

/// A `layer:LABEL` pair as written on the command line.
struct LabelArgument: ExpressibleByArgument, Sendable {
  /// The layer.
  var layer: String
  /// The label.
  var label: String

  init?(argument: String) {
    let parts = argument.split(separator: ":", maxSplits: 1)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
    layer = String(parts[0])
    label = String(parts[1])
  }

  static var defaultCompletionKind: CompletionKind { .default }
}
