import CongKhaiCore
import CongKhaiInput
import Templates
import Yams

/// Reads the shipped regimes and lays `data/che-do-mot-cua.yaml` over them: an entry whose
/// `ma` names a shipped regime replaces the fields it gives (typically `tu`, the effective
/// date of a circular the webmaster has read); another `ma` adds a regime.
package enum LegalRegimeReader {
    package static let fileName = "che-do-mot-cua"

    private static let keys: Set<String> = [
        "ma", "tu", "ky", "bo_phan", "van_ban", "can_cu", "mau_so", "ten_mau", "trich_dan_mau", "can_cu_van_ban", "giao_dien", "nguon",
        "xac_minh", "ghi_chu",
    ]
    static let templates: Set<String> = ["apology-2018", "apology-2025"]

    /// Fields as written; merged before a regime is built.
    private struct Entry {
        var values: [String: String] = [:]
        var texts: [String]?
        var verified: Bool?
        var location: SourceLocation
    }

    package static func load(siteData: SiteData, diagnostics: Diagnostics) -> LegalRegimes {
        var entries = read(yaml: ShippedRegimes.yaml, file: "(văn bản áp dụng có sẵn)", diagnostics: diagnostics)
        if let (path, document) = siteData.document(named: fileName), case .yaml(let node) = document {
            for entry in read(node, file: "data/\(path)", diagnostics: diagnostics) {
                if let index = entries.firstIndex(where: { $0.values["ma"] == entry.values["ma"] }) {
                    entries[index].values.merge(entry.values) { _, new in new }
                    entries[index].texts = entry.texts ?? entries[index].texts
                    entries[index].verified = entry.verified ?? entries[index].verified
                    entries[index].location = entry.location
                } else {
                    entries.append(entry)
                }
            }
        }
        return LegalRegimes(entries.compactMap { build($0, diagnostics: diagnostics) })
    }

    static func shipped() -> LegalRegimes {
        let diagnostics = Diagnostics()
        return LegalRegimes(read(yaml: ShippedRegimes.yaml, file: "", diagnostics: diagnostics).compactMap { build($0, diagnostics: diagnostics) })
    }

    private static func read(yaml: String, file: String, diagnostics: Diagnostics) -> [Entry] {
        guard let node = try? Yams.compose(yaml: yaml) else { return [] }
        return read(node, file: file, diagnostics: diagnostics)
    }

    private static func read(_ node: Node, file: String, diagnostics: Diagnostics) -> [Entry] {
        guard let items = node.sequence else {
            diagnostics.error(.legalRegimeInvalid, at: SourceLocation(file: file, line: node.mark?.line),
                              "Tệp văn bản áp dụng phải là một danh sách, mỗi mục bắt đầu bằng \"- ma: …\".")
            return []
        }
        var entries: [Entry] = []
        var seen: Set<String> = []
        for item in items {
            guard let fields = YAMLFields(item, file: file, diagnostics: diagnostics, invalidValueCode: .legalRegimeInvalid,
                                          what: "Mục văn bản áp dụng") else { continue }
            for key in fields.keys where !keys.contains(key) {
                diagnostics.error(.legalRegimeInvalid, at: fields.location(of: key),
                                  "Khóa \"\(key)\" không dùng được (dùng: \(keys.sorted().joined(separator: ", "))).")
            }
            guard let id = fields.string("ma") else {
                diagnostics.error(.legalRegimeInvalid, at: fields.location(ofValue: item), "Mỗi mục cần \"ma\" (ví dụ tt03-2025).")
                continue
            }
            guard seen.insert(id).inserted else {
                diagnostics.error(.legalRegimeInvalid, at: fields.location(of: "ma"), "Mã \"\(id)\" có hai lần trong tệp.")
                continue
            }
            var entry = Entry(location: fields.location(ofValue: item))
            for key in keys where key != "van_ban" && key != "xac_minh" {
                if let value = fields.string(key) { entry.values[key] = value }
            }
            for key in ["tu", "ky"] where entry.values[key] != nil {
                if fields.date(key, code: .legalRegimeInvalid) == nil { entry.values[key] = nil }
            }
            if let template = entry.values["giao_dien"], !templates.contains(template) {
                diagnostics.error(.legalRegimeInvalid, at: fields.location(of: "giao_dien"),
                                  "\"giao_dien\" phải là một trong: \(templates.sorted().joined(separator: ", ")).")
                entry.values["giao_dien"] = nil
            }
            if let list = fields.sequence("van_ban") {
                entry.texts = list.compactMap { $0.string?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            entry.verified = fields.bool("xac_minh")
            entries.append(entry)
        }
        return entries
    }

    private static func build(_ entry: Entry, diagnostics: Diagnostics) -> LegalRegime? {
        let values = entry.values
        var missing = ["bo_phan"].filter { values[$0] == nil }
        if values["can_cu"] == nil && values["can_cu_van_ban"] == nil { missing.append("can_cu") }
        guard missing.isEmpty, let id = values["ma"] else {
            diagnostics.error(.legalRegimeInvalid, at: entry.location,
                              "Văn bản áp dụng \"\(values["ma"] ?? "?")\" thiếu \(missing.map { "\"\($0)\"" }.joined(separator: ", ")).")
            return nil
        }
        let from = values["tu"].flatMap(CivilDate.init(parsing:))
        let signed = values["ky"].flatMap(CivilDate.init(parsing:))
        if let from, let signed, from < signed {
            diagnostics.error(.legalRegimeInvalid, at: entry.location,
                              "\"\(id)\" có hiệu lực \(from.vietnameseShort) trước ngày ký \(signed.vietnameseShort).")
            return nil
        }
        return LegalRegime(id: id, from: from, signed: signed, desk: values["bo_phan"]!, texts: entry.texts ?? [],
                           basis: values["can_cu"] ?? values["can_cu_van_ban"]!,
                           formNumber: values["mau_so"], formTitle: values["ten_mau"], formCitation: values["trich_dan_mau"],
                           letterBasisOverride: values["can_cu_van_ban"],
                           template: values["giao_dien"] ?? "apology-2025", source: values["nguon"],
                           verified: entry.verified ?? true, caveat: values["ghi_chu"])
    }
}
