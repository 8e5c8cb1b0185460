/// A procedure as every catalog layout shows it: its name, code, field, time limit, fee and
/// links, and where it is printed, its QR code.
struct ProcedureSummary: Encodable, Sendable {
    struct Online: Encodable, Sendable {
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
struct ProcedureSection: Encodable, Sendable {
    let id: String?
    let title: String?
    let content: String
}

/// The `procedure-list` layout: the catalog by field (or, split, the fields with links to
/// their pages), or one field's page.
struct ProcedureListView: Encodable, Sendable {
    struct Group: Encodable, Sendable {
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
struct ProcedureDetailView: Encodable, Sendable {
    struct Fact: Encodable, Sendable {
        let label: String
        let value: String
    }

    /// The page's own values, beside the summary's in one object.
    struct Details: Encodable, Sendable {
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

    func encode(to encoder: Encoder) throws {
        try summary.encode(to: encoder)
        try details.encode(to: encoder)
    }
}

/// The `posters` layout: A4 sheets for the desk's wall, fields in order, each procedure
/// with its QR code.
struct PostersView: Encodable, Sendable {
    struct Group: Encodable, Sendable {
        let field: String
        let procedures: [ProcedureSummary]
        let upcoming: Bool
        /// "tờ 2/3" when a field spans sheets.
        let part: String?
    }

    struct Sheet: Encodable, Sendable {
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
struct PrintSheetView: Encodable, Sendable {
    struct Procedure: Encodable, Sendable {
        let summary: ProcedureSummary
        let portalURL: String
        let documents: ProcedureSection?
        /// Smaller type so that the documents fit the sheet (`PrintSheetFit`).
        var compact = false
        /// The documents start a second sheet (`PrintSheetFit.twoSheets`).
        var continued = false
        /// The announcement decision the posted version follows ("Quyết định số … ngày …").
        let decision: String?

        private enum CodingKeys: String, CodingKey { case portalURL, documents, compact, continued, decision }

        func encode(to encoder: Encoder) throws {
            try summary.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(portalURL, forKey: .portalURL)
            try container.encodeIfPresent(documents, forKey: .documents)
            if compact { try container.encode(true, forKey: .compact) }
            if continued { try container.encode(true, forKey: .continued) }
            try container.encodeIfPresent(decision, forKey: .decision)
        }
    }

    let procedure: Procedure
}
