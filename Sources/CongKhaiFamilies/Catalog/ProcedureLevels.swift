/// "Cấp thực hiện": the levels of government that carry a procedure out, as the national
/// database lists them ("Cấp tỉnh, Cấp xã"), and the commune's part in it.
///
/// A commune's catalog holds its own procedures, procedures that exist at several levels and
/// that the commune resolves too (a copy of a birth certificate: "Cấp Tỉnh, Cấp Xã"), and
/// procedures of other levels that its desk only receives. Reading "tỉnh" anywhere as "received
/// for the province" published the commune's own procedures as the province's.
public struct ProcedureLevels: Sendable, Equatable {
    /// The levels the national database uses (Cấp huyện until 30/06/2025).
    public enum Level: String, Sendable, CaseIterable {
        case ministry = "Cấp bộ"
        case province = "Cấp tỉnh"
        case district = "Cấp huyện"
        case commune = "Cấp xã"
        case vertical = "Cơ quan ngành dọc"
        case other = "Cơ quan khác"
    }

    /// As written, in order, each once; empty when the cell was empty (the commune's own).
    public let levels: [Level]
    /// "… tiếp nhận tại xã": the commune's desk receives the dossier for another level.
    public let receivedAtCommune: Bool

    public init(_ levels: [Level], receivedAtCommune: Bool = false) {
        var seen: [Level] = []
        for level in levels where !seen.contains(level) { seen.append(level) }
        self.levels = seen
        self.receivedAtCommune = receivedAtCommune
    }

    /// A catalog row without a level: the commune's own procedure.
    public static let communeOwn = ProcedureLevels([])

    /// Whether the commune itself resolves the procedure.
    public var communeResolves: Bool { levels.isEmpty || (levels.contains(.commune) && !receivedAtCommune) }

    /// "Cấp tỉnh, Cấp xã" as the database lists it; "Cấp xã" for a row that gave none.
    public var label: String {
        levels.isEmpty ? Level.commune.rawValue : levels.map(\.rawValue).joined(separator: ", ")
    }

    /// What the commune does with the procedure, in words for a citizen.
    public var communeRole: String {
        if communeResolves { return "Ủy ban nhân dân xã giải quyết" }
        let others = levels.filter { $0 != .commune }.map { Self.lowercased($0) }.joined(separator: ", ")
        if receivedAtCommune { return "Xã tiếp nhận hồ sơ, \(others.isEmpty ? "cấp trên" : others) giải quyết" }
        return "Xã không giải quyết; cơ quan giải quyết: \(others)"
    }

    /// The short label shown beside a procedure in lists when the commune does not resolve it.
    public var listLabel: String? {
        if communeResolves { return nil }
        return receivedAtCommune ? "\(label) (tiếp nhận tại xã)" : label
    }

    private static func lowercased(_ level: Level) -> String {
        switch level {
        case .ministry: "cấp Bộ"
        case .province: "cấp tỉnh"
        case .district: "cấp huyện"
        case .commune: "cấp xã"
        case .vertical: "cơ quan ngành dọc"
        case .other: "cơ quan khác"
        }
    }
}

/// Where a dossier may be filed besides the commune's own desk.
public enum FilingScope: String, Sendable, Equatable {
    /// Any public administrative service centre of the province ("phi địa giới").
    case anywhereInProvince
    /// The province's centre.
    case provinceCentre

    /// The sentence the procedure's page carries.
    public var sentence: String {
        switch self {
        case .anywhereInProvince:
            "Thủ tục không phụ thuộc địa giới hành chính: có thể nộp hồ sơ tại bất kỳ Trung tâm Phục vụ hành chính công nào trong tỉnh, không chỉ ở xã nơi cư trú."
        case .provinceCentre:
            "Hồ sơ nộp tại Trung tâm Phục vụ hành chính công của tỉnh."
        }
    }
}
