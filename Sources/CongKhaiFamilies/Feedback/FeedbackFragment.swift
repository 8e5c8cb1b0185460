import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Foundation
import Templates

/// The feedback notice as a portal fragment: what the notice's page carries, first the
/// province's receiving body for feedback on regulations (Nghị định 20/2008 Điều 13 khoản 3),
/// then the commune's own channel, with the QR codes to the online channels as PNG files.
struct FeedbackFragment {
    let context: TemplateContext
    let baseURL: BaseURL

    static let template = FragmentTemplate<FeedbackFragmentView>("fragments/feedback")
    static let id = "phan-anh-kien-nghi"
    static let title = "Thông báo tiếp nhận phản ánh, kiến nghị về quy định hành chính"

    func fragments() -> PortalFragments {
        let config = context.site.config
        var images = [RenderJob(path: FeedbackRoutes.nationalQR, dependency: .shared) { QRImageFile.png(config.portal.feedbackURL) }]
        if let url = config.feedback.provinceSystemURL, config.feedback.provinceSystemName != nil {
            images.append(RenderJob(path: FeedbackRoutes.provinceQR, dependency: .shared) { QRImageFile.png(url) })
        }
        let fragment = PortalFragment(id: Self.id, title: Self.title, pageURL: baseURL.absolute(FeedbackRoutes.notice), dependency: .shared) {
            context.render(Self.template, view())
        }
        return PortalFragments(groups: [.init(title: "Phản ánh, kiến nghị", order: 10, fragments: [fragment])], images: images)
    }

    func view() -> FeedbackFragmentView {
        let config = context.site.config
        let feedback = config.feedback
        return FeedbackFragmentView(
            frame: FragmentFrame(title: Self.title),
            province: feedback.province.map { province in
                .init(name: FragmentText.html(province.name),
                      address: province.address.map(FragmentText.html),
                      phone: province.phone.map { FragmentContact($0, link: Placeholder.telLink($0)) },
                      email: province.email.map { FragmentContact($0, link: Placeholder.mailtoLink($0)) },
                      website: province.website.map { FragmentContact($0, link: $0) },
                      incomplete: province.address == nil || province.phone == nil || province.email == nil)
            },
            provinceName: FragmentText.html(config.province),
            commune: .init(receivingBody: FragmentText.html(feedback.receivingBody),
                           address: FragmentText.html(feedback.address),
                           postalAddress: feedback.postalAddress == feedback.address ? nil : FragmentText.html(feedback.postalAddress),
                           // A value still to fill in ("CẦN ĐIỀN: …") is shown as it is, never made a link.
                           phone: FragmentContact(feedback.phone, link: Placeholder.telLink(feedback.phone)),
                           email: FragmentContact(feedback.email, link: Placeholder.mailtoLink(feedback.email)),
                           hours: FragmentText.html(feedback.hours)),
            nationalURL: config.portal.feedbackURL,
            nationalQR: FragmentImage(qrAt: FeedbackRoutes.nationalQR, baseURL: baseURL,
                                      label: "Mã QR đến mục Phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia"),
            provinceSystem: feedback.provinceSystemName.flatMap { name in
                feedback.provinceSystemURL.map { url in
                    .init(name: HTMLEscape.text(name), url: url,
                          qr: FragmentImage(qrAt: FeedbackRoutes.provinceQR, baseURL: baseURL, label: "Mã QR đến \(name)"))
                }
            })
    }
}

/// The `fragments/feedback` template. Texts are HTML. The province's body and the commune's
/// channel are apart, so that a value the province lacks is never looked for in the commune's.
struct FeedbackFragmentView: TemplateView {
    struct ProvinceBody: TemplateView {
        let name: String
        let address: String?
        let phone, email, website: FragmentContact?
        let incomplete: Bool

        static let templateFields: TemplateFields<Self> = [
            .field("name", \.name),
            .field("address", \.address),
            .field("phone", \.phone),
            .field("email", \.email),
            .field("website", \.website),
            .field("incomplete", \.incomplete),
        ]
    }

    struct CommuneChannel: TemplateView {
        let receivingBody, address: String
        let postalAddress: String?
        let phone, email: FragmentContact
        let hours: String

        static let templateFields: TemplateFields<Self> = [
            .field("receiving_body", \.receivingBody),
            .field("address", \.address),
            .field("postal_address", \.postalAddress),
            .field("phone", \.phone),
            .field("email", \.email),
            .field("hours", \.hours),
        ]
    }

    struct ProvinceSystem: TemplateView {
        let name: String
        let url: String
        let qr: FragmentImage

        static let templateFields: TemplateFields<Self> = [
            .field("name", \.name),
            .field("url", \.url),
            .field("qr", \.qr),
        ]
    }

    let frame: FragmentFrame
    let province: ProvinceBody?
    let provinceName: String
    let commune: CommuneChannel
    let nationalURL: String
    let nationalQR: FragmentImage
    let provinceSystem: ProvinceSystem?

    static let templateFields: TemplateFields<Self> = [
        .merge(\.frame),
        .field("province", \.province),
        .field("province_name", \.provinceName),
        .field("commune", \.commune),
        .field("national_url", \.nationalURL),
        .field("national_qr", \.nationalQR),
        .field("province_system", \.provinceSystem),
    ]
}
