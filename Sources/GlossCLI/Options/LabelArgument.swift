import ArgumentParser

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

/// A `DOC@REV` reference to a document at a revision.
struct DocumentRevisionArgument: ExpressibleByArgument, Sendable {
  /// The document.
  var documentID: String
  /// The revision, or `nil` for the current state.
  var revision: Int?

  init?(argument: String) {
    guard let at = argument.lastIndex(of: "@") else {
      documentID = argument
      revision = nil
      return
    }
    guard let number = Int(argument[argument.index(after: at)...]), number >= 0 else { return nil }
    documentID = String(argument[..<at])
    revision = number
  }
}
