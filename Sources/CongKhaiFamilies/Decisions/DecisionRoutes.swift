enum DecisionRoutes {
    static let page = "quyet-dinh-cong-bo/"
}
