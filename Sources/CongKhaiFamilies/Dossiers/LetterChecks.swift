import CongKhaiCore
import CongKhaiSite
import Foundation

/// What `check` says about the apology letters as a whole: which form they are written in
/// when their period has none verified, a circular not applied for want of its effective date,
/// a letter that no verified form allows to publish, and letters dated before the two-tier
/// reform while `site.yaml` does not say who the commune was then.
enum LetterChecks {
    static func check(_ register: DossierRegister, regimes: LegalRegimes, config: SiteConfig, diagnostics: Diagnostics) {
        let letters = register.entries.map(\.dossier).filter { $0.apologyDate != nil }
            .sorted { ($0.apologyDate!, $0.location.line ?? 0) < ($1.apologyDate!, $1.location.line ?? 0) }
        guard let latest = letters.last?.apologyDate else { return }
        let file = "data/\(LegalRegimeReader.fileName).yaml"
        // Located at the first letter concerned: that is the row whose published letter it changes.
        for regime in regimes.pending {
            guard let signed = regime.signed, let first = letters.first(where: { $0.apologyDate! >= signed }) else { continue }
            let before = regimes.regime(on: latest)
            diagnostics.warning(.legalRegimeUnverified, at: first.location,
                                "\"\(regime.id)\" (ký ngày \(signed.vietnameseShort)) chưa có ngày hiệu lực nên không được áp dụng: văn bản xin lỗi từ ngày đó vẫn theo thời kỳ \"\(before?.id ?? "?")\" (\(before?.basis ?? "")). Khi đã đọc văn bản, ghi ngày hiệu lực vào \(file): \"- { ma: \(regime.id), tu: <ngày>, nguon: <nơi đọc> }\".")
        }
        var reported: Set<String> = []
        for letter in letters {
            let date = letter.apologyDate!
            guard let regime = regimes.letter(on: date) else {
                diagnostics.warning(.legalRegimeUnverified, at: letter.location,
                                    "Văn bản xin lỗi hồ sơ \(letter.code) ngày \(date.vietnameseShort) không được công bố: không có mẫu văn bản xin lỗi nào đã đối chiếu áp dụng được cho ngày đó (xem \(file), \"xac_minh\").")
                continue
            }
            guard regime.usesEarlierForm, reported.insert(regime.period.id).inserted else { continue }
            let form = regime.form
            diagnostics.warning(.legalRegimeUnverified, at: letter.location,
                                "Văn bản xin lỗi từ ngày \(date.vietnameseShort) thuộc thời kỳ \"\(regime.period.id)\" (\(regime.period.basis)), chưa có mẫu văn bản xin lỗi đã đối chiếu\(regime.period.caveat.map { ": \($0.trimmingCharacters(in: CharacterSet(charactersIn: ".")))" } ?? ""). Văn bản được lập theo \([form.formNumber, form.formTitle].compactMap { $0 }.joined(separator: " – ")) \(form.formCitation ?? ""), mẫu gần nhất đã đối chiếu, và ghi căn cứ đó. Khi đọc được mẫu của thời kỳ này, ghi vào \(file): mau_so, ten_mau, trich_dan_mau, xac_minh: true.")
        }
        checkIssuers(letters, config: config, diagnostics: diagnostics)
    }

    /// A letter dated before the reform was issued by the commune of then under its district:
    /// without `history` the page cannot say who, so it leaves out the superior and the signer's
    /// name rather than print today's.
    static func checkIssuers(_ letters: [Dossier], config: SiteConfig, diagnostics: Diagnostics) {
        let reform = LocalGovernmentReform.twoTierFrom
        let uncovered = letters.filter { letter in
            let date = letter.apologyDate!
            return date < reform && !config.history.contains { date <= $0.until }
        }
        guard let first = uncovered.first else { return }
        diagnostics.warning(.letterIssuerUnknown, at: first.location,
                            "\(uncovered.count) văn bản xin lỗi ghi ngày trước \(reform.vietnameseShort) (ngày bỏ cấp huyện, sắp xếp đơn vị hành chính cấp xã): hồ sơ \(uncovered.map(\.code).joined(separator: ", ")). Văn bản khi đó do xã cũ ban hành, cấp trên là huyện, nhưng site.yaml chưa có mục \"history\": trang ghi tên xã hiện nay, không ghi cơ quan cấp trên và tên người ký. Thêm vào site.yaml: history: - { until: 30/06/2025, commune: <tên xã khi đó>, agency: <Ủy ban nhân dân xã …>, superior: <Ủy ban nhân dân huyện …>, signer_name: <người ký khi đó>, source: <nghị quyết sắp xếp> }.")
    }
}
