/// How underspecified temporal expressions are resolved (HeidelTime's
/// document types).
///
/// In *news* mode (`Tuesday`, `March 9`, `last month`) the reference is the
/// document creation time: right for dated reports. In *narrative* mode it
/// is the last date the text gave in full, moving as the text goes on:
/// `March 9` after `March 2, 2019` is 2019-03-09, whatever the dct. Either
/// way `the next day` and `the previous month` follow the last full date.
public enum TimeReferenceMode: String, Sendable, Hashable, CaseIterable {
  /// The document creation time is the reference.
  case news
  /// The last full date in the text is the reference.
  case narrative
}
