import CongKhaiCore
import CongKhaiInput
import Foundation

/// Everything loaded and checked from one content folder: the input of the render phase. The
/// settings, data files, calendar and legal regimes every family shares, and the model each
/// family loaded, read by its type: `site[CatalogFamily.self]` (each family's folder adds a
/// name for its own, such as `site.catalog`).
public struct Site: Sendable {
    public let config: SiteConfig
    public let contentDirectory: URL
    public let theme: Theme
    /// The theme's templates compiled for the views each family renders them with.
    public package(set) var templates: SiteTemplates = .none
    public let data: SiteData
    /// Working days of every year the site's data reaches.
    public let calendar: WorkingCalendar
    /// The one-stop regimes by date: desk name, apology form and legal basis.
    public let regimes: LegalRegimes
    /// "Today" for the build: decides which procedures are in force.
    public let asOf: CivilDate
    package let families: FamilyRegistry
    let models: FamilyModels

    package init(config: SiteConfig, contentDirectory: URL, theme: Theme, data: SiteData, calendar: WorkingCalendar, regimes: LegalRegimes, asOf: CivilDate, families: FamilyRegistry, models: FamilyModels) {
        self.config = config
        self.contentDirectory = contentDirectory
        self.theme = theme
        self.data = data
        self.calendar = calendar
        self.regimes = regimes
        self.asOf = asOf
        self.families = families
        self.models = models
    }

    /// The model `family` loaded. Every registered family is loaded before a site exists.
    package subscript<Family: PageFamily>(_ family: Family.Type) -> Family.Model {
        guard let model = models[family] else { preconditionFailure("\(family) is not registered in this site's families") }
        return model
    }

    /// The regime of pages that are not dated themselves: the one in force on `asOf`.
    public var currentRegime: LegalRegime? { regimes.regime(on: asOf) }

    /// The desk's name on `asOf` ("Trung tâm Phục vụ hành chính công xã …" from 01/07/2025).
    public var deskName: String {
        currentRegime?.deskName(commune: config.commune) ?? "Bộ phận Một cửa"
    }
}
