import GlossCore
import Testing

@testable import GlossQuery

/// Every construct of the grammar, and every error message with its column.
@Suite struct QueryParserTests {
  let vocabulary = QueryVocabulary(scheme: .standard, metadataFields: ["dct", "title", "id"], resultSets: ["treaties"])

  func parse(_ query: String) throws -> QueryExpression {
    try QueryParser.parse(query, vocabulary: vocabulary)
  }

  /// The canonical text of a query (which parses back to the same tree).
  func canonical(_ query: String) throws -> String {
    let tree = try parse(query)
    let text = QueryDescription.expression(tree)
    #expect(try parse(text) == tree, "round trip of \(text)")
    return text
  }

  func error(_ query: String) -> QueryError? {
    do throws(QueryError) {
      _ = try QueryParser.parse(query, vocabulary: vocabulary)
      return nil
    } catch {
      return error
    }
  }

  @Test func tokenPatterns() throws {
    #expect(
      try parse(#""treaty""#) == .sequence([TokenPattern(condition: .compare(.word, Comparison(.equal, "treaty")))]))
    #expect(
      try parse(#""treaty"%c"#)
        == .sequence([TokenPattern(condition: .compare(.word, Comparison(.equal, "treaty", ignoresCase: true)))]))
    #expect(try canonical(#""North Korea""#) == #"[word="North"] [word="Korea"]"#)
    #expect(try canonical(#"[lower = "treaty"]"#) == #"[lower="treaty"]"#)
    #expect(try canonical(#"[word ~ "^trea" & shape != "Xxxxx"]"#) == #"[(word~"^trea" & shape!="Xxxxx")]"#)
    #expect(try canonical(#"[!(word = "a" | word = "b")]"#) == #"[!(word="a" | word="b")]"#)
    #expect(try canonical(#"["x"%c]"#) == #"[word="x"%c]"#)
    #expect(try canonical(#"'single' "esc\\aped""#) == #"[word="single"] [word="esc\\aped"]"#)
    // A quoted phrase is split the way the corpus is tokenized: a straight
    // quote glued between letters is a token of its own.
    #expect(try canonical(#""esc\"aped""#) == #"[word="esc"] [word="\""] [word="aped"]"#)
  }

  @Test func quantifiers() throws {
    #expect(try canonical(#""a" []{0,3} "b""#) == #"[word="a"] []{0,3} [word="b"]"#)
    #expect(
      try canonical(#""a" []? []* []+ []{2} []{2,} []{,4} "b""#)
        == #"[word="a"] []{0,1} []{0,} []{1,} []{2} []{2,} []{0,4} [word="b"]"#)
  }

  @Test func spans() throws {
    #expect(try parse("entity:PERSON") == .spans(SpanPattern(layer: "entity", label: "PERSON")))
    #expect(try parse("time") == .spans(SpanPattern(layer: "time")))
    #expect(try canonical(#"time.value >= "2024-06""#) == #"time[value>="2024-06"]"#)
    #expect(try canonical(#"time:DATE.value ~ "^2024""#) == #"time:DATE[value~"^2024"]"#)
    #expect(
      try canonical(#"entity:PERSON[status = suggested & annotator ~ "^tagger"]"#)
        == #"entity:PERSON[(status="suggested" & annotator~"^tagger")]"#)
    #expect(
      try canonical(#"entity[text = "Putin"%c | !(revision < 3)]"#) == #"entity[(text="Putin"%c | !revision<"3")]"#)
  }

  @Test func structure() throws {
    #expect(
      try canonical("time:DATE within (clause contains entity:PERSON)")
        == "(time:DATE within (clause contains entity:PERSON))")
    #expect(try canonical("entity overlaps time") == "(entity overlaps time)")
    #expect(try canonical("entity not within clause") == "(entity not within clause)")
    #expect(try canonical(#""treaty" before entity:LAW within 5"#) == #"([word="treaty"] before entity:LAW within 5)"#)
    #expect(
      try canonical(#""treaty" .. entity:LAW within 5 tokens in sentence"#)
        == #"([word="treaty"] before entity:LAW within 5 in sentence)"#)
    #expect(try canonical("entity after time in document") == "(entity after time)")
    #expect(try canonical("entity near time within 2") == "(entity near time within 2)")
    #expect(
      try canonical("sentence contains{2,} entity:GPE not contains time:DATE")
        == "((sentence contains{2,} entity:GPE) not contains time:DATE)")
    #expect(try canonical("sentence contains{2} entity:GPE") == "(sentence contains{2,2} entity:GPE)")
    // Relations bind tighter than and, and tighter than or.
    #expect(
      try canonical("entity or time and clause within sentence") == "(entity or (time and (clause within sentence)))")
    #expect(try canonical("(entity or time) and not treaties") == "((entity or time) and not treaties)")
    #expect(
      try canonical(#"entity within document[dct >= "2024-06" & title ~ "treaty"%c]"#)
        == #"(entity within document[(dct>="2024-06" & title~"treaty"%c)])"#)
    #expect(try canonical(#"entity within doc"#) == "(entity within document)")
    #expect(try canonical(#"sentence[text ~ "treaty"]"#) == #"sentence[text~"treaty"]"#)
  }

  @Test(arguments: [
    ("", 1, "the query is empty; try \"treaty\" or entity:PERSON"),
    ("\"treaty", 1, "this string has no closing double quote"),
    ("'treaty", 1, "this string has no closing single quote"),
    ("\"a\"%x", 4, "the only string flag is %c (ignore case)"),
    ("/trea/", 1, "unexpected character '/'; write a regular expression as [word ~ \"…\"]"),
    ("\"a\" %c", 5, "unexpected character '%'; %c goes right after a quoted string"),
    ("entiy:PERSON", 1, "unknown layer or result set 'entiy' (did you mean 'entity'?); layers: entity, time, clause"),
    (
      "entity:PERSN", 8,
      "layer entity has no label 'PERSN' (did you mean 'PERSON'?); its labels: PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE"
    ),
    ("PERSON", 1, "'PERSON' is a label; write it with its layer: entity:PERSON"),
    (
      "time.vale = \"x\"", 6,
      "spans of time have no field 'vale' (did you mean 'value'?); fields: anchor, annotator, freq, id, label, mod, quant, revision, status, text, value"
    ),
    (
      "entity[status = sugested]", 17,
      "a status is suggested, accepted or rejected, not 'sugested' (did you mean 'suggested'?)"
    ),
    (
      "[wrd = \"a\"]", 2,
      "tokens have no attribute 'wrd' (did you mean 'word'?); token attributes are word, lower, shape, pos, lemma, deprel"
    ),
    ("time.value >= 2025-02", 15, "unexpected character '-': quote the value: \"2025-02\""),
    (
      "entity[text = North Korea]", 15,
      "expected ']' to close the conditions at column 7, found 'Korea': quote a value of several words: \"North Korea\""
    ),
    ("entity >nsubj", 14, "expected a token pattern"),
    ("[word ~ \"(\"]", 9, "this regular expression does not compile"),
    ("[word \"a\"]", 7, "expected a comparison (=, !=, ~, !~, <, <=, >, >=), found 'a'"),
    ("[word = ]", 9, "expected a value in quotes, found ']'"),
    ("[word = \"a\"", 12, "expected ']' to close the token pattern at column 1, found the end of the query"),
    ("(entity", 8, "expected ')' to close the '(' at column 1, found the end of the query"),
    (
      "entity within", 14,
      "expected a token pattern (\"word\", [lower=\"word\"]), a span (entity:PERSON) or '(', found the end of the query"
    ),
    ("not entity", 1, "'not' needs something to take away from: write A and not B, or A not within B"),
    ("entity entity", 8, "unexpected 'entity' after a complete query; join queries with and, or, within, contains…"),
    ("\"a\" | \"b\"", 5, "'|' combines conditions inside [ ]; between queries write or"),
    ("entity & time", 8, "'&' combines conditions inside [ ]; between queries write and"),
    ("[]?", 4, "every part of this sequence is optional, so it could match nothing; make one part required"),
    ("\"a\" []{3,1}", 7, "the repetition {3,1} has its maximum below its minimum"),
    ("\"North Korea\"+", 14, "a repetition cannot follow a phrase of 2 words; put it after one [ ] pattern"),
    ("\"\"", 1, "an empty string matches no token"),
    ("entity within clause within 3", 22, "a distance ('within N') belongs to before, after, near or '..'"),
    ("entity before time in paragraph", 23, "expected 'sentence' or 'document' after 'in', found 'paragraph'"),
    (
      "document[dtc = \"2024\"]", 10,
      "a document's metadata have no field 'dtc' (did you mean 'dct'?); fields: dct, id, title"
    ),
    ("treaties:X", 9, "'treaties' is a result set, not a layer: it has no labels or fields"),
    ("within", 1, "'within' is a keyword and cannot start a query part here"),
    ("entity:", 8, "expected a label after 'entity:', found the end of the query"),
    ("clause contains{", 17, "expected '}' to close the repetition {n,m}, found the end of the query"),
    (
      "entity not \"x\"", 12,
      "expected within, contains, overlaps, before, after or near after 'not' (write A and not B to subtract), found 'x'"
    ),
  ])
  func errors(query: String, column: Int, message: String) {
    guard let error = error(query) else {
      Issue.record("\(query) parsed")
      return
    }
    #expect(error.column == column, "\(query): \(error)")
    #expect(error.message.hasPrefix(message), "\(query): \(error.message)")
  }

  @Test func errorIsRenderedWithACaret() {
    let error = error("entity:PERSN within clause")!
    #expect(
      error.rendered(query: "entity:PERSN within clause") == """
        entity:PERSN within clause
               ^^^^^
        column 8: layer entity has no label 'PERSN' (did you mean 'PERSON'?); its labels: PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE
        """)
  }

  @Test func syntaxAttributesAndDependencyRelations() throws {
    let tree = try QueryParser.parse(#"[pos = "VERB" & lemma = "sign"] >nsubj:pass entity"#, vocabulary: vocabulary)
    var relation = Relation(.dominates)
    relation.dependency = "nsubj:pass"
    let verb = TokenCondition.and(
      .compare(.pos, Comparison(.equal, "VERB")), .compare(.lemma, Comparison(.equal, "sign")))
    #expect(
      tree == .relation(.sequence([TokenPattern(condition: verb)]), relation, .spans(SpanPattern(layer: "entity"))))
    #expect(try canonical(#"[] < [deprel = "obj"]"#) == #"([] < [deprel="obj"])"#)
    #expect(try canonical(#"[] not >obj []"#) == #"([] not >obj [])"#)
  }

  @Test func syntaxAttributesWhenNoDocumentHasSyntax() throws {
    var vocabulary = vocabulary
    vocabulary.hasSyntax = false
    for (query, column) in [
      (#"[pos = "NOUN"]"#, 2), (#""a" [lemma = "b"]"#, 6), (#"[word = "a" | deprel = "obj"]"#, 15),
    ] {
      do {
        _ = try QueryParser.parse(query, vocabulary: vocabulary)
        Issue.record("\(query) parsed")
      } catch {
        #expect(error.column == column, "\(query): \(error)")
        #expect(
          error.message
            == "no document has syntax yet (part of speech, lemmas, parses): run 'tag' (or gloss tag) to compute it")
      }
    }
    // Words, and relations without syntax attributes, still parse.
    #expect(throws: Never.self) { try QueryParser.parse(#""a" >nsubj "b""#, vocabulary: vocabulary) }
    let tree = try QueryParser.parse(#"[lemma = "sign"] <obl:tmod entity"#, vocabulary: self.vocabulary)
    var relation = Relation(.dependsOn)
    relation.dependency = "obl:tmod"
    #expect(
      tree
        == .relation(
          .sequence([TokenPattern(condition: .compare(.lemma, Comparison(.equal, "sign")))]), relation,
          .spans(SpanPattern(layer: "entity"))))
  }

  @Test func partOfSpeechWhenTheSchemeHasIt() throws {
    var scheme = Scheme.standard
    scheme.merge(
      Scheme(layers: [LayerDefinition(name: "pos", summary: "", labels: [LabelDefinition(name: "NOUN", summary: "")])]))
    let tree = try QueryParser.parse(#"[pos = "NOUN"]"#, vocabulary: QueryVocabulary(scheme: scheme))
    #expect(tree == .sequence([TokenPattern(condition: .compare(.pos, Comparison(.equal, "NOUN")))]))
  }
}
