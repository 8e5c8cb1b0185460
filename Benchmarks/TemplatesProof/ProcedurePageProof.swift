import Foundation
@testable import CongKhai
import Templates

/// The procedure detail pages of a site rendered three ways from the same views: as today's
/// build writes them (`SiteBuilder.render`), through TemplateEncoder and swift-mustache, and
/// through the compiled engine over typed views. Issue 25, stage A: the compiled output must be
/// byte for byte today's, at a fraction of the cost.
public final class ProcedurePageProof {
    public enum Failure: Error, CustomStringConvertible {
        case siteHasErrors([String])

        public var description: String {
            switch self {
            case .siteHasErrors(let errors): "the site does not load: \(errors.joined(separator: "; "))"
            }
        }
    }

    /// One procedure page: where it is written and its view, in both forms.
    struct Page {
        let path: String
        let legacy: PageView<ProcedureDetailView>
        let compiled: CompiledPage<ProcedureDetailView>
    }

    let site: Site
    let pages: [Page]
    /// The theme's template files, as the compiled engine reads them.
    public let sources: TemplateSources
    /// The names of `routes.*` and `assets.*` for this build.
    public let keySets: [TemplateKeySet]
    private var template: CompiledTemplate<CompiledPage<ProcedureDetailView>>?

    /// Loads the site in `content` as `congkhai build --as-of` would, and makes every procedure
    /// page's view as `CatalogRenderer` does.
    public init(content: URL, asOf: String) throws {
        let diagnostics = Diagnostics()
        let options = BuildOptions(source: content, output: content.deletingLastPathComponent().appendingPathComponent("unused-output"),
                                   asOf: CivilDate(parsing: asOf)!)
        guard let site = SiteLoader.load(options, diagnostics: diagnostics), !diagnostics.hasErrors else {
            throw Failure.siteHasErrors(diagnostics.errors.map { "\($0)" })
        }
        self.site = site
        sources = ThemeTemplateSources.load(themeDirectory: site.theme.directory,
                                            overrideDirectory: content.appendingPathComponent("theme"))

        let context = TemplateContext(site: site, menu: PageFamilies.menu(for: site))
        let views = ProcedureViews(context: context, markdown: MarkdownRenderer(allowRawHTML: site.config.allowRawHTML, rootPath: site.config.rootPath),
                                   qrCodes: ProcedureQRCodes(site: site))
        let shared = context.sharedValues
        let routes = TemplateKeySet(name: "routes", keys: shared.routes.names.keys)
        let assets = TemplateKeySet(name: "assets", keys: shared.assets.names.keys)
        keySets = [routes, assets]
        let sharedPart = SharedPart(values: shared, routes: routes.values(shared.routes.names), assets: assets.values(shared.assets.names),
                                    data: DynamicValue(shared.data.value))
        pages = site.catalog.all.map { procedure in
            // As CatalogRenderer makes the detail page's view.
            let legacy = context.page(title: procedure.name, sitePath: procedure.sitePath, description: "\(procedure.code) – \(procedure.field)",
                                      layout: views.detail(procedure))
            return Page(path: procedure.sitePath + "index.html", legacy: legacy,
                        compiled: CompiledPage(shared: sharedPart, nav: legacy.nav, page: legacy.page, layout: legacy.layout))
        }
    }

    public var pageCount: Int { pages.count }

    public func path(_ index: Int) -> String { pages[index].path }

    /// Compiles `procedure` (with its partials and `base`) for the typed page; the errors when
    /// it does not compile.
    public func compile(options: TemplateCompiler.Options = .init(keepsIndentationOfEmptyPartials: true)) -> [TemplateError] {
        var compiler = TemplateCompiler(sources: sources, keySets: keySets, options: options)
        template = compiler.compile("procedure", for: CompiledPage<ProcedureDetailView>.self)
        return compiler.errors
    }

    /// Through the compiled engine (after `compile`).
    public func renderCompiled(_ index: Int) -> [UInt8] {
        guard let template else { preconditionFailure("compile() first") }
        return template.render(pages[index].compiled)
    }

    /// The compiled render including the page value it reads (built from the same parts the
    /// legacy view holds), for timing.
    public func renderCompiledFromParts(_ index: Int, into output: inout [UInt8]) {
        guard let template else { preconditionFailure("compile() first") }
        let page = pages[index]
        let view = CompiledPage(shared: page.compiled.shared, nav: page.legacy.nav, page: page.legacy.page, layout: page.legacy.layout)
        template.render(view, into: &output)
    }

    /// Through TemplateEncoder and swift-mustache, as `Theme.render` does in today's build.
    public func renderLegacy(_ index: Int) -> String {
        site.theme.render(pages[index].legacy, template: "procedure")
    }

    /// What today's build writes for each procedure page (all jobs, in memory).
    public func referenceOutputs() -> [String: [UInt8]] {
        let wanted = Set(pages.map(\.path))
        var outputs: [String: [UInt8]] = [:]
        for file in SiteBuilder.render(site) where wanted.contains(file.path) { outputs[file.path] = Array(file.contents) }
        return outputs
    }

    /// Parses every template file, compiles `procedure` for its typed page and every other
    /// layout for dynamic values (binding all of its names, with its partials and parents), as
    /// a build will at theme load once every family has typed views (stage B).
    public func compileWholeTheme() -> (errors: [TemplateError], layouts: Int) {
        var compiler = TemplateCompiler(sources: sources, keySets: keySets, options: .init(keepsIndentationOfEmptyPartials: true))
        compiler.checkSyntax()
        _ = compiler.compile("procedure", for: CompiledPage<ProcedureDetailView>.self)
        var layouts = 1
        for name in sources.names where !name.hasPrefix("partials/") && name != "procedure" {
            _ = compiler.compile(name, for: DynamicValue.self)
            layouts += 1
        }
        return (compiler.errors, layouts)
    }
}
