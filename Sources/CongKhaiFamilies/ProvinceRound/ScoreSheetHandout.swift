import CongKhaiCore
import CongKhaiInput
import Foundation

/// `congkhai score-sheet`: the blank score-sheet workbook for one unit and year, as the
/// province hands it out (seed 003's table), written from the site's criteria set.
///
/// The set is the one asked for, else the round's (`criteria_set` in
/// `data/xet-cong-nhan/<year>/thong-tin.yaml`), else the site's only set. In a site with the
/// year's round, the unit must be one of the round's units and its spelling there is used, so
/// the filled workbook reads back to the unit it was made for. An existing file is never
/// replaced: a filled workbook is somebody's work.
public enum ScoreSheetHandout {
    public struct Request: Sendable {
        public var source: URL
        public var year: Int
        public var unit: String
        public var criteriaSet: String?
        public var output: URL

        public init(source: URL, year: Int, unit: String, criteriaSet: String?, output: URL) {
            self.source = source
            self.year = year
            self.unit = unit
            self.criteriaSet = criteriaSet
            self.output = output
        }
    }

    public struct Made: Sendable {
        public let file: URL
        public let unit: String
        public let criteriaSet: String
        public let contents: Int
    }

    /// Problems with the request itself; problems in the site's files are diagnostics.
    public enum HandoutError: Error, CustomStringConvertible {
        case yearOutOfRange(Int)
        case emptyUnit
        case notXLSX(String)
        case outputExists(String)
        case noCriteriaSet(folder: String)
        case ambiguousCriteriaSet([String])
        case unknownCriteriaSet(String, known: [String])
        case unwritable(String, reason: String)
        case invalidData

        public var description: String {
            switch self {
            case .yearOutOfRange(let year): "Năm \(year) không hợp lệ; ghi năm của đợt đánh giá, ví dụ --year 2024."
            case .emptyUnit: "Chưa ghi tên đơn vị: --unit \"Xã Hương Trà\"."
            case .notXLSX(let path): "Tệp xuất \(path) phải có đuôi .xlsx."
            case .outputExists(let path): "Đã có tệp \(path); CongKhai không ghi đè (có thể là sổ đã điền). Chọn tên khác hoặc tự xóa tệp cũ."
            case .noCriteriaSet(let folder): "Không có bộ tiêu chí nào trong \(folder) (tệp <tên>.yaml, ví dụ qd-737-2024.yaml)."
            case .ambiguousCriteriaSet(let ids): "Có nhiều bộ tiêu chí (\(ids.joined(separator: ", "))); chọn một bằng --criteria-set, hoặc ghi criteria_set trong thông tin đợt."
            case .unknownCriteriaSet(let id, let known): "Không có bộ tiêu chí \"\(id)\". Có: \(known.joined(separator: ", "))."
            case .unwritable(let path, let reason): "Không ghi được \(path): \(reason)"
            case .invalidData: "Dữ liệu có lỗi (xem ở trên); chưa ghi sổ."
            }
        }
    }

