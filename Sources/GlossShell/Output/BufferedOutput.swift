/// A ``ShellOutput`` that keeps everything in memory: notebooks record it as
/// a block's output, tests read it.
///
/// Results and notes are kept apart and also together in the order they
/// came (``transcript``), the way a terminal shows both streams.
public final class BufferedOutput: ShellOutput {
  /// Everything written as results.
  public private(set) var results: [UInt8] = []
  /// Every note, in order.
  public private(set) var notes: [String] = []
  /// Results and notes interleaved in order, each note on its own line.
  public private(set) var transcript: [UInt8] = []
  /// The width tables are fitted to (`nil`: whole contexts).
  public var columns: Int?

  /// Creates an empty buffer; `columns` as a terminal of that width would have.
  public init(columns: Int? = nil) {
    self.columns = columns
  }

  /// The results as text.
  public var resultText: String { String(decoding: results, as: UTF8.self) }
  /// The transcript as text.
  public var transcriptText: String { String(decoding: transcript, as: UTF8.self) }

  /// Keeps `bytes` as part of the results.
  public func write(_ bytes: [UInt8]) {
    results += bytes
    transcript += bytes
  }

  /// Keeps `text` as a note.
  public func note(_ text: String) {
    notes.append(text)
    transcript += Array(text.utf8)
    if transcript.last != UInt8(ascii: "\n") { transcript.append(UInt8(ascii: "\n")) }
  }

  /// A buffer never pages.
  public func page(_ text: String) -> Bool { false }

  /// A buffer shows no progress.
  public func progress(_ title: String, total: Int, unit: String) -> (any ProgressDisplay)? { nil }

  /// Forgets everything written so far.
  public func clear() {
    results = []
    notes = []
    transcript = []
  }
}
