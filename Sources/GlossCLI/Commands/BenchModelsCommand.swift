import ArgumentParser
import GlossCore
import GlossShell
import GlossEvaluation
import GlossTaggers

/// `gloss bench models`: tagging speed of the learned models (and, with
/// `--train`, POS training time).
struct BenchModelsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "models",
    abstract: "Words/s of each shipped learned model on a generated corpus (and POS training time with --train).",
    discussion: """
      The corpus is tokenized and split into sentences first (not timed);
      then each model tags every sentence on one thread, its extra features
      included (the entity and clause models run the POS model for theirs,
      so "POS + entities" is the entity model's time when it has POS features).
      With --train FILE.conllu, the shipped POS model's training (stacked, 4
      folds, English-lexicon features from --wordnet and --word-list, word
      clusters learned from that file and WordNet's glosses, as the README's
      command) is timed on that file too.

      Example:
        swift build -c release && .build/release/gloss bench models --words 1000000 \\
          --train Data/ud-english-ewt/en_ewt-ud-train.conllu
      """)

  @Option(help: "How many words to generate.") var words = 1_000_000
  @Option(help: "The generator's seed.") var seed: UInt64 = 4
  @Option(help: "How many times to tag the corpus (the best run counts).") var repeats = 2
  @Option(help: ArgumentHelp("Also time POS training on this CoNLL-U file.", valueName: "file.conllu")) var train: String?
  @Option(help: ArgumentHelp("The WordNet database directory POS training reads.", valueName: "dir"))
  var wordnet = "/usr/share/wordnet"
  @Option(help: ArgumentHelp("The word list POS training reads.", valueName: "file"))
  var wordList = "/usr/share/dict/american-english"
  @Flag(help: "Print JSON for machines.") var json = false

  func run() throws {
    try reporting {
      var generator = BenchmarkCorpus(seed: seed)
      let items = generator.documents(words: words)
      let tokenizer = Tokenizer()
      var sentences: [TokenSequence] = []
      var tokenCount = 0
      for item in items {
        let text = SourceText(item.text)
        let tokenization = tokenizer.tokenize(text)
        let byteRanges = text.utf8Ranges(of: tokenization.tokens)
        var index = 0
        for sentence in tokenization.sentences {
          var ranges: [Range<Int>] = []
          while index < byteRanges.count && tokenization.tokens[index].lowerBound < sentence.upperBound {
            ranges.append(byteRanges[index])
            index += 1
          }
          if !ranges.isEmpty { sentences.append(TokenSequence(bytes: text.utf8, tokens: ranges)) }
          tokenCount += ranges.count
        }
      }
      var rows: [(name: String, kind: String, seconds: Double)] = []
      for name in ["pos-en-ewt", "entities-en-ewt", "clauses-en-ewt"] {
        let model = try SequenceModel(contentsOfFile: try ModelCatalog.resolve(nil, shipped: name + ".glossmodel"))
        let uses = EntityFeatures.uses(kind: model.kind)
        let features = try EntityFeatures.load(gazetteer: uses.gazetteer, pos: uses.partOfSpeech, posModel: nil)
        let plain = !uses.gazetteer && !uses.partOfSpeech
        var best = Double.infinity
        var workspace = SequenceModel.Workspace()
        for _ in 0..<max(1, repeats) {
          let start = Clock.now()
          for sentence in sentences {
            model.tag(sentence, extra: plain ? [] : features.features(of: sentence), workspace: &workspace)
          }
          best = min(best, Clock.now() - start)
        }
        rows.append((name, model.kind, best))
      }
      var trainingSeconds: Double?
      if let train {
        let loaded = try TrainingData.partOfSpeech(conlluAt: train)
        let start = Clock.now()
        // The README's command: reading the lexicons is part of training.
        let english = try EnglishLexicon(wordNetDirectory: wordnet, wordList: wordList)
        let clusters = WordClusters.learn(
          from: try TrainingData.unlabeledSentences(
            at: [train] + ["noun", "verb", "adj", "adv"].map { wordnet + "/data." + $0 }),
          minimumCount: 5)
        _ = SequenceModel.trainStacked(
          kind: "pos", labels: TrainingData.universalPOSTags, data: loaded.sentences,
          options: TrainingOptions(
            epochs: 10, seed: 1, runs: 3, hashBits: 18, lexiconMinimumCount: 20, minimumWeight: 0.5, english: english,
            clusters: clusters),
          folds: 4, sources: [loaded.source])
        trainingSeconds = Clock.now() - start
      }
      func rate(_ seconds: Double) -> Int { seconds > 0 ? Int(Double(tokenCount) / seconds) : 0 }
      // An entity model with POS features tags part of speech on the way.
      let posAndEntities =
        EntityFeatures.uses(kind: rows[1].kind).partOfSpeech ? rows[1].seconds : rows[0].seconds + rows[1].seconds
      if json {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.key("tokens")
        writer.integer(tokenCount)
        writer.key("sentences")
        writer.integer(sentences.count)
        writer.key("models")
        writer.beginObject()
        for row in rows {
          writer.key(row.name)
          writer.beginObject()
          writer.key("kind")
          writer.string(row.kind)
          writer.key("words_per_second")
          writer.integer(rate(row.seconds))
          writer.key("seconds")
          writer.double(row.seconds)
          writer.endObject()
        }
        writer.endObject()
        writer.key("pos_and_entities_words_per_second")
        writer.integer(rate(posAndEntities))
        if let trainingSeconds {
          writer.key("pos_training_seconds")
          writer.double(trainingSeconds)
        }
        writer.endObject()
        Console.writeJSONLine(&writer)
      } else {
        print("corpus:  \(tokenCount) tokens in \(sentences.count) sentences (seed \(seed)); best of \(max(1, repeats)), one thread")
        for row in rows {
          print("\(row.name) (\(row.kind)): \(rate(row.seconds)) words/s (\(String(format2: row.seconds)) s)")
        }
        print("POS + entities: \(rate(posAndEntities)) words/s")
        if let trainingSeconds { print("POS training (stacked, 4 folds, 3 runs): \(String(format2: trainingSeconds)) s") }
      }
    }
  }
}
