import ArgumentParser
import GlossShell

#if canImport(Glibc)
  import Glibc
#endif

/// The user's colour choice on the command line (`--color`).
enum ColorChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// Colour on a terminal, unless `NO_COLOR` is set.
  case auto
  /// Always colour.
  case always
  /// Never colour.
  case never
}

extension Style {
  /// The style for standard output under `choice`: colour for a terminal,
  /// none for pipes and files or whenever `NO_COLOR` is set
  /// (https://no-color.org), or forced either way.
  init(_ choice: ColorChoice = .auto) {
    switch choice {
    case .always: self.init(isEnabled: true)
    case .never: self.init(isEnabled: false)
    case .auto:
      let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
      self.init(isEnabled: noColor.isEmpty && Console.isOutputTerminal)
    }
  }
}
