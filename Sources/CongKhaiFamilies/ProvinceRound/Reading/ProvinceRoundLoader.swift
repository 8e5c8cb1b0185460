import CongKhaiCore
import CongKhaiInput

/// Reads every year's round under `data/xet-cong-nhan/`. A round needs its units (`don-vi.*`);
/// every other table is optional and read when present. Every problem of every table is reported
/// together.
public enum ProvinceRoundLoader {
    public static func load(siteData: SiteData, diagnostics: Diagnostics) -> [ProvinceRound] {
        RoundFolder.years(in: siteData, diagnostics: diagnostics).compactMap { year in
            load(siteData: siteData, year: year, diagnostics: diagnostics)
        }
    }

    static func load(siteData: SiteData, year: Int, diagnostics: Diagnostics) -> ProvinceRound? {
        let info = RoundInfoReader.read(siteData: siteData, year: year, diagnostics: diagnostics)
        guard let units = RoundUnitsReader.read(siteData: siteData, year: year, info: info, diagnostics: diagnostics) else {
            diagnostics.error(.roundDataInvalid, at: SourceLocation(file: "\(RoundFolder.displayFolder(year))\(RoundFolder.units).xlsx", line: 1),
                              "Đợt xét công nhận năm \(year) chưa có danh sách đơn vị. Thêm \(RoundFolder.displayFolder(year))\(RoundFolder.units).xlsx (hoặc .csv, .yaml) với cột Đơn vị.")
            return nil
        }
        let matcher = RoundUnitMatcher(units)
        return ProvinceRound(
            year: year, folder: RoundFolder.displayFolder(year), info: info, units: units,
            deadlines: RoundTimelineReader.read(siteData: siteData, year: year, diagnostics: diagnostics),
            progress: RoundProgressReader.read(siteData: siteData, year: year, units: matcher, diagnostics: diagnostics),
            noQualifyingReports: NoQualifyingReportReader.read(siteData: siteData, year: year, diagnostics: diagnostics),
            reuseAppendix: ReuseAppendixReader.read(siteData: siteData, year: year, info: info, units: matcher, diagnostics: diagnostics),
            onTimeFigures: OnTimeFiguresReader.read(siteData: siteData, year: year, info: info, units: matcher, diagnostics: diagnostics))
    }
}
