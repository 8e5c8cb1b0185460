import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Templates

/// The dossier register classified on the as-of date, and its on-time rates.
public struct DossierRegister: Sendable {
    public struct Entry: Sendable {
        public let dossier: Dossier
        public let outcome: Dossier.Outcome
        public let procedureName: String?
    }

    /// Counts of finished dossiers for one period. The on-time rate is
    /// (trước hạn + đúng hạn) / all finished, as the reports define it.
    public struct Tally: Sendable, Equatable {
        public var early = 0
        public var onTime = 0
        public var late = 0

        public var finished: Int { early + onTime + late }
        public var inTime: Int { early + onTime }
        public var rate: Double? { finished == 0 ? nil : Double(inTime) / Double(finished) }

        mutating func add(_ outcome: Dossier.Outcome) {
            switch outcome {
            case .early: early += 1
            case .onTime: onTime += 1
            case .late(_, open: false): late += 1
            default: break
            }
        }
    }

    public let entries: [Entry]
    /// Finished dossiers by the month they were returned, "2025-01" → tally. Empty unless the
    /// register holds every dossier (`isComplete`): late dossiers alone give no rate.
    public let byMonth: [(month: String, tally: Tally)]
    public let byYear: [(year: Int, tally: Tally)]
    /// The register is an export of all dossiers (`data/ho-so.*`), not only of late ones
    /// (`data/ho-so-tre-han.*`): only then are on-time rates computed from it.
    public let isComplete: Bool
    /// The file it came from, "data/ho-so.xlsx", for the pages' "Nguồn".
    public let sourceFile: String?

    public static let empty = DossierRegister(entries: [])

    /// Late dossiers (finished late or open past due), newest received first.
    public var late: [Entry] {
        entries.filter { if case .late = $0.outcome { return true } else { return false } }
            .sorted { ($0.dossier.received.date, $0.dossier.code) > ($1.dossier.received.date, $1.dossier.code) }
    }

    public init(entries: [Entry], isComplete: Bool = true, sourceFile: String? = nil) {
        self.entries = entries
        self.isComplete = isComplete
        self.sourceFile = sourceFile
        guard isComplete else {
            byMonth = []
            byYear = []
            return
        }
        var months: [String: Tally] = [:]
        var years: [Int: Tally] = [:]
        for entry in entries where entry.outcome.isFinished {
            guard let returned = entry.dossier.finished else { continue }
            months["\(returned.year)-\(pad(returned.month, 2))", default: Tally()].add(entry.outcome)
            years[returned.year, default: Tally()].add(entry.outcome)
        }
        byMonth = months.keys.sorted().map { ($0, months[$0]!) }
        byYear = years.keys.sorted().map { ($0, years[$0]!) }
    }
}
