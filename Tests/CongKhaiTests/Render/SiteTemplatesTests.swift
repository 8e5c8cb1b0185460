import Foundation
import Templates
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// The theme compiled at load for the views each family declares (issue 25): a template that
/// does not fit its view is a located error before anything is written, never a page with holes.
@Suite struct SiteTemplatesTests {
    /// Every layout and fragment template of the default theme is declared by a family with
    /// the view it renders, and compiles for it; partials are compiled through them.
    @Test func everyTemplateOfTheDefaultThemeIsDeclaredAndCompiles() throws {
        let (loaded, diagnostics) = ExampleSite.load()
        let site = try #require(loaded)
        let templateCodes: Set<DiagnosticCode> = [.templateSyntax, .themeLayoutMissing, .templateMissing, .templateUnknownName,
                                                  .templateMisusedName, .templateRecursion]
        #expect(!diagnostics.all.contains { templateCodes.contains($0.code) }, "\(diagnostics.all.filter { templateCodes.contains($0.code) })")
        // Each letter form the regimes may name, whether or not this site's letters use it.
        let letters = LegalRegimeReader.templates.sorted().map { PageTemplate<ApologyLetterLayout>($0).requirement }
        let letterDiagnostics = Diagnostics()
        _ = SiteTemplates.compile(site.theme, families: site.families, requirements: letters, diagnostics: letterDiagnostics)
        #expect(letterDiagnostics.all.isEmpty, "\(letterDiagnostics.all)")
        let declared = Set(site.families.families.flatMap { $0.templates(for: site) }.map(\.name) + MachineTemplates.all.map(\.name)
                           + letters.map(\.name))
        // What other templates include or extend.
        let partials: Set<String> = ["base", "fragments/box", "fragments/contact", "fragments/qr"]
        let layouts = site.theme.sources.names.filter { !$0.hasPrefix("partials/") && !partials.contains($0) }
        #expect(layouts.count > 25)
        for layout in layouts { #expect(declared.contains(layout), "\(layout) is in the theme but no family renders it") }
        // Compiled means present: asking for each by its declared view does not trap.
        _ = site.templates.page(CatalogTemplates.detail.name, for: ProcedureDetailView.self)
        _ = site.templates.fragment(ProcedureFragments.procedureTemplate.name, for: ProcedureFragmentView.self)
    }

    /// One file of the site's own `theme/templates/` over the default theme, and a page.
    private func site(overriding template: String, with text: String) throws -> TemporarySite {
        try TemporarySite(["pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\nXã Thử Nghiệm.\n",
                           "theme/templates/\(template).mustache": text])
    }

    private func errors(_ site: TemporarySite) -> [Diagnostic] {
        let diagnostics = Diagnostics()
        #expect(throws: SiteBuilder.BuildError.self) { try SiteBuilder.build(site.options(), diagnostics: diagnostics) }
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
        return diagnostics.errors
    }

    @Test func aMisspeltNameIsAnErrorAtItsPlaceWithTheClosestName() throws {
        let site = try site(overriding: "page", with: "{{<base}}\n{{$main}}\n<h1>{{page.titel}}</h1>\n{{/main}}\n{{/base}}\n")
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.code == .templateUnknownName)
        #expect(error.location == SourceLocation(file: "theme/templates/page.mustache", line: 3, column: 5))
        #expect(error.message.contains("{{page.titel}}") && error.message.contains("{{page.title}}"))
    }

    @Test func aMissingPartialIsAnErrorNotAnEmptyPlace() throws {
        let site = try site(overriding: "page", with: "{{<base}}{{$main}}{{>partials/khong-co}}{{/main}}{{/base}}\n")
        let error = try #require(errors(site).first)
        #expect(error.code == .templateMissing && error.message.contains("partials/khong-co"))
        #expect(error.location.file == "theme/templates/page.mustache" && error.location.line == 1)
    }

    @Test func aSectionOverATextAndAListPrintedAreErrors() throws {
        let site = try site(overriding: "page", with: "{{<base}}{{$main}}{{#page.title}}x{{/page.title}}{{nav}}{{/main}}{{/base}}\n")
        let errors = errors(site)
        #expect(errors.map(\.code) == [.templateMisusedName, .templateMisusedName], "\(errors)")
        #expect(errors.map { $0.location.column } == [19, 50])
    }

    @Test func aSyntaxErrorIsReportedEvenInATemplateNothingUses() throws {
        let site = try site(overriding: "khong-dung", with: "<p>{{#mo}}</p>\n")
        let error = try #require(errors(site).first)
        #expect(error.code == .templateSyntax && error.location.file == "theme/templates/khong-dung.mustache")
    }

    /// The portal fragments are theme templates: a site may give them its own look.
    @Test func aFragmentTemplateIsOverriddenByTheSite() throws {
        var files = SampleSite.files
        files["theme/templates/fragments/feedback.mustache"] = "{{<fragments/box}}{{$body}}<p>{{{commune.receiving_body}}}</p>\n{{/body}}{{/fragments/box}}\n"
        let site = try TemporarySite(files)
        let rendered = try site.render()
        let fragment = try #require(rendered["nhung/doan/phan-anh-kien-nghi.htm"])
        #expect(fragment.hasPrefix("<div style=\"\(EmbedStyle.box)\"><h2>"))
        // Lines joined: the template's own line break is not written, only the file's last one.
        #expect(fragment.hasSuffix("<p>Ủy ban nhân dân xã Thử Nghiệm</p></div>\n"))
    }

    /// `data/*.yaml` reaches templates by name, looked up when the page is rendered; an empty
    /// value is no value.
    @Test func theWebmastersDataIsReadByName() throws {
        let site = try TemporarySite([
            "data/lanh-dao.yaml": "- ho_ten: Nguyễn Văn A\n  chuc_vu: Chủ tịch\n- ho_ten: Trần Thị B\n  chuc_vu: \"\"\n",
            "pages/lanh-dao.md": "---\ntitle: Lãnh đạo\nlayout: lanh-dao\n---\n",
            "theme/templates/lanh-dao.mustache": "{{#data.lanh_dao}}<p>{{ho_ten}}{{#chuc_vu}}, {{.}}{{/chuc_vu}}</p>{{/data.lanh_dao}}\n",
        ])
        let page = try #require(try site.render()["lanh-dao/index.html"])
        #expect(page == "<p>Nguyễn Văn A, Chủ tịch</p><p>Trần Thị B</p>\n")
    }
}
