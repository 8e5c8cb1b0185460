import CongKhaiCore
import CongKhaiInput
import Foundation

/// CK206: after the commune or province is renamed in `site.yaml` (a new site copied from a
/// neighbour's, or communes merged), other keys often still carry the old name: the title, the
/// agency, the feedback body, the address, the signer's line. Those reach every page and every
/// letter, so each value naming a commune ("xã …", "phường …") or a province ("tỉnh …") other
/// than `commune` and `province` is reported at its line.
enum SiteConfigNameCheck {
    /// The words that open a unit's name, by level.
    static let communeKinds = ["xa", "phuong", "thi tran", "dac khu"]
    static let provinceKinds = ["tinh", "thanh pho"]

    /// Keys whose text legitimately names other units: links and the province's own systems.
    static let skippedKeys: Set<String> = ["base_url", "commune", "province", "feedback.province_system_url",
                                           "portal.procedure_url", "portal.search_url", "portal.feedback_url"]

    /// Keys CongKhai fills from `commune` when they are left out.
    static let derivedKeys: Set<String> = ["title", "place"]

    static func check(_ values: [SiteConfigTextValue], commune: String, province: String, diagnostics: Diagnostics) {
        let ownCommune = properName(commune, kinds: communeKinds)
        let ownProvince = properName(province, kinds: provinceKinds)
        // Until the commune itself is filled in, CK205 says so; there is no name to compare with.
        guard !ownCommune.isEmpty, !Placeholder.isPlaceholder(commune) else { return }
        // `history` names the commune as it was before a merger, on purpose.
        for item in values where !skippedKeys.contains(item.keyPath) && !item.keyPath.hasPrefix("menu.") && !item.keyPath.hasPrefix("history.")
            && !Placeholder.isPlaceholder(item.value) {
            // The province office (and its address) is in a ward of its own, not the commune:
            // only its province is compared.
            let provinceOffice = item.keyPath.hasPrefix("feedback.province.")
            for mention in mentions(in: item.value, kinds: communeKinds) where mention.name != ownCommune && !provinceOffice {
                diagnostics.warning(.staleName, at: item.location,
                                    "\(item.keyPath) ghi \"\(mention.text)\" nhưng commune là \"\(commune)\". \(derivedKeys.contains(item.keyPath) ? "Xóa dòng này (CongKhai tự ghi theo commune) hoặc sửa" : "Sửa") thành tên xã mới.")
            }
            guard !ownProvince.isEmpty, !Placeholder.isPlaceholder(province) else { continue }
            for mention in mentions(in: item.value, kinds: provinceKinds) where mention.name != ownProvince {
                diagnostics.warning(.staleName, at: item.location,
                                    "\(item.keyPath) ghi \"\(mention.text)\" nhưng province là \"\(province)\". Sửa thành tên tỉnh mới.")
            }
        }
    }

    /// "Xã Bình Tân Hưng" → "binh tan hung"; "Quảng Ngãi" → "quang ngai"; "Thành phố Huế" → "hue".
    static func properName(_ text: String, kinds: [String]) -> String {
        let words = VietnameseFolding.fold(text).split(whereSeparator: { $0 == " " })
        for kind in kinds {
            let kindWords = kind.split(separator: " ")
            if words.count > kindWords.count, Array(words.prefix(kindWords.count)) == kindWords {
                return words.dropFirst(kindWords.count).joined(separator: " ")
            }
        }
        return words.joined(separator: " ")
    }

    struct Mention {
        /// As written ("xã Bình Tân Hưng").
        let text: String
        /// Folded proper name ("binh tan hung").
        let name: String
    }

    /// Each "<kind> <Capitalized Words>" in the text: the name runs while words start with a
    /// capital letter, so "xã Bình Tân Hưng, tỉnh Quảng Ngãi" gives one commune and one province.
    static func mentions(in text: String, kinds: [String]) -> [Mention] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        var result: [Mention] = []
        var index = 0
        while index < words.count {
            var matched = false
            for kind in kinds {
                let kindWords = kind.split(separator: " ").map(String.init)
                guard index + kindWords.count < words.count,
                      (0..<kindWords.count).allSatisfy({ VietnameseFolding.fold(trimmed(words[index + $0])) == kindWords[$0] }),
                      // "Xã" opening a sentence and "xã" mid-sentence both count; the kind word
                      // must not end a clause ("của xã, …").
                      !words[index + kindWords.count - 1].hasSuffix(",") else { continue }
                var nameWords: [String] = []
                var next = index + kindWords.count
                while next < words.count, let first = words[next].first, first.isUppercase || first.isNumber {
                    nameWords.append(trimmed(words[next]))
                    let endsClause = words[next].last.map { ",;.:()".contains($0) } ?? false
                    next += 1
                    if endsClause { break }
                }
                if !nameWords.isEmpty {
                    let written = (words[index..<(index + kindWords.count)].map(trimmed) + nameWords).joined(separator: " ")
                    result.append(Mention(text: written, name: VietnameseFolding.fold(nameWords.joined(separator: " "))))
                    index = next
                    matched = true
                }
                break
            }
            if !matched { index += 1 }
        }
        return result
    }

    private static func trimmed(_ word: String) -> String {
        word.trimmingCharacters(in: CharacterSet(charactersIn: ",;.:()\"'–-"))
    }
}
