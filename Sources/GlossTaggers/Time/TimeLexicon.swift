/// The words the time grammar knows, looked up straight from a token's
/// UTF-8 bytes without making a string.
///
/// A word of up to 16 ASCII bytes is folded to lowercase (periods dropped,
/// so `Dec.`, `p.m.` and `a.m` find `dec`, `pm`, `am`) and packed into two
/// 64-bit integers, which index an open-addressing table built once.
package enum TimeLexicon {
  /// The packed form of a word.
  package struct Key: Hashable, Sendable {
    var low: UInt64
    var high: UInt64
  }

  /// The longest word the table holds, in bytes.
  package static let maximumLength = 16

  /// Looks up the bytes `bytes[range]`; `.none` for words it does not know.
  @inline(__always)
  package static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TimeWord {
    guard let key = pack(bytes, range) else { return .none }
    return table.lookup(key)
  }

  /// Packs a word, or `nil` when it is too long or holds other than letters,
  /// periods and apostrophes.
  @inline(__always)
  package static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key? {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count = 0
    for index in range {
      var byte = bytes[index]
      if byte == UInt8(ascii: ".") { continue }
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
        byte |= 0x20
      } else if !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) && byte != UInt8(ascii: "'") {
        return nil
      }
      guard count < maximumLength else { return nil }
      if count < 8 {
        low |= UInt64(byte) << (UInt64(count) * 8)
      } else {
        high |= UInt64(byte) << (UInt64(count - 8) * 8)
      }
      count += 1
    }
    return count == 0 ? nil : Key(low: low, high: high)
  }

  /// Packs a string the same way (for building the table and for tests).
  package static func pack(_ word: String) -> Key? {
    let bytes = Array(word.utf8)
    return bytes.withUnsafeBufferPointer { pack($0, 0..<bytes.count) }
  }

  /// Looks up a string (for tests).
  package static func lookup(_ word: String) -> TimeWord {
    guard let key = pack(word) else { return .none }
    return table.lookup(key)
  }

  /// The open-addressing table.
  struct Table: Sendable {
    var keys: [Key]
    var words: [TimeWord]
    let mask: Int

    init(_ entries: [(String, TimeWord)]) {
      let capacity = 2048
      mask = capacity - 1
      keys = Array(repeating: Key(low: 0, high: 0), count: capacity)
      words = Array(repeating: .none, count: capacity)
      for (word, entry) in entries {
        guard let key = TimeLexicon.pack(word) else { preconditionFailure("bad lexicon word \(word)") }
        var slot = Table.hash(key) & mask
        while keys[slot].low != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        words[slot] = entry
      }
    }

    @inline(__always)
    static func hash(_ key: Key) -> Int {
      let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
      return Int(truncatingIfNeeded: mixed >> 40)
    }

    @inline(__always)
    func lookup(_ key: Key) -> TimeWord {
      var slot = Table.hash(key) & mask
      while true {
        let candidate = keys[slot]
        if candidate == key { return words[slot] }
        if candidate.low == 0 { return .none }
        slot = (slot + 1) & mask
      }
    }
  }

  static let table = Table(entries)

  /// Every word and what it is.
  static let entries: [(String, TimeWord)] = {
    var list: [(String, TimeWord)] = []
    func add(_ words: [String], _ word: TimeWord) { for w in words { list.append((w, word)) } }
    let months = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ]
    for (index, name) in months.enumerated() { add([name], TimeWord(.month, Int16(index + 1))) }
    let monthAbbreviations: [(String, Int16)] = [
      ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
      ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    for (name, value) in monthAbbreviations { add([name], TimeWord(.month, value, abbreviation: true)) }
    let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for (index, name) in weekdays.enumerated() { add([name], TimeWord(.weekday, Int16(index + 1))) }
    let weekdayAbbreviations: [(String, Int16)] = [
      ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5),
      ("sat", 6), ("sun", 7),
    ]
    for (name, value) in weekdayAbbreviations { add([name], TimeWord(.weekday, value, abbreviation: true)) }
    let cardinals = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    for (index, name) in cardinals.enumerated() { add([name], TimeWord(.cardinal, Int16(index + 1))) }
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for (index, name) in tens.enumerated() { add([name], TimeWord(.cardinal, Int16((index + 2) * 10))) }
    add(["dozen"], TimeWord(.cardinal, 12))
    add(["hundred"], TimeWord(.cardinal, 100))
    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
      "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
      "nineteenth", "twentieth",
    ]
    for (index, name) in ordinals.enumerated() { add([name], TimeWord(.ordinal, Int16(index + 1))) }
    add(["thirtieth"], TimeWord(.ordinal, 30))
    let units: [([String], TimeUnit)] = [
      (["second", "sec", "secs"], .second), (["minute", "min", "mins"], .minute), (["hour", "hr", "hrs"], .hour),
      (["day"], .day), (["week", "wk"], .week), (["month", "mo"], .month), (["year", "yr"], .year),
      (["decade"], .decade), (["century"], .century),
    ]
    for (names, unit) in units {
      for name in names where name != "second" && name != "mo" {
        add([name], TimeWord(.unit, Int16(unit.rawValue)))
      }
    }
    // "second" is an ordinal first; the grammar reads it as a unit after a number.
    let plurals: [(String, TimeUnit)] = [
      ("seconds", .second), ("minutes", .minute), ("hours", .hour), ("days", .day), ("weeks", .week),
      ("months", .month), ("years", .year), ("yrs", .year), ("decades", .decade), ("centuries", .century),
    ]
    for (name, unit) in plurals { add([name], TimeWord(.unit, Int16(unit.rawValue), plural: true)) }
    add(["now", "currently", "nowadays", "presently"], TimeWord(.vague, VagueReference.present.rawValue))
    add(["recently", "lately"], TimeWord(.vague, VagueReference.past.rawValue))
    add(["future"], TimeWord(.vague, VagueReference.future.rawValue))
    add(["present"], TimeWord(.vague, -VagueReference.present.rawValue))  // only after "the" or "at"
    add(["yesterday"], TimeWord(.dayReference, 0))
    add(["today"], TimeWord(.dayReference, 1))
    add(["tomorrow"], TimeWord(.dayReference, 2))
    add(["tonight"], TimeWord(.dayReference, 3))
    add(["last", "previous"], TimeWord(.relative, RelativeWord.last.rawValue))
    add(["next", "coming", "following"], TimeWord(.relative, RelativeWord.next.rawValue))
    add(["this", "current"], TimeWord(.relative, RelativeWord.this.rawValue))
    add(["past"], TimeWord(.relative, RelativeWord.past.rawValue))
    add(["earlier"], TimeWord(.relative, RelativeWord.earlier.rawValue))
    add(["later"], TimeWord(.relative, RelativeWord.later.rawValue))
    add(["ago"], TimeWord(.ago))
    add(["several", "few", "many", "multiple"], TimeWord(.indefinite))
    add(["some"], TimeWord(.indefinite, 1))
    add(["over"], TimeWord(.modifier, TimexModifier.moreThan.rawValue))
    add(["nearly", "almost", "under"], TimeWord(.modifier, TimexModifier.lessThan.rawValue))
    add(["about", "around", "approximately", "roughly", "circa", "approx", "ca"], TimeWord(.modifier, TimexModifier.approx.rawValue))
    add(["early"], TimeWord(.edge, TimexModifier.start.rawValue))
    // Nouns that need "of" (the end of) count 100 more than the adjectives.
    add(["beginning", "start"], TimeWord(.edge, TimexModifier.start.rawValue + 100))
    add(["mid"], TimeWord(.edge, TimexModifier.mid.rawValue))
    add(["middle"], TimeWord(.edge, TimexModifier.mid.rawValue + 100))
    add(["late"], TimeWord(.edge, TimexModifier.end.rawValue))
    add(["end"], TimeWord(.edge, TimexModifier.end.rawValue + 100))
    add(["every"], TimeWord(.quantifier, 1))
    add(["each"], TimeWord(.quantifier, 2))
    add(["hourly"], TimeWord(.frequency, Int16(TimeUnit.hour.rawValue)))
    add(["daily", "nightly"], TimeWord(.frequency, Int16(TimeUnit.day.rawValue)))
    add(["weekly"], TimeWord(.frequency, Int16(TimeUnit.week.rawValue)))
    add(["monthly"], TimeWord(.frequency, Int16(TimeUnit.month.rawValue)))
    add(["yearly", "annually", "annual"], TimeWord(.frequency, Int16(TimeUnit.year.rawValue)))
    add(["once"], TimeWord(.times, 1))
    add(["twice"], TimeWord(.times, 2))
    add(["thrice"], TimeWord(.times, 3))
    add(["times"], TimeWord(.times, 0))
    add(["spring"], TimeWord(.season, 1))
    add(["summer"], TimeWord(.season, 2))
    add(["autumn", "fall"], TimeWord(.season, 3))
    add(["winter"], TimeWord(.season, 4))
    add(["morning"], TimeWord(.partOfDay, 1))
    add(["afternoon"], TimeWord(.partOfDay, 2))
    add(["evening"], TimeWord(.partOfDay, 3))
    add(["night"], TimeWord(.partOfDay, 4))
    add(["am"], TimeWord(.meridiem, 0))
    add(["pm"], TimeWord(.meridiem, 12))
    add(["noon", "midday"], TimeWord(.clockWord, 12))
    add(["midnight"], TimeWord(.clockWord, 0))
    add(["the"], TimeWord(.determiner, 0))
    add(["a", "an"], TimeWord(.determiner, 1))
    add(["these", "those", "its", "his", "her", "their", "our", "my", "your"], TimeWord(.determiner, 2))
    let joiners: [(String, Joiner)] = [
      ("of", .of), ("and", .and), ("than", .than), ("to", .to), ("at", .at), ("least", .least), ("more", .more),
      ("less", .less), ("fewer", .less), ("up", .up), ("just", .just), ("per", .per), ("other", .other),
      ("half", .half), ("couple", .couple), ("recent", .recent), ("o'clock", .oclock), ("close", .close),
      ("longer", .longer), ("most", .most), ("no", .no), ("same", .same), ("in", .in_), ("since", .since),
      ("by", .by), ("until", .until), ("till", .until), ("before", .before), ("after", .after),
      ("during", .during), ("between", .between), ("from", .from), ("on", .on), ("will", .will),
      ("'ll", .will), ("shall", .will), ("near", .near), ("through", .to), ("throughout", .during),
    ]
    for (name, joiner) in joiners { add([name], TimeWord(.joiner, joiner.rawValue)) }
    add(
      ["sixties", "seventies", "eighties", "nineties"],
      TimeWord(.decadeWord, 0))
    list = list.map { entry in
      switch entry.0 {
      case "sixties": (entry.0, TimeWord(.decadeWord, 6))
      case "seventies": (entry.0, TimeWord(.decadeWord, 7))
      case "eighties": (entry.0, TimeWord(.decadeWord, 8))
      case "nineties": (entry.0, TimeWord(.decadeWord, 9))
      default: entry
      }
    }
    add(
      [
        "article", "articles", "art", "section", "sections", "sec", "chapter", "chapters", "ch", "paragraph",
        "para", "page", "pages", "pp", "p", "number", "nos", "room", "flight", "route", "resolution", "rule",
        "model", "version", "vol", "volume", "item", "part", "clause", "figure", "fig", "table", "highway",
        "street", "avenue", "ave", "bus", "line", "code", "unit", "suite", "box", "apt", "bill", "order",
        "decree", "law", "act", "hr", "s", "id", "ref", "case", "docket", "amendment", "windows", "office",
        "exhibit", "appendix", "annex", "protocol", "level", "grade", "size", "channel", "interstate", "i",
        "us", "no's", "step", "option", "phase", "account", "ticket", "invoice", "ext", "tel", "fax",
      ], TimeWord(.yearBlocker))
    add(
      [
        "people", "persons", "men", "women", "children", "officers", "troops", "soldiers", "workers", "members",
        "employees", "students", "residents", "units", "copies", "votes", "cases", "deaths", "dead", "km",
        "kilometers", "kilometres", "miles", "meters", "metres", "feet", "ft", "kg", "kilograms", "tons",
        "tonnes", "pounds", "lbs", "dollars", "euros", "yen", "rubles", "roubles", "won", "barrels", "acres",
        "hectares", "calories", "words", "pieces", "points", "rounds", "shares", "jobs", "homes", "houses",
        "cars", "vehicles", "items", "users", "customers", "visitors", "pages", "others", "times", "percent",
        "per", "mph", "rpm", "watts", "volts", "bytes", "mb", "gb", "kb", "x", "sq",
      ], TimeWord(.countNoun))
    add(["weekend", "weekends"], TimeWord(.weekend))
    add(["quarter"], TimeWord(.quarter))
    // Later entries win for a repeated word ("sec", "hr", "per", "times", "pages"); keep the first.
    var seen: Set<String> = []
    return list.filter { seen.insert($0.0).inserted }
  }()
}
