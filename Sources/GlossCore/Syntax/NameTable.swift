/// Names interned as small integer codes, code 0 being the empty name ("not
/// known"): the tables behind the compact syntax columns of
/// ``DocumentSyntax`` and of the query index.
public struct NameTable<Code: FixedWidthInteger & Sendable>: Sendable {
  /// The names, in code order; `names[0]` is "".
  public private(set) var names: [String] = [""]
  private var codes: [String: Code] = ["": 0]
  /// The highest code the table gives; names past it get code 0.
  public let limit: Int

  /// An empty table whose codes go up to `limit` (at most `Code.max`).
  public init(limit: Int = Int(Code.max)) {
    self.limit = Swift.min(limit, Int(Code.max))
  }

  /// A table holding `names` in order; `nil` unless the first is "" and
  /// they fit under `limit`.
  public init?(names: [String], limit: Int = Int(Code.max)) {
    self.init(limit: limit)
    guard names.first == "", names.count - 1 <= self.limit else { return nil }
    self.names = names
    for (code, name) in names.enumerated() { codes[name] = Code(code) }
  }

  /// The number of names, "" included.
  public var count: Int { names.count }

  /// The code of `name`, adding it when new (0 when the table is full).
  public mutating func code(for name: String) -> Code {
    if let known = codes[name] { return known }
    guard names.count <= limit else { return 0 }
    let code = Code(names.count)
    names.append(name)
    codes[name] = code
    return code
  }

  /// The name of `code`.
  public subscript(code: Code) -> String { names[Int(code)] }
}
