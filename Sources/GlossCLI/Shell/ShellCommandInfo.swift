/// What `help` says about a shell command, and what completion offers.
struct ShellCommandInfo: Sendable {
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
      name: "show", usage: "show DOC[@REV] [LAYER…]",
      summary: "Show a document with its spans marked (staged changes included), at any revision.",
      examples: ["show 002_721a65e19f26592e", "show 002_721a65e19f26592e entity", "show 002_721a65e19f26592e@3"]),
    .init(
      name: "tokens", usage: "tokens DOC [SENTENCE]", summary: "List a document's tokens with offsets.",
      examples: ["tokens 003_6658ac4e4684006a 2"]),
    .init(
      name: "sentences", usage: "sentences DOC", summary: "List a document's sentences with offsets.",
      examples: ["sentences 003_6658ac4e4684006a"]),
    .init(
      name: "annotate", usage: "annotate DOC \"TEXT\"|START..END as LAYER:LABEL [all|#N] [KEY=VALUE…]",
      summary: "Stage a new span over quoted text (one occurrence, the N-th, or all) or offsets.",
      examples: [
        "annotate 002_721a65e19f26592e \"Vladimir Putin\" as entity:PERSON",
        "annotate 002_721a65e19f26592e \"North Korea\" as entity:GPE all",
        "annotate 003_6658ac4e4684006a \"June 2024\" as time:DATE value=2024-06",
        "annotate 000_4cd8ae22b0588f7c 0..6 as entity:GPE",
      ]),
    .init(
      name: "remove", usage: "remove DOC SPAN…|\"TEXT\" [all|#N] [on LAYER[:LABEL]]",
      summary: "Stage the removal of spans, by id or by the text they cover.",
      examples: ["remove 002_721a65e19f26592e s3", "remove 002_721a65e19f26592e \"Putin\" all on entity"]),
    .init(
      name: "relabel", usage: "relabel DOC SPAN…|\"TEXT\" [all|#N] as LAYER:LABEL",
      summary: "Stage a change of layer and label.", examples: ["relabel 002_721a65e19f26592e s7 as entity:NORP"]),
    .init(
      name: "accept", usage: "accept DOC SPAN…|\"TEXT\" [all|#N]|all",
      summary: "Stage accepting spans (all: every suggestion in the document).",
      examples: ["accept 002_721a65e19f26592e s4 s5", "accept 002_721a65e19f26592e all"]),
    .init(
      name: "reject", usage: "reject DOC SPAN…|\"TEXT\" [all|#N]|all", summary: "Stage rejecting spans.",
      examples: ["reject 002_721a65e19f26592e s6"]),
    .init(
      name: "tag", usage: "tag DOC [LAYER…]",
      summary: "Stage the shipped taggers' suggestions for a document (every layer with a tagger, or those named).",
      examples: ["tag 003_6658ac4e4684006a", "tag 003_6658ac4e4684006a time"]),
    .init(
      name: "review", usage: "review DOC [LAYER]",
      summary: "Walk the pending suggestions one by one: a accept, r reject, l relabel (asks LAYER:LABEL), s skip, q quit.",
      examples: ["review 003_6658ac4e4684006a", "review 003_6658ac4e4684006a time"]),
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
      name: "set", usage: "set [annotator NAME | context N | color on|off | format table|json | message \"TEXT\"]",
      summary: "Show or change session options.", examples: ["set annotator ana", "set format json"]),
    .init(name: "quit", usage: "quit", summary: "Leave (offering to commit staged changes). Also: exit, Ctrl-D.", examples: ["quit"]),
  ]

  /// The command called `name` (`exit` is `quit`).
  static func named(_ name: String) -> ShellCommandInfo? {
    let canonical = name == "exit" ? "quit" : name
    return all.first { $0.name == canonical }
  }
}
