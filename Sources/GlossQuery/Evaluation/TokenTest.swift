/// A token test: always true, decided per distinct word, or per token
/// (conditions on its syntax: `pos`, `lemma`, `deprel`).
enum TokenTest {
  case any
  case table([Bool])
  case perToken(CompiledTokenCondition)
}
