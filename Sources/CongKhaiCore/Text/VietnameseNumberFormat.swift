/// Numbers the Vietnamese way: "." groups thousands, "," is the decimal mark (1.234,5; 97,5%).
public enum VietnameseNumberFormat {
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// Rounded half away from zero to `digits` decimals; trailing zeros kept ("97,0").
    public static func decimal(_ value: Double, digits: Int = 1) -> String {
        // Integer conversion traps beyond Int's range; such values only come from broken input.
        guard value.isFinite, value.magnitude < 1e15 else { return outOfRange(value) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled / scale)
        let fraction = Int(scaled) - whole * Int(scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + integer(whole) }
        let fractionText = String(fraction)
        return sign + integer(whole) + "," + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }

    /// A whole number without decimals, anything else with one: "94", "2,5".
    public static func number(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 1e15 else { return outOfRange(value) }
        return value == value.rounded() ? integer(Int(value)) : decimal(value, digits: 1)
    }

    private static func outOfRange(_ value: Double) -> String {
        value.isNaN ? "–" : value < 0 ? "-∞" : "∞"
    }

    /// `part / whole` as a percentage, "97,5%"; nil when `whole` is 0 (nothing to rate).
    public static func percent(_ part: Int, of whole: Int, digits: Int = 1) -> String? {
        guard whole > 0 else { return nil }
        return decimal(Double(part) * 100 / Double(whole), digits: digits) + "%"
    }
}
