import CongKhaiCore
import CongKhaiInput
import Yams

/// Reads `data/cong-nhan/<year>.yaml`: decision, date, signer and the recognized units.
enum RecognitionListReader {
    static let folder = "cong-nhan/"

    static func load(siteData: SiteData, diagnostics: Diagnostics) -> [RecognitionList] {
        var lists: [RecognitionList] = []
        for path in siteData.documents.keys.sorted() where path.hasPrefix(folder) {
            guard case .yaml(let node) = siteData.documents[path]! else { continue }
            let file = "data/\(path)"
            let stem = path.dropFirst(folder.count).split(separator: ".").first.map(String.init) ?? ""
            guard let year = Int(stem),
                  let fields = YAMLFields(node, file: file, diagnostics: diagnostics, invalidValueCode: .scoreSheetInvalid,
                                          what: "Danh sách công nhận") else {
                diagnostics.error(.scoreSheetInvalid, at: SourceLocation(file: file, line: 1), "Tên tệp danh sách công nhận phải là năm, ví dụ data/cong-nhan/2024.yaml.")
                continue
            }
            guard let decision = fields.string("decision") else {
                diagnostics.error(.scoreSheetInvalid, at: SourceLocation(file: file, line: 1), "Danh sách công nhận cần \"decision\" (số quyết định).")
                continue
            }
            var units: [RecognitionList.Unit] = []
            for item in fields.sequence("units") ?? [] {
                guard let unit = YAMLFields(item, file: file, diagnostics: diagnostics, invalidValueCode: .scoreSheetInvalid, what: "Đơn vị"),
                      let name = unit.string("unit") else {
                    diagnostics.error(.scoreSheetInvalid, at: SourceLocation(file: file, line: item.mark?.line), "Mỗi đơn vị cần \"unit\".")
                    continue
                }
                units.append(.init(name: name, score: unit.string("score").flatMap(ScoreNumber.parse),
                                   location: SourceLocation(file: file, line: item.mark?.line)))
            }
            lists.append(RecognitionList(year: year, decision: decision, date: fields.date("date"), signer: fields.string("signer"),
                                         basis: fields.string("basis"), units: units))
        }
        return lists
    }
}
