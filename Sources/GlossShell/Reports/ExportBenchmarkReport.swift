import GlossEvaluation
import GlossFormats

/// The rendering of an export benchmark (`gloss bench export`).
public enum ExportBenchmarkReport {
  /// One line: the corpus, the output's size, the time, MB/s and peak memory.
  public static func text(_ result: ExportBenchmarkResult) -> String {
    let megabytes = Double(result.bytes) / Double(BenchmarkUnits.bytesPerMegabyte)
    return "\(result.format.rawValue): \(result.words) words, \(result.documents) documents, \(result.spans) spans -> "
      + "\(Int(megabytes)) MB in \(truncatedHundredths(result.seconds)) s = \(Int(megabytes / result.seconds)) MB/s; "
      + "peak RSS \(BenchmarkUnits.wholeMebibytes(result.peakBytes)) MB\n"
  }

  /// `seconds` cut (not rounded) to hundredths, written as Swift writes a
  /// `Double` (`0.0`, `1.5`, `0.01`).
  private static func truncatedHundredths(_ seconds: Double) -> String {
    let hundredths = 100.0
    return String(Double(Int(seconds * hundredths)) / hundredths)
  }
}
