/// An entry of the main menu. Entries are ordered by `weight`, lightest first, then as
/// declared; the links of site.yaml's `menu` follow them.
///
/// The weights are the menu's order in one place, as data: the home page (0), the webmaster's
/// pages (100 plus their own `menu` number), the catalog (200), the notices (300). A family
/// placing itself between two others picks a weight between theirs.
struct MenuEntry: Sendable, Equatable {
    let title: String
    let sitePath: String
    let weight: Int
}

/// A card of the home page's grid. Cards are ordered by `weight`, lightest first, then as
/// declared.
///
/// What citizens come for first (procedures, 100, and their print sheets, 200), then the
/// webmaster's pages (300), then the published obligations: the feedback notice (400),
/// apologies (500), scores (600), statistics (700), notices (800).
struct HomeCard: Sendable, Equatable {
    let title: String
    let sitePath: String
    let description: String?
    let weight: Int
}
