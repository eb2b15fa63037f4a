import GlossCore
import GlossTaggers
import Testing

/// Rule tests on sentences written for them (news-like, varied forms); the
/// dct is 2024-11-10 (a Sunday) unless a case says otherwise.
@Suite struct TimeTaggerTests {
  static let absoluteDatesCases: [TimeCase] = [
    TimeCase("The treaty was signed on November 10, 2024.", .init("November 10, 2024", "DATE", "2024-11-10")),
    TimeCase("It took effect on 10 November 2024 in Moscow.", .init("10 November 2024", "DATE", "2024-11-10")),
    TimeCase("The file is dated 2024-11-10.", .init("2024-11-10", "DATE", "2024-11-10")),
    TimeCase("Talks began in June 2024 and ended quickly.", .init("June 2024", "DATE", "2024-06")),
    TimeCase("The company was founded in 1996.", .init("1996", "DATE", "1996")),
    TimeCase("Rock music changed in the 1960s.", .init("the 1960s", "DATE", "196")),
    TimeCase("The deadline is Dec. 15 for all applicants.", .init("Dec. 15", "DATE", "2024-12-15")),
    TimeCase("He was born on the 3rd of March, 1971.", .init("the 3rd of March, 1971", "DATE", "1971-03-03")),
    TimeCase("The law passed on Sept. 10, 2002, after a long debate.", .init("Sept. 10, 2002", "DATE", "2002-09-10")),
    TimeCase("They married in July of 1977.", .init("July of 1977", "DATE", "1977-07")),
    TimeCase("The Guaranty is dated August 1, 2000.", .init("August 1, 2000", "DATE", "2000-08-01")),
    TimeCase("The form arrived on 08/16/2000.", .init("08/16/2000", "DATE", "2000-08-16")),
    TimeCase("Prices peaked in the late 1990s.", .init("the late 1990s", "DATE", "199", mod: "END")),
    TimeCase("Music of the '60s still sells.", .init("the '60s", "DATE", "196")),
    TimeCase("This is the 21st century.", .init("the 21st century", "DATE", "20")),
    TimeCase("Growth slowed in the third quarter of 2024.", .init("the third quarter of 2024", "DATE", "2024-Q3")),
    TimeCase("Sales rose in Summer 2023.", .init("Summer 2023", "DATE", "2023-SU")),
    TimeCase("A vote is expected in early 2025.", .init("early 2025", "DATE", "2025", mod: "START")),
    TimeCase("The plant closes at the end of 2026.", .init("the end of 2026", "DATE", "2026", mod: "END")),
    TimeCase("Troops left in mid-2021.", .init("mid-2021", "DATE", "2021", mod: "MID")),
    TimeCase("The report came out on Tuesday, March 5, 2019.", .init("Tuesday, March 5, 2019", "DATE", "2019-03-05")),
    TimeCase("November 22th 2005", .init("November 22th 2005", "DATE", "2005-11-22")),
  ]

  static let timesCases: [TimeCase] = [
    TimeCase("The meeting starts at 12:48 PM.", .init("12:48 PM", "TIME", "2024-11-10T12:48")),
    TimeCase(
      "Web DeskNovember 10, 2024 12:48 PMworld", .init("November 10, 2024 12:48 PM", "TIME", "2024-11-10T12:48")),
    TimeCase("Posted at 3/9/2005 11:16:00 PM by a reader", .init("3/9/2005 11:16:00 PM", "TIME", "2005-03-09T23:16")),
    TimeCase(
      "The polls close at 10 p.m. tonight.", .init("10 p.m.", "TIME", "2024-11-10T22:00"),
      .init("tonight", "TIME", "2024-11-10TNI")),
    TimeCase("She called this morning.", .init("this morning", "TIME", "2024-11-10TMO")),
    TimeCase("Fighting resumed on Friday evening.", .init("Friday evening", "TIME", "2024-11-08TEV")),
    TimeCase("The shops open at noon.", .init("noon", "TIME", "2024-11-10T12:00")),
  ]

