import CongKhaiSite

/// What the catalog family loads: the procedures as published on the as-of date, with what
/// the law asks of their content, how the site followed the province's decisions, and the
/// record of published codes as this build leaves it.
struct CatalogModel: Sendable {
    let catalog: Catalog
    /// How many published procedures have every element of Nghị định 63/2010 Điều 8.
    let completeness: ProcedureCompleteness.Summary
    /// Per announcement decision, whether and when the site shows its changes.
    let decisionProgress: [DecisionProgress]
    /// The record of published codes as this build leaves it (written after a successful build).
    let publishedCodes: PublishedCodes
    /// The procedures' QR codes, encoded once for the pages and the portal fragments' PNGs.
    let qrCodes: ProcedureQRCodes
}

extension Site {
    /// The procedure catalog.
    public var catalog: Catalog { self[CatalogFamily.self].catalog }
    public var completeness: ProcedureCompleteness.Summary { self[CatalogFamily.self].completeness }
    var decisionProgress: [DecisionProgress] { self[CatalogFamily.self].decisionProgress }
    var publishedCodes: PublishedCodes { self[CatalogFamily.self].publishedCodes }
    var procedureQRCodes: ProcedureQRCodes { self[CatalogFamily.self].qrCodes }
}
