import CongKhaiCore

/// Whether the day a deadline names is itself still on time. Seed 000 writes "trước ngày
/// 31/3/2025": read literally the last day is 30/3; administrative usage often means "by
/// 31/3". Which reading the province applied is not known (research note §2), so the round
/// states it, and CongKhai never picks one: an act on the day itself is then undetermined.
public enum DeadlineReading: String, Sendable, Equatable {
    /// "trước ngày X": X is already late.
    case dayExcluded
    /// "đến hết ngày X", "chậm nhất ngày X": X is still on time.
    case dayIncluded
    /// The round does not say.
    case unstated

    /// How an act on `date` stands against a deadline on `deadline` read this way.
    public func timeliness(of date: CivilDate, deadline: CivilDate) -> Timeliness {
        if date < deadline { return .onTime }
        if date > deadline { return .late(days: date.dayNumber - deadline.dayNumber) }
        switch self {
        case .dayExcluded: return .late(days: 0)
        case .dayIncluded: return .onTime
        case .unstated: return .undetermined
        }
    }

    /// The last day on which an act is surely on time, whichever reading applies.
    public func lastDaySurelyOnTime(_ deadline: CivilDate) -> CivilDate {
        self == .dayIncluded ? deadline : deadline.adding(days: -1)
    }

    /// The last day on which an act may still be on time under some reading the round allows.
    public func lastDayPossiblyOnTime(_ deadline: CivilDate) -> CivilDate {
        self == .dayExcluded ? deadline.adding(days: -1) : deadline
    }
}

/// An act against its deadline.
public enum Timeliness: Sendable, Equatable {
    case onTime
    /// After the deadline: days after the day it names (0 when that day was already late).
    case late(days: Int)
    /// On the deadline's day, while the round does not say whether that day counts.
    case undetermined
}
