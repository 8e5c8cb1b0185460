import CongKhaiCore
import CongKhaiInput
import Yams

/// Reads `data/xet-cong-nhan/<year>/thong-tin.yaml`:
///
/// ```yaml
/// title: Đánh giá, xét công nhận Bộ phận Một cửa kiểu mẫu cấp xã năm 2024
/// criteria_set: qd-737-2024
/// launched_by: Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh Quảng Ngãi
/// reuse_appendix: Phụ lục kèm theo Công văn số 329/VP-TTHC ngày 07/02/2025 của Văn phòng UBND tỉnh
/// on_time_source: Hệ thống thông tin giải quyết TTHC tỉnh, năm 2024
/// today_names_basis: Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội
/// ```
enum RoundInfoReader {
    static let keys: Set<String> = ["title", "criteria_set", "launched_by", "reuse_appendix", "on_time_source", "today_names_basis"]

    static func read(siteData: SiteData, year: Int, diagnostics: Diagnostics) -> RoundInfo {
        guard let (path, document) = siteData.document(named: RoundFolder.path(RoundFolder.info, year: year)) else { return RoundInfo() }
        let file = "data/\(path)"
        guard case .yaml(let node) = document,
              let fields = YAMLFields(node, file: file, diagnostics: diagnostics, invalidValueCode: .roundDataInvalid,
                                      what: "Thông tin đợt xét công nhận") else {
            if case .table = document {
                diagnostics.error(.roundDataInvalid, at: SourceLocation(file: file, line: 1),
                                  "Thông tin đợt xét công nhận là tệp YAML (\(RoundFolder.info).yaml) dạng \"khóa: giá trị\", không phải bảng.")
            }
            return RoundInfo()
        }
        fields.warnUnknownKeys(allowed: keys, code: .roundDataInvalid)
        var info = RoundInfo()
        info.title = fields.string("title")
        info.criteriaSetID = fields.string("criteria_set")
        info.launchedBy = fields.string("launched_by")
        info.reuseAppendixDocument = fields.string("reuse_appendix")
        info.onTimeSource = fields.string("on_time_source")
        info.todayNamesBasis = fields.string("today_names_basis")
        info.location = SourceLocation(file: file, line: 1)
        return info
    }
}
