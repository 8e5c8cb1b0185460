import CongKhaiCore
import CongKhaiInput
import Foundation
import Templates

/// Reads and checks `Content/site.yaml`.
package enum SiteConfigReader {
    package static let fileName = "site.yaml"

    private static let topLevelKeys: Set<String> = [
        "commune", "province", "title", "description", "agency", "base_url", "language", "theme",
        "allow_html", "qr_codes", "portal", "menu", "procedures_per_poster", "procedures_per_list_page", "place", "feedback", "kind",
        "show_score_disagreements",
        "relative_links", "precompress", "embeds", "history", "public_contacts",
    ]
    private static let agencyKeys: Set<String> = [
        "name", "superior", "address", "postal_address", "phone", "email", "working_hours", "signer_title", "signer_name",
    ]
    private static let portalKeys: Set<String> = ["procedure_url", "search_url", "feedback_url", "source", "checked"]
    private static let feedbackKeys: Set<String> = [
        "receiving_body", "address", "postal_address", "phone", "email", "hours", "province_system_name", "province_system_url", "province",
        "number", "date", "signer_title", "signer_name",
    ]
    private static let provinceKeys: Set<String> = ["name", "address", "phone", "email", "website", "source"]

    package static func read(contentDirectory: URL, diagnostics: Diagnostics) -> SiteConfig? {
        let url = contentDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            diagnostics.error(.siteConfigMissing, at: SourceLocation(file: fileName, line: 1),
                              "Không tìm thấy site.yaml trong thư mục nội dung \(contentDirectory.standardizedFileURL.path). Nếu trang của xã đã có: chạy lệnh trong thư mục của trang (nơi có thư mục Content), hoặc chỉ rõ bằng --source <thư mục Content>. Nếu chưa có: tạo bằng \"congkhai new <thư mục>\".")
            return nil
        }
        guard ContentBoundary(contentDirectory).contains(url.path) else {
            diagnostics.error(.linkLeavesContent, at: SourceLocation(file: fileName, line: 1),
                              "site.yaml là liên kết tượng trưng tới một tệp ngoài thư mục nội dung; CongKhai không đọc nó. Thay liên kết bằng một bản sao của tệp.")
            return nil
        }
        guard let text = SourceFile.read(url, displayPath: fileName, limit: InputLimits.FileSize.siteConfig, diagnostics: diagnostics),
              let node = YAMLSource.parse(text, file: fileName, diagnostics: diagnostics, syntaxCode: .siteConfigSyntax),
              let fields = YAMLFields(node, file: fileName, diagnostics: diagnostics,
                                      invalidValueCode: .siteConfigInvalidValue, what: "site.yaml")
        else { return nil }
        fields.warnUnknownKeys(allowed: topLevelKeys, code: .siteConfigUnknownKey)

        func required(_ fields: YAMLFields, _ key: String, _ label: String) -> String {
            if let value = fields.string(key) { return value }
            diagnostics.error(.siteConfigMissingField, at: fields.location(of: key).withLine(fallback: fields.mark?.line),
                              "Thiếu \"\(key)\" (\(label)) trong site.yaml.")
            return ""
        }

        let commune = required(fields, "commune", "tên xã, ví dụ \"Xã Bình Tân Hưng\"")
        let province = required(fields, "province", "tên tỉnh, ví dụ \"Quảng Ngãi\"")
        let textValues = SiteConfigTextValue.all(in: node, file: fileName)
        SiteConfigPlaceholders.check(textValues, diagnostics: diagnostics)
        SiteConfigNameCheck.check(textValues, commune: commune, province: province, diagnostics: diagnostics)

        var agency = SiteConfig.Agency(name: "", superior: nil, address: "", postalAddress: nil,
                                       phone: "", email: "", workingHours: "", signerTitle: "CHỦ TỊCH", signerName: nil)
        if let agencyFields = fields.fields("agency") {
            agencyFields.warnUnknownKeys(allowed: agencyKeys, code: .siteConfigUnknownKey)
            agency.name = required(agencyFields, "name", "tên cơ quan, ví dụ \"Ủy ban nhân dân xã …\"")
            agency.superior = agencyFields.string("superior")
            agency.address = required(agencyFields, "address", "địa chỉ trụ sở")
            agency.postalAddress = agencyFields.string("postal_address")
            agency.phone = required(agencyFields, "phone", "số điện thoại")
            agency.email = required(agencyFields, "email", "thư điện tử")
            agency.workingHours = required(agencyFields, "working_hours", "giờ làm việc")
            agency.signerTitle = agencyFields.string("signer_title") ?? agency.signerTitle
            agency.signerName = agencyFields.string("signer_name")
            if !agency.email.isEmpty && !agency.email.contains("@") && !Placeholder.isPlaceholder(agency.email) {
                diagnostics.error(.siteConfigInvalidValue, at: agencyFields.location(of: "email"),
                                  "Địa chỉ thư điện tử \"\(agency.email)\" không hợp lệ.")
            }
        } else if fields.node("agency") == nil {
            diagnostics.error(.siteConfigMissingField, at: SourceLocation(file: fileName, line: 1),
                              "Thiếu mục \"agency\" (cơ quan: name, address, phone, email, working_hours) trong site.yaml.")
        }

        var baseURL: BaseURL?
        // A starter's "CẦN ĐIỀN" base_url is reported by CK205; QR codes wait for the real one.
        let baseURLLeftToFill = fields.string("base_url").map(Placeholder.isPlaceholder) ?? false
        if let text = fields.string("base_url"), !baseURLLeftToFill {
            baseURL = BaseURLCheck.read(text, at: fields.valueLocation("base_url"), diagnostics: diagnostics)
        }

        var portal = SiteConfig.PortalLinks.defaults
        if let portalFields = fields.fields("portal") {
            portalFields.warnUnknownKeys(allowed: portalKeys, code: .siteConfigUnknownKey)
            func pattern(_ key: String, placeholder: String?, into value: inout String) {
                guard let text = portalFields.string(key),
                      ConfigURLCheck.webAddress(text, key: "portal.\(key)", at: portalFields.valueLocation(key),
                                                example: Self.portalExample(key), diagnostics: diagnostics) else { return }
                if let placeholder, !text.contains(placeholder) {
                    diagnostics.error(.siteConfigInvalidValue, at: portalFields.location(of: key),
                                      "\"\(key)\" phải chứa \(placeholder) để chèn vào đường dẫn.")
                    return
                }
                value = text
            }
            pattern("procedure_url", placeholder: "{formalityId}", into: &portal.procedureURL)
            pattern("search_url", placeholder: "{code}", into: &portal.searchURL)
            pattern("feedback_url", placeholder: nil, into: &portal.feedbackURL)
            portal.source = portalFields.string("source")
            portal.checked = portalFields.string("checked")
        }
        warnAboutPortal(portal, fields: fields, diagnostics: diagnostics)

        let feedback = readFeedback(fields, agency: agency, diagnostics: diagnostics)
        if baseURL == nil && fields.string("base_url") == nil && fields.fields("feedback") != nil {
            diagnostics.warning(.feedbackNoticeIncomplete, at: fields.location(of: "feedback"),
                                "Thiếu \"base_url\": bản in thông báo tiếp nhận phản ánh, kiến nghị niêm yết tại quầy phải ghi địa chỉ trang thông tin điện tử của xã (Nghị định 20/2008/NĐ-CP, Điều 10 khoản 3).")
        }

        var menu: [SiteConfig.MenuItem] = []
        for item in fields.sequence("menu") ?? [] {
            guard let itemFields = YAMLFields(item, file: fileName, diagnostics: diagnostics,
                                              invalidValueCode: .siteConfigInvalidValue, what: "Mục menu"),
                  let title = itemFields.string("title"), let url = itemFields.string("url") else {
                diagnostics.error(.siteConfigInvalidValue, at: SourceLocation(file: fileName, line: item.mark?.line),
                                  "Mỗi mục menu cần \"title\" và \"url\".")
                continue
            }
            guard ConfigURLCheck.menuLink(url, key: "menu.url", at: itemFields.valueLocation("url"), diagnostics: diagnostics) else { continue }
            menu.append(.init(title: title, url: url))
        }

        let perPoster = fields.int("procedures_per_poster") ?? 12
        if perPoster < 1 {
            diagnostics.error(.siteConfigInvalidValue, at: fields.location(of: "procedures_per_poster"),
                              "procedures_per_poster phải lớn hơn 0.")
        }

        let defaultPlace = commune.replacingOccurrences(of: "^(Xã|Phường|Thị trấn|Đặc khu) ", with: "", options: .regularExpression)
        var config = SiteConfig(
            place: fields.string("place") ?? defaultPlace,
            commune: commune, province: province,
            title: fields.string("title") ?? "Cổng thông tin điện tử \(UnitName.inSentence(commune))",
            description: fields.string("description"),
            agency: agency, baseURL: baseURL,
            language: fields.string("language") ?? "vi",
            theme: fields.string("theme") ?? "default",
            allowRawHTML: fields.bool("allow_html") ?? false,
            qrCodes: (fields.bool("qr_codes") ?? true) && !baseURLLeftToFill,
            portal: portal, feedback: feedback, menu: menu,
            isProvince: readKind(fields, diagnostics: diagnostics),
            proceduresPerPoster: max(perPoster, 1)
        )
        config.showScoreDisagreements = fields.bool("show_score_disagreements") ?? false
        if let perListPage = fields.int("procedures_per_list_page") {
            if perListPage < 1 {
                diagnostics.error(.siteConfigInvalidValue, at: fields.location(of: "procedures_per_list_page"),
                                  "procedures_per_list_page phải lớn hơn 0.")
            }
            config.proceduresPerListPage = max(perListPage, 1)
        }
        config.relativeLinks = fields.bool("relative_links") ?? false
        config.precompress = fields.bool("precompress") ?? false
        config.embeds = fields.bool("embeds") ?? true
        var contacts: [String] = []
        for item in fields.sequence("public_contacts") ?? [] {
            guard let value = item.scalar?.string, !value.trimmingWhitespace().isEmpty else {
                diagnostics.error(.siteConfigInvalidValue, at: SourceLocation(file: fileName, line: item.mark?.line),
                                  "Mỗi mục của public_contacts là một số điện thoại, địa chỉ thư điện tử hoặc địa chỉ, viết trên một dòng (- 0255 3812 345).")
                continue
            }
            contacts.append(value)
        }
        config.publicContactsListed = contacts
        config.history = SiteConfigHistoryReader.read(fields, current: config.currentIssuer, diagnostics: diagnostics)
        return config
    }
}

