import GlossCore
import GlossTaggers
import Testing

/// Times written in parts, fiscal and business periods, dates anchored on
/// the narrative, and the tense that says which way a bare weekday or
/// month lies. The dct is 2024-11-10 (a Sunday) unless a case says otherwise.
extension TimeTaggerTests {
  static let compositeCases: [TimeCase] = [
    TimeCase(
      "The launch came at 7:15 a.m. EST Jan. 3 after a delay.",
      .init("7:15 a.m. EST Jan. 3", "TIME", "2025-01-03T07:15-05:00")),
    TimeCase("Shares closed on Jun 5, 2019 at 4:01PM.", .init("Jun 5, 2019 at 4:01PM", "TIME", "2019-06-05T16:01")),
    TimeCase("Doors open at 9 a.m. Sunday.", .init("9 a.m. Sunday", "TIME", "2024-11-10T09:00")),
    TimeCase("The quake struck at 10:54 p.m. EDT.", .init("10:54 p.m. EDT", "TIME", "2024-11-10T22:54-04:00")),
    TimeCase("The match lasted two hours and 41 minutes.", .init("two hours and 41 minutes", "DURATION", "PT2H41M")),
    TimeCase(
      "The fire started at 9 p.m. on Saturday.", .init("9 p.m.", "TIME", "2024-11-10T21:00"),
      .init("Saturday", "DATE", "2024-11-09")),
  ]

  static let fiscalCases: [TimeCase] = [
    TimeCase("Revenue in fiscal 2019 rose.", .init("fiscal 2019", "DATE", "FY2019")),
    TimeCase("Orders grew in FY2025.", .init("FY2025", "DATE", "FY2025")),
    TimeCase(
      "Profit for the fourth quarter of fiscal 2024 rose.",
      .init("the fourth quarter of fiscal 2024", "DATE", "FY2024-Q4")),
    TimeCase(
      "In fiscal 2019, second-quarter sales fell.", .init("fiscal 2019", "DATE", "FY2019"),
      .init("second-quarter", "DATE", "FY2019-Q2")),
    TimeCase("Third-quarter profit beat forecasts.", .init("Third-quarter", "DATE", "2024-Q3")),
    TimeCase("Sales rose in the first half of 2024.", .init("the first half of 2024", "DATE", "2024-H1")),
  ]

  static let anchoredCases: [TimeCase] = [
    TimeCase(
      "The treaty was signed on March 2, 2019. The next day, protests began.",
      .init("March 2, 2019", "DATE", "2019-03-02"), .init("The next day", "DATE", "2019-03-03")),
    TimeCase(
      "Prices fell in June 2023; the previous month was calm.", .init("June 2023", "DATE", "2023-06"),
      .init("the previous month", "DATE", "2023-05")),
    TimeCase("Sales grew during the first three weeks.", .init("the first three weeks", "DURATION", "P3W")),
    TimeCase("Prices may rise over the next month.", .init("the next month", "DURATION", "P1M")),
  ]

  static let tenseCases: [TimeCase] = [
    TimeCase("The team will fly home on Tuesday morning.", .init("Tuesday morning", "TIME", "2024-11-12TMO")),
    TimeCase("The team flew home on Tuesday morning.", .init("Tuesday morning", "TIME", "2024-11-05TMO")),
    TimeCase("The hearing opens on Thursday.", .init("Thursday", "DATE", "2024-11-14")),
    TimeCase("The office stays closed until September.", .init("September", "DATE", "2025-09")),
    TimeCase("The office was closed until September.", .init("September", "DATE", "2024-09")),
  ]

  @Test(arguments: compositeCases) func timesWrittenInParts(_ test: TimeCase) { check(test) }
  @Test(arguments: fiscalCases) func fiscalAndBusinessPeriods(_ test: TimeCase) { check(test) }
  @Test(arguments: anchoredCases) func datesAnchoredOnTheNarrative(_ test: TimeCase) { check(test) }
  @Test(arguments: tenseCases) func tenseSaysWhichWayADateLies(_ test: TimeCase) { check(test) }

  @Test func narrativeModeResolvesAgainstTheLastFullDate() {
    let sentence = "The treaty was signed on March 2, 2019. On March 9, parliament ratified it on Monday."
    let text = SourceText(sentence)
    func values(_ mode: TimeReferenceMode?, dct: String?) -> [String] {
      let context = TaggingContext(documentID: "t", text: text, dct: dct, timeReference: mode)
      return TimeTagger().suggestions(in: context).map { $0.attributes["value"] ?? "?" }
    }
    #expect(values(.narrative, dct: "2024-11-10") == ["2019-03-02", "2019-03-09", "2019-03-04"])
    #expect(values(nil, dct: nil) == ["2019-03-02", "2019-03-09", "2019-03-04"], "no dct: narrative mode")
    #expect(
      values(nil, dct: "2024-11-10") == ["2019-03-02", "2024-03-09", "2024-11-04"], "a dct: news mode, past tense")
  }
}
