import CongKhaiCore
import CongKhaiInput
import Templates

/// Turns one merged row into a `Procedure`, reporting every problem of the row.
enum ProcedureValidator {
    typealias Cell = ProcedureReader.Cell
    typealias Columns = ProcedureColumns

    /// `headerUnit` is the unit the catalog's time-limit header states ("Thời hạn giải quyết
    /// (ngày làm việc)"), for limits whose own text states none.
    static func validate(_ cells: [String: Cell], rowLocation: SourceLocation, sections: [Procedure.Section],
                         headerUnit: TimeLimitUnit? = nil, diagnostics: Diagnostics) -> Procedure? {
        var valid = true
        func required(_ key: String) -> String? {
            if let value = cells[key]?.value { return value }
            diagnostics.error(.procedureMissingValue, at: rowLocation,
                              "Thiếu \"\(Columns.label(key))\". Điền giá trị vào ô này.")
            valid = false
            return nil
        }
        let code = required(Columns.code)
        let name = required(Columns.name)
        let field = required(Columns.field)

        if let code, !ProcedureValues.isValidCode(code), let cell = cells[Columns.code] {
            diagnostics.error(.procedureInvalidCode, at: cell.location,
                              "Mã TTHC \"\(code)\" sai định dạng. Mã đúng gồm một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001193 hoặc 1.012753.H19."
                              // In a CSV, "2.00085" may be 2.000850 that Excel saved as a number, or a
                              // digit typed short: only the webmaster knows, so it is said, not guessed.
                              + (code.wholeMatch(of: /[1-9]\.[0-9]{1,5}/) != nil
                                 ? " Nếu tệp được lưu từ Excel, có thể Excel đã coi mã là số và bỏ số 0 ở cuối (2.000850 thành 2.00085): định dạng cột mã là Văn bản (Text) rồi gõ lại đủ sáu chữ số, hoặc dùng thẳng tệp .xlsx (CongKhai tự khôi phục)."
                                 : ""))
            valid = false
        }

        /// A cell read by `parse`; a value it cannot read is an error naming what to write instead.
        func choice<Value>(_ key: String, default fallback: Value, _ parse: (String) -> Value?,
                           _ code: DiagnosticCode, _ hint: String) -> Value {
            guard let cell = cells[key] else { return fallback }
            if let parsed = parse(cell.value) { return parsed }
            diagnostics.error(code, at: cell.location, "\(Columns.label(key)) \"\(cell.value)\" không rõ. \(hint)")
            valid = false
            return fallback
        }
        let onlineLevel = choice(Columns.onlineLevel, default: nil, ProcedureValues.onlineLevel,
                                 .procedureUnknownOnlineLevel, "Ghi \"toàn trình\", \"một phần\" hoặc để trống.")
        let levels = choice(Columns.level, default: .communeOwn, ProcedureValues.levels,
                            .procedureUnknownLevel, "Ghi các cấp như Cơ sở dữ liệu quốc gia ghi, cách nhau bằng dấu phẩy: \"Cấp Xã\", \"Cấp Tỉnh, Cấp Xã\", \"Cấp Bộ\", \"Cơ quan khác\", hoặc \"Cấp Tỉnh tiếp nhận tại xã\".")
        let filingScope = choice(Columns.filingScope, default: nil, ProcedureValues.filingScope,
                                 .procedureUnknownLevel, "Ghi \"phi địa giới\" (nộp ở bất kỳ Trung tâm nào trong tỉnh), \"Trung tâm tỉnh\" hoặc để trống.")
        let status = choice(Columns.status, default: .current, ProcedureValues.status,
                            .procedureUnknownStatus, "Ghi \"hiện hành\" hoặc \"bãi bỏ\".")

        func date(_ key: String) -> CivilDate? {
            guard let cell = cells[key] else { return nil }
            switch CivilDate.parse(cell.value) {
            case .date(let date): return date
            case .impossible:
                diagnostics.error(.procedureInvalidDate, at: cell.location,
                                  "Ngày \"\(cell.value)\" không tồn tại. Kiểm tra ngày và tháng (dd/mm/yyyy).")
            case .unreadable:
                diagnostics.error(.procedureInvalidDate, at: cell.location,
                                  "Không hiểu ngày \"\(cell.value)\". Viết dạng 07/02/2025 hoặc 2025-02-07.")
            }
            valid = false
            return nil
        }
        let effectiveFrom = date(Columns.effectiveFrom)
        let effectiveUntil = date(Columns.effectiveUntil)
        if let effectiveFrom, let effectiveUntil, effectiveUntil < effectiveFrom, let cell = cells[Columns.effectiveUntil] {
            diagnostics.error(.procedureDateOrder, at: cell.location,
                              "Hiệu lực đến \(effectiveUntil.vietnameseShort) trước hiệu lực từ \(effectiveFrom.vietnameseShort).")
            valid = false
        }

        var formalityId = cells[Columns.formalityId]?.value
        if let cell = cells[Columns.formalityId], !ProcedureValues.isValidFormalityId(cell.value) {
            diagnostics.warning(.procedureInvalidFormalityId, at: cell.location,
                                "formalityId \"\(cell.value)\" không phải mã dạng UUID của Cổng DVCQG; sẽ dùng liên kết tìm kiếm theo mã TTHC.")
            formalityId = nil
        }

        guard valid, let code, let name, let field else { return nil }
        let timeLimit = cells[Columns.timeLimit]?.value
        if let cell = cells[Columns.timeLimit], TimeLimit.exceedsMaximum(cell.value) {
            diagnostics.error(.timeLimitTooLong, at: cell.location,
                              "Thời hạn \"\(cell.value)\" dài quá \(InputLimits.timeLimitDays) ngày; có lẽ gõ nhầm. Sửa lại số ngày.")
            return nil
        }
        let fee = cells[Columns.fee]?.value
        let (unit, unitSource) = timeLimitUnit(cells, headerUnit: headerUnit, diagnostics: diagnostics)
        if status == .current {
            ProcedureFactChecks.check(timeLimit: cells[Columns.timeLimit], fee: cells[Columns.fee], code: code, diagnostics: diagnostics)
            if timeLimit == nil {
                diagnostics.warning(.procedureNoTimeLimit, at: rowLocation,
                                    "Thủ tục \(code) chưa có thời hạn giải quyết; trang sẽ ghi \"Đang cập nhật\".")
            }
            if fee == nil {
                diagnostics.warning(.procedureNoFee, at: rowLocation,
                                    "Thủ tục \(code) chưa có phí, lệ phí; trang sẽ ghi \"Đang cập nhật\". Ghi \"Miễn phí\" nếu không thu.")
            }
        }
        if status == .current, cells[Columns.agency] == nil,
           !sections.contains(where: { VietnameseFolding.key($0.title, separator: " ").contains("co quan") }) {
            diagnostics.warning(.procedureNoAgency, at: rowLocation,
                                "Thủ tục \(code) chưa ghi cơ quan thực hiện; trang sẽ ghi \"Chưa ghi\", không tự điền Ủy ban nhân dân xã. Ghi cột \"Cơ quan thực hiện\" như Cơ sở dữ liệu quốc gia ghi.")
        }
        let procedure = Procedure(
            code: code, name: name, field: field, levels: levels, timeLimit: timeLimit,
            timeLimitUnit: unit, timeLimitUnitSource: unitSource, timeLimitLocation: cells[Columns.timeLimit]?.location,
            sameDayClause: SameDayClause.find(in: sections), fee: fee,
            forms: cells[Columns.forms]?.value, conditions: cells[Columns.conditions]?.value,
            onlineLevel: onlineLevel, agency: cells[Columns.agency]?.value, legalBasis: cells[Columns.legalBasis]?.value,
            decision: cells[Columns.decision]?.value, effectiveFrom: effectiveFrom, effectiveUntil: effectiveUntil,
            status: status, formalityId: formalityId, source: cells[Columns.source]?.value,
            sections: sections, location: rowLocation,
            place: cells[Columns.place]?.value, filingScope: filingScope ?? ProcedureValues.scope(inPlace: cells[Columns.place]?.value),
            issuer: cells[Columns.issuer]?.value, note: cells[Columns.note]?.value
        )
        if status == .current, PrintSheetFit.of(procedure) == .twoSheets {
            diagnostics.warning(.printSheetTwoPages, at: rowLocation,
                                "Danh sách giấy tờ của thủ tục \(code) dài hơn một tờ A4: tờ niêm yết /niem-yet/\(code)/ in thành hai tờ (tờ 2 ghi rõ là phần tiếp theo). Rút gọn mục thành phần hồ sơ trong data/thu-tuc/\(code).md nếu muốn một tờ.")
        }
        return procedure
    }

    /// The unit for a limit whose text states none: the header's qualifier wins over a unit
    /// field (the national database's `processingDay.type`, copied into a column or a detail
    /// file), as a catalog that states it wins over the database. A unit field that names no
    /// unit is a warning at its cell.
    private static func timeLimitUnit(_ cells: [String: Cell], headerUnit: TimeLimitUnit?,
                                      diagnostics: Diagnostics) -> (TimeLimitUnit?, TimeLimitUnit.Source?) {
        var field: TimeLimitUnit?
        if let cell = cells[Columns.timeLimitUnit] {
            field = TimeLimitUnit(stated: cell.value)
            if field == nil {
                diagnostics.warning(.timeLimitUnitUnstated, at: cell.location,
                                    "Đơn vị thời hạn \"\(cell.value)\" không rõ. Ghi \"ngày làm việc\" (Cơ sở dữ liệu quốc gia ghi WORKING_DAY) hoặc \"ngày dương lịch\".")
            }
        }
        if let headerUnit { return (headerUnit, .header) }
        if let field { return (field, .unitField) }
        return (nil, nil)
    }
}
