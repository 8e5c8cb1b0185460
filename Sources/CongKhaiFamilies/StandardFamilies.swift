import CongKhaiSite

extension FamilyRegistry {
    /// The families every site is built from, one line each. Their outputs are planned in this
    /// order; they load in the order of what each needs (`LoadOrder`).
    package static let standard = FamilyRegistry([
        PagesFamily(),
        NoticesFamily(),
        CatalogFamily(),
        DecisionsFamily(),
        ApologiesFamily(),
        FeedbackFamily(),
        ScoringFamily(),
        StatisticsFamily(),
        EmbedsFamily(),
    ])
}
