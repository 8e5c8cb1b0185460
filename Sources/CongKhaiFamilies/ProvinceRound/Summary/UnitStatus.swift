/// One unit of the round as its public page and the round's tables show it: how far it went,
/// each act against its deadline, its recognition and what the records say against it, its
/// totals (computed and stated), and its contents checked against the province's figures.
public struct UnitStatus: Sendable {
    public let unit: RoundUnit
    public let appraisingBody: String?
    public let stage: UnitStage
    /// The sheet read for the unit ("data/cham-diem/2024/huong-tra.xlsx"), if any.
    public let sheetFile: String?
    public let submission: ActTiming?
    public let appraisal: ActTiming?
    public let appraisalOutcome: RoundOutcome?
    public let verification: ActTiming?
    public let verificationOutcome: RoundOutcome?
    public let recognition: RecognitionStatus?
    public let threshold: ThresholdStatus?
    public let totals: [LevelTotal]
    public let reuseAppendix: ContentComparison?
    public let satisfaction: ContentComparison?
    public let onTime: ContentComparison?

    /// Any of its acts after its deadline.
    public var isLate: Bool { [submission, appraisal, verification].contains { $0?.isLate == true } }
}
