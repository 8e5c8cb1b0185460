import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Templates

/// The dossier register classified on the as-of date: each dossier read against the catalog's
/// time limits and the working calendar, then what the register's years rely on that is not
/// verified, and whether it can give on-time rates.
enum RegisterLoader {
    static func load(siteData: SiteData, catalog: Catalog, calendar: WorkingCalendar, asOf: CivilDate,
                     diagnostics: Diagnostics) -> DossierRegister {
        let byCode = Dictionary(catalog.all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let dossiers = DossierReader.read(siteData: siteData, catalog: byCode, calendar: calendar, asOf: asOf, diagnostics: diagnostics)
        let reached = DossierReader.years(of: dossiers, asOf: asOf)
        let registerPath = DossierReader.scope(siteData: siteData, diagnostics: nil)?.path ?? "data/\(DossierReader.tableName).csv"
        // A declared day that only secondary sources report moves due dates all the same:
        // say which ones the register's years rely on.
        for entry in calendar.declaredDays(in: reached) where !entry.day.verified {
            // Located at the register, whose due dates rely on the day (a shipped day has no file).
            diagnostics.warning(.holidayUnverified, at: SourceLocation(file: registerPath, line: 1),
                                "\(entry.makeUp ? "Ngày làm bù" : "Ngày nghỉ") \(entry.day.date.vietnameseShort) (\(entry.day.name)) chưa được đối chiếu với văn bản gốc\(entry.day.source.map { " (nguồn: \($0))" } ?? ""). CongKhai vẫn dùng ngày này để tính hạn và trang /xin-loi/ ghi rõ điều đó; khi đã đọc văn bản, ghi lịch năm \(entry.day.date.year) vào data/ngay-nghi.yaml với \"can_cu\" và \"nguon\".")
        }
        for year in reached.sorted() where !calendar.announcedYears.contains(year) {
            diagnostics.warning(.holidayScheduleMissing, at: SourceLocation(file: registerPath, line: 1),
                                "Năm \(year) chưa có lịch nghỉ lễ, Tết chính thức: CongKhai tự tính theo Bộ luật Lao động (Tết, Giỗ Tổ theo âm lịch, nghỉ bù). Thêm lịch của năm \(year) vào data/ngay-nghi.yaml khi có thông báo.")
        }
        let entries = dossiers.map { dossier in
            DossierRegister.Entry(dossier: dossier, outcome: dossier.outcome(asOf: asOf, calendar: calendar),
                                  procedureName: byCode[dossier.procedureCode]?.name)
        }
        let scope = DossierReader.scope(siteData: siteData, diagnostics: nil)
        if let scope { DossierReader.warnAboutScope(entries, path: scope.path, isComplete: scope.isComplete, diagnostics: diagnostics) }
        return DossierRegister(entries: entries, isComplete: scope?.isComplete ?? true, sourceFile: scope?.path)
    }
}
