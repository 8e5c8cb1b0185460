import Foundation

/// The load phase: reads and checks every input into a `Site`, collecting all diagnostics.
///
/// Order matters: site.yaml first (it names the theme and the base URL that QR codes need),
/// then the theme (layouts named by pages are checked against it), then data files (the
/// catalog reads the parsed tables), then pages and notices.
public enum SiteLoader {
    public static func load(_ options: BuildOptions, diagnostics: Diagnostics) -> Site? {
        let content = options.source
        guard var config = SiteConfigReader.read(contentDirectory: content, diagnostics: diagnostics) else { return nil }
        reportListing(ContentFiles.audit(content), diagnostics: diagnostics)
        if let override = options.baseURL {
            guard let baseURL = BaseURLCheck.readOption(override, diagnostics: diagnostics) else { return nil }
            config.baseURL = baseURL
        }
        if let relativeLinks = options.relativeLinks { config.relativeLinks = relativeLinks }
        if let precompress = options.precompress { config.precompress = precompress }

        guard let themeDirectory = ThemeLocator.themeDirectory(named: config.theme, contentDirectory: content) else {
            diagnostics.error(.themeNotFound, at: SourceLocation(file: SiteConfigReader.fileName, line: 1),
                              "Không tìm thấy giao diện \"\(config.theme)\". Đặt thư mục giao diện ở Themes/\(config.theme)/ cạnh thư mục nội dung, hoặc dùng theme: default.")
            return nil
        }
        let theme = Theme.load(themeDirectory: themeDirectory, overrideDirectory: content.appendingPathComponent("theme"),
                               rootPath: config.rootPath, diagnostics: diagnostics)

        let data = SiteDataReader.read(contentDirectory: content, contacts: config.publicContacts, diagnostics: diagnostics)
        let decisions = DecisionReader.read(siteData: data, diagnostics: diagnostics)
        let (procedures, record) = LifecycleLoader.procedures(siteData: data, contentDirectory: content, decisions: decisions,
                                                              asOf: options.asOf, diagnostics: diagnostics)
        // A base_url written but unusable already has its own located error.
        let baseURLRefused = diagnostics.errors.contains { $0.location.field == "base_url" }
        if config.qrCodes && !procedures.isEmpty && config.baseURL == nil && !baseURLRefused {
            diagnostics.error(.qrNeedsBaseURL, at: SourceLocation(file: SiteConfigReader.fileName, line: 1),
                              "Mã QR cần địa chỉ đầy đủ của trang. Thêm base_url (ví dụ base_url: https://tenxa.quangngai.gov.vn/) vào site.yaml, dùng --base-url, hoặc tắt mã QR bằng qr_codes: false.")
        }

        let catalog = Catalog(procedures: procedures, asOf: options.asOf)
        let (calendar, register) = loadRegister(data: data, catalog: catalog, asOf: options.asOf, diagnostics: diagnostics)

        // Statistics before scores: criteria 6.2 and 9 are checked against the site's tables.
        let statistics = StatisticsReader.load(siteData: data, register: register, diagnostics: diagnostics)
        let scores = ScoreTableAgreement.apply(ScoringLoader.load(siteData: data, register: register, diagnostics: diagnostics),
                                               statistics: statistics, diagnostics: diagnostics)
        let recognitions = RecognitionListReader.load(siteData: data, diagnostics: diagnostics)
        RecognitionCheck.check(recognitions, scores: scores, diagnostics: diagnostics)

        let pages = PageReader.readAll(kind: .page, contentDirectory: content, contacts: config.publicContacts, diagnostics: diagnostics)
        let notices = PageReader.readAll(kind: .notice, contentDirectory: content, contacts: config.publicContacts, diagnostics: diagnostics)
            .sorted { ($0.date ?? options.asOf, $0.slug) > ($1.date ?? options.asOf, $1.slug) }
        for page in pages + notices where !theme.has(template: page.layout) {
            diagnostics.error(.unknownLayout, at: SourceLocation(file: page.sourcePath, line: 2),
                              "Bố cục \"\(page.layout)\" không có trong giao diện. Có: \(theme.templateNames.filter { !$0.contains("/") }.sorted().joined(separator: ", ")).")
        }
        checkOutputPaths(pages + notices, diagnostics: diagnostics)

        let regimes = LegalRegimeReader.load(siteData: data, diagnostics: diagnostics)
        LetterChecks.check(register, regimes: regimes, config: config, diagnostics: diagnostics)
        var site = Site(config: config, contentDirectory: content, theme: theme, pages: pages, notices: notices,
                        data: data, catalog: catalog, calendar: calendar, register: register, scores: scores, recognitions: recognitions, statistics: statistics, asOf: options.asOf,
                        regimes: regimes)
        LifecycleLoader.finish(&site, record: record, decisions: decisions, diagnostics: diagnostics)
        checkFamilyLayouts(site, diagnostics: diagnostics)
        return site
    }

