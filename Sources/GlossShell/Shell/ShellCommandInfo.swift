/// What `help` says about a shell command, and what completion offers.
public struct ShellCommandInfo: Sendable {
  /// The command's name.
  var name: String
  /// Its syntax.
  var usage: String
  /// One line on what it does.
  var summary: String
  /// Examples on the bundled corpus.
  var examples: [String]

  /// Every command of the shell language, in the order `help` lists them.
  static let all: [ShellCommandInfo] = [
    .init(name: "help", usage: "help [COMMAND]", summary: "List the commands, or explain one.", examples: ["help annotate"]),
    .init(name: "docs", usage: "docs", summary: "List the documents with token, sentence and span counts.", examples: ["docs"]),
    .init(
      name: "show", usage: "show DOC[@REV] [LAYER…] [--brackets]",
      summary: "Show a document with its spans marked (staged changes included), at any revision; --brackets draws nested spans as brackets under the text.",
      examples: ["show 002_721a65e19f26592e", "show 002_721a65e19f26592e entity", "show 002_721a65e19f26592e@3", "show 002_721a65e19f26592e clause --brackets"]),
    .init(
      name: "tokens", usage: "tokens DOC [SENTENCE]", summary: "List a document's tokens with offsets.",
      examples: ["tokens 003_6658ac4e4684006a 2"]),
    .init(
      name: "sentences", usage: "sentences DOC", summary: "List a document's sentences with offsets.",
      examples: ["sentences 003_6658ac4e4684006a"]),
    .init(
      name: "annotate",
      usage: "annotate DOC \"TEXT\"|START..END as LAYER:LABEL [all|#N] [KEY=VALUE…] | annotate query QUERY as LAYER:LABEL [KEY=VALUE…] [--dry-run]",
      summary: "Stage a new span over quoted text, offsets, or every match of a query (one undo step).",
      examples: [
        "annotate 002_721a65e19f26592e \"Vladimir Putin\" as entity:PERSON",
        "annotate 002_721a65e19f26592e \"North Korea\" as entity:GPE all",
        "annotate 003_6658ac4e4684006a \"June 2024\" as time:DATE value=2024-06",
        "annotate 000_4cd8ae22b0588f7c 0..6 as entity:GPE",
        "annotate query \"North Korea\" as entity:GPE --dry-run",
      ]),
    .init(
      name: "remove", usage: "remove DOC SPAN…|\"TEXT\" [all|#N] [on LAYER[:LABEL]]",
      summary: "Stage the removal of spans, by id or by the text they cover.",
      examples: [
        "remove 002_721a65e19f26592e s3", "remove 002_721a65e19f26592e \"Putin\" all on entity",
        "remove query entity:PERSON[annotator ~ \"^tagger\"] --dry-run",
      ]),
    .init(
      name: "relabel", usage: "relabel DOC SPAN…|\"TEXT\" [all|#N] as LAYER:LABEL",
      summary: "Stage a change of layer and label.",
      examples: ["relabel 002_721a65e19f26592e s7 as entity:NORP", "relabel query entity:GPE[text = \"Kremlin\"] as entity:ORG"]),
    .init(
      name: "accept", usage: "accept DOC SPAN…|\"TEXT\" [all|#N]|all",
      summary: "Stage accepting spans (all: every suggestion in the document).",
      examples: ["accept 002_721a65e19f26592e s4 s5", "accept 002_721a65e19f26592e all", "accept query entity:PERSON[status = suggested]"]),
    .init(
      name: "reject", usage: "reject DOC SPAN…|\"TEXT\" [all|#N]|all", summary: "Stage rejecting spans.",
      examples: ["reject 002_721a65e19f26592e s6"]),
    .init(
      name: "query", usage: "query QUERY [--limit N|--all] [--sort doc|match|left|right] [--width N|Nc]",
      summary: "Find matches of a query (QUERY.md) and show them in context (KWIC).",
      examples: ["query \"treaty\"%c", "query entity:PERSON within clause:SUB --sort match", "query time.value >= \"2024-06\" --width 40c"]),
    .init(
      name: "count", usage: "count QUERY [by label|text|lowercase|doc|ATTRIBUTE] [--docs]",
      summary: "Count a query's matches grouped by a property, with shares (--docs: per document).",
      examples: ["count entity by label", "count [shape=\"Xxxxx\"] by lowercase", "count time by value --docs"]),
    .init(
      name: "let", usage: "let NAME = QUERY", summary: "Name a query's matches for later queries (let alone lists them).",
      examples: ["let treaties = \"treaty\"%c", "query treaties within sentence"]),
    .init(
      name: "explain", usage: "explain QUERY", summary: "Show how a query will be evaluated.",
      examples: ["explain \"treaty\" before entity:LAW within 5"]),
    .init(
      name: "tag", usage: "tag DOC [LAYER…]",
      summary: "Stage the shipped taggers' suggestions for a document (every layer with a tagger, or those named).",
      examples: ["tag 003_6658ac4e4684006a", "tag 003_6658ac4e4684006a time"]),
    .init(
      name: "review", usage: "review DOC [LAYER] [--uncertain]",
      summary:
        "Walk the pending suggestions one by one: a accept, r reject, l relabel (asks LAYER:LABEL), s skip, q quit; "
        + "--uncertain: least certain sentences first (the entity model's margin, as gloss suggest), else text order.",
      examples: ["review 003_6658ac4e4684006a", "review 003_6658ac4e4684006a time", "review 003_6658ac4e4684006a entity --uncertain"]),
    .init(name: "undo", usage: "undo", summary: "Revert the last staged change of this session.", examples: ["undo"]),
    .init(name: "status", usage: "status", summary: "Show what is staged and not yet committed.", examples: ["status"]),
    .init(
      name: "commit", usage: "commit [-m] \"MESSAGE\"", summary: "Write the staged changes as one revision.",
      examples: ["commit -m \"entities of article 002\""]),
    .init(name: "log", usage: "log [DOC] [LIMIT]", summary: "List revisions, newest first.", examples: ["log", "log 002_721a65e19f26592e 5"]),
    .init(name: "diff", usage: "diff REV1 [REV2]", summary: "Show span changes between two revisions.", examples: ["diff 1 3"]),
    .init(
      name: "restore", usage: "restore DOC@REV|REV",
      summary: "Stage putting one document (or all) back as it was at a revision.",
      examples: ["restore 002_721a65e19f26592e@1", "restore 2"]),
    .init(
      name: "export",
      usage: "export FORMAT [-o PATH] [--doc DOC]… [--layer LAYER]… [--label LABEL]… [--status S] [--tags iob1|iob2|bioes] [--labels ontonotes|conll]",
      summary: "Export committed spans (accepted only unless --status all|suggested|rejected).",
      examples: ["export json -o gold.json", "export jsonl --layer entity --status all", "export conll2003 --tags bioes -o train.conll", "export brat -o brat/"]),
    .init(
      name: "import", usage: "import FORMAT PATH [--layer LAYER] [--dry-run]",
      summary: "Stage the spans of a file or folder another tool wrote (formats as gloss import); undo drops them, commit keeps them.",
      examples: ["import conll2003 train.conll", "import brat brat/ --dry-run", "import doccano admin.jsonl"]),
    .init(
      name: "timeline", usage: "timeline [DOC…]",
      summary: "Accepted time spans: dates and times in order of TIMEX3 value, then durations, each with its sentence.",
      examples: ["timeline", "timeline 003_6658ac4e4684006a"]),
    .init(
      name: "entities", usage: "entities [DOC…]",
      summary: "Each document's distinct accepted entities with label and number of mentions.",
      examples: ["entities", "entities 002_721a65e19f26592e"]),
    .init(
      name: "cooccur", usage: "cooccur [DOC…] [--top N]",
      summary: "Pairs of entities mentioned in the same (innermost accepted) clause, most frequent first.",
      examples: ["cooccur --top 10"]),
    .init(
      name: "eval", usage: "eval [LAYER…]",
      summary: "Score the shipped taggers against the corpus's accepted spans as gold (precision, recall, F1).",
      examples: ["eval", "eval time"]),
    .init(
      name: "render", usage: "render [DOC…] -o FILE.html [--layer LAYER]… [--status S]",
      summary: "Write the documents and their spans as a self-contained HTML page (legend, hover details, SVG charts).",
      examples: ["render -o corpus.html", "render 002_721a65e19f26592e --layer clause -o clauses.html"]),
    .init(
      name: "set", usage: "set [annotator NAME | context N | color on|off | format table|json|csv | message \"TEXT\" | timeout SECONDS|off]",
      summary: "Show or change session options.", examples: ["set annotator ana", "set format json"]),
    .init(name: "quit", usage: "quit", summary: "Leave (offering to commit staged changes). Also: exit, Ctrl-D.", examples: ["quit"]),
  ]

  /// The command called `name` (`exit` is `quit`).
  static func named(_ name: String) -> ShellCommandInfo? {
    let canonical = name == "exit" ? "quit" : name
    return all.first { $0.name == canonical }
  }
}
