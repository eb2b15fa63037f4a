import GlossCore
import Testing

/// The token texts of `string`.
private func tokens(_ string: String, _ tokenizer: Tokenizer = Tokenizer()) -> [String] {
  let text = SourceText(string)
  return tokenizer.tokenize(text).tokens.map { text.text(in: $0) }
}

/// The sentence texts of `string`.
private func sentences(_ string: String) -> [String] {
  let text = SourceText(string)
  return Tokenizer().tokenize(text).sentences.map { text.text(in: $0) }
}

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("I don't know.", ["I", "do", "n't", "know", "."]),
    ("You can't, we won't.", ["You", "ca", "n't", ",", "we", "wo", "n't", "."]),
    ("I'm sure they're here", ["I", "'m", "sure", "they", "'re", "here"]),
    ("we've seen he'll and she'd", ["we", "'ve", "seen", "he", "'ll", "and", "she", "'d"]),
    ("Putin's visit", ["Putin", "'s", "visit"]),
    ("Russia’s need", ["Russia", "’s", "need"]),
    ("the students' books", ["the", "students", "'", "books"]),
    ("DON'T", ["DO", "N'T"]),
    ("cannot", ["can", "not"]),
    ("the 70's", ["the", "70's"]),
    ("in '72, or ’73.", ["in", "'72", ",", "or", "’73", "."]),
    ("the '90s)", ["the", "'90s", ")"]),
    ("I'ma student", ["I", "'m", "a", "student"]),
    ("lovin' it, cookin’", ["lovin'", "it", ",", "cookin’"]),
    ("the cousins' house", ["the", "cousins", "'", "house"]),
    ("it wasn'ta joke", ["it", "was", "n't", "a", "joke"]),
    ("a lot, alot", ["a", "lot", ",", "a", "lot"]),
    ("atleast, infact, afterall", ["at", "least", ",", "in", "fact", ",", "after", "all"]),
  ])
  func contractions(input: String, expected: [String]) {
    #expect(tokens(input) == expected)
  }

  @Test(arguments: [
    ("Dr. Smith", ["Dr.", "Smith"]),
    ("J. Edgar Hoover", ["J.", "Edgar", "Hoover"]),
    ("the U.S. economy", ["the", "U.S.", "economy"]),
    ("e.g. this, i.e. that", ["e.g.", "this", ",", "i.e.", "that"]),
    ("at 9 a.m. sharp", ["at", "9", "a.m.", "sharp"]),
    ("No. 5", ["No.", "5"]),
    ("I said no.", ["I", "said", "no", "."]),
    ("Acme Inc..", ["Acme", "Inc.", "."]),
    ("founder Dr.Michael Cowpland", ["founder", "Dr.", "Michael", "Cowpland"]),
    ("Dallas/Ft.Worth and S.Korea", ["Dallas", "/", "Ft.", "Worth", "and", "S.", "Korea"]),
    ("P.O.Box 12 on Nov.28", ["P.O.", "Box", "12", "on", "Nov.", "28"]),
    ("the U.S.A. and a.m.", ["the", "U.S.A.", "and", "a.m", "."]),
    ("Ph. (03) 9221", ["Ph.", "(", "03", ")", "9221"]),
    ("see Para. 13", ["see", "Para.", "13"]),
  ])
  func abbreviations(input: String, expected: [String]) {
    #expect(tokens(input) == expected)
  }

  @Test(arguments: [
    ("$5 or 5%", ["$", "5", "or", "5", "%"]),
    ("2,000 at 12:48 on the 14th", ["2,000", "at", "12:48", "on", "the", "14th"]),
    ("3.5 times", ["3.5", "times"]),
    ("in 1996.", ["in", "1996", "."]),
    ("at 7:30PM", ["at", "7:30", "PM"]),
    ("on 11/28/2000", ["on", "11/28/2000"]),
    ("call 713-853-1234", ["call", "713-853-1234"]),
    ("call 713/853-6197", ["call", "713/853-6197"]),
    ("Houston, TX 77042-2016", ["Houston", ",", "TX", "77042-2016"]),
    ("3days or 20minutes at 75watt", ["3", "days", "or", "20", "minutes", "at", "75", "watt"]),
    ("a 2.8b deal at 60Hz", ["a", "2.8", "b", "deal", "at", "60", "Hz"]),
    ("the 1990s and the 21st", ["the", "1990s", "and", "the", "21st"]),
    ("my 4G phone", ["my", "4G", "phone"]),
    ("1/2 cup, 3/4 full, 24/7", ["1", "/", "2", "cup", ",", "3", "/", "4", "full", ",", "24", "/", "7"]),
    ("since 9/11 and 12/27", ["since", "9/11", "and", "12/27"]),
    ("she is 5'9 tall", ["she", "is", "5", "'", "9", "tall"]),
    ("August 11,2000", ["August", "11", ",", "2000"]),
    ("by 3,993,310MMBTU or 45p", ["by", "3,993,310", "MMBTU", "or", "45", "p"]),
    ("at 12:Sat and 12:48", ["at", "12", ":", "Sat", "and", "12:48"]),
  ])
  func numbers(input: String, expected: [String]) {
    #expect(tokens(input) == expected)
  }

  @Test(arguments: [
    ("See http://example.com/a?b=1.", ["See", "http://example.com/a?b=1", "."]),
    ("(www.example.org)", ["(", "www.example.org", ")"]),
    ("mail john.doe@example.com!", ["mail", "john.doe@example.com", "!"]),
    ("Great :) thanks", ["Great", ":)", "thanks"]),
    ("family:)", ["family", ":)"]),
    ("#hashtag", ["#hashtag"]),
    ("see example.com/a/b.html.", ["see", "example.com/a/b.html", "."]),
    ("and/or his/her", ["and", "/", "or", "his", "/", "her"]),
    ("below:<http://www.example.com/pdf/a.pdf>", ["below", ":", "<", "http://www.example.com/pdf/a.pdf", ">"]),
    (
      "AT: http://a.blogspot.com/2005/10/some-tips-to-...",
      ["AT", ":", "http://a.blogspot.com/2005/10/some-tips-to-..."]
    ),
    ("see http://example.com...", ["see", "http://example.com", "..."]),
    ("Do You Yahoo!? Yahoo!", ["Do", "You", "Yahoo!", "?", "Yahoo!"]),
  ])
  func webAndEmoticons(input: String, expected: [String]) {
    #expect(tokens(input) == expected)
  }

  @Test(arguments: [
    ("He said “Hello.”", ["He", "said", "“", "Hello", ".", "”"]),
    ("‘yes’", ["‘", "yes", "’"]),
    ("\"Stop!\"", ["\"", "Stop", "!", "\""]),
    ("Why?!", ["Why", "?!"]),
    ("Wait...what", ["Wait", "...", "what"]),
    ("nice—really…", ["nice", "—", "really", "…"]),
    ("(See below.)", ["(", "See", "below", ".", ")"]),
    ("and/or", ["and", "/", "or"]),
    ("• point", ["•", "point"]),
    ("·item", ["·", "item"]),
    ("‘’Should we?’’", ["‘’", "Should", "we", "?", "’’"]),
    ("deaths\"among", ["deaths", "\"", "among"]),
    ("Julie\"<julie...@example.net>", ["Julie", "\"", "<", "julie...@example.net", ">"]),
    ("a 5\" screen", ["a", "5", "\"", "screen"]),
    ("===> here", ["===>", "here"]),
    ("|--------+------->", ["|--------+------->"]),
    ("<>", ["<", ">"]),
    ("so tired -_-", ["so", "tired", "-_-"]),
    ("downtown...?", ["downtown", "...", "?"]),
    ("...? ok", ["...", "?", "ok"]),
    ("huh..?", ["huh", "..?"]),
    ("and (b) the", ["and", "(", "b", ")", "the"]),
    ("job#0000108806 @2.975", ["job", "#", "0000108806", "@", "2.975"]),
    ("#hashtag @user", ["#hashtag", "@user"]),
    ("Yahoo! Messenger", ["Yahoo!", "Messenger"]),
    ("Direct Dial:? 203", ["Direct", "Dial", ":?", "203"]),
    ("suppliers,? producers", ["suppliers", ",?", "producers"]),
    ("the T.V.? no", ["the", "T.V.", "?", "no"]),
    ("really.? ok", ["really", ".?", "ok"]),
    ("painted _St. George Fighting the Dragon_", ["painted", "_", "St.", "George", "Fighting", "the", "Dragon", "_"]),
    ("file trans_expn.pdf", ["file", "trans_expn.pdf"]),
    ("USD[38,000]", ["USD", "[", "38,000", "]"]),
    ("(roosters),Roosters", ["(", "roosters", ")", ",", "Roosters"]),
    ("my room!it was", ["my", "room", "!", "it", "was"]),
    ("page?id=1", ["page?id=1"]),
  ])
  func punctuationAndQuotes(input: String, expected: [String]) {
    #expect(tokens(input) == expected)
  }

  @Test func seedTypos() {
    #expect(tokens("clauses.Article 4") == ["clauses", ".", "Article", "4"])
    #expect(tokens("technology,trade") == ["technology", ",", "trade"])
    #expect(tokens("SignedImage Credits") == ["SignedImage", "Credits"])
    #expect(tokens("visitto theState") == ["visitto", "theState"])
    #expect(tokens("defensepact.") == ["defensepact", "."])
  }

  @Test func hyphens() {
    #expect(tokens("Russia-North Korea") == ["Russia-North", "Korea"])
    #expect(tokens("high-level talks with Kim Jong-un") == ["high-level", "talks", "with", "Kim", "Jong-un"])
    let ud = Tokenizer.universalDependencies
    #expect(tokens("Russia-North Korea", ud) == ["Russia", "-", "North", "Korea"])
    #expect(tokens("high-level", ud) == ["high", "-", "level"])
    #expect(tokens("e-mail non-human co-workers", ud) == ["e-mail", "non-human", "co-workers"])
    #expect(tokens("E-commerce e-Islami", ud) == ["E-commerce", "e", "-", "Islami"])
    #expect(
      tokens("x-rays out-of vice-president", ud) == ["x", "-", "rays", "out", "-", "of", "vice", "-", "president"])
    #expect(tokens("word--word", ud) == ["word", "--", "word"])
    #expect(tokens("word--word") == ["word", "--", "word"])
  }

  @Test func fileNamesKeepTheirHyphens() {
    let ud = Tokenizer.universalDependencies
    #expect(
      tokens("see ld2d-#69366-1.DOC and 02-05-02.doc", ud) == ["see", "ld2d-#69366-1.DOC", "and", "02-05-02.doc"])
    #expect(tokens("(file: Em-enro2.doc)", ud) == ["(", "file", ":", "Em-enro2.doc", ")"])
    #expect(tokens("(GISB draft).doc)", ud) == ["(", "GISB", "draft", ")", ".doc", ")"])
    #expect(tokens("high-level.", ud) == ["high", "-", "level", "."])
    #expect(tokens("visit Get-A-Free-House.com now", ud) == ["visit", "Get-A-Free-House.com", "now"])
  }

  @Test func hyphenAfterAnAbbreviation() {
    let ud = Tokenizer.universalDependencies
    #expect(tokens("U.S.-led forces", ud) == ["U.S.", "-", "led", "forces"])
    #expect(tokens("a Va.-based firm", ud) == ["a", "Va.", "-", "based", "firm"])
    #expect(tokens("U.S.-led forces") == ["U.S.-led", "forces"])
  }

  @Test func datesAndPhoneNumbersKeepTheirHyphens() {
    let ud = Tokenizer.universalDependencies
    #expect(tokens("PERFORMANCE 01-Feb-02 P", ud) == ["PERFORMANCE", "01-Feb-02", "P"])
    #expect(tokens("on 7-JUN-2001 and 11-20-2000", ud) == ["on", "7-JUN-2001", "and", "11-20-2000"])
    #expect(tokens("a 6-foot-1 man", ud) == ["a", "6", "-", "foot", "-", "1", "man"])
    #expect(
      tokens("(281)651-7106;Fax(281)528-8636", ud)
        == ["(", "281", ")", "651-7106", ";", "Fax", "(", "281", ")", "528-8636"])
  }

  @Test func eMailKeepsItsPrefixInAnyCase() {
    let ud = Tokenizer.universalDependencies
    #expect(tokens("E-Mail: E-MAILS", ud) == ["E-Mail", ":", "E-MAILS"])
    #expect(tokens("X-BOX and N-DS", ud) == ["X", "-", "BOX", "and", "N", "-", "DS"])
  }

  @Test func apostropheAfterInClosesAnOpenQuote() {
    #expect(
      tokens("(in 'Language: Its Nature and Origin') aptly") == [
        "(", "in", "'", "Language", ":", "Its", "Nature", "and", "Origin", "'", ")", "aptly",
      ])
    #expect(tokens("Big D is cookin' and lovin'.") == ["Big", "D", "is", "cookin'", "and", "lovin'", "."])
    // A quote left open in one paragraph does not reach the next.
    #expect(tokens("'Open\n\nsome lovin'") == ["'", "Open", "some", "lovin'"])
  }

  @Test func codesKeepHyphensBeforeDigits() {
    let ud = Tokenizer.universalDependencies
    #expect(tokens("ext. x3-9890, file nmemdrft8-7-01", ud) == ["ext.", "x3-9890", ",", "file", "nmemdrft8-7-01"])
    #expect(tokens("an AK-47 from 2pm-5pm", ud) == ["an", "AK", "-", "47", "from", "2", "pm", "-", "5", "pm"])
  }

  @Test func offsetsCountUnicodeScalars() {
    // é as e + U+0301 is two scalars; 😀 is one scalar (4 UTF-8 bytes).
    let string = "Cafe\u{301} 😀 “ok” — fine"
    let result = Tokenizer().tokenize(string)
    #expect(result.tokens == [0..<5, 6..<7, 8..<9, 9..<11, 11..<12, 13..<14, 15..<19])
    let text = SourceText(string)
    #expect(result.tokens.map { text.text(in: $0) } == ["Cafe\u{301}", "😀", "“", "ok", "”", "—", "fine"])
    #expect(result.sentences == [0..<19])
  }

  @Test func offsetsAfterContractionsAndCurlyApostrophes() {
    let result = Tokenizer().tokenize("Russia’s won't")
    #expect(result.tokens == [0..<6, 6..<8, 9..<11, 11..<14])
  }

  @Test func tokensNeverContainWhitespace() {
    let string = "  a\u{00A0}b\tc\r\nd \u{2003} e\u{200B}f  "
    let text = SourceText(string)
    let result = Tokenizer().tokenize(text)
    #expect(result.tokens.map { text.text(in: $0) } == ["a", "b", "c", "d", "e", "f"])
  }

  @Test func emptyAndBlankTexts() {
    #expect(Tokenizer().tokenize("") == Tokenization(tokens: [], sentences: []))
    #expect(Tokenizer().tokenize(" \n\n\t") == Tokenization(tokens: [], sentences: []))
  }

  // MARK: - Sentences

  @Test func sentencesEndAtTerminalPunctuation() {
    #expect(sentences("It rained. We left! Why? Because.") == ["It rained.", "We left!", "Why?", "Because."])
    #expect(sentences("Really?! Yes… I think so.") == ["Really?!", "Yes…", "I think so."])
    #expect(sentences("He denied it. ‘’Should we?’’ he asked.") == ["He denied it.", "‘’Should we?’’ he asked."])
    #expect(sentences("i came. i saw.") == ["i came.", "i saw."])
  }

  @Test func abbreviationsAndInitialsDoNotEndSentences() {
    #expect(
      sentences("Dr. Smith met J. Edgar Hoover in the U.S. on Monday.") == [
        "Dr. Smith met J. Edgar Hoover in the U.S. on Monday."
      ])
    #expect(sentences("It was 3 p.m. Smith came.") == ["It was 3 p.m. Smith came."])
    #expect(sentences("Apples, pears, etc. The rest is gone.") == ["Apples, pears, etc.", "The rest is gone."])
    #expect(sentences("Shop, eat, etc. Or stay in.") == ["Shop, eat, etc.", "Or stay in."])
    #expect(sentences("lives, property, etc. V K Choudhry") == ["lives, property, etc.", "V K Choudhry"])
    #expect(sentences("Acme Inc. Smith said so.") == ["Acme Inc. Smith said so."])
    #expect(tokens("Apples, pears, etc. The rest") == ["Apples", ",", "pears", ",", "etc", ".", "The", "rest"])
    #expect(sentences("Wait... what happened?") == ["Wait... what happened?"])
    #expect(sentences("Cheers\n\nChris\n\nP.S. I am moving.") == ["Cheers", "Chris", "P.S. I am moving."])
    #expect(sentences("Call me.\n\ni.e. Are we covered?") == ["Call me.", "i.e. Are we covered?"])
  }

  @Test func aWordGluedToAnAbbreviationDoesNotStartASentence() {
    #expect(sentences("ISO New England Inc.One Sullivan Road") == ["ISO New England Inc.One Sullivan Road"])
    #expect(tokens("England Inc.One Sullivan") == ["England", "Inc.", "One", "Sullivan"])
    #expect(sentences("It cost more etc. The end.") == ["It cost more etc.", "The end."])
  }

  @Test func closingQuotesAndBracketsStayWithTheirSentence() {
    #expect(sentences("He said “Stop.” Then he left.") == ["He said “Stop.”", "Then he left."])
    #expect(sentences("\"Stop!\" he said. (See below.) Next.") == ["\"Stop!\" he said.", "(See below.)", "Next."])
  }

  @Test func blankLinesHeadlinesAndBullets() {
    let string =
      "Treaty Signed\n\nWeb Desk\n  • Russia and Korea sign.\n  • Treaty replaces agreements\n- Another point\nThe text goes\non here."
    #expect(
      sentences(string) == [
        "Treaty Signed", "Web Desk", "• Russia and Korea sign.", "• Treaty replaces agreements", "- Another point",
        "The text goes\non here.",
      ])
    #expect(sentences("References:\n- First\n- Second") == ["References:", "- First", "- Second"])
  }

  @Test func sentenceRangesSpanFirstToLastToken() {
    let result = Tokenizer().tokenize("  Hello there.  \n\n  Bye.  ")
    #expect(result.sentences == [2..<14, 20..<24])
    #expect(result.tokens == [2..<7, 8..<13, 13..<14, 20..<23, 23..<24])
  }
}