extension SiteConfigReader {
    static func readKind(_ fields: YAMLFields, diagnostics: Diagnostics) -> Bool {
        switch fields.string("kind") {
        case nil, "commune", "xa": return false
        case "province", "tinh": return true
        case let other?:
            diagnostics.error(.siteConfigInvalidValue, at: fields.location(of: "kind"),
                              "kind \"\(other)\" không hợp lệ: ghi commune (trang của xã) hoặc province (trang của tỉnh).")
            return false
        }
    }

    /// The feedback notice must carry the receiving body's address, dedicated phone and e-mail:
    /// each missing one is an error. Postal address and hours default to the agency's.
    static func readFeedback(_ fields: YAMLFields, agency: SiteConfig.Agency, diagnostics: Diagnostics) -> SiteConfig.Feedback {
        var feedback = SiteConfig.Feedback(receivingBody: agency.name, address: "", postalAddress: agency.postalAddress ?? agency.address,
                                           phone: "", email: "", hours: agency.workingHours)
        guard let block = fields.fields("feedback") else {
            diagnostics.error(.feedbackMissingField, at: SourceLocation(file: fileName, line: 1),
                              "Thiếu mục \"feedback\" (nơi tiếp nhận phản ánh, kiến nghị: receiving_body, address, phone, email) trong site.yaml. Trang /phan-anh-kien-nghi/ bắt buộc phải có các thông tin này.")
            return feedback
        }
        block.warnUnknownKeys(allowed: feedbackKeys, code: .siteConfigUnknownKey)
        func required(_ key: String, _ label: String) -> String {
            if let value = block.string(key) { return value }
            diagnostics.error(.feedbackMissingField, at: block.location(of: key).withLine(fallback: block.mark?.line),
                              "Thiếu \"feedback.\(key)\" (\(label)) cho thông báo tiếp nhận phản ánh, kiến nghị.")
            return ""
        }
        feedback.receivingBody = required("receiving_body", "cơ quan tiếp nhận")
        feedback.address = required("address", "địa chỉ cơ quan tiếp nhận")
        feedback.phone = required("phone", "số điện thoại chuyên dùng")
        feedback.email = required("email", "thư điện tử")
        feedback.postalAddress = block.string("postal_address") ?? feedback.postalAddress
        feedback.hours = block.string("hours") ?? feedback.hours
        feedback.provinceSystemName = block.string("province_system_name")
        feedback.provinceSystemURL = block.string("province_system_url").flatMap { url in
            ConfigURLCheck.webAddress(url, key: "feedback.province_system_url", at: block.valueLocation("province_system_url"),
                                      example: "https://dichvucong.quangngai.gov.vn/", diagnostics: diagnostics) ? url : nil
        }
        if !feedback.email.isEmpty && !feedback.email.contains("@") && !Placeholder.isPlaceholder(feedback.email) {
            diagnostics.error(.feedbackMissingField, at: block.location(of: "email"), "Thư điện tử \"\(feedback.email)\" không hợp lệ.")
        }
        feedback.province = readProvinceBody(block, diagnostics: diagnostics)
        feedback.number = block.string("number")
        feedback.date = block.date("date", code: .siteConfigInvalidValue)
        feedback.signerTitle = block.string("signer_title")
        feedback.signerName = block.string("signer_name")
        FeedbackAddressCheck.check(feedback, agency: agency, block: block, diagnostics: diagnostics)
        return feedback
    }