    public static func write(_ request: Request, diagnostics: Diagnostics) throws(HandoutError) -> Made {
        guard (2000...2100).contains(request.year) else { throw .yearOutOfRange(request.year) }
        let unitName = request.unit.trimmingWhitespace()
        guard !unitName.isEmpty else { throw .emptyUnit }
        guard request.output.pathExtension.lowercased() == "xlsx" else { throw .notXLSX(request.output.path) }
        guard !FileManager.default.fileExists(atPath: request.output.path) else { throw .outputExists(request.output.path) }

        // Every data file is parsed as a build would, but only the problems of the files this
        // command reads are reported: an unrelated broken table does not stop a handout.
        let scratch = Diagnostics()
        let siteData = SiteDataReader.read(contentDirectory: request.source, diagnostics: scratch)
        let roundFolder = RoundFolder.displayFolder(request.year)
        var relevantFiles: Set<String> = []

        let info = RoundInfoReader.read(siteData: siteData, year: request.year, diagnostics: diagnostics)
        // Criteria sets by id: `data/cham-diem/<id>.yaml`.
        var setPaths: [String: String] = [:]
        for path in siteData.documents.keys where path.hasPrefix(ScoringLoader.folder)
            && path.dropFirst(ScoringLoader.folder.count).split(separator: "/").count == 1
            && (path.hasSuffix(".yaml") || path.hasSuffix(".yml")) {
            setPaths[String(path.dropFirst(ScoringLoader.folder.count).split(separator: ".").first!)] = path
        }
        let setIDs = setPaths.keys.sorted()
        let setID: String
        if let wanted = request.criteriaSet ?? info.criteriaSetID {
            guard setIDs.contains(wanted) else { throw .unknownCriteriaSet(wanted, known: setIDs) }
            setID = wanted
        } else if setIDs.count == 1 {
            setID = setIDs[0]
        } else if setIDs.isEmpty {
            throw .noCriteriaSet(folder: "data/\(ScoringLoader.folder)")
        } else {
            throw .ambiguousCriteriaSet(setIDs)
        }
        if let roundSet = info.criteriaSetID, roundSet != setID, let location = info.location {
            diagnostics.warning(.roundDataInvalid, at: location,
                                "Đợt năm \(request.year) dùng bộ tiêu chí \(roundSet), sổ này được tạo theo bộ \(setID) (--criteria-set).")
        }
        let setPath = setPaths[setID]!
        relevantFiles.insert("data/\(setPath)")
        guard case .yaml(let node) = siteData.documents[setPath]!,
              let set = CriteriaSetReader.read(node, id: setID, file: "data/\(setPath)", diagnostics: diagnostics) else {
            forward(scratch, files: relevantFiles, folder: roundFolder, to: diagnostics)
            throw .invalidData
        }

        var unit = unitName
        if let units = RoundUnitsReader.read(siteData: siteData, year: request.year, info: info, diagnostics: diagnostics) {
            let matcher = RoundUnitMatcher(units)
            guard let known = matcher.unit(named: unitName) else {
                diagnostics.error(.roundUnitUnknown, at: SourceLocation(file: "\(roundFolder)\(RoundFolder.units)"),
                                  "\"\(unitName)\" không có trong danh sách đơn vị của đợt năm \(request.year).\(matcher.hint(for: unitName)) Ghi --unit đúng như danh sách.")
                forward(scratch, files: relevantFiles, folder: roundFolder, to: diagnostics)
                throw .invalidData
            }
            unit = known.name
        }
        forward(scratch, files: relevantFiles, folder: roundFolder, to: diagnostics)
        guard !diagnostics.hasErrors else { throw .invalidData }

        let data: Data
        do {
            data = try WorkbookWriter.data(ScoreSheetWorkbook.document(for: set, unit: unit, year: request.year))
        } catch {
            diagnostics.error(.scoreSheetInvalid, at: SourceLocation(file: "data/\(setPath)", line: 1), error.description)
            throw .invalidData
        }
        try place(data, at: request.output)
        return Made(file: request.output, unit: unit, criteriaSet: setID, contents: set.contents.count)
    }

    /// The load's problems in the files the handout reads.
    private static func forward(_ scratch: Diagnostics, files: Set<String>, folder: String, to diagnostics: Diagnostics) {
        for diagnostic in scratch.inArrivalOrder where files.contains(diagnostic.location.file) || diagnostic.location.file.hasPrefix(folder) {
            diagnostics.report(diagnostic)
        }
    }

    /// Writes beside the target and links it into place: the target appears whole or not at
    /// all, and a file that appeared meanwhile is not replaced (link fails on an existing name).
    private static func place(_ data: Data, at target: URL) throws(HandoutError) {
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).congkhai-tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw .unwritable(target.path, reason: SystemErrorText.translatingEnglish("\(error.localizedDescription)"))
        }
        defer { unlink(temporary.path) }
        guard link(temporary.path, target.path) == 0 else {
            if errno == EEXIST { throw .outputExists(target.path) }
            throw .unwritable(target.path, reason: SystemErrorText.vietnamese(errno))
        }
    }
}
