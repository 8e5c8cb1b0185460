import CongKhaiCore

/// The province's decision recognizing model one-stop desks for a year.
public struct RecognitionList: Sendable {
    public struct Unit: Sendable {
        public let name: String
        public let score: Double?
        /// Where the unit is listed, for diagnostics.
        public var location: SourceLocation? = nil
    }

    public let year: Int
    public let decision: String
    public let date: CivilDate?
    public let signer: String?
    public let basis: String?
    public let units: [Unit]

    public func recognizes(_ unit: String) -> Bool {
        units.contains { VietnameseFolding.key($0.name) == VietnameseFolding.key(unit) }
    }
}
