import CongKhaiCore
import Templates

/// Finds the part of a procedure's long content that lists what to bring ("Thành phần, số lượng
/// hồ sơ", "Giấy tờ cần nộp"…). A citizen at the counter or on a phone needs that first, and the
/// single-procedure sheet at the desk carries it, so it is picked out of the sections by its title.
enum ProcedureDocuments {
    /// Folded title fragments that name the documents to bring, as the national database and
    /// communes write them.
    static let titleFragments = ["thanh phan", "ho so can", "giay to can", "ho so gom", "can mang theo"]

    static func isDocumentsSection(_ section: Procedure.Section) -> Bool {
        let title = VietnameseFolding.fold(section.title)
        return titleFragments.contains { title.contains($0) }
    }

    /// The index of the first documents section, if any.
    static func index(in sections: [Procedure.Section]) -> Int? {
        sections.firstIndex(where: isDocumentsSection)
    }
}
