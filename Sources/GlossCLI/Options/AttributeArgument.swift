import ArgumentParser
import GlossShell

/// A `key=value` attribute as written on the command line.
struct AttributeArgument: ExpressibleByArgument, Sendable {
  /// The attribute's name.
  var name: String
  /// Its value.
  var value: String

  init?(argument: String) {
    guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
    name = String(argument[..<equals])
    value = String(argument[argument.index(after: equals)...])
  }
}
