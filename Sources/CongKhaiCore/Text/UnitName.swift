/// Names of administrative units as they read inside a sentence: "Xã An Phú" heads a line, but
/// "Cổng thông tin điện tử xã An Phú" and "Ủy ban nhân dân xã An Phú" write the kind in lowercase.
public enum UnitName {
    /// Folded words that open a unit's name.
    static let kinds = ["xa ", "phuong ", "thi tran ", "dac khu ", "tinh ", "thanh pho "]

    /// "Xã An Phú" → "xã An Phú"; a name without a kind word is left as written.
    public static func inSentence(_ name: String) -> String {
        let folded = VietnameseFolding.fold(name)
        guard kinds.contains(where: { folded.hasPrefix($0) }) else { return name }
        return name.prefix(1).lowercased() + name.dropFirst()
    }

    /// "Xã Bình Tân" → "Bình Tân": the place name of a "place, date" line.
    public static func withoutKind(_ name: String) -> String {
        let folded = VietnameseFolding.fold(name)
        guard let kind = kinds.first(where: { folded.hasPrefix($0) }) else { return name }
        return String(name.dropFirst(kind.count)).trimmingWhitespace()
    }
}
