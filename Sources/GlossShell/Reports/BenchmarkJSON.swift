import GlossCore

/// The JSON pieces the benchmark reports share.
enum BenchmarkJSON {
  /// `"name": {"<describedBy>": description, "words_per_second": …,
  /// "seconds": …}`: one timed stage (a tagger layer, a model) of a
  /// benchmark, under its name.
  static func stage(
    _ writer: inout JSONWriter, name: String, describedBy key: String, description: String, wordsPerSecond: Int,
    seconds: Double
  ) {
    writer.key(name)
    writer.beginObject()
    writer.key(key)
    writer.string(description)
    writer.key("words_per_second")
    writer.integer(wordsPerSecond)
    writer.key("seconds")
    writer.double(seconds)
    writer.endObject()
  }
}