    /// The notice must name the province's receiving body with its address, dedicated phone
    /// and e-mail (Nghị định 20/2008/NĐ-CP, Điều 10 khoản 3 and Điều 13 khoản 3). A commune
    /// may not know them yet: each missing one is a warning, and the page says where to look.
    static func readProvinceBody(_ block: YAMLFields, diagnostics: Diagnostics) -> SiteConfig.ProvinceBody? {
        let law = "Nghị định 20/2008/NĐ-CP, Điều 13 khoản 3"
        guard let province = block.fields("province") else {
            diagnostics.warning(.feedbackNoticeIncomplete, at: block.location(of: "receiving_body").withLine(fallback: block.mark?.line),
                                "Thiếu \"feedback.province\": thông báo phải ghi cơ quan tiếp nhận phản ánh, kiến nghị về quy định hành chính của tỉnh (Văn phòng Ủy ban nhân dân tỉnh) với địa chỉ, số điện thoại chuyên dùng, thư điện tử (\(law)). Thêm: province: { name: …, address: …, phone: …, email: …, website: …, source: … }.")
            return nil
        }
        province.warnUnknownKeys(allowed: provinceKeys, code: .siteConfigUnknownKey)
        guard let name = province.string("name") else {
            diagnostics.warning(.feedbackNoticeIncomplete, at: block.location(of: "province"),
                                "Thiếu \"feedback.province.name\" (tên cơ quan tiếp nhận của tỉnh, ví dụ \"Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi\").")
            return nil
        }
        var body = SiteConfig.ProvinceBody(name: name, address: province.string("address"), phone: province.string("phone"),
                                           email: province.string("email"), website: nil, source: province.string("source"))
        for (key, value, label) in [("address", body.address, "địa chỉ"), ("phone", body.phone, "số điện thoại chuyên dùng"), ("email", body.email, "thư điện tử")] where value == nil {
            diagnostics.warning(.feedbackNoticeIncomplete, at: block.location(of: "province"),
                                "Thiếu \"feedback.province.\(key)\" (\(label) của \(name)) trong thông báo tiếp nhận phản ánh, kiến nghị (\(law)). Trang sẽ ghi là chưa có và dẫn tới \"website\" nếu có.")
        }
        // A starter's "CẦN ĐIỀN" lines are listed by CK205; until filled in the page says the
        // contact is not given yet rather than print the placeholder as a phone or address.
        if body.address.map(Placeholder.isPlaceholder) == true { body.address = nil }
        if body.phone.map(Placeholder.isPlaceholder) == true { body.phone = nil }
        if body.email.map(Placeholder.isPlaceholder) == true { body.email = nil }
        if body.source.map(Placeholder.isPlaceholder) == true { body.source = nil }
        if let email = body.email, !email.contains("@") {
            diagnostics.error(.feedbackMissingField, at: province.location(of: "email"), "Thư điện tử \"\(email)\" không hợp lệ.")
            body.email = nil
        }
        body.website = province.string("website").flatMap { url in
            ConfigURLCheck.webAddress(url, key: "feedback.province.website", at: province.valueLocation("website"),
                                      example: "https://www.quangngai.gov.vn/", diagnostics: diagnostics) ? url : nil
        }
        return body
    }

