@testable import CongKhai

extension ColumnVocabulary {
    /// Every standard family's column names, as the loader gathers them for a real site.
    static var standard: ColumnVocabulary { FamilyRegistry.standard.dataPolicy.vocabulary }
}
