// swift-tools-version: 6.1
import PackageDescription

// Gloss builds and is tested on Linux only: it uses Glibc, /proc and the
// system's libedit through pkg-config. No other platform is claimed.
let package = Package(
  name: "Gloss",
  products: [
    .library(name: "GlossCore", targets: ["GlossCore"]),
    .library(name: "GlossFormats", targets: ["GlossFormats"]),
    .library(name: "GlossTaggers", targets: ["GlossTaggers"]),
    .library(name: "GlossQuery", targets: ["GlossQuery"]),
    .library(name: "GlossShell", targets: ["GlossShell"]),
    .executable(name: "gloss", targets: ["gloss"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // Core library: model, text processing, corpus, versioned store.
    .target(name: "GlossCore"),
    // Import and export formats.
    .target(name: "GlossFormats", dependencies: ["GlossCore"]),
    // Taggers: rules (and later learned models) that suggest spans.
    .target(name: "GlossTaggers", dependencies: ["GlossCore"]),
    // The query language: parser, indexes, evaluator, concordance and counts.
    .target(name: "GlossQuery", dependencies: ["GlossCore"]),
    // Measuring quality against gold data (tokenizer, taggers, models), and
    // the speed and memory benchmarks (tagging, models, export, query).
    .target(name: "GlossEvaluation", dependencies: ["GlossCore", "GlossFormats", "GlossTaggers", "GlossQuery"]),

    // The command language of the REPL, scripts and notebooks: lexer,
    // interpreter, commands, script and notebook runners, reports. It writes
    // through an output it is given and never touches the terminal.
    .target(
      name: "GlossShell",
      dependencies: ["GlossCore", "GlossFormats", "GlossEvaluation", "GlossTaggers", "GlossQuery"]
    ),

    // Line editing: the system's libedit behind a Swift line reader.
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(name: "LineEditing", dependencies: ["CLibEdit", "GlossCore"]),

    // Front ends: the command-line interface (ArgumentParser commands, the
    // REPL's terminal loop, the terminal itself) and the thin executable.
    .target(
      name: "GlossCLI",
      dependencies: [
        "GlossShell",
        "GlossCore",
        "GlossFormats",
        "GlossEvaluation",
        "GlossTaggers",
        "GlossQuery",
        "LineEditing",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "gloss", dependencies: ["GlossCLI"]),

    // Tests
    .target(name: "GlossTestSupport", dependencies: ["GlossCore"], path: "Tests/GlossTestSupport"),
    .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore", "GlossTestSupport"]),
    .testTarget(name: "GlossFormatsTests", dependencies: ["GlossFormats", "GlossTestSupport"]),
    .testTarget(name: "GlossTaggersTests", dependencies: ["GlossTaggers", "GlossTestSupport"]),
    .testTarget(name: "GlossQueryTests", dependencies: ["GlossQuery", "GlossTestSupport"]),
    .testTarget(name: "GlossEvaluationTests", dependencies: ["GlossEvaluation", "GlossFormats", "GlossTaggers"]),
    .testTarget(name: "GlossShellTests", dependencies: ["GlossShell", "GlossTestSupport"]),
    .executableTarget(name: "gloss-crash-helper", dependencies: ["GlossCore"], path: "Tests/CrashHelper"),
    .testTarget(name: "GlossCLITests", dependencies: ["GlossCLI", "GlossTestSupport", "gloss", "gloss-crash-helper"]),
    // An echo REPL over LineEditing that LineEditingTests drive through a pty.
    .executableTarget(name: "line-editing-demo", dependencies: ["LineEditing"], path: "Tests/LineEditingDemo"),
    .testTarget(name: "LineEditingTests", dependencies: ["LineEditing", "GlossTestSupport", "line-editing-demo"]),
  ]
)

// libFuzzer targets (Tests/Fuzz), only when GLOSS_FUZZ is set: `make fuzz`
// builds them with -sanitize=fuzzer,address in .build/fuzz. Their main
// hands over to libFuzzer's driver, which only links with the sanitizer on,
// so an ordinary build leaves them out.
if Context.environment["GLOSS_FUZZ"] != nil {
  package.targets.append(contentsOf: [
    .target(name: "CFuzzer", path: "Tests/Fuzz/CFuzzer"),
    .target(name: "FuzzSupport", dependencies: ["GlossCore", "CFuzzer"], path: "Tests/Fuzz/FuzzSupport"),
  ])
  let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("FuzzJSON", []),
    ("FuzzQuery", ["GlossQuery"]),
    ("FuzzShell", ["GlossShell"]),
    ("FuzzXML", ["GlossFormats"]),
    ("FuzzImport", ["GlossFormats"]),
  ]
  for fuzzTarget in fuzzTargets {
    package.targets.append(
      .executableTarget(
        name: fuzzTarget.name, dependencies: fuzzTarget.dependencies + ["FuzzSupport", "CFuzzer", "GlossCore"],
        path: "Tests/Fuzz/\(fuzzTarget.name)"))
  }
}
