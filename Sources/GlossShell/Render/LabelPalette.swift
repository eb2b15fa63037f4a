/// The colours of the rendered page: one per `layer:label`, stable across
/// runs and documents.
public enum LabelPalette {
  private static let entity = [
    "#8ecae6", "#ffb703", "#90be6d", "#f4a261", "#cdb4db", "#e76f51", "#a8dadc", "#f28482", "#84a59d", "#ffd6a5",
  ]
  private static let clause = ["MAIN": "#1d3557", "SUB": "#e63946", "REL": "#2a9d8f"]
  private static let time = ["DATE": "#f77f00", "TIME": "#d62828", "DURATION": "#6a4c93", "SET": "#577590"]

  /// The colour of `label` on `layer`, as `#rrggbb`.
  static func color(layer: String, label: String) -> String {
    if layer == "clause", let color = clause[label] { return color }
    if layer == "time", let color = time[label] { return color }
    var hash: UInt32 = 2_166_136_261
    for byte in "\(layer):\(label)".utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return entity[Int(hash % UInt32(entity.count))]
  }
}
