extension SyntaxPipeline {
  /// The shipped POS model (`pos-en-ewt.glossmodel`) and lemma data
  /// (`lemmas-en.glosslemmas`), found by ``ModelCatalog``.
  public static func shippedTagging() throws -> (tagger: SequenceModel, lemmatizer: Lemmatizer) {
    let tagger = try SequenceModel(contentsOfFile: try ModelCatalog.resolve(nil, shipped: ModelCatalog.partOfSpeech))
    let lemmatizer = try Lemmatizer(contentsOfFile: try ModelCatalog.resolve(nil, shipped: ModelCatalog.lemmas))
    return (tagger, lemmatizer)
  }

  /// The shipped tagger and lemmatizer with the parser at `parserPath`, or
  /// the shipped parser (`parser-en-ewt.glossmodel`).
  public static func shipped(parser parserPath: String? = nil) throws -> SyntaxPipeline {
    let (tagger, lemmatizer) = try shippedTagging()
    let parser = try DependencyParser(
      contentsOfFile: try ModelCatalog.resolve(parserPath, shipped: ModelCatalog.parser))
    return SyntaxPipeline(tagger: tagger, lemmatizer: lemmatizer, parser: parser)
  }
}
