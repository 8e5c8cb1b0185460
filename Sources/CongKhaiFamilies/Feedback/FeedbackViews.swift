import CongKhaiSite
import Templates

/// The `feedback` and `feedback-print` layouts.
struct FeedbackLayout: Sendable {
    let feedback: FeedbackView
}

/// Where and how to send feedback on regulations, on screen or on the desk's sheet.
struct FeedbackView: Sendable {
    /// The province's body that handles feedback, with what is known of it.
    struct ProvinceBody: Sendable {
        let name, address, phone, phoneLink, email, emailLink, website, source: String?
        let incomplete: Bool
    }

    /// The province's own system for feedback, when the site names one.
    struct ProvinceSystem: Sendable {
        let name: String
        let url: String
    }

    let receivingBody: String
    let address: String
    let postalAddress: String
    let phone: String
    let email: String
    let hours: String
    let nationalURL: String
    /// Who signed the notice, when the site gives it.
    let signerTitle: String?
    let signerName: String?
    let printURL: String
    let screenURL: String
    let webAddress: String?
    let provinceBody: ProvinceBody?
    let phoneLink: String?
    let emailLink: String?
    let nationalQR: String?
    let province: ProvinceSystem?
    let provinceQR: String?
}

// MARK: - Template fields

extension FeedbackLayout: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("feedback", \.feedback),
    ]
}

extension FeedbackView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("receiving_body", \.receivingBody),
        .field("address", \.address),
        .field("postal_address", \.postalAddress),
        .field("phone", \.phone),
        .field("email", \.email),
        .field("hours", \.hours),
        .field("national_url", \.nationalURL),
        .field("signer_title", \.signerTitle),
        .field("signer_name", \.signerName),
        .field("print_url", \.printURL),
        .field("screen_url", \.screenURL),
        .field("web_address", \.webAddress),
        .field("province_body", \.provinceBody),
        .field("phone_link", \.phoneLink),
        .field("email_link", \.emailLink),
        .field("national_qr", \.nationalQR),
        .field("province", \.province),
        .field("province_qr", \.provinceQR),
    ]
}

extension FeedbackView.ProvinceBody: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("name", \.name),
        .field("address", \.address),
        .field("phone", \.phone),
        .field("phone_link", \.phoneLink),
        .field("email", \.email),
        .field("email_link", \.emailLink),
        .field("website", \.website),
        .field("source", \.source),
        .field("incomplete", \.incomplete),
    ]
}

extension FeedbackView.ProvinceSystem: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("name", \.name),
        .field("url", \.url),
    ]
}
