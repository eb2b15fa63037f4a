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

      By default the tokens are Gloss's own: hyphenated words stay whole
      (`anti-war`), as queries, the shell and the spaCy and brat exports see
      them. --ud gives the Universal Dependencies tokens (hyphens split:
      `anti` `-` `war`) that the CoNLL exports, the syntax (part of speech,
      lemmas, parses) and the evaluations on UD treebanks use: choose it to
      compare with a treebank.

      Examples:
        gloss tokenize Corpus/002_721a65e19f26592e.txt
        echo "Dr. Kim didn't go." | gloss tokenize
        echo "A Russia-North Korea treaty." | gloss tokenize --ud
      """)

  @Argument(help: ArgumentHelp("The UTF-8 text file; standard input when omitted.", valueName: "file"))
  var file: String?

  @Flag(help: "Universal Dependencies tokens (hyphens split), as the CoNLL exports and the syntax use.")
  var ud = false

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
      let tokenization = (ud ? Tokenizer.universalDependencies : Tokenizer()).tokenize(text)
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
