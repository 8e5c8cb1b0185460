import CongKhai
import CongKhaiCore
import CongKhaiEncoding
import CongKhaiFamilies
import CongKhaiInput
import CongKhaiMarkdown
import CongKhaiSite

extension ColumnVocabulary {
    /// Every standard family's column names, as the loader gathers them for a real site.
    package static var standard: ColumnVocabulary { FamilyRegistry.standard.dataPolicy.vocabulary }
}
