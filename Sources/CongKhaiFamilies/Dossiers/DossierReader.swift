import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Foundation
import Templates

/// Reads and checks the export of the dossier register: `data/ho-so.*` (every dossier, the
/// one-stop software's full export: on-time rates come from it) or `data/ho-so-tre-han.*`
/// (late dossiers only: apologies, but no rate), as .csv, .xlsx or .yaml.
enum DossierReader {
    /// The late-only register's name, kept for messages that name "the register".
    static let tableName = "ho-so-tre-han"
    /// The export of every dossier.
    static let completeTableName = "ho-so"
    static let tableNames = [completeTableName, tableName]

    /// Which register the site has, and whether it holds every dossier. Both at once is an
    /// error: the late one would be a second copy of some rows, or a different story.
    static func scope(siteData: SiteData, diagnostics: Diagnostics?) -> (name: String, path: String, isComplete: Bool)? {
        let complete = siteData.document(named: completeTableName)
        let late = siteData.document(named: tableName)
        if let complete, let late {
            diagnostics?.error(.registerScope, at: SourceLocation(file: "data/\(late.path)", line: 1),
                              "Có cả data/\(complete.path) (toàn bộ hồ sơ) và data/\(late.path) (hồ sơ trễ hạn). Giữ một sổ: hồ sơ trễ hạn đã có trong sổ toàn bộ hồ sơ.")
        }
        if let complete { return (completeTableName, "data/\(complete.path)", true) }
        if let late { return (tableName, "data/\(late.path)", false) }
        return nil
    }

    static func read(siteData: SiteData, catalog: [String: Procedure], calendar: WorkingCalendar,
                     asOf: CivilDate? = nil, diagnostics: Diagnostics) -> [Dossier] {
        guard let scope = scope(siteData: siteData, diagnostics: diagnostics),
              let parsed = siteData.table(named: scope.name, diagnostics: diagnostics) else { return [] }
        // A YAML register becomes a table only now: empty its personal columns here too.
        let table = DossierColumns.strippingPersonalData(parsed)
        var ignored: Set<String> = []
        for (index, header) in table.headers.enumerated() where DossierColumns.looksPersonal(header) {
            ignored.insert(VietnameseFolding.key(header))
            diagnostics.warning(.personalDataColumn, at: table.location(column: index),
                                "Cột \"\(header)\" có vẻ chứa dữ liệu cá nhân (số định danh, điện thoại, địa chỉ, thư điện tử). CongKhai không đọc và không bao giờ công bố cột này; nên xóa khỏi tệp xuất.")
        }
        let columns = ColumnMapping.match(table, specs: DossierColumns.specs, ignoring: ignored, diagnostics: diagnostics)
        guard columns.has(DossierColumns.code) else { return [] }

        var dossiers: [Dossier] = []
        var firstRow: [String: Int] = [:]
        for row in table.rows {
            // Duplicates are found on the raw code, so a broken first row still claims its code.
            if let code = columns.value(DossierColumns.code, in: row) {
                let key = Slug.make(code)
                // The apology letter lives at /xin-loi/<slug of the code>/: a code with no letter
                // or digit ("<>") has no address, and a very long one cannot be a folder name.
                guard Slug.isValid(key), SlugLength.problem(key) == nil else {
                    diagnostics.error(.dossierCodeUnusable, at: columns.location(DossierColumns.code, in: row),
                                      "Mã hồ sơ \"\(code)\" không tạo được địa chỉ trang xin lỗi: mã cần có chữ hoặc số và dài tối đa \(InputLimits.pathComponentBytes) ký tự.")
                    continue
                }
                if let first = firstRow[key] {
                    diagnostics.error(.dossierDuplicateCode, at: columns.location(DossierColumns.code, in: row),
                                      "Mã hồ sơ \(PersonalDataMask.scan(code, field: .record).masked) đã có ở hàng \(first). Mỗi hồ sơ chỉ một hàng.")
                    continue
                }
                firstRow[key] = row.line
            }
            if let dossier = readRow(row, columns: columns, catalog: catalog, calendar: calendar, asOf: asOf,
                                     contacts: siteData.contacts, diagnostics: diagnostics) {
                dossiers.append(dossier)
            }
        }
        hideInitialsBesideFullNames(&dossiers, columns: columns, diagnostics: diagnostics)
        return dossiers
    }

