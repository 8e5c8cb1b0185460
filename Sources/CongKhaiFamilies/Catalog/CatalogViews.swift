import CongKhaiInput
import CongKhaiSite
import Templates

/// A procedure as every catalog layout shows it: its name, code, field, time limit, fee and
/// links, and where it is printed, its QR code.
struct ProcedureSummary: Sendable {
    struct Online: Sendable {
        /// "toàn trình" or "một phần".
        let label: String
        let full: Bool
    }

    let code: String
    let name: String
    let field: String
    let url: String
    let timeLimit: String
    let fee: String
    let sheetURL: String
    let online: Online?
    /// Only for a provincial procedure received at the commune.
    let level: String?
    let effectiveFrom: DateView?
    /// The day the site last changed what it posts of the procedure (`da-cong-bo.csv`).
    let posted: DateView?
    /// Inline SVG, on the detail page, the posters and the print sheet.
    let qr: String?
    /// What the QR code holds: the page's absolute address.
    let qrURL: String?
}

/// A section of a procedure's detail file, rendered from Markdown.
struct ProcedureSection: Sendable {
    let id: String?
    let title: String?
    let content: String
}

/// The `procedure-list` layout: the catalog by field (or, split, the fields with links to
/// their pages), or one field's page.
struct ProcedureListView: Sendable {
    struct Group: Sendable {
        let field: String
        let anchor: String
        let count: Int
        let pageURL: String?
        let procedures: [ProcedureSummary]?
    }

    let groups: [Group]
    let total: Int
    let fieldCount: Int
    let searchIndex: String
    let postersURL: String
    let split: Bool
    let hasUpcoming: Bool
    let upcoming: [ProcedureSummary]?
    let fieldPage: Bool
    let listURL: String?

    init(groups: [Group], total: Int, fieldCount: Int, searchIndex: String, postersURL: String,
         split: Bool = false, upcoming: [ProcedureSummary] = [], fieldPage: Bool = false, listURL: String? = nil) {
        self.groups = groups
        self.total = total
        self.fieldCount = fieldCount
        self.searchIndex = searchIndex
        self.postersURL = postersURL
        self.split = split
        hasUpcoming = !upcoming.isEmpty
        self.upcoming = upcoming.isEmpty ? nil : upcoming
        self.fieldPage = fieldPage
        self.listURL = listURL
    }
}

/// The `procedure` layout: the summary's values and the page's own at the top level.
struct ProcedureDetailView: Sendable {
    struct Fact: Sendable {
        let label: String
        let value: String
    }

    /// The page's own values, beside the summary's in one object.
    struct Details: Sendable {
        /// What a citizen asks first: how long, how much, where and when.
        let keyFacts: [Fact]
        /// False for a withdrawn procedure whose record kept no limit and no fee.
        let hasKeyFacts: Bool
        /// The reference facts: code, field, level, legal basis…
        let facts: [Fact]
        /// The documents to bring, shown right after the key facts.
        let documents: ProcedureSection?
        let sections: [ProcedureSection]
        let fieldURL: String
        let notice: String?
        let withdrawn: Bool
        let decision: ProcedureDecisions.Decision?
        let decisionPending: ProcedureDecisions.Decision?
        let replacedBy: DecisionListView.ProcedureLink?
        let portalURL: String
        /// Whether the portal link names the procedure by its id (else it searches its code).
        let portalByID: Bool
        /// schema.org GovernmentService, for a `<script type="application/ld+json">`.
        let jsonLD: String
    }

    let summary: ProcedureSummary
    let details: Details
}

/// The `posters` layout: A4 sheets for the desk's wall, fields in order, each procedure
/// with its QR code.
struct PostersView: Sendable {
    struct Group: Sendable {
        let field: String
        let procedures: [ProcedureSummary]
        let upcoming: Bool
        /// "tờ 2/3" when a field spans sheets.
        let part: String?
    }

