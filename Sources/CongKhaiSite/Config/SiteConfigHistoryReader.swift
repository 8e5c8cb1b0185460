import CongKhaiCore
import CongKhaiInput
import Yams

/// Reads `history` of `site.yaml`: the commune's earlier names, superiors and signers, each
/// up to a last day. Letters of the dossier register dated in a period carry that period's
/// names (a letter of 24/01/2025 is the old commune's, under its district).
///
/// ```yaml
/// history:
///   - until: 30/06/2025
///     commune: Xã Bình Tân
///     agency: Ủy ban nhân dân xã Bình Tân
///     superior: Ủy ban nhân dân huyện Bình Sơn
///     signer_title: CHỦ TỊCH
///     signer_name: Lê Văn Tùng
///     source: Nghị quyết … của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã
/// ```
enum SiteConfigHistoryReader {
    static let keys: Set<String> = ["until", "commune", "agency", "superior", "place", "signer_title", "signer_name", "source"]

    static func read(_ fields: YAMLFields, current: Issuer, diagnostics: Diagnostics) -> [IssuerPeriod] {
        guard let items = fields.sequence("history") else { return [] }
        var periods: [IssuerPeriod] = []
        for item in items {
            guard let entry = YAMLFields(item, file: fields.file, diagnostics: diagnostics, invalidValueCode: .siteConfigInvalidValue,
                                         what: "Mục history") else { continue }
            entry.warnUnknownKeys(allowed: keys, code: .siteConfigUnknownKey)
            let location = entry.location(ofValue: item)
            guard let until = entry.date("until", code: .siteConfigInvalidValue) else {
                if entry.node("until") == nil {
                    diagnostics.error(.siteConfigMissingField, at: location,
                                      "Mỗi mục history cần \"until\": ngày cuối cùng đơn vị mang tên này (ví dụ 30/06/2025, trước ngày sắp xếp đơn vị hành chính).")
                }
                continue
            }
            guard let commune = entry.string("commune"), let agency = entry.string("agency") else {
                diagnostics.error(.siteConfigMissingField, at: location,
                                  "Mục history đến ngày \(until.vietnameseShort) cần \"commune\" (tên xã khi đó, ví dụ \"Xã Bình Tân\") và \"agency\" (\"Ủy ban nhân dân xã Bình Tân\").")
                continue
            }
            if let previous = periods.last, until <= previous.until {
                diagnostics.error(.siteConfigInvalidValue, at: entry.location(of: "until"),
                                  "Các mục history phải theo thứ tự thời gian: \(until.vietnameseShort) không sau \(previous.until.vietnameseShort) của mục trước.")
                continue
            }
            let place = entry.string("place") ?? UnitName.withoutKind(commune)
            let issuer = Issuer(commune: commune, agency: agency, superior: entry.string("superior"), place: place,
                                signerTitle: entry.string("signer_title") ?? current.signerTitle, signerName: entry.string("signer_name"))
            periods.append(IssuerPeriod(until: until, issuer: issuer, source: entry.string("source"), location: location))
        }
        return periods
    }
}
