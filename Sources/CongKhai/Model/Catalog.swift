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

    public var inForce: [Procedure] { groups.flatMap(\.procedures) }
    public var isEmpty: Bool { all.isEmpty }

    public init(procedures: [Procedure], asOf: CivilDate) {
        all = procedures.sorted { $0.code < $1.code }
        var inForceByField: [String: [Procedure]] = [:]
        var upcoming: [(CivilDate, Procedure)] = []
        var withdrawn = 0
        for procedure in all {
            switch procedure.availability(on: asOf) {
            case .inForce: inForceByField[procedure.field, default: []].append(procedure)
            case .upcoming(let from): upcoming.append((from, procedure))
            case .withdrawn: withdrawn += 1
            }
        }
        groups = inForceByField.keys.sortedVietnamese(by: { $0 }).map { field in
            FieldGroup(field: field, procedures: inForceByField[field]!.sortedVietnamese(by: \.name))
        }
        self.upcoming = upcoming.sorted { ($0.0, $0.1.code) < ($1.0, $1.1.code) }.map(\.1)
        withdrawnCount = withdrawn
    }
}