    struct Sheet: Sendable {
        let groups: [Group]
        /// The latest posting date of the sheet's procedures: the day this sheet last changed.
        /// (Not `posted`: a card without a date of its own would show the sheet's.)
        let lastPosted: DateView?
        let fields: String
        /// Whether several fields share the sheet.
        let shared: Bool
    }

    let sheets: [Sheet]
    let sheetCount: Int
}

/// The `poster-single` layout: one procedure's A4 sheet, `{{procedure.*}}`.
struct PrintSheetView: Sendable {
    struct Procedure: Sendable {
        let summary: ProcedureSummary
        let portalURL: String
        let documents: ProcedureSection?
        /// Smaller type so that the documents fit the sheet (`PrintSheetFit`).
        var compact = false
        /// The documents start a second sheet (`PrintSheetFit.twoSheets`).
        var continued = false
        /// The announcement decision the posted version follows ("Quyết định số … ngày …").
        let decision: String?
    }

    let procedure: Procedure
}

// MARK: - Template fields

/// The summary's names and the page's own, side by side (`{{name}}`, `{{key_facts}}`).
extension ProcedureDetailView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .merge(\.summary),
        .merge(\.details),
    ]
}

/// The summary's names beside the sheet's own (`{{procedure.name}}`, `{{procedure.compact}}`).
extension PrintSheetView.Procedure: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .merge(\.summary),
        .field("portal_url", \.portalURL),
        .field("documents", \.documents),
        .field("compact", \.compact),
        .field("continued", \.continued),
        .field("decision", \.decision),
    ]
}

extension ProcedureSummary: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("code", \.code),
        .field("name", \.name),
        .field("field", \.field),
        .field("url", \.url),
        .field("time_limit", \.timeLimit),
        .field("fee", \.fee),
        .field("sheet_url", \.sheetURL),
        .field("online", \.online),
        .field("level", \.level),
        .field("effective_from", \.effectiveFrom),
        .field("posted", \.posted),
        .field("qr", \.qr),
        .field("qr_url", \.qrURL),
    ]
}

extension ProcedureSummary.Online: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("label", \.label),
        .field("full", \.full),
    ]
}

extension ProcedureSection: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("id", \.id),
        .field("title", \.title),
        .field("content", \.content),
    ]
}

extension ProcedureListView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("groups", \.groups),
        .field("total", \.total),
        .field("field_count", \.fieldCount),
        .field("search_index", \.searchIndex),
        .field("posters_url", \.postersURL),
        .field("split", \.split),
        .field("has_upcoming", \.hasUpcoming),
        .field("upcoming", \.upcoming),
        .field("field_page", \.fieldPage),
        .field("list_url", \.listURL),
    ]
}

extension ProcedureListView.Group: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("field", \.field),
        .field("anchor", \.anchor),
        .field("count", \.count),
        .field("page_url", \.pageURL),
        .field("procedures", \.procedures),
    ]
}

extension ProcedureDetailView.Fact: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("label", \.label),
        .field("value", \.value),
    ]
}

extension ProcedureDetailView.Details: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("key_facts", \.keyFacts),
        .field("has_key_facts", \.hasKeyFacts),
        .field("facts", \.facts),
        .field("documents", \.documents),
        .field("sections", \.sections),
        .field("field_url", \.fieldURL),
        .field("notice", \.notice),
        .field("withdrawn", \.withdrawn),
        .field("decision", \.decision),
        .field("decision_pending", \.decisionPending),
        .field("replaced_by", \.replacedBy),
        .field("portal_url", \.portalURL),
        .field("portal_by_id", \.portalByID),
        .field("json_ld", \.jsonLD),
    ]
}

extension PostersView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("sheets", \.sheets),
        .field("sheet_count", \.sheetCount),
    ]
}

extension PostersView.Group: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("field", \.field),
        .field("procedures", \.procedures),
        .field("upcoming", \.upcoming),
        .field("part", \.part),
    ]
}

extension PostersView.Sheet: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("groups", \.groups),
        .field("last_posted", \.lastPosted),
        .field("fields", \.fields),
        .field("shared", \.shared),
    ]
}

extension PrintSheetView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("procedure", \.procedure),
    ]
}
