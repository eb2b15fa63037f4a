/// The feature templates of ``FeatureExtractor``: every feature's hash
/// starts with its template's number, so the numbers are part of the model
/// files and never change (a new template takes a new number).
package enum FeatureTemplate: UInt8, Sendable {
  // MARK: The word (FeatureExtractor.putWordFeatures)

  /// Always present: the label's prior.
  case bias = 3
  /// The word lower-cased.
  case lowercased = 4
  /// The word as written.
  case form = 5
  /// The last scalar; ``suffix2``–``suffix4`` follow: the last two to four.
  case suffix1 = 6
  case suffix2 = 7
  case suffix3 = 8
  case suffix4 = 9
  /// The first scalar; ``prefix2`` and ``prefix3`` follow.
  case prefix1 = 10
  case prefix2 = 11
  case prefix3 = 12
  /// The word's shape (`Xxxx`, `dd`).
  case shape = 13

  // MARK: The window (FeatureExtractor.putWindowFeatures)

  case previousWord = 14
  case wordBeforePrevious = 15
  case nextWord = 16
  case wordAfterNext = 17
  /// The three-scalar suffix of the word before.
  case previousSuffix = 18
  case nextSuffix = 19
  case previousShape = 20
  case nextShape = 21

  // MARK: Ambiguity classes (FeatureExtractor.putAmbiguityClassFeatures)

  /// The word's ambiguity class (``WordLexicon``).
  case ambiguityClass = 22
  case previousClass = 23
  case nextClass = 24
  case classAfterNext = 25

  // MARK: Pairs (FeatureExtractor.putPairFeatures)

  case wordAndNextWord = 26
  case previousWordAndWord = 27
  /// Whether the word starts the sentence, with its shape.
  case sentenceStartAndShape = 28
  case classAndNextClass = 29

  // MARK: Labels (FeatureExtractor.dynamicFeatures)

  case previousLabel = 30
  case previousTwoLabels = 31
  case previousLabelAndWord = 32
  case previousLabelAndClass = 33

  // MARK: Long suffix and wide pairs (FeatureExtractor.putWidePairFeatures)

  /// The last five scalars.
  case suffix5 = 34
  case previousAndNextWord = 35
  case previousClassAndClass = 36
  case wordAndNextClass = 37
  case classTrigram = 38

  // MARK: Extra features (FeatureExtractor.putExtraFeatures)

  /// A feature string given by the caller (`pos=NOUN`).
  case extra = 40

  // MARK: Hints (FeatureExtractor.putHintFeatures)

  /// The first pass's label of the word.
  case hint = 41
  case nextHint = 42
  case hintAfterNext = 43
  case nextTwoHints = 44
  case wordAndNextHint = 45
  case hintAndNextHint = 46
  case previousAndNextHint = 47
  case suffixAndNextHint = 48
  case hintTrigram = 49
  case wordAndPreviousHint = 50

  // MARK: English lexicon (FeatureExtractor.putEnglishFeatures)

  /// WordNet's parts of speech of the word.
  case wordNet = 51
  /// WordNet's parts of speech, whether the word is capitalized and whether
  /// it starts the sentence.
  case wordNetCapitalizedStart = 52
  case nextWordNet = 53
  case previousWordNet = 54
  /// The word list's verdict.
  case wordList = 55
  case wordListCapitalized = 56

  // MARK: Word clusters (FeatureExtractor.putClusterFeatures)

  /// The word's fine class in the right view; the next five numbers
  /// (58–62) take the other levels of its cluster signature (the right
  /// view's middle and coarse classes, the left view's fine, middle and
  /// coarse ones).
  case clusterLevel = 57
  /// The right view's fine class of the word before (what follows it).
  case previousRightCluster = 63
  /// The left view's fine class of the word after (what precedes it).
  case nextLeftCluster = 64
}
