import CongKhaiCore
import Templates

/// The theme's templates compiled once per build for the views the site renders them with,
/// and the key sets of `routes.*` and `assets.*` they were bound against.
///
/// Loading compiles exactly what the page families declare (`TemplateRequirement`) and
/// reports every error then; a family asking here for a template it did not declare is a
/// mistake in CongKhai, caught by the tests that build every family.
public struct SiteTemplates: Sendable {
    /// A compiled template: its name and the type of the value it renders.
    struct Key: Hashable, Sendable {
        let name: String
        let type: ObjectIdentifier

        init<Root>(_ name: String, _ type: Root.Type) {
            self.name = name
            self.type = ObjectIdentifier(type)
        }
    }

    let routeKeys: TemplateKeySet
    let assetKeys: TemplateKeySet
    let flagKeys: TemplateKeySet
    private let compiled: [Key: any Sendable]

    /// Compiles every requirement (each once), reporting every error of the theme as a
    /// diagnostic (`TemplateDiagnostics`); a requirement that does not compile is left out.
    package static func compile(_ theme: Theme, families: FamilyRegistry, requirements: [TemplateRequirement],
                        diagnostics: Diagnostics) -> SiteTemplates {
        let routeKeys = TemplateKeySet(name: TemplateKeys.routes, keys: families.templateRoutes.keys)
        let assetKeys = TemplateKeySet(name: TemplateKeys.assets, keys: theme.assetPaths.keys.map { VietnameseFolding.key($0) })
        let flagKeys = TemplateKeySet(name: TemplateKeys.flags, keys: families.templateFlags.map(\.name))
        // swift-mustache wrote the indentation of a standalone partial that renders nothing;
        // pages keep that line of spaces, byte for byte.
        var compiler = TemplateCompiler(sources: theme.sources, keySets: [routeKeys, assetKeys, flagKeys],
                                        options: .init(keepsIndentationOfEmptyPartials: true))
        // Every file, used or not: a broken template a page does not use yet is still broken.
        compiler.checkSyntax()
        var compiled: [Key: any Sendable] = [:]
        for requirement in requirements where compiled[requirement.key] == nil {
            if let template = requirement.compile(&compiler) { compiled[requirement.key] = template }
        }
        TemplateDiagnostics.report(compiler.errors, diagnostics: diagnostics)
        return SiteTemplates(routeKeys: routeKeys, assetKeys: assetKeys, flagKeys: flagKeys, compiled: compiled)
    }

    /// Nothing compiled: for a site that is not rendered.
    static let none = SiteTemplates(routeKeys: TemplateKeySet(name: TemplateKeys.routes, keys: []),
                                    assetKeys: TemplateKeySet(name: TemplateKeys.assets, keys: []),
                                    flagKeys: TemplateKeySet(name: TemplateKeys.flags, keys: []), compiled: [:])

    /// The layout `name` compiled for pages of `Layout`.
    func page<Layout: TemplateView>(_ name: String, for layout: Layout.Type) -> CompiledTemplate<PageView<Layout>> {
        template(Key(name, PageView<Layout>.self))
    }

    /// The fragment template `name` compiled for `View`.
    func fragment<View: TemplateView>(_ name: String, for view: View.Type) -> CompiledTemplate<View> {
        template(Key(name, View.self))
    }

    private func template<Root>(_ key: Key) -> CompiledTemplate<Root> {
        guard let template = compiled[key] as? CompiledTemplate<Root> else {
            preconditionFailure("the template \(key.name) for \(Root.self) was not declared by its family, or did not compile")
        }
        return template
    }
}
