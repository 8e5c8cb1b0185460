/// A year's round of "model one-stop desk" assessment as the province runs it, read from
/// `data/xet-cong-nhan/<year>/`: the units, the timeline, each unit's progress, the appraising
/// bodies' "no unit qualifies" reports, the criterion 6.2 appendix and the on-time figures.
/// Score sheets (`data/cham-diem/<year>/`) and the recognition decision (`data/cong-nhan/<year>.yaml`)
/// are read where commune sites read them too.
public struct ProvinceRound: Sendable {
    public let year: Int
    /// "data/xet-cong-nhan/2024/".
    public let folder: String
    public let info: RoundInfo
    public let units: [RoundUnit]
    public let deadlines: [RoundDeadline]
    public let progress: [UnitProgress]
    public let noQualifyingReports: [NoQualifyingUnitReport]
    public let reuseAppendix: ReuseAppendix?
    public let onTimeFigures: [RateFigure]

    private let unitIndex: [String: Int]
    private let progressIndex: [String: Int]

    public init(year: Int, folder: String, info: RoundInfo, units: [RoundUnit], deadlines: [RoundDeadline],
                progress: [UnitProgress], noQualifyingReports: [NoQualifyingUnitReport], reuseAppendix: ReuseAppendix?,
                onTimeFigures: [RateFigure]) {
        self.year = year
        self.folder = folder
        self.info = info
        self.units = units
        self.deadlines = deadlines
        self.progress = progress
        self.noQualifyingReports = noQualifyingReports
        self.reuseAppendix = reuseAppendix
        self.onTimeFigures = onTimeFigures
        var unitIndex: [String: Int] = [:]
        for (index, unit) in units.enumerated() where unitIndex[unit.key] == nil { unitIndex[unit.key] = index }
        self.unitIndex = unitIndex
        var progressIndex: [String: Int] = [:]
        for (index, row) in progress.enumerated() where progressIndex[row.key] == nil { progressIndex[row.key] = index }
        self.progressIndex = progressIndex
    }

    public func unit(named name: String) -> RoundUnit? { unitIndex[RoundUnit.key(name)].map { units[$0] } }
    public func progress(of unit: RoundUnit) -> UnitProgress? { progressIndex[unit.key].map { progress[$0] } }
    public func deadline(for step: RoundStep) -> RoundDeadline? { deadlines.first { $0.step == step } }

    /// The body that appraises a unit: the progress row's, else the units table's.
    public func appraisingBody(of unit: RoundUnit) -> String? {
        progress(of: unit)?.appraisal?.body ?? unit.appraisingBody
    }

    /// The units a body appraises (names compared as unit names are).
    public func units(appraisedBy body: String) -> [RoundUnit] {
        let key = RoundUnit.key(body)
        return units.filter { unit in appraisingBody(of: unit).map { RoundUnit.key($0) } == key }
    }
}
