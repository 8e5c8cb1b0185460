import CongKhaiCore
import CongKhaiInput
import Foundation

/// What a family loads with: the build's options and the site's settings, its data files read
/// once for every family, the working calendar and legal regimes every family shares, and the
/// models of the families it declared it needs, which are loaded before it.
package struct FamilyLoadContext {
    let options: BuildOptions
    package let config: SiteConfig
    package let theme: Theme
    package let data: SiteData
    package let calendar: WorkingCalendar
    package let regimes: LegalRegimes
    /// Every family's route roots (and the theme's assets): no Markdown page may take them.
    package let reservedRoots: Set<String>
    package let diagnostics: Diagnostics
    /// The family loading, for the message when it reads what it did not declare.
    let family: String
    let needs: [any PageFamily.Type]
    let models: FamilyModels

    package init(options: BuildOptions, config: SiteConfig, theme: Theme, data: SiteData, calendar: WorkingCalendar, regimes: LegalRegimes, reservedRoots: Set<String>, diagnostics: Diagnostics, family: String, needs: [any PageFamily.Type], models: FamilyModels) {
        self.options = options
        self.config = config
        self.theme = theme
        self.data = data
        self.calendar = calendar
        self.regimes = regimes
        self.reservedRoots = reservedRoots
        self.diagnostics = diagnostics
        self.family = family
        self.needs = needs
        self.models = models
    }

    package var contentDirectory: URL { options.source }
    /// "Today" for the build.
    package var asOf: CivilDate { options.asOf }

    /// The model of a family this one needs: declared in `needs`, so loaded already.
    package subscript<Needed: PageFamily>(_ needed: Needed.Type) -> Needed.Model {
        precondition(needs.contains { ObjectIdentifier($0) == ObjectIdentifier(needed) }, "the \(family) family reads \(needed)'s model without declaring it in `needs`")
        guard let model = models[needed] else { preconditionFailure("\(needed) is needed by \(family) but not registered") }
        return model
    }
}
