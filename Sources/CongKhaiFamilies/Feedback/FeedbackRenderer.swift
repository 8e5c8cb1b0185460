import CongKhaiEncoding
import CongKhaiInput
import CongKhaiSite
import Foundation

/// The notice on receiving feedback on administrative regulations (`/phan-anh-kien-nghi/`)
/// and its A4 version for the one-stop desk (`/phan-anh-kien-nghi/in/`).
struct FeedbackRenderer {
    let context: TemplateContext

    func jobs() -> [RenderJob] {
        let site = context.site
        let view = feedbackView()
        let title = "Thông báo tiếp nhận phản ánh, kiến nghị về quy định hành chính"
        // The notice as a document: its number and date at its head when the site gives them.
        let feedback = site.config.feedback
        let own = PageInfo.Own(formal: true, date: feedback.date, number: feedback.number)
        return [
            .html(FeedbackRoutes.notice) {
                context.render(FeedbackFamily.notice, title: title, sitePath: FeedbackRoutes.notice,
                               description: "Nơi và cách gửi phản ánh, kiến nghị về quy định hành chính tới \(site.config.feedback.receivingBody)",
                               own: own, layout: FeedbackLayout(feedback: view(.detail)))
            },
            // The A4 sheet for the desk is a print of the notice, not a page for search engines.
            .html(FeedbackRoutes.print, inSitemap: false) {
                context.render(FeedbackFamily.print, title: title, sitePath: FeedbackRoutes.print, own: own,
                               layout: FeedbackLayout(feedback: view(.sheet)))
            },
        ]
    }

    /// The notice's view for a placement (screen or A4), from what is computed once here.
    private func feedbackView() -> @Sendable (QRPlacement) -> FeedbackView {
        let config = context.site.config
        let feedback = config.feedback
        let nationalQR = try? QRCode(encoding: config.portal.feedbackURL)
        let provinceQR = feedback.provinceSystemURL.flatMap { try? QRCode(encoding: $0) }
        let printURL = context.url(FeedbackRoutes.print), screenURL = context.url(FeedbackRoutes.notice)
        let webAddress = config.baseURL?.absolute("")
        let province = feedback.province.map { body in
            FeedbackView.ProvinceBody(
                name: body.name.nonEmpty, address: body.address.nonEmpty, phone: body.phone.nonEmpty,
                phoneLink: body.phone.flatMap(Placeholder.telLink),
                email: body.email.nonEmpty, emailLink: body.email.flatMap(Placeholder.mailtoLink),
                website: body.website.nonEmpty, source: body.source.nonEmpty,
                incomplete: body.address == nil || body.phone == nil || body.email == nil)
        }
        let system = feedback.provinceSystemName.flatMap { name in feedback.provinceSystemURL.map { (name: name, url: $0) } }
        return { placement in
            FeedbackView(
                receivingBody: feedback.receivingBody, address: feedback.address,
                postalAddress: feedback.postalAddress, phone: feedback.phone,
                email: feedback.email, hours: feedback.hours,
                nationalURL: config.portal.feedbackURL,
                signerTitle: feedback.signerTitle, signerName: feedback.signerName,
                printURL: printURL, screenURL: screenURL, webAddress: webAddress, provinceBody: province,
                // A value still "CẦN ĐIỀN" is shown as text, not as a link.
                phoneLink: Placeholder.telLink(feedback.phone), emailLink: Placeholder.mailtoLink(feedback.email),
                nationalQR: nationalQR.map {
                    QRSVG.inline(for: $0, label: "Mã QR đến mục Phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia",
                                 payload: config.portal.feedbackURL, placement: placement)
                },
                province: system.map { FeedbackView.ProvinceSystem(name: $0.name, url: $0.url) },
                provinceQR: system.flatMap { system in
                    provinceQR.map { QRSVG.inline(for: $0, label: "Mã QR đến \(system.name)", payload: system.url, placement: placement) }
                })
        }
    }
}
