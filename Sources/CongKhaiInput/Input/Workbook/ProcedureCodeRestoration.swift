/// Procedure codes are "1.001234"-style text, but a webmaster who typed 2.000850 into a
/// General cell got the number 2.00085: Excel dropped the trailing zero. The six digits after
/// the dot can be restored exactly, since every code has six.
enum ProcedureCodeRestoration {
    enum Outcome: Equatable {
        case restored(String)
        case impossible
    }

    static func restore(_ number: Double) -> Outcome {
        // Codes of the national database begin with any digit (1.001193, 2.000815, 6.006597).
        guard number.isFinite, number >= 1, number < 10 else { return .impossible }
        let millionths = (number * 1_000_000).rounded()
        // More than six decimals means this was never a code.
        guard abs(number * 1_000_000 - millionths) < 1e-3 else { return .impossible }
        let whole = Int(millionths) / 1_000_000
        let fraction = Int(millionths) % 1_000_000
        let digits = String(fraction)
        return .restored("\(whole).\(String(repeating: "0", count: 6 - digits.count))\(digits)")
    }
}
