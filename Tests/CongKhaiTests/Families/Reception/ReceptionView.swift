@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import Templates
import CongKhaiTestSupport

/// The `lich-tiep-cong-dan` layout: the sessions to come, then the past ones, newest first.
struct ReceptionView: TemplateView {
    struct Session: TemplateView {
        let date: DateView
        let weekday: String
        let time: String
        let host: String
        let place: String
        let note: String?

        static let templateFields: TemplateFields<Self> = [
            .field("date", \.date),
            .field("weekday", \.weekday),
            .field("time", \.time),
            .field("host", \.host),
            .field("place", \.place),
            .field("note", \.note),
        ]
    }

    let upcoming: [Session]
    let past: [Session]
    let hasPast: Bool

    init(_ schedule: ReceptionSchedule, asOf: CivilDate) {
        func view(_ session: ReceptionSchedule.Session) -> Session {
            // "Thứ Tư" at the start of the cell.
            let weekday = session.date.vietnameseWeekday.prefix(1).uppercased() + session.date.vietnameseWeekday.dropFirst()
            return Session(date: DateView(session.date), weekday: weekday, time: session.time,
                    host: session.host, place: session.place, note: session.note)
        }
        upcoming = schedule.upcoming(asOf: asOf).map(view)
        past = schedule.sessions.filter { $0.date < asOf }.reversed().map(view)
        hasPast = !past.isEmpty
    }

    static let templateFields: TemplateFields<Self> = [
        .field("upcoming", \.upcoming),
        .field("past", \.past),
        .field("has_past", \.hasPast),
    ]
}
