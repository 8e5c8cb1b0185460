/// An entry of the main menu. Entries are ordered by `weight`, lightest first, then as
/// declared; the links of site.yaml's `menu` follow them.
///
/// The weights are the menu's order in one place, as data: the home page (0), the webmaster's
/// pages (100 plus their own `menu` number), the catalog (200), the notices (300). A family
/// placing itself between two others picks a weight between theirs.
package struct MenuEntry: Sendable, Equatable {
    package let title: String
    package let sitePath: String
    package let weight: Int

    package init(title: String, sitePath: String, weight: Int) {
        self.title = title
        self.sitePath = sitePath
        self.weight = weight
    }
}

/// A card of the home page's grid. Cards are ordered by `weight`, lightest first, then as
/// declared.
///
/// What citizens come for first (procedures, 100, and their print sheets, 200), then the
/// webmaster's pages (300), then the published obligations: the feedback notice (400),
/// apologies (500), scores (600), statistics (700), notices (800).
package struct HomeCard: Sendable, Equatable {
    package let title: String
    package let sitePath: String
    package let description: String?
    let weight: Int

    package init(title: String, sitePath: String, description: String?, weight: Int) {
        self.title = title
        self.sitePath = sitePath
        self.description = description
        self.weight = weight
    }
}