    /// A person who agreed to publish their full name on one dossier is named in full there;
    /// their other dossiers must not show their initials, which that name would explain. Such a
    /// dossier shows no applicant at all (names are compared as written, folded: two people
    /// of one name are treated as one, which only hides more).
    private static func hideInitialsBesideFullNames(_ dossiers: inout [Dossier], columns: ColumnMapping, diagnostics: Diagnostics) {
        // Compared without masked stretches: "Trần Thị Bích 0905…" is Trần Thị Bích.
        func key(_ name: String) -> String { VietnameseFolding.key(PersonalDataMask.removingMasks(name)) }
        var consented: [String: String] = [:]  // folded name → the dossier naming it in full
        for dossier in dossiers where dossier.consentToName {
            if let name = dossier.applicant { consented[key(name)] = consented[key(name)] ?? dossier.code }
        }
        guard !consented.isEmpty else { return }
        for index in dossiers.indices where !dossiers[index].consentToName {
            guard let name = dossiers[index].applicant, let other = consented[key(name)] else { continue }
            dossiers[index].hidesApplicant = true
            let line = dossiers[index].location.line
            let location = columns.table.rows.first { $0.line == line }.map { columns.location(DossierColumns.applicant, in: $0) }
                ?? dossiers[index].location
            diagnostics.warning(.initialsBesideFullName, at: location,
                                "Người nộp hồ sơ \(dossiers[index].code) trùng tên với người đã đồng ý công khai họ tên ở hồ sơ \(other): chữ cái đầu ở hồ sơ này sẽ chỉ ra chính người đó, nên trang không ghi người nộp của hồ sơ này. Nếu người này cũng đồng ý công khai tên cho hồ sơ này, ghi vào sổ.")
        }
    }

