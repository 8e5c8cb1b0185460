import CongKhaiCore
import CongKhaiInput

/// Something a family reads from the content folder, declared with the family. The loader reads
/// every data file once, before the families, and treats each as its family declares: the
/// columns that find a table's header, whether templates see it as `data`, whether it holds
/// citizens' records, and which ring of incremental keys it reaches.
package struct FamilyInput: Sendable {
    /// Which outputs an input reaches, for incremental builds (`InputFingerprints`).
    package enum Reach: Sendable {
        /// Every page (site.yaml, `data/` files templates may read): the shared ring.
        case everyPage
        /// The site-wide pages only (the home page, the feed, the family's lists): the text of
        /// pages and notices, which only their own pages and those show.
        case sitePages
        /// Keyed by the family itself, in its jobs' dependencies (each procedure's row and
        /// detail file): no ring takes it whole.
        case family
    }

    let place: InputPlace
    /// A table's columns, and the keys of those that hold codes ("Mã TTHC").
    var columns: [ColumnSpec] = []
    var codeColumns: Set<String> = []
    /// Usual headers of tables without a fixed schema (statistics).
    var columnNames: [String] = []
    /// False for a table only its family reads: it never reaches templates as `data`.
    var offeredToTemplates = true
    var citizenRecords: DataFilePolicy.CitizenRecords?
    /// A folder whose tables have a YAML description beside them (`thong-ke/hai-long.csv` and
    /// `hai-long.yaml`): two files, one table.
    var describesTables = false
    var reach = Reach.everyPage

    package init(place: InputPlace, columns: [ColumnSpec] = [], codeColumns: Set<String> = [], columnNames: [String] = [],
                 offeredToTemplates: Bool = true, citizenRecords: DataFilePolicy.CitizenRecords? = nil,
                 describesTables: Bool = false, reach: Reach = .everyPage) {
        self.place = place
        self.columns = columns
        self.codeColumns = codeColumns
        self.columnNames = columnNames
        self.offeredToTemplates = offeredToTemplates
        self.citizenRecords = citizenRecords
        self.describesTables = describesTables
        self.reach = reach
    }

    package static func table(_ name: String, columns: [ColumnSpec] = [], codes: Set<String> = []) -> FamilyInput {
        FamilyInput(place: .table(name), columns: columns, codeColumns: codes)
    }

    package static func folder(_ path: String) -> FamilyInput { FamilyInput(place: .folder(path)) }

    package static func file(_ path: String) -> FamilyInput { FamilyInput(place: .file(path)) }

    /// Read by its family alone, never offered to templates as `data`.
    package func keptFromTemplates() -> FamilyInput {
        var input = self
        input.offeredToTemplates = false
        return input
    }

    /// Citizens' records: kept from templates, their personal columns never read.
    package func citizenRecords(_ records: DataFilePolicy.CitizenRecords) -> FamilyInput {
        var input = keptFromTemplates()
        input.citizenRecords = records
        return input
    }

    package func reaching(_ reach: Reach) -> FamilyInput {
        var input = self
        input.reach = reach
        return input
    }
}
