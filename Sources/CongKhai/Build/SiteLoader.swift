import CongKhaiCore
import CongKhaiFamilies
import CongKhaiInput
import CongKhaiSite
import Foundation
import Templates

/// The load phase: reads and checks every input into a `Site`, collecting all diagnostics.
///
/// What every family shares comes first, in an order fixed here: site.yaml (it names the theme
/// and the base URL that QR codes need), the theme (layouts named by pages are checked against
/// it), the data files (read once, as the families declare them), the working calendar and the
/// legal regimes. Then each family loads its model, in the order of what each needs
/// (`LoadOrder`), and last the templates the families render are compiled for their views.
/// Each phase is timed for `--verbose`.
public enum SiteLoader {
    public static func load(_ options: BuildOptions, diagnostics: Diagnostics) -> Site? {
        var timer = PhaseTimer()
        return load(options, families: .standard, diagnostics: diagnostics, timer: &timer)
    }

    static func load(_ options: BuildOptions, families: FamilyRegistry, diagnostics: Diagnostics, timer: inout PhaseTimer) -> Site? {
        let order: [Int]
        switch LoadOrder.of(families.families) {
        case .success(let found): order = found
        // A mistake in CongKhai's own registry, which every test of a build would show.
        case .failure(let failure): preconditionFailure("\(failure)")
        }
        let content = options.source
        guard var config = timer.measure("load site.yaml", { SiteConfigReader.read(contentDirectory: content, diagnostics: diagnostics) }) else {
            return nil
        }
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
        let theme = timer.measure("load theme") {
            Theme.load(themeDirectory: themeDirectory, overrideDirectory: content.appendingPathComponent("theme"),
                       rootPath: config.rootPath, diagnostics: diagnostics)
        }

        // What each family keys itself is left out of the rings of incremental keys.
        diagnostics.inputs.keyElsewhere(families.keyedByFamilies)
        let data = timer.measure("load data") {
            SiteDataReader.read(contentDirectory: content, contacts: config.publicContacts, policy: families.dataPolicy, diagnostics: diagnostics)
        }
        let (calendar, regimes) = timer.measure("load calendar") { () -> (WorkingCalendar, LegalRegimes) in
            // Deriving a year costs a few dozen trigonometric calls, so cover every year a
            // register can plausibly reach up front and keep the calendar a plain value.
            let span = min(2000, options.asOf.year - 30)...(options.asOf.year + 5)
            let calendar = WorkingCalendar(announced: HolidayScheduleReader.load(siteData: data, diagnostics: diagnostics), deriving: span,
                                           cutOff: HolidayScheduleReader.cutOff(siteData: data, diagnostics: diagnostics))
            return (calendar, LegalRegimeReader.load(siteData: data, diagnostics: diagnostics))
        }

        var models = FamilyModels()
        let reserved = families.reservedRoots
        for index in order {
            let family = families.families[index]
            timer.measure("load \(family.name)") {
                let context = FamilyLoadContext(options: options, config: config, theme: theme, data: data, calendar: calendar,
                                                regimes: regimes, reservedRoots: reserved, diagnostics: diagnostics,
                                                family: family.name, needs: family.needs, models: models)
                load(family, context, into: &models)
            }
        }
        var site = Site(config: config, contentDirectory: content, theme: theme, data: data, calendar: calendar, regimes: regimes,
                        asOf: options.asOf, families: families, models: models)
        site.templates = timer.measure("load templates") { compileTemplates(site, diagnostics: diagnostics) }
        return site
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

    /// One family's model, stored under its type (the generic parameter opens the existential).
    private static func load<Family: PageFamily>(_ family: Family, _ context: FamilyLoadContext, into models: inout FamilyModels) {
        models.store(family.load(context), of: Family.self)
    }

    /// Compiles every template a page family will render this site with, for the view it
    /// renders: one the theme lacks would otherwise publish empty pages (CK042), one that does
    /// not fit its view pages with holes (CK040, CK043–CK046).
    private static func compileTemplates(_ site: Site, diagnostics: Diagnostics) -> SiteTemplates {
        var reported: Set<String> = []
        var requirements: [TemplateRequirement] = []
        let needs = site.families.families.map { ($0.name, $0.templates(for: site)) } + [("sitemap, feed, robots.txt", MachineTemplates.all)]
        for (family, templates) in needs {
            for template in templates {
                guard site.theme.has(template: template.name) else {
                    if template.reportsMissing && reported.insert(template.name).inserted {
                        diagnostics.error(.themeLayoutMissing, at: SourceLocation(file: "theme:\(site.theme.directory.lastPathComponent)/templates/\(template.name).mustache", line: 1),
                                          "Giao diện thiếu bố cục \"\(template.name)\" mà phần \(family) của trang cần. Chép Themes/default/templates/\(template.name).mustache vào thư mục templates của giao diện (hoặc Content/theme/templates/) rồi sửa theo ý.")
                    }
                    continue
                }
                requirements.append(template)
            }
        }
        return SiteTemplates.compile(site.theme, families: site.families, requirements: requirements, diagnostics: diagnostics)
    }
}
