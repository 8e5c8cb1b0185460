import CongKhaiCore

/// What an appraisal or a verification concluded.
public enum RoundOutcome: String, Sendable, Equatable {
    /// "Đạt": the unit meets the criteria; its dossier goes on (seed 000: the appraising body
    /// sends the province only the dossiers of units that qualify).
    case qualifies
    /// "Không đạt".
    case fails

    public var label: String { self == .qualifies ? "Đạt" : "Không đạt" }

    public init?(cell text: String) {
        switch VietnameseFolding.key(text, separator: " ") {
        case "dat", "dat tieu chi", "du dieu kien", "qualifies", "co": self = .qualifies
        case "khong dat", "khong dat tieu chi", "khong du dieu kien", "fails", "khong": self = .fails
        default: return nil
        }
    }
}
