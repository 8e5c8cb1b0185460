import Foundation

/// The notice on receiving feedback on administrative regulations (`/phan-anh-kien-nghi/`)
/// and its A4 version for the one-stop desk (`/phan-anh-kien-nghi/in/`).
struct FeedbackRenderer {
    let context: TemplateContext

    func jobs() -> [RenderJob] {
        let site = context.site
        let values = feedbackValues()
        let title = "Thông báo tiếp nhận phản ánh, kiến nghị về quy định hành chính"
        return [
            .html(Routes.feedback) {
                site.theme.render(context.page(title: title, sitePath: Routes.feedback,
                                               description: "Nơi và cách gửi phản ánh, kiến nghị về quy định hành chính tới \(site.config.feedback.receivingBody)",
                                               pageValues: ["formal": true], extra: ["feedback": values(.detail)]),
                                  template: "feedback")
            },
            // The A4 sheet for the desk is a print of the notice, not a page for search engines.
            .html(Routes.feedbackPrint, inSitemap: false) {
                site.theme.render(context.page(title: title, sitePath: Routes.feedbackPrint, pageValues: ["formal": true],
                                               extra: ["feedback": values(.sheet)]), template: "feedback-print")
            },
        ]
    }

    private func feedbackValues() -> @Sendable (QRPlacement) -> [String: Any] {
        let config = context.site.config
        let feedback = config.feedback
        let nationalQR = try? QRCode(encoding: config.portal.feedbackURL)
        let provinceQR = feedback.provinceSystemURL.flatMap { try? QRCode(encoding: $0) }
        let printURL = context.url(Routes.feedbackPrint), screenURL = context.url(Routes.feedback)
        let webAddress = config.baseURL?.absolute("")
        // Plain strings cross into the @Sendable closure; the dictionary is built inside it.
        let province: [String: String]? = feedback.province.map { body in
            var values = (TemplateContext.compact(["name": body.name, "address": body.address, "phone": body.phone,
                                                   "email": body.email, "website": body.website, "source": body.source]) as? [String: String]) ?? [:]
            if let phone = body.phone { values["phone_link"] = "tel:" + phone.filter { $0.isNumber || $0 == "+" } }
            if body.address == nil || body.phone == nil || body.email == nil { values["incomplete"] = "true" }
            return values
        }
        return { placement in
            var values: [String: Any] = [
                "receiving_body": feedback.receivingBody, "address": feedback.address,
                "postal_address": feedback.postalAddress, "phone": feedback.phone,
                "email": feedback.email, "hours": feedback.hours,
                "national_url": config.portal.feedbackURL,
                "print_url": printURL, "screen_url": screenURL,
            ]
            values["web_address"] = webAddress
            values["province_body"] = province
            // A value still "CẦN ĐIỀN" is shown as text, not as a link.
            if let link = Placeholder.telLink(feedback.phone) { values["phone_link"] = link }
            if let link = Placeholder.mailtoLink(feedback.email) { values["email_link"] = link }
            if let code = nationalQR {
                values["national_qr"] = QRSVG.inline(for: code, label: "Mã QR đến mục Phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia",
                                                     payload: config.portal.feedbackURL, placement: placement)
            }
            if let name = feedback.provinceSystemName, let url = feedback.provinceSystemURL {
                values["province"] = ["name": name, "url": url]
                if let code = provinceQR {
                    values["province_qr"] = QRSVG.inline(for: code, label: "Mã QR đến \(name)", payload: url, placement: placement)
                }
            }
            return values
        }
    }
}
