/// A parsed regular expression of the query language (see ``QueryRegex``).
indirect enum QueryRegexNode {
  case empty
  case scalar(Unicode.Scalar)
  case any
  case set(ScalarSet)
  case assert(QueryRegex.Assertion)
  case concatenation([QueryRegexNode])
  case alternation([QueryRegexNode])
  /// `maximum` nil: no upper bound.
  case repetition(QueryRegexNode, minimum: Int, maximum: Int?)
}
