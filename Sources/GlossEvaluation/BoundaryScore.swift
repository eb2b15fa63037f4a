/// Counts of gold, predicted and correct spans, with precision, recall and F1.
public struct BoundaryScore: Sendable, Hashable, CustomStringConvertible {
  /// The number of spans in the gold standard.
  public var gold: Int
  /// The number of spans the system predicted.
  public var predicted: Int
  /// The number of predicted spans that match a gold span.
  public var correct: Int

  /// Creates a score from counts.
  public init(gold: Int, predicted: Int, correct: Int) {
    self.gold = gold
    self.predicted = predicted
    self.correct = correct
  }

  /// `correct / predicted`, or 0 when nothing was predicted.
  public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }

  /// `correct / gold`, or 0 when the gold standard is empty.
  public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }

  /// The harmonic mean of precision and recall, `2c / (g + p)`.
  public var f1: Double { gold + predicted == 0 ? 0 : 2 * Double(correct) / Double(gold + predicted) }

  /// The message a person reads.
  public var description: String {
    func percent(_ value: Double) -> String {
      let scaled = (value * 10_000).rounded() / 100
      return "\(scaled)"
    }
    return "P \(percent(precision)) R \(percent(recall)) F1 \(percent(f1))"
      + " (gold \(gold), predicted \(predicted), correct \(correct))"
  }
}
