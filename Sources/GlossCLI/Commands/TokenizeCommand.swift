import ArgumentParser
import GlossCore
import GlossShell

/// `gloss tokenize`: tokens and sentences of any text as JSON, for programs.
struct TokenizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tokenize",
    abstract: "Tokenize a file (or standard input) and print tokens and sentences as JSON.",
    discussion: """
      Prints {"tokens": [[start, end], …], "sentences": [[start, end], …]} with
      Unicode scalar offsets (Python str indices).

      Examples:
        gloss tokenize Corpus/002_721a65e19f26592e.txt
        echo "Dr. Kim didn't go." | gloss tokenize
      """)

  @Argument(help: ArgumentHelp("The UTF-8 text file; standard input when omitted.", valueName: "file"))
  var file: String?

  func run() throws {
    try reporting {
      let bytes: [UInt8]
      let name = file ?? "<standard input>"
      do {
        bytes = try file.map { try FileSystem.readFile(atPath: $0) } ?? Console.readStandardInput()
      } catch {
        throw CLIFailure("\(error)")
      }
      let text: SourceText
      do {
        text = try SourceText(validatingUTF8: bytes)
      } catch {
        throw CLIFailure("\(name): \(error)")
      }
      let tokenization = Tokenizer().tokenize(text)
      var writer = JSONWriter()
      writer.beginObject()
      for (key, ranges) in [("tokens", tokenization.tokens), ("sentences", tokenization.sentences)] {
        writer.key(key)
        writer.beginArray()
        for range in ranges {
          writer.beginArray()
          writer.integer(range.lowerBound)
          writer.integer(range.upperBound)
          writer.endArray()
        }
        writer.endArray()
      }
      writer.endObject()
      var output = writer.takeBytes()
      output.append(UInt8(ascii: "\n"))
      Console.writeOutput(output)
    }
  }
}
