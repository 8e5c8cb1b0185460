enum StatisticsRoutes {
    static let page = "thong-ke/"
}
