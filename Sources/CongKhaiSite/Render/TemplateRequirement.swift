import Templates

/// A template a page family renders, with the view it renders it for: loading compiles it
/// against that view's names (`SiteTemplates`), so a name the view does not have, a missing
/// partial or a section over a text is an error at load, never an empty page.
package struct TemplateRequirement: Sendable {
    enum Form: Sendable {
        /// A page: the layout sees every page's values around the view (`PageView`).
        case page
        /// A fragment for the portal's editor: the view alone, one line (`joiningLines`).
        case fragment
    }

    package let name: String
    let form: Form
    /// Whether a theme without the template is reported as lacking a layout its family needs
    /// (CK042); false where the page naming it was reported already (CK025).
    package var reportsMissing = true
    /// `SiteTemplates` finds the compiled template by its name and the type it renders.
    let key: SiteTemplates.Key
    let compile: @Sendable (inout TemplateCompiler) -> (any Sendable)?

    /// The layout `name`, rendering pages whose layout values are `View`.
    static func page<View: TemplateView>(_ name: String, _ view: View.Type) -> Self {
        Self(name: name, form: .page, key: .init(name, PageView<View>.self)) { compiler in
            compiler.compile(name, for: PageView<View>.self)
        }
    }

    /// The fragment template `name`, rendering `View` as one line of HTML.
    static func fragment<View: TemplateView>(_ name: String, _ view: View.Type) -> Self {
        Self(name: name, form: .fragment, key: .init(name, View.self)) { compiler in
            compiler.compile(name, for: View.self, joiningLines: true)
        }
    }
}

/// A layout by name with the type of the values it renders: what a family declares it needs
/// (`requirement`) and what it renders pages with (`TemplateContext.render`), so the two
/// cannot disagree.
package struct PageTemplate<Layout: TemplateView>: Sendable {
    let name: String

    package init(_ name: String) { self.name = name }

    package var requirement: TemplateRequirement { .page(name, Layout.self) }

    /// A layout a page names itself (front matter `layout:`): one the theme lacks was reported
    /// where the page was read (CK025).
    package var namedByPage: TemplateRequirement {
        var requirement = requirement
        requirement.reportsMissing = false
        return requirement
    }
}

/// A portal fragment's template by name, with the type of the values it renders.
package struct FragmentTemplate<View: TemplateView>: Sendable {
    let name: String

    package init(_ name: String) { self.name = name }

    package var requirement: TemplateRequirement { .fragment(name, View.self) }
}
