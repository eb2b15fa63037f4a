import GlossCore
import GlossTestSupport
import Testing

@testable import GlossShell

/// The shell's query commands, and editing from a query.
@Suite struct QueryShellTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.\n"

  @Test func queryShowsAConcordanceWithDocAndOffsets() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let output = try shell.execute(#"query "Putin" --width 2"#)
    #expect(
      output.text == """
        doc   offset                 left  match  right
        ----  ------  -------------------  -----  --------
        news  27..32  President Vladimir   Putin   met Kim
        news  63..68          Pyongyang.   Putin   left.
        2 matches

        """)
    let json = String(decoding: output.json, as: UTF8.self)
    #expect(
      json.contains(
        #"{"doc":"news","start":27,"end":32,"text":"Putin","left":"President Vladimir ","right":" met Kim"}"#))
    shell.settings.format = .csv
    #expect(
      try shell.execute(#"query "Putin" --limit 1 --width 1"#).csv
        == "doc,start,end,layer,label,left,match,right\nnews,27,32,,,Vladimir ,Putin, met\n")
    let sorted = try shell.execute(#"query "Putin" --sort right --width 2c"#)
    #expect(
      sorted.text.contains("63..68")
        && sorted.text.firstRange(of: "63..68")!.lowerBound < sorted.text.firstRange(of: "27..32")!.lowerBound)
    #expect(
      try shell.execute(#"query "Putin" --limit 1"#).text.contains("2 matches (showing 1; --limit N or --all for more)")
    )
  }

  /// A value with a carriage return is one quoted CSV field (the shell
  /// once wrote it bare, which split the row in CSV readers).
  @Test func csvQuotesAValueWithACarriageReturn() throws {
    let folder = try TemporaryCorpus(["cr": "Putin met Kim.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    shell.settings.format = .csv
    _ = try shell.execute("annotate cr 6..9 as time:DATE value=\"a\rb\"")
    let csv = try shell.execute("count time by value").csv ?? ""
    #expect(csv.hasPrefix("value,count,percent,docs\n\"a\rb\",1,"), "\(csv.debugDescription)")
  }

  @Test func concordanceContextsAreCutToFitTheTerminal() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    shell.settings.fixedOutputColumns = 50
    let output = try shell.execute(#"query "Putin" --width 8"#)
    #expect(
      output.text == """
        doc   offset           left  match  right
        ----  ------  -------------  -----  -------------
        news  27..32  …nt Vladimir   Putin   met Kim Jon…
        news  63..68   …Pyongyang.   Putin   left.
        2 matches

        """)
    for line in output.text.split(separator: "\n") { #expect(line.unicodeScalars.count < 50) }
    // Character widths are taken as asked, and machines get whole contexts.
    #expect(try shell.execute(#"query "Putin" --width 30c"#).text.contains("Russian President Vladimir "))
    shell.settings.format = .json
    #expect(
      String(decoding: try shell.execute(#"query "Putin" --width 8"#).json, as: UTF8.self).contains(
        #""left":"Russian President Vladimir ""#))
  }

  @Test func queryErrorsPointAtTheColumnInTheLine() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let failure = error(&shell, "query entity:PERSN within clause")
    #expect(failure?.column == 14 && failure?.width == 5)
    #expect(failure?.message.hasPrefix("layer entity has no label 'PERSN' (did you mean 'PERSON'?)") == true)
    #expect(error(&shell, "query")?.message == "query needs a query, such as entity:PERSON or \"treaty\"%c")
    #expect(error(&shell, #"count "a" by colour"#)?.message.hasPrefix("cannot count by 'colour'") == true)
    #expect(error(&shell, #"let 9x = "a""#)?.message.hasPrefix("a result set's name is a word") == true)
    #expect(error(&shell, #"let entity = "a""#)?.message.hasPrefix("'entity' is a keyword or a layer") == true)
  }

  @Test func countLetAndExplain() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute(#"annotate query "Putin" or "Kim Jong Un" as entity:PERSON"#)
    _ = try shell.execute(#"annotate query "Pyongyang" as entity:GPE"#)
    var output = try shell.execute("count entity by label")
    #expect(
      output.text == """
        value          count  percent  docs
        -------------  -----  -------  ----
        entity:PERSON      3    75.0%     1
        entity:GPE         1    25.0%     1
        4 matches, 2 distinct values

        """)
    output = try shell.execute("count entity by text --docs")
    #expect(output.text.contains("Putin        news      2   100.0%"))
    output = try shell.execute("let people = entity:PERSON")
    #expect(output.text == "people = 3 matches\n")
    #expect(try shell.execute(#"query people and not "Putin""#).text.contains("Kim Jong Un [entity:PERSON]"))
    #expect(try shell.execute("let").text.contains("people        3"))
    output = try shell.execute(#"explain "Putin" before entity:GPE within 5 in sentence"#)
    #expect(output.text.hasPrefix(#"query: ([word="Putin"] before entity:GPE within 5 in sentence)"#))
    #expect(output.text.contains("start positions from the word index"))
  }

  @Test func annotateFromAQueryDryRunThenOneUndoStep() throws {
    let folder = try TemporaryCorpus(["news": Self.text, "other": "Putin spoke.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    var output = try shell.execute(#"annotate query "Putin" as entity:PERSON --dry-run"#)
    #expect(output.text.contains("would annotate 3 spans entity:PERSON in 2 documents (dry run: nothing staged)"))
    #expect(output.text.contains("news   27..32"))
    #expect(!shell.session.hasStagedChanges)
    output = try shell.execute(#"annotate query "Putin" as entity:PERSON"#)
    #expect(output.text.hasPrefix("staged 3 spans entity:PERSON in 2 documents from the query as one change"))
    #expect(shell.session.stagedChanges.map(\.documentID) == ["news", "other"])
    // The index follows staged edits at once.
    #expect(try shell.execute("count entity:PERSON").text.contains("3 matches"))
    // Again: nothing new, the spans exist.
    output = try shell.execute(#"annotate query "Putin" as entity:PERSON"#)
    #expect(output.text == "every match (3) already had this span; nothing staged\n")
    #expect(try shell.execute("undo").text == "undid: annotate query \"Putin\" as entity:PERSON\n")
    #expect(!shell.session.hasStagedChanges)
    #expect(try shell.execute("count entity:PERSON").text.contains("0 matches"))
    // Commit the batch, then one restore takes it all back.
    _ = try shell.execute(#"annotate query "Putin" as entity:PERSON"#)
    _ = try shell.execute(#"commit -m "people""#)
    _ = try shell.execute("restore 0")
    #expect(try shell.execute("count entity").text.contains("0 matches"))
    _ = try shell.execute(#"commit -m "take back""#)
    #expect(try AnnotationStore(corpus: try folder.load()).annotations(for: "news").spans.isEmpty)
  }

  @Test func removeRelabelAcceptRejectOverAQuery() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    for range in [27..<32, 63..<68, 37..<48] {
      try shell.session.add(
        to: "news", layer: "entity", label: "PERSON", range: range, status: .suggested, annotator: "tagger:people@1")
    }
    _ = try shell.execute(#"commit -m "suggestions""#)
    var output = try shell.execute(#"accept query entity:PERSON[text = "Putin"] --dry-run"#)
    #expect(output.text.contains("would accept 2 spans in 1 document"))
    output = try shell.execute(#"accept query entity:PERSON[text = "Putin"]"#)
    #expect(output.text.hasPrefix("staged: accept 2 spans in 1 document, as one change"))
    #expect(try shell.execute("count entity[status = accepted]").text.contains("2 matches"))
    _ = try shell.execute(#"reject query entity:PERSON[status = suggested]"#)
    // Rejected spans are left out unless the pattern tests status.
    #expect(
      String(decoding: try shell.execute("count entity[status ~ \".\"] by status").json, as: UTF8.self).contains(
        #"{"value":"rejected","count":1,"#))
    #expect(!String(decoding: try shell.execute("count entity by status").json, as: UTF8.self).contains("rejected"))
    #expect(try shell.execute(#"count entity[text = "Kim Jong Un"]"#).text.contains("0 matches"))
    _ = try shell.execute(#"relabel query entity[text = "Kim Jong Un" & status = rejected] as entity:ORG"#)
    #expect(try shell.execute("count entity:ORG[status = rejected]").text.contains("1 match,"))
    _ = try shell.execute(#"remove query entity:PERSON"#)
    #expect(try shell.execute("count entity").text.contains("0 matches"))
    #expect(try shell.execute("count entity[status = rejected]").text.contains("1 match,"))
    #expect(try shell.execute("undo").text.hasPrefix("undid: remove query entity:PERSON"))
    #expect(try shell.execute("count entity").text.contains("2 matches"))
    let failure = error(&shell, #"remove query "Putin""#)
    #expect(
      failure?.message.hasPrefix("remove works on spans, but the query also matches text that is no span") == true)
    #expect(failure?.column == 14)
  }

  @Test func documentFormsStillWorkAndAQuotedQueryDocument() throws {
    let folder = try TemporaryCorpus(["query": "Putin left. Putin came.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    // A document named "query" is reached by quoting its id.
    let output = try shell.execute(#"annotate "query" "Putin" as entity:PERSON #2"#)
    #expect(output.text.contains("s1  entity:PERSON  12..17"))
    _ = try shell.execute("annotate \"query\" 0..5 as entity:PERSON")
    #expect(try shell.execute("count entity:PERSON").text.contains("2 matches"))
  }

  @Test func completionOffersQueryWords() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    let completer = ShellCompleter(corpus: try folder.load())
    #expect(completer.completions("annotate q").candidates == ["query"])
    #expect(completer.completions("query entity:P").candidates == ["entity:PERSON", "entity:PRODUCT"])
    #expect(completer.completions("query entity wi").candidates == ["within"])
    #expect(completer.completions("count time by va").candidates == ["value"])
    #expect(completer.completions("set format c").candidates == ["csv"])
  }

  @Test func timeLimitAndCancellationStopAQuery() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    shell.isCancelled = { true }
    #expect(error(&shell, "query []")?.message == "the query was cancelled")
    shell.isCancelled = { false }
    #expect(try shell.execute("set timeout 2.5").text == "timeout = 2.5\n")
    #expect(shell.settings.queryTimeLimit == 2.5)
    _ = try shell.execute("set timeout off")
    #expect(shell.settings.queryTimeLimit == nil)
  }

  /// The issue's four example needs, on the seed corpus (annotated first, in a copy).
  @Test func theFourExampleNeedsOnTheSeedCorpus() throws {
    let folder = try SeedCorpus.copy()
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute(
      #"annotate query "Vladimir Putin" or "Kim Jong Un" or ("Putin" and not ("Putin" within "Vladimir Putin")) as entity:PERSON"#
    )
    _ = try shell.execute(#"annotate query "North Korea" or "Russia" or "Pyongyang" or "Ukraine" as entity:GPE"#)
    _ = try shell.execute(#"annotate query "June 2024" as time:DATE value=2024-06"#)
    _ = try shell.execute(
      #"annotate query "Comprehensive Strategic Partnership Treaty" or ("Article" [shape="d" | shape="dd"]) or "UN Charter" as entity:LAW"#
    )
    _ = try shell.execute(#"annotate query sentence contains time:DATE as clause:MAIN"#)
    for range in try shell.session.ranges(of: "Dmitry Peskov", in: "000_4cd8ae22b0588f7c") {
      try shell.session.add(
        to: "000_4cd8ae22b0588f7c", layer: "entity", label: "PERSON", range: range, status: .suggested,
        annotator: "tagger:people@1")
    }
    try shell.session.add(
      to: "000_4cd8ae22b0588f7c", layer: "entity", label: "ORG", range: 1868..<1875, status: .accepted,
      annotator: "tagger:orgs@1")
    _ = try shell.execute(#"commit -m "annotations the examples need""#)
    shell.settings.format = .json

    func matches(_ query: String) throws -> [String] {
      let matches = try shell.run(ShellInterpreter.RawQuery(text: query, column: 1))
      let engine = shell.queryEngine!
      return matches.map { "\(engine.document(of: $0).id.prefix(3)) \($0.start)..\($0.end) \(engine.text(of: $0))" }
    }
    // 1. A DATE inside a clause that also contains a PERSON.
    #expect(try matches("time:DATE within (clause contains entity:PERSON)") == ["003 483..492 June 2024"])
    // 2. The word treaty within 5 tokens before a LAW entity (the nearest here is 9 tokens away).
    #expect(try matches(#""treaty"%c before entity:LAW within 5"#) == [])
    #expect(try matches(#""treaty"%c before entity:LAW within 9"#) == ["003 1047..1053 treaty"])
    // 3. Sentences with two GPE entities and no DATE.
    let sentences = try matches("sentence contains{2,} entity:GPE not contains time:DATE")
    #expect(sentences.count == 13)
    #expect(sentences.first == "000 98..150 • Russia and North Korea sign mutual defense treaty.")
    #expect(try matches("sentence contains{2,} entity:GPE").count == 13)
    #expect(try matches("sentence contains time:DATE").count == 2)
    // 4. PERSON spans suggested by a tagger and not yet reviewed.
    #expect(
      try matches(#"entity:PERSON[status = suggested & annotator ~ "^tagger:"]"#) == ["000 1886..1899 Dmitry Peskov"])
    #expect(try matches(#"entity[annotator ~ "^tagger:"]"#).count == 2)
  }
}