    /// Holidays first (the register's due dates depend on them), then the register, then a
    /// warning for each year it reaches that has no announced schedule.
    private static func loadRegister(data: SiteData, catalog: Catalog, asOf: CivilDate,
                                     diagnostics: Diagnostics) -> (WorkingCalendar, DossierRegister) {
        let announced = HolidayScheduleReader.load(siteData: data, diagnostics: diagnostics)
        let byCode = Dictionary(catalog.all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        // Deriving a year costs a few dozen trigonometric calls, so cover every year a register
        // can plausibly reach up front and keep the calendar a plain value.
        let span = min(2000, asOf.year - 30)...(asOf.year + 5)
        let calendar = WorkingCalendar(announced: announced, deriving: span,
                                       cutOff: HolidayScheduleReader.cutOff(siteData: data, diagnostics: diagnostics))
        let dossiers = DossierReader.read(siteData: data, catalog: byCode, calendar: calendar, asOf: asOf, diagnostics: diagnostics)
        let reached = DossierReader.years(of: dossiers, asOf: asOf)
        let registerPath = DossierReader.scope(siteData: data, diagnostics: nil)?.path ?? "data/\(DossierReader.tableName).csv"
        // A declared day that only secondary sources report moves due dates all the same:
        // say which ones the register's years rely on.
        for entry in calendar.declaredDays(in: reached) where !entry.day.verified {
            // Located at the register, whose due dates rely on the day (a shipped day has no file).
            diagnostics.warning(.holidayUnverified, at: SourceLocation(file: registerPath, line: 1),
                                "\(entry.makeUp ? "Ngày làm bù" : "Ngày nghỉ") \(entry.day.date.vietnameseShort) (\(entry.day.name)) chưa được đối chiếu với văn bản gốc\(entry.day.source.map { " (nguồn: \($0))" } ?? ""). CongKhai vẫn dùng ngày này để tính hạn và trang /xin-loi/ ghi rõ điều đó; khi đã đọc văn bản, ghi lịch năm \(entry.day.date.year) vào data/ngay-nghi.yaml với \"can_cu\" và \"nguon\".")
        }
        for year in reached.sorted() where announced[year] == nil {
            diagnostics.warning(.holidayScheduleMissing, at: SourceLocation(file: registerPath, line: 1),
                                "Năm \(year) chưa có lịch nghỉ lễ, Tết chính thức: CongKhai tự tính theo Bộ luật Lao động (Tết, Giỗ Tổ theo âm lịch, nghỉ bù). Thêm lịch của năm \(year) vào data/ngay-nghi.yaml khi có thông báo.")
        }
        let entries = dossiers.map { dossier in
            DossierRegister.Entry(dossier: dossier, outcome: dossier.outcome(asOf: asOf, calendar: calendar),
                                  procedureName: byCode[dossier.procedureCode]?.name)
        }
        let scope = DossierReader.scope(siteData: data, diagnostics: nil)
        if let scope { DossierReader.warnAboutScope(entries, path: scope.path, isComplete: scope.isComplete, diagnostics: diagnostics) }
        return (calendar, DossierRegister(entries: entries, isComplete: scope?.isComplete ?? true, sourceFile: scope?.path))
    }

    /// What the content folder holds that cannot be read: an error each, since a listing that
    /// skipped it would remove its pages from the site and report success.
    private static func reportListing(_ audit: ContentFiles.Audit, diagnostics: Diagnostics) {
        for link in audit.linksLeaving {
            diagnostics.error(.linkLeavesContent, at: SourceLocation(file: link, line: 1),
                              "Đây là liên kết tượng trưng tới \(link.hasPrefix("static/") ? "một tệp" : "nội dung") ngoài thư mục nội dung (hoặc tới một thư mục); CongKhai không đọc và không đăng nó. Thay liên kết bằng một bản sao của tệp.")
        }
        for (folder, number) in audit.unreadableFolders {
            diagnostics.error(.unreadableFile, at: SourceLocation(file: folder.isEmpty ? "." : folder + "/", line: 1),
                              "Không mở được thư mục này (\(SystemErrorText.vietnamese(number))), nên không biết trong đó có gì; CongKhai không tạo trang thiếu nó. Sửa quyền của thư mục (chmod u+rx, hoặc cho người chạy CongKhai quyền đọc) rồi tạo lại.")
        }
        for name in audit.notUTF8 {
            diagnostics.error(.unreadableFile, at: SourceLocation(file: name, line: 1),
                              "Tên tệp hoặc thư mục này không phải UTF-8 (thường do chép từ máy Windows cũ hoặc giải nén tệp ZIP cũ), nên CongKhai không đọc được nó. Đổi tên lại, gõ dấu tiếng Việt bình thường.")
        }
        for file in audit.unreadableStatic {
            diagnostics.error(.unreadableFile, at: SourceLocation(file: file, line: 1),
                              "Không đọc được tệp này (không có quyền đọc), nên không chép được lên trang. Sửa quyền của tệp rồi tạo lại.")
        }
    }

    /// Sections the generator writes itself; a page may not take their addresses.
    static var reservedPaths: Set<String> { PageFamilies.reservedRoots }

    /// Every layout a page family will render this site with must be in the theme: a site's
    /// own theme that lacks one would otherwise publish empty pages.
    private static func checkFamilyLayouts(_ site: Site, diagnostics: Diagnostics) {
        var reported: Set<String> = []
        let needs = PageFamilies.all.map { ($0.name, $0.layouts(for: site)) } + [("sitemap, feed, robots.txt", Theme.machineTemplates)]
        for (family, layouts) in needs {
            for layout in layouts where !site.theme.has(template: layout) && reported.insert(layout).inserted {
                diagnostics.error(.themeLayoutMissing, at: SourceLocation(file: "theme:\(site.theme.directory.lastPathComponent)/templates/\(layout).mustache", line: 1),
                                  "Giao diện thiếu bố cục \"\(layout)\" mà phần \(family) của trang cần. Chép Themes/default/templates/\(layout).mustache vào thư mục templates của giao diện (hoặc Content/theme/templates/) rồi sửa theo ý.")
            }
        }
    }

    private static func checkOutputPaths(_ pages: [Page], diagnostics: Diagnostics) {
        let reservedPaths = Self.reservedPaths
        var owner: [String: String] = [:]
        for page in pages {
            let top = page.sitePath.split(separator: "/").first.map(String.init) ?? ""
            if page.kind == .page && reservedPaths.contains(top) {
                diagnostics.error(.duplicateOutputPath, at: SourceLocation(file: page.sourcePath, line: 1),
                                  "Đường dẫn /\(page.sitePath) trùng với mục do CongKhai tạo ra. Đặt slug khác.")
            }
            if let first = owner[page.sitePath] {
                diagnostics.error(.duplicateOutputPath, at: SourceLocation(file: page.sourcePath, line: 1),
                                  "Đường dẫn /\(page.sitePath) đã dùng cho \(first). Đặt slug khác cho một trong hai trang.")
            }
            owner[page.sitePath] = owner[page.sitePath] ?? page.sourcePath
        }
    }
}
