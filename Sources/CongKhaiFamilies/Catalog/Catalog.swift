import CongKhaiCore

/// The procedure catalog as published on the as-of date.
public struct Catalog: Sendable {
    public struct FieldGroup: Sendable {
        public let field: String
        public let procedures: [Procedure]
    }

    /// Every procedure read, abolished ones included, by code.
    public let all: [Procedure]
    /// In force, grouped by lĩnh vực in Vietnamese alphabetical order, procedures by name.
    public let groups: [FieldGroup]
    /// Announced but not yet effective, by start date then code.
    public let upcoming: [Procedure]
    public let withdrawnCount: Int

    public static let empty = Catalog(procedures: [], asOf: CivilDate(dayNumber: 0))

    /// Exports spell one field several ways ("Đất đai", "ĐẤT ĐAI"). They form one group,
    /// shown by its most frequent spelling that is not all capitals, or else in sentence case.
    static func displayName(of spellings: [String]) -> String {
        var counts: [String: Int] = [:]
        for spelling in spellings { counts[spelling, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        if let mixed = ranked.first(where: { $0 != $0.uppercased() }) { return mixed }
        let lower = (ranked.first ?? "").lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// In force, in the groups' order. Kept, not recomputed: pages and jobs ask for it often,
    /// and each time would copy every procedure.
    public let inForce: [Procedure]
    public var isEmpty: Bool { all.isEmpty }

    public init(procedures: [Procedure], asOf: CivilDate) {
        // Positions are sorted, not the procedures: moving large values while sorting cost
        // more than comparing codes. The sort is the same one, so ties keep their order.
        all = procedures.indices.sorted { procedures[$0].code < procedures[$1].code }.map { procedures[$0] }
        var inForceByField: [String: [Procedure]] = [:]  // by folded field name
        var upcoming: [(CivilDate, Procedure)] = []
        var withdrawn = 0
        for procedure in all {
            switch procedure.availability(on: asOf) {
            case .inForce: inForceByField[VietnameseFolding.key(procedure.field), default: []].append(procedure)
            case .upcoming(let from): upcoming.append((from, procedure))
            case .withdrawn: withdrawn += 1
            }
        }
        groups = inForceByField.values
            .map { FieldGroup(field: Self.displayName(of: $0.map(\.field)), procedures: $0.sortedVietnamese(by: \.name)) }
            .sortedVietnamese(by: \.field)
        inForce = groups.flatMap(\.procedures)
        self.upcoming = upcoming.sorted { ($0.0, $0.1.code) < ($1.0, $1.1.code) }.map(\.1)
        withdrawnCount = withdrawn
    }
}
