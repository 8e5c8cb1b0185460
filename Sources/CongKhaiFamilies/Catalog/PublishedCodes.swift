import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Templates
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The record of every procedure code the site has published, kept in the content folder
/// (`da-cong-bo.csv`, under version control with the rest of the content) because `public/`
/// may be wiped. A printed QR code holds the address of a procedure page for years: a code
/// once published must keep its page, so a code that disappears from the catalog is an
/// error unless a decision abolished it, and then its page stays, built from this record.
///
/// The record also dates what the site showed: when each code was first published, when it
/// entered its present state and when its content last changed. Those dates are what the
/// five-working-day rule for announcement decisions (seed 002) is checked against.
public struct PublishedCodes: Sendable {
    public static let fileName = "da-cong-bo.csv"

    public struct ProcedureEntry: Sendable, Equatable {
        public var code: String
        public var name: String
        public var field: String
        public var state: String
        public var firstPublished: CivilDate
        public var stateSince: CivilDate
        public var contentFingerprint: String
        public var contentSince: CivilDate
        var line: Int = 0
    }

    /// The day the site last changed what it posts of `code`: first published, its state
    /// (upcoming, in force) changed, or its content changed. The posters' "Niêm yết ngày" is
    /// this day, not the build's; nil for a code the record does not hold (a build dated
    /// before the record's history).
    public func postedSince(_ code: String) -> CivilDate? {
        procedures[code].map { max($0.firstPublished, $0.stateSince, $0.contentSince) }
    }

    public struct DecisionEntry: Sendable, Equatable {
        public var number: String
        public var firstPublished: CivilDate
    }

    public var procedures: [String: ProcedureEntry] = [:]
    public var decisions: [String: DecisionEntry] = [:]
    /// Whether a record file existed: the first build of a site has nothing to compare.
    public var existed = false

    public static let empty = PublishedCodes()

    static let header = ["Loại", "Mã", "Tên", "Lĩnh vực", "Trạng thái", "Công bố từ", "Trạng thái từ", "Nội dung", "Nội dung từ"]

    /// Reads the record; a broken row is an error (the record protects published addresses,
    /// so it may not be silently ignored).
    static func read(contentDirectory: URL, diagnostics: Diagnostics) -> PublishedCodes {
        let url = contentDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return .empty }
        var record = PublishedCodes()
        record.existed = true
        guard let text = SourceFile.read(url, displayPath: fileName, limit: InputLimits.FileSize.csvData, diagnostics: diagnostics),
              let table = DataTable.csv(text, file: fileName, diagnostics: diagnostics) else { return record }
        for row in table.rows {
            func date(_ column: Int) -> CivilDate? {
                guard case .date(let date) = CivilDate.parse(row[column]) else {
                    diagnostics.error(.publishedRecordInvalid, at: table.location(row: row, column: column),
                                      "Ngày \"\(row[column])\" không đọc được. Tệp này do CongKhai ghi; lấy lại bản trước trong lịch sử (git) thay vì sửa tay.")
                    return nil
                }
                return date
            }
            switch row[0] {
            case "thu-tuc":
                guard ProcedureValues.isValidCode(row[1]), let first = date(5), let since = date(6), let contentSince = date(8) else {
                    if !ProcedureValues.isValidCode(row[1]) {
                        diagnostics.error(.publishedRecordInvalid, at: table.location(row: row, column: 1),
                                          "Mã \"\(row[1])\" sai định dạng trong sổ mã đã công bố.")
                    }
                    continue
                }
                record.procedures[row[1]] = ProcedureEntry(code: row[1], name: row[2], field: row[3], state: row[4],
                                                           firstPublished: first, stateSince: since,
                                                           contentFingerprint: row[7], contentSince: contentSince, line: row.line)
            case "quyet-dinh":
                guard let first = date(5) else { continue }
                record.decisions[row[1]] = DecisionEntry(number: row[1], firstPublished: first)
            default:
                diagnostics.error(.publishedRecordInvalid, at: table.location(row: row, column: 0),
                                  "Loại \"\(row[0])\" không rõ (chỉ có thu-tuc, quyet-dinh).")
            }
        }
        return record
    }

    static func stateLabel(_ procedure: Procedure, asOf: CivilDate) -> String {
        switch procedure.availability(on: asOf) {
        case .inForce: "hiện hành"
        case .upcoming: "sắp có hiệu lực"
        case .withdrawn: "bãi bỏ"
        }
    }

    /// The record after this build: every procedure of the catalog and every decision, with
    /// the dates carried over from the old record where nothing changed, else the as-of date.
    func updated(catalog: [Procedure], decisions: DecisionBook, asOf: CivilDate) -> PublishedCodes {
        var next = PublishedCodes()
        next.existed = true
        for procedure in catalog {
            let old = procedures[procedure.code]
            let state = Self.stateLabel(procedure, asOf: asOf)
            let fingerprint = String(procedure.sourceFingerprint, radix: 16)
            next.procedures[procedure.code] = ProcedureEntry(
                code: procedure.code, name: procedure.name, field: procedure.field, state: state,
                firstPublished: old?.firstPublished ?? asOf,
                stateSince: old?.state == state ? old!.stateSince : asOf,
                contentFingerprint: fingerprint,
                contentSince: old?.contentFingerprint == fingerprint ? old!.contentSince : asOf)
        }
        for decision in decisions.decisions {
            next.decisions[decision.number] = decisions_first(decision.number) ?? DecisionEntry(number: decision.number, firstPublished: asOf)
        }
        return next
    }

    private func decisions_first(_ number: String) -> DecisionEntry? { decisions[number] }

    /// The latest day the record mentions: a build dated before it (`--as-of` in the past, to
    /// preview an old state) must not rewrite the record's history.
    var latestDate: CivilDate? {
        (procedures.values.flatMap { [$0.firstPublished, $0.stateSince, $0.contentSince] }
            + decisions.values.map(\.firstPublished)).max()
    }

    /// The file's text: sorted by code, so a commit shows only what changed.
    var text: String {
        var lines = [Self.header.joined(separator: ",")]
        for entry in procedures.values.sorted(by: { $0.code < $1.code }) {
            lines.append(["thu-tuc", entry.code, entry.name, entry.field, entry.state, entry.firstPublished.iso,
                          entry.stateSince.iso, entry.contentFingerprint, entry.contentSince.iso].map(Self.csvField).joined(separator: ","))
        }
        for entry in decisions.values.sorted(by: { $0.number < $1.number }) {
            lines.append(["quyet-dinh", entry.number, "", "", "", entry.firstPublished.iso, "", "", ""].map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Writes the record when its text changed (atomically: a build killed half-way leaves
    /// the old record whole). Returns an error message when the file cannot be written.
    /// Writes the record beside itself under a hidden name CongKhai knows (the watcher of
    /// `serve` ignores hidden files) and renames it into place. Foundation's atomic write left
    /// its own temporary file (`.dat.nosync…`) in the content folder for good when a build was
    /// killed there; this one is removed by the next build, whether it writes or not.
    func save(contentDirectory: URL) -> String? {
        let url = contentDirectory.appendingPathComponent(Self.fileName)
        let temporary = contentDirectory.appendingPathComponent(".\(Self.fileName).congkhai-tmp").path
        unlink(temporary)
        let data = Data(text.utf8)
        if FileManager.default.contents(atPath: url.path) == data { return nil }
        do throws(FileWriting.Failure) {
            try FileWriting.replace(data, atPath: url.path, temporary: temporary)
            return nil
        } catch {
            return "Không ghi được \(Self.fileName) (sổ mã đã công bố): \(error.message)"
        }
    }
}