  static let relativeDatesCases: [TimeCase] = [
    TimeCase("The minister resigned on Tuesday.", .init("Tuesday", "DATE", "2024-11-05")),
    TimeCase("The minister will resign on Tuesday.", .init("Tuesday", "DATE", "2024-11-12")),
    TimeCase("Exports fell last year.", .init("last year", "DATE", "2023")),
    TimeCase("He left two weeks ago.", .init("two weeks ago", "DATE", "2024-W43")),
    TimeCase(
      "On October 14th, the bill was submitted.", dct: "2024-10-15", .init("October 14th", "DATE", "2024-10-14")),
    TimeCase("Deal closing: December 20.", dct: "2025-01-05", .init("December 20", "DATE", "2024-12-20")),
    TimeCase("The deal closes December 20.", dct: "2025-01-05", .init("December 20", "DATE", "2025-12-20")),
    TimeCase("Parliament meets next month.", .init("next month", "DATE", "2024-12")),
    TimeCase("Inflation eased this week.", .init("this week", "DATE", "2024-W45")),
    TimeCase("The talks collapsed yesterday.", .init("yesterday", "DATE", "2024-11-09")),
    TimeCase(
      "We spoke today and will speak tomorrow.", .init("today", "DATE", "2024-11-10"),
      .init("tomorrow", "DATE", "2024-11-11")),
    TimeCase("Several years ago I wrote a paper.", .init("Several years ago", "DATE", "PAST_REF")),
    TimeCase("Santa came a few years ago.", .init("a few years ago", "DATE", "PAST_REF")),
    TimeCase("Three years ago the plant closed.", .init("Three years ago", "DATE", "2021")),
    TimeCase("Output grew earlier this year.", .init("earlier this year", "DATE", "2024")),
    TimeCase("Elections will be held in May.", .init("May", "DATE", "2025-05")),
    TimeCase("Elections were held in May.", .init("May", "DATE", "2024-05")),
    TimeCase("In the ’90s, music changed.", .init("the ’90s", "DATE", "199")),
    TimeCase("The summit ended last Friday.", .init("last Friday", "DATE", "2024-11-08")),
    TimeCase("Prices rose last summer.", .init("last summer", "DATE", "2024-SU")),
    TimeCase("The strike started in late June.", .init("late June", "DATE", "2024-06", mod: "END")),
  ]

  static let durationsCases: [TimeCase] = [
    TimeCase(
      "It was his first visit in over two decades.", .init("over two decades", "DURATION", "P20Y", mod: "MORE_THAN")),
    TimeCase("It came after months of talks.", .init("months", "DURATION", "PXM")),
    TimeCase("She worked there for about three years.", .init("about three years", "DURATION", "P3Y", mod: "APPROX")),
    TimeCase("The war lasted nearly a decade.", .init("nearly a decade", "DURATION", "P10Y", mod: "LESS_THAN")),
    TimeCase("The lease runs twenty-five years.", .init("twenty-five years", "DURATION", "P25Y")),
    TimeCase("The project took 18 months.", .init("18 months", "DURATION", "P18M")),
    TimeCase("He waited a year and a half.", .init("a year and a half", "DURATION", "P18M")),
    TimeCase("The flight takes half an hour.", .init("half an hour", "DURATION", "PT30M")),
    TimeCase("They signed a two-year deal.", .init("two-year", "DURATION", "P2Y")),
    TimeCase("The drug works within 24 hours.", .init("24 hours", "DURATION", "PT24H")),
    TimeCase("The talks lasted more than 10 days.", .init("more than 10 days", "DURATION", "P10D", mod: "MORE_THAN")),
    TimeCase("Prices doubled over the past two decades.", .init("the past two decades", "DURATION", "P20Y")),
    TimeCase("Crime fell in recent years.", .init("recent years", "DURATION", "PXY")),
    TimeCase("Rates will rise in the coming months.", .init("the coming months", "DURATION", "PXM")),
    TimeCase("He has lived here for years.", .init("years", "DURATION", "PXY")),
    TimeCase(
      "The system has been down for at least 48 hours.",
      .init("at least 48 hours", "DURATION", "PT48H", mod: "EQUAL_OR_MORE")),
    TimeCase("The decades-long dispute ended.", .init("decades-long", "DURATION", "PXDE")),
  ]

  static let setsCases: [TimeCase] = [
    TimeCase("The inspectors visit every week.", .init("every week", "SET", "P1W")),
    TimeCase("The board meets twice a year.", .init("twice a year", "SET", "P1Y")),
    TimeCase("The paper is published daily.", .init("daily", "SET", "P1D")),
    TimeCase("Bins are collected every other week.", .init("every other week", "SET", "P2W")),
    TimeCase("The club meets every Monday.", .init("every Monday", "SET", "XXXX-WXX-1")),
  ]

  static let vagueCases: [TimeCase] = [
    TimeCase("The market is volatile now.", .init("now", "DATE", "PRESENT_REF")),
    TimeCase("Prices rose recently.", .init("recently", "DATE", "PAST_REF")),
    TimeCase("Currently, I am writing a book.", .init("Currently", "DATE", "PRESENT_REF")),
    TimeCase("Mistakes were made in the past.", .init("the past", "DATE", "PAST_REF")),
    TimeCase("A deal is likely in the near future.", .init("the near future", "DATE", "FUTURE_REF")),
  ]

