import CongKhaiCore

/// Finds a round's unit by a name written elsewhere (a progress row, a sheet, the appendix, the
/// recognition list), and says which unit was probably meant when none matches. Names match
/// without case, diacritics or spacing, never without their kind: "Xã Ba Tơ" and "Thị trấn Ba
/// Tơ" were two units of 2024.
struct RoundUnitMatcher {
    private let byKey: [String: RoundUnit]
    private let units: [RoundUnit]

    init(_ units: [RoundUnit]) {
        self.units = units
        var byKey: [String: RoundUnit] = [:]
        for unit in units where byKey[unit.key] == nil { byKey[unit.key] = unit }
        self.byKey = byKey
    }

    func unit(named name: String) -> RoundUnit? { byKey[RoundUnit.key(name)] }

    /// " Có phải \"Xã Hương Trà\"?" for a near name (the same without diacritics, the same
    /// place of another kind, a typo or two), else "".
    func hint(for name: String) -> String {
        let folded = VietnameseFolding.key(name)
        if let same = units.first(where: { VietnameseFolding.key($0.name) == folded }) { return " Có phải \"\(same.name)\"?" }
        let bare = VietnameseFolding.key(UnitName.withoutKind(name))
        if let same = units.first(where: { VietnameseFolding.key(UnitName.withoutKind($0.name)) == bare }) {
            return " Có phải \"\(same.name)\"?"
        }
        let allowed = max(1, folded.count / 8)
        if let near = units.first(where: { unit in
            let key = VietnameseFolding.key(unit.name)
            return abs(key.count - folded.count) <= allowed && EditDistance.within(key, folded, allowed)
        }) {
            return " Có phải \"\(near.name)\"?"
        }
        return ""
    }

    /// The unit, or an error (CK232) at `location` saying the name is not one of the round's.
    func require(_ name: String, at location: SourceLocation, what: String, year: Int, diagnostics: Diagnostics) -> RoundUnit? {
        if let unit = unit(named: name) { return unit }
        diagnostics.error(.roundUnitUnknown, at: location,
                          "\(what) ghi \"\(name)\", không có trong danh sách đơn vị của đợt năm \(year) (\(RoundFolder.displayFolder(year))\(RoundFolder.units)).\(hint(for: name)) Sửa tên cho đúng như danh sách, hoặc thêm đơn vị vào danh sách.")
        return nil
    }
}
