import Foundation

/// What a family loads with: the build's options and the site's settings, its data files read
/// once for every family, the working calendar and legal regimes every family shares, and the
/// models of the families it declared it needs, which are loaded before it.
struct FamilyLoadContext {
    let options: BuildOptions
    let config: SiteConfig
    let theme: Theme
    let data: SiteData
    let calendar: WorkingCalendar
    let regimes: LegalRegimes
    /// Every family's route roots (and the theme's assets): no Markdown page may take them.
    let reservedRoots: Set<String>
    let diagnostics: Diagnostics
    /// The family loading, for the message when it reads what it did not declare.
    let family: String
    let needs: [any PageFamily.Type]
    let models: FamilyModels

    var contentDirectory: URL { options.source }
    /// "Today" for the build.
    var asOf: CivilDate { options.asOf }

    /// The model of a family this one needs: declared in `needs`, so loaded already.
    subscript<Needed: PageFamily>(_ needed: Needed.Type) -> Needed.Model {
        precondition(needs.contains { ObjectIdentifier($0) == ObjectIdentifier(needed) }, "the \(family) family reads \(needed)'s model without declaring it in `needs`")
        guard let model = models[needed] else { preconditionFailure("\(needed) is needed by \(family) but not registered") }
        return model
    }
}
