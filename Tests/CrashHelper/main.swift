// A test helper: commits a revision over two documents and kills itself with
// SIGKILL at a chosen step of the commit, so tests can check that the store
// recovers from a crash at every point.
//
// Usage: gloss-crash-helper CORPUS STEP
//   STEP 0 dies right after the journal is written, 1… after each later write.

import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

let arguments = CommandLine.arguments
guard arguments.count == 3, let crashStep = Int(arguments[2]) else {
  fatalError("usage: gloss-crash-helper CORPUS STEP")
}
do {
  let corpus = try Corpus.load(at: arguments[1])
  var session = AnnotationSession(corpus: corpus, annotator: "crash")
  for document in corpus.documents {
    try session.group("add") { session throws(StoreError) in
      for range in document.text.ranges(of: "Seoul") {
        try session.add(to: document.id, layer: "entity", label: "GPE", range: range)
      }
    }
  }
  var store = session.store
  let counter = StepCounter()
  store.commitObserver = { _ in
    if counter.next() == crashStep { raise(SIGKILL) }
  }
  var changes: [AnnotationStore.DocumentChange] = []
  for (id, _) in session.stagedChanges {
    let document = try session.document(id)
    changes.append(
      AnnotationStore.DocumentChange(
        base: try AnnotationStore(corpus: corpus).annotations(for: id), new: try session.annotations(for: id),
        text: document.text, textSHA256: document.textSHA256))
  }
  try store.commit(changes, author: "crash", message: "crash test")
} catch {
  fatalError("\(error)")
}

/// Counts commit steps from 0.
final class StepCounter: @unchecked Sendable {
  private var count = -1
  func next() -> Int {
    count += 1
    return count
  }
}
