import CongKhaiSite

/// Where a citizen files a procedure's dossier, for its page, its sheet and its portal fragment.
enum ProcedurePlace {
    /// The commune's desk for what the commune resolves or receives; for another level's
    /// procedure the place or agency the source gives, never the desk by default.
    static func filing(_ procedure: Procedure, site: Site) -> String {
        let agency = site.config.agency
        let desk = "\(site.deskName) (\(agency.name)), \(agency.address)"
        if procedure.levels.communeResolves || procedure.levels.receivedAtCommune { return desk }
        return procedure.place ?? procedure.agency.map { "\($0) (hỏi \(site.deskName) nếu cần nộp tại xã)" }
            ?? "Chưa ghi: hỏi \(site.deskName) (\(agency.address))"
    }
}
