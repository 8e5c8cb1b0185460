/// Which of a criteria set's levels is whose: the first is the unit's own assessment, the
/// level recognition rests on (`recognition_level`, by default the last) is the province's
/// verification, and those between are appraisals (Quảng Ngãi 2024: tự chấm, thẩm định of UBND
/// cấp huyện, thẩm tra of Văn phòng UBND tỉnh, seed 003's columns).
struct RoundLevels {
    let own: CriteriaSet.Level?
    let appraisal: [CriteriaSet.Level]
    let verification: CriteriaSet.Level?

    init(_ set: CriteriaSet) {
        let levels = set.levels
        own = levels.count > 1 ? levels.first : nil
        let verificationIndex = levels.lastIndex { $0.key == set.recognitionLevel } ?? (levels.count - 1)
        verification = levels.count > 1 && verificationIndex > 0 ? levels[verificationIndex] : nil
        appraisal = verificationIndex > 1 ? Array(levels[1..<verificationIndex]) : []
    }
}
