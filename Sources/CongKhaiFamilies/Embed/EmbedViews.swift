import CongKhaiInput
import CongKhaiSite
import Templates

/// The `embeds` layout: the fragments with their code to copy and a preview, and on the
/// main page the links to each field's page.
struct EmbedsView: Sendable {
    struct Fragment: Sendable {
        let id: String
        let title: String
        /// The fragment's HTML, shown escaped as code to copy.
        let code: String
        /// The same HTML, shown as it renders.
        let preview: String
        let pageURL: String
        let fileURL: String
    }

    struct Group: Sendable {
        let title: String
        let fragments: [Fragment]
    }

    struct Field: Sendable {
        let title: String
        let count: Int
        let url: String
    }

    let groups: [Group]
    let fields: [Field]?
    let hasFields: Bool
    /// On a field's page: the way back to the main one.
    let backURL: String?

    init(groups: [Group], fields: [Field] = [], backURL: String? = nil) {
        self.groups = groups
        self.fields = fields.isEmpty ? nil : fields
        hasFields = !fields.isEmpty
        self.backURL = backURL
    }
}

// MARK: - Template fields

extension EmbedsView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("groups", \.groups),
        .field("fields", \.fields),
        .field("has_fields", \.hasFields),
        .field("back_url", \.backURL),
    ]
}

extension EmbedsView.Fragment: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("id", \.id),
        .field("title", \.title),
        .field("code", \.code),
        .field("preview", \.preview),
        .field("page_url", \.pageURL),
        .field("file_url", \.fileURL),
    ]
}

extension EmbedsView.Group: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title", \.title),
        .field("fragments", \.fragments),
    ]
}

extension EmbedsView.Field: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title", \.title),
        .field("count", \.count),
        .field("url", \.url),
    ]
}
