/// Whether a procedure has forms or conditions, as its own content shows, for the h) parts of
/// Nghị định 63/2010/NĐ-CP Điều 8 that apply "where the procedure has them".
///
/// Read on the NFC text's UTF-8 bytes with the words as written (lower- and capitalised):
/// folding every body of a national catalog to look for three words would cost more than
/// reading it.
enum ProcedureFormsNeed {
    /// The documents to bring name a form the citizen fills in, and the documents section does
    /// not already carry the forms in a "Mẫu đơn, tờ khai" column of its table.
    static func namesForms(_ procedure: Procedure) -> Bool {
        guard let index = ProcedureDocuments.index(in: procedure.sections) else { return false }
        var text = procedure.sections[index].markdown
        return text.withUTF8 { bytes in
            let carried = bytes.contains("| Mẫu đơn, tờ khai |")
            let named = bytes.contains("Tờ khai") || bytes.contains("tờ khai") || bytes.contains("Mẫu đơn") || bytes.contains("mẫu đơn")
                || bytes.contains("theo mẫu") || bytes.contains("Mẫu số") || bytes.contains("mẫu số") || bytes.contains("theo Mẫu")
            return named && !carried
        }
    }

    /// Some section speaks of conditions ("đủ điều kiện", "điều kiện hưởng").
    static func speaksOfConditions(_ procedure: Procedure) -> Bool {
        procedure.sections.contains { section in
            var text = section.markdown
            return text.withUTF8 { $0.contains("điều kiện") || $0.contains("Điều kiện") }
        }
    }
}
