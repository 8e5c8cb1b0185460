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
        var facts: [(String, String)] = [
            ("Mã thủ tục", html.text(procedure.code)),
            ("Lĩnh vực", html.text(procedure.field)),
            ("Thời hạn giải quyết", html.text(procedure.timeLimitText ?? "Đang cập nhật")),
            ("Phí, lệ phí", html.text(procedure.fee ?? "Đang cập nhật")),
            ("Nơi tiếp nhận", html.text(ProcedurePlace.filing(procedure, site: site))),
            ("Cấp thực hiện", html.text(procedure.levels.label + " — " + procedure.levels.communeRole)),
        ]
        if let scope = procedure.filingScope { facts.append(("Nộp ở nơi khác", html.text(scope.sentence))) }
        if let online = procedure.onlineLevel { facts.append(("Dịch vụ công trực tuyến", html.text(online.rawValue))) }
        if case .upcoming(let from) = procedure.availability(on: site.asOf) {
            facts.append(("Áp dụng từ", html.text(from.vietnameseShort)))
        }
        var body = html.factTable(facts)
        let pageURL = baseURL.absolute(procedure.sitePath)
        for section in procedure.sections {
            guard let rendered = try? markdown.render(section.markdown) else { continue }
            body += "<h3>\(html.text(section.title))</h3>" + html.absolutized(rendered, page: pageURL)
        }
        if site.config.qrCodes {
            body += html.qrImage(sitePath: Routes.procedureQRImage(procedure.code), label: "Mã QR đến trang thủ tục \(procedure.code)",
                                 pixels: EmbedRenderer.qrPixels)
        }
        body += "<p>" + html.link("Xem đầy đủ trên trang của \(site.config.commune)", to: pageURL)
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
        // As the notice's page: first the province's receiving body for feedback on regulations
        // (Nghị định 20/2008 Điều 13 khoản 3), then the commune's own channel.
        var body = "<h3>1. Cơ quan tiếp nhận phản ánh, kiến nghị về quy định hành chính của tỉnh</h3>"
        if let province = feedback.province {
            var provinceRows: [(String, String)] = [("Cơ quan", html.text(province.name))]
            if let address = province.address { provinceRows.append(("Địa chỉ", html.text(address))) }
            if let phone = province.phone { provinceRows.append(("Điện thoại chuyên dùng", contact(phone, Placeholder.telLink(phone)))) }
            if let email = province.email { provinceRows.append(("Thư điện tử", contact(email, Placeholder.mailtoLink(email)))) }
            if let website = province.website { provinceRows.append(("Trang thông tin điện tử", html.link(website, to: website))) }
            body += html.factTable(provinceRows)
            if province.address == nil || province.phone == nil || province.email == nil {
                body += "<p>Địa chỉ, số điện thoại chuyên dùng và thư điện tử của cơ quan này do Ủy ban nhân dân tỉnh công khai (Nghị định số 20/2008/NĐ-CP, Điều 13 khoản 3)"
                    + (province.website.map { ": xem tại " + html.link($0, to: $0) } ?? "") + ".</p>"
            }
        } else {
            body += "<p>Cơ quan tiếp nhận của tỉnh do Ủy ban nhân dân tỉnh \(html.text(config.province)) công khai trên cổng thông tin điện tử của tỉnh (Nghị định số 20/2008/NĐ-CP, Điều 13 khoản 3).</p>"
        }
        var rows: [(String, String)] = [
            ("Nơi tiếp nhận", html.text(feedback.receivingBody)),
            ("Địa chỉ", html.text(feedback.address)),
        ]
        if feedback.postalAddress != feedback.address { rows.append(("Địa chỉ gửi thư", html.text(feedback.postalAddress))) }
        // A value still to fill in ("CẦN ĐIỀN: …") is shown as it is, never made a link.
        rows.append(("Điện thoại", contact(feedback.phone, Placeholder.telLink(feedback.phone))))
        rows.append(("Thư điện tử", contact(feedback.email, Placeholder.mailtoLink(feedback.email))))
        rows.append(("Thời gian tiếp nhận", html.text(feedback.hours)))
        body += "<h3>2. Phản ánh, kiến nghị về việc thực hiện thủ tục hành chính tại xã</h3>"
        body += html.factTable(rows)
        body += "<p>Hoặc gửi trực tuyến qua "
            + html.link("mục Phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia", to: config.portal.feedbackURL) + ":</p>"
        body += html.qrImage(sitePath: Routes.embedFeedbackQR, label: "Mã QR đến mục Phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia",
                             pixels: EmbedRenderer.qrPixels)
        if let name = feedback.provinceSystemName, let url = feedback.provinceSystemURL {
            body += "<p>Hoặc qua " + html.link(name, to: url) + ":</p>"
            body += html.qrImage(sitePath: Routes.embedProvinceQR, label: "Mã QR đến \(name)", pixels: EmbedRenderer.qrPixels)
        }
        let title = "Thông báo tiếp nhận phản ánh, kiến nghị về quy định hành chính"
        let pageURL = baseURL.absolute(Routes.feedback)
        return EmbedFragment(group: .feedback, id: "phan-anh-kien-nghi", title: title,
                             html: html.box(title: title, body), pageURL: pageURL)
    }

    /// A phone or e-mail as a link, or as text while it has no address to link to.
    private func contact(_ value: String, _ link: String?) -> String {
        link.map { html.link(value, to: $0) } ?? html.text(value)
    }

    /// Nil when there is no register to publish.
    func apologies() -> EmbedFragment? {
        let register = site.register
        guard !register.entries.isEmpty else { return nil }
        let title = "Danh sách hồ sơ giải quyết trễ hạn và văn bản xin lỗi"
        var body: String
        if register.late.isEmpty {
            body = "<p>Không có hồ sơ giải quyết trễ hạn.</p>"
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
        body += "<p>" + html.link("Tỉ lệ giải quyết đúng hạn và danh sách đầy đủ", to: pageURL) + "</p>"
        return EmbedFragment(group: .apologies, id: "xin-loi", title: title,
                             html: html.box(title: title, body, dated: site.asOf), pageURL: pageURL)
    }
}
