import Foundation

/// Jobs for `/xin-loi/` (late dossiers and on-time rates) and one apology letter per
/// dossier that has an apology date.
struct DossierRenderer {
    let context: TemplateContext

    static let listPath = "xin-loi/"

    func jobs() -> [RenderJob] {
        let site = context.site
        let register = site.register
        guard !register.entries.isEmpty else { return [] }
        var jobs: [RenderJob] = [.html(Self.listPath) {
            site.theme.render(context.page(title: "Xin lỗi vì trễ hạn giải quyết hồ sơ", sitePath: Self.listPath,
                                           description: "Danh sách hồ sơ trễ hạn và tỉ lệ giải quyết đúng hạn của \(site.config.agency.name)",
                                           extra: listValues(register)), template: "apology-list")
        }]
        for entry in register.late {
            guard let path = entry.dossier.letterPath, let letterDate = entry.dossier.apologyDate else { continue }
            jobs.append(.html(path) {
                site.theme.render(context.page(title: "Xin lỗi: hồ sơ \(entry.dossier.code)", sitePath: path,
                                               extra: ["letter": letterValues(entry, date: letterDate)]),
                                  template: ApologyRegime(letterDate: letterDate).template)
            })
        }
        return jobs
    }

    private func listValues(_ register: DossierRegister) -> [String: Any] {
        var values: [String: Any] = [
            "late": register.late.map(rowValues),
            "late_count": register.late.count,
            "years": register.byYear.map { tallyValues(label: "Năm \($0.year)", $0.tally) },
            "months": register.byMonth.map { month, tally in
                tallyValues(label: "\(month.suffix(2))/\(month.prefix(4))", tally)
            },
        ]
        if !register.byYear.isEmpty {
            values["has_rates"] = true
            values["finished_total"] = VietnameseNumberFormat.integer(register.byYear.reduce(0) { $0 + $1.tally.finished })
        }
        if !register.isComplete { values["rates_unavailable"] = true }
        if register.late.isEmpty { values["no_late"] = true }
        return values
    }

    private func tallyValues(label: String, _ tally: DossierRegister.Tally) -> [String: Any] {
        var values: [String: Any] = [
            "label": label, "early": tally.early, "on_time": tally.onTime, "late": tally.late, "finished": tally.finished,
        ]
        values["rate"] = VietnameseNumberFormat.percent(tally.inTime, of: tally.finished)
        return values
    }

    private func rowValues(_ entry: DossierRegister.Entry) -> [String: Any] {
        let dossier = entry.dossier
        var values: [String: Any] = [
            "code": dossier.code,
            "procedure_code": dossier.procedureCode,
            "received": TemplateContext.date(dossier.received.date) as Any,
        ]
        values["procedure_name"] = entry.procedureName
        if entry.procedureName != nil { values["procedure_url"] = context.url("thu-tuc-hanh-chinh/\(dossier.procedureCode)/") }
        values["applicant"] = dossier.publicName
        values["due"] = TemplateContext.date(dossier.due)
        if let given = dossier.dueGiven, let computed = dossier.dueComputed, given != computed {
            values["due_computed"] = TemplateContext.date(computed)
        }
        values["new_date"] = TemplateContext.date(dossier.newDate)
        values["returned"] = TemplateContext.date(dossier.returned)
        values["reason"] = dossier.reason
        values["late_unit"] = dossier.lateUnit
        if case .late(let days, let open) = entry.outcome {
            values["days_late"] = days
            values["open"] = open
        }
        if let path = dossier.letterPath { values["letter_url"] = context.url(path) }
        return values
    }

    private func letterValues(_ entry: DossierRegister.Entry, date: CivilDate) -> [String: Any] {
        var values = rowValues(entry)
        values["date"] = TemplateContext.date(date)
        values["number"] = entry.dossier.letterNumber
        values["addressee"] = entry.dossier.publicName ?? "người nộp hồ sơ"
        values["list_url"] = context.url(Self.listPath)
        return values
    }
}