    /// The portal has changed its addresses before, and answers dead ones with the same
    /// bot-check page as live ones: patterns need a source and the date a person checked them.
    static func warnAboutPortal(_ portal: SiteConfig.PortalLinks, fields: YAMLFields, diagnostics: Diagnostics) {
        let location = fields.node("portal") == nil ? SourceLocation(file: fileName, line: 1) : fields.location(of: "portal")
        for url in [portal.procedureURL, portal.searchURL, portal.feedbackURL]
        where SiteConfig.PortalLinks.deadFragments.contains(where: url.contains) {
            diagnostics.warning(.portalLinksUnchecked, at: location,
                                "Đường dẫn \"\(url)\" theo mẫu cũ của Cổng Dịch vụ công quốc gia, được báo là không còn dùng từ năm 2026. Xem README (mục \"Checking the national portal's addresses\").")
        }
        // CongKhai's own defaults carry their source in the README; patterns a site writes carry theirs.
        if fields.node("portal") != nil && (portal.source == nil || portal.checked == nil) {
            diagnostics.warning(.portalLinksUnchecked, at: location,
                                "Chưa ghi \(portal.source == nil ? "\"portal.source\" (nơi tìm thấy mẫu đường dẫn)" : "")\(portal.source == nil && portal.checked == nil ? " và " : "")\(portal.checked == nil ? "\"portal.checked\" (ngày một người đã mở thử từng đường dẫn với một mã thủ tục)" : ""). Cổng trả cùng một trang kiểm tra cho cả đường dẫn sai, nên chỉ người mở thử mới biết đường dẫn còn dùng được.")
        }
    }
}

extension SiteConfigReader {
    static func portalExample(_ key: String) -> String {
        switch key {
        case "procedure_url": SiteConfig.PortalLinks.defaults.procedureURL
        case "search_url": SiteConfig.PortalLinks.defaults.searchURL
        default: SiteConfig.PortalLinks.defaults.feedbackURL
        }
    }
}

extension YAMLFields {
    /// Where a key's value is written (its own line and column), else where the key is.
    func valueLocation(_ key: String) -> SourceLocation {
        node(key).map(location(ofValue:)) ?? location(of: key)
    }
}

extension SourceLocation {
    func withLine(fallback: Int?) -> SourceLocation {
        line != nil ? self : SourceLocation(file: file, line: fallback, column: column, field: field)
    }
}
