/// The closed word classes behind the clause tagger's rules, lowercase.
enum ClauseLexicon {
  /// Finite auxiliaries and modals (and their contracted forms).
  static let finiteAuxiliaries: Set<String> = [
    "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can",
    "could", "may", "might", "must", "shall", "should", "'s", "'re", "'m", "'ve", "'ll", "'d", "’s", "’re",
    "’m", "’ve", "’ll", "’d", "ca", "wo", "need", "dare",
  ]
  /// Irregular finite forms of lexical verbs.
  static let irregularFinite: Set<String> = [
    "said", "says", "made", "makes", "took", "takes", "gave", "gives", "came", "comes", "went", "goes",
    "saw", "sees", "knew", "knows", "thought", "thinks", "told", "tells", "found", "finds", "became",
    "becomes", "began", "begins", "left", "felt", "feels", "brought", "brings", "held", "holds", "kept",
    "keeps", "met", "meets", "led", "leads", "ran", "runs", "wrote", "writes", "won", "wins", "lost",
    "paid", "pays", "sent", "sends", "built", "spent", "stood", "stands", "understood", "lies", "lay",
    "means", "meant", "seems", "seemed", "remains", "remained", "got", "gets", "put", "puts", "let",
    "lets", "sat", "rose", "rises", "fell", "falls", "grew", "grows", "chose", "forgot", "drove", "spoke",
    "speaks", "broke", "taught", "sought", "seeks", "bought", "caught", "fought", "sold", "heard", "hears",
  ]
  /// Verbs of saying and thinking, after which a clause may follow without
  /// `that`.
  static let reportingVerbs: Set<String> = [
    "said", "say", "says", "told", "think", "thinks", "thought", "believe", "believes", "believed",
    "suggest", "suggests", "suggested", "know", "knows", "knew", "hope", "hopes", "hoped", "expect",
    "expects", "claim", "claims", "claimed", "argue", "argues", "argued", "added", "noted", "insisted",
    "warned", "feel", "feels", "felt", "guess", "bet", "realized", "realised", "wish", "mean", "means",
  ]
  /// Verbs in their base form that are seldom nouns, finite after a plural
  /// subject: `implications remain`.
  static let baseFormVerbs: Set<String> = [
    "remain", "seem", "appear", "become", "want", "agree", "continue", "include", "provide", "consider",
    "tend", "mirror", "represent", "reflect", "require", "allow", "enable", "face", "emphasize", "solidify",
    "strengthen", "seek", "pose", "threaten", "indicate", "come", "go", "make", "take", "give", "have",
    "see", "sign", "plan", "intend", "hope", "fear", "worry", "insist", "deny", "refuse", "remember",
  ]
  static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    "some", "any", "each", "every", "no", "another", "such", "both", "all", "either", "neither", "many",
    "much", "more", "most", "few", "several", "other", "what", "whose",
  ]
  static let prepositions: Set<String> = [
    "in", "on", "at", "to", "of", "for", "with", "from", "by", "about", "into", "onto", "over", "under",
    "after", "before", "during", "since", "until", "between", "among", "through", "against", "without",
    "within", "across", "toward", "towards", "upon", "amid", "despite", "beyond", "like", "including",
    "following", "regarding", "concerning", "via", "per", "near", "behind", "around", "along", "than",
  ]
  static let subjectPronouns: Set<String> = [
    "i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those", "there", "who", "which",
    "one", "nobody", "everyone", "someone", "everybody", "somebody", "anyone", "nothing", "something",
    "everything",
  ]
  static let subordinators: Set<String> = [
    "if", "because", "although", "though", "while", "whereas", "since", "unless", "until", "when",
    "whenever", "whether", "once", "before", "after", "as", "so", "wherever", "whilst", "till", "lest",
    "how", "what", "why", "whoever", "whatever",
  ]
  static let relativePronouns: Set<String> = ["which", "who", "whom", "whose"]
  static let coordinators: Set<String> = ["and", "but", "or", "yet", "nor"]
  /// Words after a comma that show the clause before it has ended.
  static let clauseOpeners: Set<String> = [
    "and", "but", "or", "yet", "so", "as", "which", "who", "whom", "whose", "where", "while", "whereas",
    "although", "though", "because", "when", "if", "unless", "since",
  ]
  /// Adverbs and particles inside a verb group: `has not yet been`.
  static let verbGroupAdverbs: Set<String> = [
    "not", "n't", "n’t", "also", "already", "still", "never", "just", "only", "even", "further", "now",
    "then", "always", "often", "ever", "yet", "again", "soon", "really", "both", "all", "indeed",
  ]
}
