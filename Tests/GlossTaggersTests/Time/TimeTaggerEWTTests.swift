import GlossTaggers
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Rule tests on sentences of UD English EWT (web text: e-mail, blogs,
/// reviews, answers), read from `Data/ud-english-ewt` by sentence
/// id. EWT gives no creation times, so values keep their placeholders.
@Suite struct TimeTaggerEWTTests {
  static let cases: [(id: String, expected: [ExpectedTimex])] = [
    (
      "weblog-blogspot.com_dakbangla_20050311135387_ENG_20050311_135387-0185",
      [.init("mid-February 2003", "DATE", "2003-02", mod: "MID")]
    ),
    (
      "email-enronsent44_01-0047",
      [
        // A date and its time after `at` are one TIME.
        .init("Wednesday, July 18 at 11:45 am", "TIME", "XXXX-07-18T11:45"),
        .init("1:00 pm", "TIME", "XXXX-XX-XXT13:00"),
      ]
    ),
    ("email-enronsent41_01-0033", [.init("01 Oct 2001", "DATE", "2001-10-01")]),
    ("weblog-blogspot.com_dakbangla_20041119231111_ENG_20041119_231111-0028", [.init("1989", "DATE", "1989")]),
    ("email-enronsent06_01-0005", [.init("Thursday, December 7, 2000", "DATE", "2000-12-07")]),
    ("answers-20111107193044AAvUYBv_ans-0022", [.init("two days", "DURATION", "P2D")]),
    (
      "answers-20111108104131AAWUQHU_ans-0002",
      [.init("yesterday", "DATE", "XXXX-XX-XX"), .init("today", "DATE", "XXXX-XX-XX")]
    ),
    ("email-enronsent37_01-0088", [.init("7:35am", "TIME", "XXXX-XX-XXT07:35")]),
    ("email-enronsent34_01-0041", [.init("last night", "TIME", "XXXX-XX-XXTNI")]),
    ("email-enronsent20_01-0065", [.init("Thursday, Nov. 9th", "DATE", "XXXX-11-09")]),
    (
      "answers-20111108082505AAtbdh9_ans-0003",
      [
        .init("currently", "DATE", "PRESENT_REF"), .init("a week", "SET", "P1W"), .init("every week", "SET", "P1W"),
      ]
    ),
    ("weblog-blogspot.com_alaindewitt_20040929103700_ENG_20040929_103700-0057", [.init("1973", "DATE", "1973")]),
    ("reviews-267732-0003", [.init("November 7, 2010", "DATE", "2010-11-07")]),
    ("email-enronsent18_02-0021", [.init("a few days ago", "DATE", "PAST_REF")]),
    ("email-enronsent26_01-0051", [.init("2000", "DATE", "2000"), .init("2000", "DATE", "2000")]),
    ("weblog-blogspot.com_alaindewitt_20060924104100_ENG_20060924_104100-0053", [.init("every month", "SET", "P1M")]),
    (
      "newsgroup-groups.google.com_alt.animals_02c2d614bfbf6b20_ENG_20050223_232900-0052",
      [.init("last year", "DATE", "XXXX")]
    ),
    ("answers-20111108091938AAmE8Tv_ans-0016", [.init("three months", "DURATION", "P3M")]),
    (
      "weblog-blogspot.com_alaindewitt_20040929103700_ENG_20040929_103700-0040",
      [.init("1969", "DATE", "1969"), .init("1970", "DATE", "1970")]
    ),
    (
      "email-enronsent25_01-0040",
      [.init("10:00 AM", "TIME", "XXXX-XX-XXT10:00"), .init("11:00 AM CST", "TIME", "XXXX-XX-XXT11:00-06:00")]
    ),
    (
      "newsgroup-groups.google.com_IdeaStockExchange_c6ea783ac3f043ba_ENG_20041120_243700-0017",
      [
        .init("per year", "SET", "P1Y"), .init("the last two decades", "DURATION", "P20Y"),
      ]
    ),
    ("reviews-210066-0004", [.init("every day", "SET", "P1D")]),
    (
      "newsgroup-groups.google.com_alt.animals_0084bdc731bfc8d8_ENG_20040905_212000-0095",
      [.init("late 2003", "DATE", "2003", mod: "END")]
    ),
    ("reviews-101972-0003", [.init("about 6:00pm", "TIME", "XXXX-XX-XXT18:00", mod: "APPROX")]),
    ("reviews-156460-0002", [.init("more than five years", "DURATION", "P5Y", mod: "MORE_THAN")]),
    ("reviews-117115-0004", [.init("Three weeks ago", "DATE", "XXXX-WXX")]),
    ("email-enronsent28_01-0007", [.init("February of 1966", "DATE", "1966-02")]),
    (
      "newsgroup-groups.google.com_alt.animals_0084bdc731bfc8d8_ENG_20040905_212000-0064",
      [
        .init("1972", "DATE", "1972"), .init("Nearly two years", "DURATION", "P2Y", mod: "LESS_THAN"),
        .init("six-year", "DURATION", "P6Y"),
      ]
    ),
  ]

  /// Every sentence of the EWT files, by id.
  static let sentences: [String: String]? = {
    let folder = String(#filePath.split(separator: "/Tests/").first ?? "") + "/Data/ud-english-ewt"
    var texts: [String: String] = [:]
    for name in ["en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"] {
      guard let file = fopen(folder + "/" + name, "r") else { return nil }
      defer { fclose(file) }
      var id = ""
      var line: UnsafeMutablePointer<CChar>?
      var capacity = 0
      while getline(&line, &capacity, file) > 0 {
        let text = String(cString: line!).trimmingSuffix("\n")
        if text.hasPrefix("# sent_id = ") { id = String(text.dropFirst(12)) }
        if text.hasPrefix("# text = ") { texts[id] = String(text.dropFirst(9)) }
      }
      free(line)
    }
    return texts
  }()

  @Test(arguments: cases.indices) func ewtSentence(_ index: Int) throws {
    let (id, expected) = Self.cases[index]
    let sentences = try #require(Self.sentences, "UD EWT is missing from Data/ud-english-ewt")
    let sentence = try #require(sentences[id], "no EWT sentence \(id)")
    #expect(tagTimes(sentence, dct: nil) == expected.map(\.description), "\(sentence)")
  }
}

extension String {
  fileprivate func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