    private static func readRow(_ row: DataTable.Row, columns: ColumnMapping, catalog: [String: Procedure],
                                calendar: WorkingCalendar, asOf: CivilDate?, contacts: PublicContacts,
                                diagnostics: Diagnostics) -> Dossier? {
        typealias C = DossierColumns
        var valid = true
        /// Every cell that reaches a page, a letter or the feed goes through the mask.
        func published(_ key: String) -> String? {
            guard let value = columns.value(key, in: row) else { return nil }
            let label = DossierColumns.specs.first { $0.key == key }!.label
            return PersonalDataCell.published(value, at: columns.location(key, in: row), what: "Ô \"\(label)\"",
                                              file: columns.table.location().file, contacts: contacts, diagnostics: diagnostics)
        }
        /// Cells quoted in a message are masked too: the terminal is no place for a phone number.
        func quoted(_ text: String) -> String { PersonalDataMask.scan(text, field: .record).masked }
        func required(_ key: String, published isPublished: Bool = true) -> String? {
            if let value = isPublished ? published(key) : columns.value(key, in: row) { return value }
            diagnostics.error(.dossierMissingValue, at: columns.location(key, in: row),
                              "Thiếu \"\(DossierColumns.specs.first { $0.key == key }!.label)\" ở hàng \(row.line).")
            valid = false
            return nil
        }
        func date(_ key: String) -> CivilDate? {
            guard let text = columns.value(key, in: row) else { return nil }
            switch Receipt.parse(text) {
            case .receipt(let receipt): return receipt.date
            case .impossible:
                diagnostics.error(.dossierInvalidDate, at: columns.location(key, in: row),
                                  "Ngày \"\(quoted(text))\" không tồn tại (hàng \(row.line)). Kiểm tra ngày và tháng.")
            case .unreadable:
                diagnostics.error(.dossierInvalidDate, at: columns.location(key, in: row),
                                  "Không hiểu ngày \"\(quoted(text))\" (hàng \(row.line)). Viết dạng 07/01/2025 hoặc 07/01/2025 15:30.")
            }
            valid = false
            return nil
        }

        let code = required(C.code)
        let procedureCode = required(C.procedure)
        var receipt: Receipt?
        if let text = required(C.received, published: false) {
            switch Receipt.parse(text) {
            case .receipt(let parsed): receipt = parsed
            case .impossible, .unreadable:
                diagnostics.error(.dossierInvalidDate, at: columns.location(C.received, in: row),
                                  "Ngày tiếp nhận \"\(quoted(text))\" không hợp lệ (hàng \(row.line)). Viết dạng 07/01/2025 hoặc 07/01/2025 15:30.")
                valid = false
            }
        }
        let dueGiven = date(C.due)
        let returnedGiven = date(C.returned)
        let completed = date(C.completed)
        // The result's date: when it was handed over, else when processing finished.
        let returned = returnedGiven ?? completed
        var status: DossierStatus?
        if let text = columns.value(C.status, in: row) {
            status = DossierStatus(text: text)
            if status == nil {
                diagnostics.warning(.dossierUnknownStatus, at: columns.location(C.status, in: row),
                                    "Trạng thái \"\(quoted(text))\" không biết (hàng \(row.line)); hồ sơ được xếp theo ngày trả, ngày hoàn thành. Trạng thái biết: \(DossierStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        let online = columns.value(C.online, in: row).map { ["co", "x", "1", "true", "yes", "truc tuyen", "dvc truc tuyen"].contains(VietnameseFolding.key($0, separator: " ")) }
        let apologyDate = date(C.apologyDate)

        var newDate: CivilDate?
        var newTime: Int?
        if let text = columns.value(C.newDate, in: row) {
            let parts = text.split(whereSeparator: { ";,\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if parts.count > 1 {
                diagnostics.error(.dossierSecondNewDate, at: columns.location(C.newDate, in: row),
                                  "Hồ sơ được hẹn lại \(parts.count) lần (\(quoted(text))). Quy định chỉ cho hẹn lại ngày trả một lần; giữ ngày hẹn đã gửi công dân và giải quyết ngay.")
                valid = false
            } else {
                newDate = date(C.newDate)
                if newDate != nil, case .receipt(let parsed) = Receipt.parse(text) { newTime = parsed.minutes }
            }
        }

        if let receipt, let returned, returned < receipt.date {
            diagnostics.error(.dossierDateOrder, at: columns.location(C.returned, in: row),
                              "Ngày trả \(returned.vietnameseShort) trước ngày tiếp nhận \(receipt.date.vietnameseShort) (hàng \(row.line)).")
            valid = false
        }
        // The page is published as of --as-of: a result returned or a letter sent after that
        // day has not happened yet, and would read as weeks of delay (or a letter from the future).
        if let asOf {
            for (key, value, what) in [(C.returned, returned, "Ngày trả"), (C.apologyDate, apologyDate, "Ngày xin lỗi")] {
                if let value, value > asOf {
                    diagnostics.error(.dossierDateAfterAsOf, at: columns.location(key, in: row),
                                      "\(what) \(value.vietnameseShort) muộn hơn ngày lập trang \(asOf.vietnameseShort) (--as-of) ở hàng \(row.line). Kiểm tra năm, tháng của ngày này, hoặc lập trang với --as-of từ ngày đó trở đi.")
                    valid = false
                }
            }
        }
        // A published letter must give the reason and the new return date: the form has no
        // place for a blank "đến ngày ……".
        if apologyDate != nil {
            if newDate == nil && columns.value(C.newDate, in: row) == nil {
                diagnostics.error(.apologyLetterIncomplete, at: columns.location(C.newDate, in: row),
                                  "Hồ sơ có \"Ngày xin lỗi\" nhưng không có \"Ngày hẹn lại\" (hàng \(row.line)): văn bản xin lỗi phải ghi thời gian hẹn trả kết quả mới.")
                valid = false
            } else if newDate != nil && newTime == nil {
                diagnostics.warning(.apologyNewTimeMissing, at: columns.location(C.newDate, in: row),
                                    "\"Ngày hẹn lại\" ở hàng \(row.line) không có giờ: văn bản xin lỗi ghi thời gian hẹn trả bằng giờ, phút và ngày (ví dụ 28/07/2025 16:00). Văn bản sẽ chỉ ghi ngày.")
            }
            if columns.value(C.reason, in: row) == nil {
                diagnostics.error(.apologyLetterIncomplete, at: columns.location(C.reason, in: row),
                                  "Hồ sơ có \"Ngày xin lỗi\" nhưng không có \"Lý do\" (hàng \(row.line)): văn bản xin lỗi phải nêu rõ lý do chậm trả kết quả.")
                valid = false
            }
        }
        // Read before the row is judged, so personal data is reported even in a broken row.
        let applicant = published(C.applicant), reason = published(C.reason)
        let lateUnit = published(C.lateUnit), letterNumber = published(C.letterNumber)
        let consentReferenceColumn = published(C.consentReference)
        guard valid, let code, let procedureCode, let receipt else { return nil }
        let rawCode = columns.value(C.code, in: row) ?? code
        if let status, !status.counts {
            // Not received, stopped or withdrawn: neither on time nor late, and no letter.
            return nil
        }
        if let status, status.isFinished, returned == nil {
            diagnostics.warning(.dossierStatusContradictsDates, at: columns.location(C.status, in: row),
                                "Hồ sơ \(code) có trạng thái \"\(status.rawValue)\" nhưng không có \"Ngày trả\" hay \"Ngày hoàn thành\": không xếp được đúng hạn hay trễ hạn, hồ sơ không được tính. Ghi ngày vào sổ.")
            return nil
        }
        if let status, !status.isFinished, let returned {
            diagnostics.warning(.dossierStatusContradictsDates, at: columns.location(C.status, in: row),
                                "Hồ sơ \(code) có trạng thái \"\(status.rawValue)\" nhưng đã có ngày trả hoặc hoàn thành \(returned.vietnameseShort); CongKhai tính theo ngày đó. Kiểm tra lại sổ.")
        }

        let procedure = catalog[procedureCode]
        if procedure == nil {
            diagnostics.warning(.dossierUnknownProcedure, at: columns.location(C.procedure, in: row),
                                "Mã TTHC \(procedureCode) của hồ sơ \(code) không có trong danh mục thủ tục; trang xin lỗi sẽ không liên kết tới thủ tục.")
        }
        let limit = procedure?.limit ?? .unknown
        let dueComputed = calendar.dueDate(received: receipt, limit: limit)
        let afterCutOff = calendar.isWorkingDay(receipt.date) && calendar.cutOff?.applies(to: receipt, limit: limit) == true
        let limitText = procedure?.timeLimitText ?? procedure?.timeLimit ?? ""
        if let dueGiven, let dueComputed, dueGiven != dueComputed {
            diagnostics.warning(.dossierDueDateDiffers, at: columns.location(C.due, in: row),
                                "Hồ sơ \(code): hạn trả ghi \(dueGiven.vietnameseShort) nhưng theo thời hạn \"\(limitText)\" và lịch làm việc thì hạn là \(dueComputed.vietnameseShort). Trang tính số ngày trễ theo hạn \(dueComputed.vietnameseShort) và ghi cả hạn trong sổ; sửa sổ nếu hạn trong sổ sai.")
        }
        if dueComputed == nil, case .unstatedUnit = limit {
            diagnostics.warning(.dossierNoTimeLimit, at: columns.location(C.due, in: row),
                                "Hồ sơ \(code): thời hạn \"\(procedure?.timeLimit ?? "")\" của thủ tục \(procedureCode) chưa ghi đơn vị (ngày làm việc hay ngày), nên không tính hạn trả theo thời hạn này\(dueGiven == nil ? " và hồ sơ không được xếp đúng hạn hay trễ hạn" : "; trang dùng hạn ghi trong sổ \(dueGiven!.vietnameseShort)"). Ghi đơn vị cho thời hạn (xem cảnh báo CK185).")
        } else if dueGiven == nil && dueComputed == nil {
            diagnostics.warning(.dossierNoTimeLimit, at: columns.location(C.due, in: row),
                                "Không tính được hạn trả của hồ sơ \(code): ghi \"Hạn trả\" vào sổ, hoặc thời hạn giải quyết rõ ràng cho thủ tục \(procedureCode).")
        }
        if let apologyDate, let due = dueComputed ?? dueGiven, apologyDate > due.adding(days: -1) {
            diagnostics.warning(.dossierLateApology, at: columns.location(C.apologyDate, in: row),
                                "Văn bản xin lỗi ngày \(apologyDate.vietnameseShort) gửi muộn: phải gửi chậm nhất 01 ngày trước hạn trả \(due.vietnameseShort).")
        }
        for finding in DossierDayOffCheck.findings(code: code, apologyDate: apologyDate, newDate: newDate, dueGiven: dueGiven,
                                                   returned: returned, calendar: calendar) {
            diagnostics.warning(.dossierDateOnDayOff, at: columns.location(finding.column, in: row), finding.message)
        }
        var (consent, consentReference) = columns.value(C.consent, in: row).map(ConsentCell.read) ?? (false, nil)
        // A reference in the cell itself passes through the mask like every published cell.
        consentReference = consentReferenceColumn ?? consentReference.map { PersonalDataMask.scan($0).masked }
        if consent && consentReference == nil && applicant != nil {
            diagnostics.warning(.nameWithoutConsentReference, at: columns.location(C.consent, in: row),
                                "Hồ sơ \(code) ghi đồng ý công khai tên nhưng không ghi căn cứ (phiếu, văn bản đồng ý và ngày): trang chỉ ghi chữ cái đầu. Ghi căn cứ vào cột \"Căn cứ đồng ý\" hoặc ngay sau chữ \"có\" (ví dụ \"có – phiếu đồng ý ngày 14/04/2025\").")
            consent = false
        }
        return Dossier(
            code: code, procedureCode: procedureCode, applicant: applicant,
            consentToName: consent, consentReference: consent ? consentReference : nil, received: receipt, dueGiven: dueGiven, dueComputed: dueComputed,
            returned: returned, reason: reason, newDate: newDate, newTime: newTime,
            lateUnit: lateUnit, apologyDate: apologyDate,
            letterNumber: letterNumber, status: status, online: online, completed: completed, location: columns.table.location(row: row),
            // A code that had to be masked cannot name its letter's address: the row can.
            letterSlug: code == rawCode ? Slug.make(code) : "ho-so-hang-\(row.line)",
            receivedAfterCutOff: afterCutOff
        )
    }

    /// A register named as late dossiers only that holds dossiers returned on time is probably
    /// the full export under the old name: say how to get rates from it, never compute them.
    static func warnAboutScope(_ entries: [DossierRegister.Entry], path: String, isComplete: Bool, diagnostics: Diagnostics) {
        guard !isComplete else { return }
        // A register of late dossiers only is fine as it is (its page says it gives no rate).
        let inTime = entries.filter { $0.outcome == .early || $0.outcome == .onTime }.count
        guard inTime > 0 else { return }
        let message = "Sổ \(path) chỉ dành cho hồ sơ trễ hạn nhưng có \(inTime) hồ sơ trả trước hạn, đúng hạn. Nếu đây là toàn bộ hồ sơ đã giải quyết, đổi tên thành data/\(completeTableName).\((path as NSString).pathExtension) để tính tỷ lệ đúng hạn; nếu không, CongKhai không tính tỷ lệ từ sổ này."
        diagnostics.warning(.registerScope, at: SourceLocation(file: path, line: 1), message)
    }

    /// Years the register reaches into, so the build can warn when one has no announced schedule.
    static func years(of dossiers: [Dossier], asOf: CivilDate) -> Set<Int> {
        var years: Set<Int> = []
        for dossier in dossiers {
            let last = [dossier.returned, dossier.newDate, dossier.dueGiven, dossier.returned == nil ? asOf : nil]
                .compactMap { $0 }.max() ?? dossier.received.date
            for year in dossier.received.date.year...max(last.year, dossier.received.date.year) { years.insert(year) }
        }
        return years
    }
}
