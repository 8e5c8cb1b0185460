/// The days off and make-up working days of one year for civil servants.
public struct HolidaySchedule: Sendable {
    public struct Day: Sendable, Equatable {
        public let date: CivilDate
        public let name: String
        /// Legal basis or announcement, e.g. "Thông báo 6150/TB-BLĐTBXH".
        public let basis: String?
    }

    public enum Origin: Sendable, Equatable {
        /// From the Government's announcement (shipped defaults or data/ngay-nghi.yaml).
        case announced
        /// Derived by CongKhai from the Labour Code because no schedule was announced yet.
        case derived
    }

    public let year: Int
    public let daysOff: [Day]
    /// Saturdays declared working days to make up for a bridge day off.
    public let makeUpDays: [Day]
    public let origin: Origin
}
