@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite

extension ColumnVocabulary {
    /// Every standard family's column names, as the loader gathers them for a real site.
    static var standard: ColumnVocabulary { FamilyRegistry.standard.dataPolicy.vocabulary }
}
