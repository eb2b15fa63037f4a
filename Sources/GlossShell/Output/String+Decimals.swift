extension String {
  /// Hundredths in a unit.
  private static let hundredths = 100.0

  /// `value` rounded to two decimals and always written with both, e.g.
  /// `0.07` and `12.50`: the one spelling of seconds, percentages and sizes
  /// in reports, so columns of them line up.
  package init(format2 value: Double) {
    let scaled = Int((value * Self.hundredths).rounded())
    let whole = scaled / Int(Self.hundredths)
    let fraction = abs(scaled % Int(Self.hundredths))
    self = "\(value < 0 && whole == 0 ? "-" : "")\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// `value` rounded to `places` decimals and written as Swift writes a
  /// `Double`, so trailing zeros go (`0.4`, `3.0`, `0.002`).
  package init(rounding value: Double, places: Int) {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    self = String((value * scale).rounded() / scale)
  }
}
