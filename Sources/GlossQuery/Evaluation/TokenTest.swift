/// A token test: always true, decided per distinct word, or per token (`pos`).
enum TokenTest {
  case any
  case table([Bool])
  case perToken(TokenCondition)
}
