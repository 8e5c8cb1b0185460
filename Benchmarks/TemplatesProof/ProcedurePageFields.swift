@testable import CongKhai
import Templates

// The field tables of the procedure page's views, as stage B of issue 25 declares them beside
// each view (here, in one file, because stage A leaves the feature folders alone). Each name is
// the one TemplateEncoder derives today (snake_case of the property), so the templates do not
// change; every property a template may read is declared. (`public` only because these types
// come through `@testable import`; beside the views in CongKhai they are plain `static let`.)

extension ProcedureDetailView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .merge(\.summary),
        .merge(\.details),
    ]
}

extension ProcedureDetailView.Details: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
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

extension ProcedureDetailView.Fact: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("label", \.label),
        .field("value", \.value),
    ]
}

extension ProcedureSummary: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
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
    public static let templateFields: TemplateFields<Self> = [
        .field("label", \.label),
        .field("full", \.full),
    ]
}

extension ProcedureSection: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("id", \.id),
        .field("title", \.title),
        .field("content", \.content),
    ]
}

extension ProcedureDecisions.Decision: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("citation", \.citation),
        .field("url", \.url),
        .field("effective", \.effective),
        .field("action", \.action),
        .field("amended_since", \.amendedSince),
    ]
}

extension DecisionListView.ProcedureLink: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("code", \.code),
        .field("name", \.name),
        .field("url", \.url),
    ]
}
