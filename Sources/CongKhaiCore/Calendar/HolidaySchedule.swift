/// The days off and make-up working days of one year for civil servants.
public struct HolidaySchedule: Sendable {
    public struct Day: Sendable, Equatable {
        public let date: CivilDate
        public let name: String
        /// The notice that declared the day, e.g. "Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024".
        public let basis: String?
        /// Where the notice was read (a gazette page, a news report), so a reader can check it.
        public let source: String?
        /// False when the day is only reported by secondary sources: pages and `check` say so.
        public let verified: Bool

        public init(date: CivilDate, name: String, basis: String?, source: String? = nil, verified: Bool = true) {
            self.date = date
            self.name = name
            self.basis = basis
            self.source = source
            self.verified = verified
        }
    }

    public enum Origin: Sendable, Equatable {
        /// From the Government's announcement (shipped defaults or data/ngay-nghi.yaml).
        case announced
        /// Derived by CongKhai from the Labour Code because no schedule was announced yet.
        case derived
    }

    public let year: Int
    public let daysOff: [Day]
    /// Weekend days declared working days to make up for a bridge day off (ngày làm bù).
    public let makeUpDays: [Day]
    public let origin: Origin

    package init(year: Int, daysOff: [Day], makeUpDays: [Day], origin: Origin) {
        self.year = year
        self.daysOff = daysOff
        self.makeUpDays = makeUpDays
        self.origin = origin
    }

    /// Days whose declaration was not checked against the notice itself.
    public var unverified: [Day] { (daysOff + makeUpDays).filter { !$0.verified } }
}
