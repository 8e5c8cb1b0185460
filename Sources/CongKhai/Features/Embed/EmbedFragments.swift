import Foundation

/// Builds each fragment's HTML from the site's typed values.
struct EmbedFragments {
    let site: Site
    let baseURL: BaseURL
    let markdown: MarkdownRenderer
    private let html: EmbedHTML

    static func procedureID(_ code: String) -> String { "thu-tuc-\(Slug.make(code))" }
    static func fieldListID(_ field: String) -> String { "linh-vuc-\(Slug.make(field))" }

    init(site: Site, baseURL: BaseURL, markdown: MarkdownRenderer) {
        self.site = site
        self.baseURL = baseURL
        self.markdown = markdown
        html = EmbedHTML(baseURL: baseURL)
    }

    func procedure(_ procedure: Procedure) -> EmbedFragment {
        let agency = site.config.agency
        var facts: [(String, String)] = [
            ("Mã thủ tục", html.text(procedure.code)),
            ("Lĩnh vực", html.text(procedure.field)),
            ("Thời hạn giải quyết", html.text(procedure.timeLimitText ?? "Đang cập nhật")),
            ("Phí, lệ phí", html.text(procedure.fee ?? "Đang cập nhật")),
            ("Nơi tiếp nhận", html.text("\(site.deskName) (\(agency.name)), \(agency.address)")),
        ]
        if let online = procedure.onlineLevel { facts.append(("Dịch vụ công trực tuyến", html.text(online.rawValue))) }
        if case .upcoming(let from) = procedure.availability(on: site.asOf) {
            facts.append(("Áp dụng từ", html.text(from.vietnameseShort)))
        }
        var body = html.factTable(facts)
        let pageURL = baseURL.absolute(procedure.sitePath)
        for section in procedure.sections {
            guard let rendered = try? markdown.render(section.markdown) else { continue }
            body += "<h3 style=\"\(EmbedStyle.subtitle)\">\(html.text(section.title))</h3>" + html.absolutized(rendered, page: pageURL)
        }
        if site.config.qrCodes {
            body += html.qrImage(sitePath: Routes.procedureQRImage(procedure.code), label: "Mã QR đến trang thủ tục \(procedure.code)",
                                 pixels: EmbedRenderer.qrPixels)
        }
        body += "<p style=\"\(EmbedStyle.paragraph)\">" + html.link("Xem đầy đủ trên trang của \(site.config.commune)", to: pageURL)
            + " · " + html.link("Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công", to: site.config.portal.page(of: procedure)) + "</p>"
        return EmbedFragment(group: .procedure, id: Self.procedureID(procedure.code), title: procedure.name,
                             html: html.box(title: procedure.name, body), pageURL: pageURL)
    }

    func fieldList(_ group: Catalog.FieldGroup) -> EmbedFragment {
        let rows = group.procedures.map { procedure -> [String] in
            [html.text(procedure.code), html.link(procedure.name, to: baseURL.absolute(procedure.sitePath)),
             html.text(procedure.timeLimitText ?? "Đang cập nhật"), html.text(procedure.fee ?? "Đang cập nhật")]
        }
        let title = "Thủ tục hành chính lĩnh vực \(group.field)"
        let body = html.listTable(headers: ["Mã", "Tên thủ tục", "Thời hạn giải quyết", "Phí, lệ phí"], rows: rows)
        let pageURL = baseURL.absolute(Routes.catalog)
        return EmbedFragment(group: .fieldList, id: Self.fieldListID(group.field), title: title,
                             html: html.box(title: title, body), pageURL: pageURL)
    }

    func feedback() -> EmbedFragment {
        let config = site.config
        let feedback = config.feedback
        var rows: [(String, String)] = [
            ("Cơ quan tiếp nhận", html.text(feedback.receivingBody)),
            ("Địa chỉ", html.text(feedback.address)),
        ]
        if feedback.postalAddress != feedback.address { rows.append(("Địa chỉ gửi thư", html.text(feedback.postalAddress))) }
        rows.append(("Điện thoại", html.link(feedback.phone, to: "tel:" + feedback.phone.filter { $0.isNumber || $0 == "+" })))
        rows.append(("Thư điện tử", html.link(feedback.email, to: "mailto:" + feedback.email)))
        rows.append(("Thời gian tiếp nhận", html.text(feedback.hours)))
        var body = "<p style=\"\(EmbedStyle.paragraph)\">Cá nhân, tổ chức gửi phản ánh, kiến nghị về quy định hành chính và việc giải quyết thủ tục hành chính tới:</p>"
        body += html.factTable(rows)
        body += "<p style=\"\(EmbedStyle.paragraph)\">Hoặc gửi trực tuyến qua "
            + html.link("mục Phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia", to: config.portal.feedbackURL) + ":</p>"
        body += html.qrImage(sitePath: Routes.embedFeedbackQR, label: "Mã QR đến mục Phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia",
                             pixels: EmbedRenderer.qrPixels)
        if let name = feedback.provinceSystemName, let url = feedback.provinceSystemURL {
            body += "<p style=\"\(EmbedStyle.paragraph)\">Hoặc qua " + html.link(name, to: url) + ":</p>"
            body += html.qrImage(sitePath: Routes.embedProvinceQR, label: "Mã QR đến \(name)", pixels: EmbedRenderer.qrPixels)
        }
        let title = "Thông báo tiếp nhận phản ánh, kiến nghị về quy định hành chính"
        let pageURL = baseURL.absolute(Routes.feedback)
        return EmbedFragment(group: .feedback, id: "phan-anh-kien-nghi", title: title,
                             html: html.box(title: title, body), pageURL: pageURL)
    }

    /// Nil when there is no register to publish.
    func apologies() -> EmbedFragment? {
        let register = site.register
        guard !register.entries.isEmpty else { return nil }
        let title = "Danh sách hồ sơ giải quyết trễ hạn và văn bản xin lỗi"
        var body: String
        if register.late.isEmpty {
            body = "<p style=\"\(EmbedStyle.paragraph)\">Không có hồ sơ giải quyết trễ hạn.</p>"
        } else {
            let rows = register.late.map { entry -> [String] in
                let dossier = entry.dossier
                var days = ""
                if case .late(let count, let open) = entry.outcome { days = "\(count) ngày làm việc" + (open ? " (chưa trả)" : "") }
                let letter = dossier.letterPath.map { html.link("Văn bản xin lỗi", to: baseURL.absolute($0)) } ?? ""
                return [html.text(dossier.code), html.text(entry.procedureName ?? dossier.procedureCode),
                        html.text(dossier.received.date.vietnameseShort), html.text(dossier.due?.vietnameseShort ?? ""),
                        html.text(days), letter]
            }
            body = html.listTable(headers: ["Mã hồ sơ", "Thủ tục", "Ngày tiếp nhận", "Hạn trả", "Trễ", "Xin lỗi"], rows: rows)
        }
        let pageURL = baseURL.absolute(Routes.apologies)
        body += "<p style=\"\(EmbedStyle.paragraph)\">" + html.link("Tỉ lệ giải quyết đúng hạn và danh sách đầy đủ", to: pageURL) + "</p>"
        return EmbedFragment(group: .apologies, id: "xin-loi", title: title,
                             html: html.box(title: title, body, dated: site.asOf), pageURL: pageURL)
    }
}
