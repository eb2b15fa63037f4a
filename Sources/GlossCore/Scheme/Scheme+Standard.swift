extension Scheme {
  /// The scheme of `docs/annotation-scheme.md`: OntoNotes entities, TIMEX3 times,
  /// CoNLL-2001 clauses, and corrections of token syntax (``SyntaxLayer``).
  ///
  /// It is written as the same JSON a corpus's `scheme.json` uses, and read by
  /// the same code, so the shipped scheme and a user's extension cannot drift
  /// apart in shape.
  public static let standard: Scheme = {
    do {
      return try Scheme(json: Array(standardJSON.utf8), path: "<built-in scheme>")
    } catch {
      preconditionFailure("the built-in scheme does not parse: \(error)")
    }
  }()

  private static let standardJSON = #"""
    {
      "layers": [
        {
          "name": "entity",
          "summary": "Named entities, OntoNotes 5 labels without the numeric ones.",
          "overlap": "nest",
          "labels": [
            {"name": "PERSON", "summary": "People, including fictional."},
            {"name": "NORP", "summary": "Nationalities, religious or political groups."},
            {"name": "FAC", "summary": "Buildings, airports, roads, bridges."},
            {"name": "ORG", "summary": "Companies, agencies, institutions."},
            {"name": "GPE", "summary": "Countries, cities, states."},
            {"name": "LOC", "summary": "Non-GPE locations, regions, mountain ranges, bodies of water."},
            {"name": "PRODUCT", "summary": "Objects, vehicles, foods (not services)."},
            {"name": "EVENT", "summary": "Named wars, summits, storms."},
            {"name": "WORK_OF_ART", "summary": "Titles of books, songs."},
            {"name": "LAW", "summary": "Named documents made into laws, treaties, articles of them."},
            {"name": "LANGUAGE", "summary": "Named languages."}
          ]
        },
        {
          "name": "time",
          "summary": "TimeML TIMEX3 temporal expressions; the label is the TIMEX3 type.",
          "overlap": "nest",
          "labels": [
            {"name": "DATE", "summary": "A calendar date, month, year or vague reference (2024-06, PRESENT_REF)."},
            {"name": "TIME", "summary": "A time of day, with its date where known (2024-11-10T12:48)."},
            {"name": "DURATION", "summary": "A length of time (P20Y, PXM)."},
            {"name": "SET", "summary": "A recurring time (P1W with quant=EVERY)."}
          ],
          "attributes": [
            {"name": "value", "summary": "The normalized TIMEX3 value.", "required": true},
            {"name": "mod", "summary": "A modifier that is part of the extent (over, about).",
             "values": ["BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
                        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"]},
            {"name": "anchor", "summary": "The time a relative value was resolved against, such as the dct."},
            {"name": "quant", "summary": "The quantifier of a SET, such as EVERY."},
            {"name": "freq", "summary": "The frequency of a SET, such as 2X."}
          ]
        },
        {
          "name": "clause",
          "summary": "Finite clauses, after the CoNLL-2001 clause identification task.",
          "overlap": "nest",
          "labels": [
            {"name": "MAIN", "summary": "A main (independent) clause."},
            {"name": "SUB", "summary": "An adverbial or complement clause, with its subordinator."},
            {"name": "REL", "summary": "A relative clause, with its relative pronoun."}
          ]
        },
        {
          "name": "syntax",
          "summary": "A person's correction of one token's syntax: the label is its universal part of speech.",
          "overlap": "none",
          "labels": [
            {"name": "ADJ", "summary": "Adjective."},
            {"name": "ADP", "summary": "Adposition."},
            {"name": "ADV", "summary": "Adverb."},
            {"name": "AUX", "summary": "Auxiliary."},
            {"name": "CCONJ", "summary": "Coordinating conjunction."},
            {"name": "DET", "summary": "Determiner."},
            {"name": "INTJ", "summary": "Interjection."},
            {"name": "NOUN", "summary": "Noun."},
            {"name": "NUM", "summary": "Numeral."},
            {"name": "PART", "summary": "Particle."},
            {"name": "PRON", "summary": "Pronoun."},
            {"name": "PROPN", "summary": "Proper noun."},
            {"name": "PUNCT", "summary": "Punctuation."},
            {"name": "SCONJ", "summary": "Subordinating conjunction."},
            {"name": "SYM", "summary": "Symbol."},
            {"name": "VERB", "summary": "Verb."},
            {"name": "X", "summary": "Other."}
          ],
          "attributes": [
            {"name": "lemma", "summary": "The lemma, replacing the predicted one."},
            {"name": "head", "summary": "The start offset of the head token, or root."},
            {"name": "deprel", "summary": "The Universal Dependencies relation to the head (nsubj, obl:tmod)."}
          ]
        }
      ]
    }
    """#
}
