import CongKhaiSite

/// The catalog's layouts, each with the view it renders.
enum CatalogTemplates {
    static let list = PageTemplate<ProcedureListView>("procedure-list")
    static let detail = PageTemplate<ProcedureDetailView>("procedure")
    static let posters = PageTemplate<PostersView>("posters")
    static let sheet = PageTemplate<PrintSheetView>("poster-single")

    static let all = [list.requirement, detail.requirement, posters.requirement, sheet.requirement]
}