  static let rangesCases: [TimeCase] = [
    TimeCase(
      "The agreements from 1996 to 2000 expired.", .init("1996", "DATE", "1996"), .init("2000", "DATE", "2000")),
    TimeCase(
      "Treaty replaces agreements from 1996 and 2000.", .init("1996", "DATE", "1996"), .init("2000", "DATE", "2000")),
    TimeCase("He served 1996-2000 as mayor.", .init("1996", "DATE", "1996"), .init("2000", "DATE", "2000")),
    TimeCase(
      "I was on vacation from October 4th to October 19th.", .init("October 4th", "DATE", "2024-10-04"),
      .init("October 19th", "DATE", "2024-10-19")),
  ]

  static let notDatesCases: [TimeCase] = [
    TimeCase("This is based on Article 51 of the UN Charter."),
    TimeCase("Some 2,000 officers were deployed."),
    TimeCase("Nearly 2000 officers were deployed."),
    TimeCase("See Article 1996 of the code."),
    TimeCase("The price was $2000 last time."),
    TimeCase("You may leave now that it is over.", .init("now", "DATE", "PRESENT_REF")),
    TimeCase("Protesters march to the square in the second protest."),
    TimeCase("Call 713 853 2000 for help."),
    TimeCase("The rate rose 1996 % in a year.", .init("a year", "DURATION", "P1Y")),
    TimeCase("In 1500 cases the test failed."),
    TimeCase("The current capacity of the plant is limited."),
    TimeCase("The first time I saw it, the last step was hard."),
  ]

  static let withoutDCTCases: [TimeCase] = [
    TimeCase("On October 14th, the bill was submitted.", dct: nil, .init("October 14th", "DATE", "XXXX-10-14")),
    TimeCase("Exports fell last year.", dct: nil, .init("last year", "DATE", "XXXX")),
    TimeCase("The minister resigned on Tuesday.", dct: nil, .init("Tuesday", "DATE", "XXXX-WXX-2")),
    TimeCase("He left two weeks ago.", dct: nil, .init("two weeks ago", "DATE", "XXXX-WXX")),
    TimeCase("The meeting starts at 12:48 PM.", dct: nil, .init("12:48 PM", "TIME", "XXXX-XX-XXT12:48")),
    TimeCase("Talks began in June 2024.", dct: nil, .init("June 2024", "DATE", "2024-06")),
  ]

  @Test(arguments: absoluteDatesCases) func absoluteDates(_ test: TimeCase) { check(test) }
  @Test(arguments: timesCases) func times(_ test: TimeCase) { check(test) }
  @Test(arguments: relativeDatesCases) func relativeDates(_ test: TimeCase) { check(test) }
  @Test(arguments: durationsCases) func durations(_ test: TimeCase) { check(test) }
  @Test(arguments: setsCases) func sets(_ test: TimeCase) { check(test) }
  @Test(arguments: vagueCases) func vagueReferences(_ test: TimeCase) { check(test) }
  @Test(arguments: rangesCases) func ranges(_ test: TimeCase) { check(test) }
  @Test(arguments: notDatesCases) func numbersThatAreNotDates(_ test: TimeCase) { check(test) }
  @Test(arguments: withoutDCTCases) func withoutCreationTimeValuesKeepPlaceholders(_ test: TimeCase) { check(test) }

  @Test func setsCarryQuantifierAndFrequency() {
    let text = SourceText("They meet every week and twice a year.")
    let found = TimeTagger().suggestions(in: TaggingContext(documentID: "t", text: text, dct: nil))
    #expect(found.map { $0.attributes["quant"] } == ["EVERY", nil])
    #expect(found.map { $0.attributes["freq"] } == [nil, "2X"])
  }

  @Test func relativeValuesNameTheirAnchor() {
    let text = SourceText("He left last year, in 1996.")
    let found = TimeTagger().suggestions(in: TaggingContext(documentID: "t", text: text, dct: "2024-11-10"))
    #expect(found.map { $0.attributes["anchor"] } == ["dct", nil])
  }

  @Test func offsetsCountScalarsInNonASCIIText() {
    let sentence = "Über Nacht — am 10 November 2024 — änderte sich alles."
    let text = SourceText(sentence)
    let found = TimeTagger().suggestions(in: TaggingContext(documentID: "t", text: text, dct: nil))
    #expect(found.map { text.text(in: $0.range) } == ["10 November 2024"])
    #expect(found.first?.range == 16..<32)
  }

  func check(_ test: TimeCase) {
    let found = tagTimes(test.sentence, dct: test.dct)
    #expect(found == test.expected.map(\.description), "\(test.sentence)")
  }
}
