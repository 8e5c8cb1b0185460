import CongKhaiCore

/// A dossier's state as the one-stop software exports it in its "Trạng thái" column.
///
/// The national portal's synchronized states, as several public integrations list them
/// (secondary sources, not the portal's own document): 1 Mới đăng ký, 2 Được tiếp nhận,
/// 3 Không được tiếp nhận, 4 Đang xử lý, 5 Yêu cầu bổ sung giấy tờ, 6 Yêu cầu thực hiện nghĩa
/// vụ tài chính, 7 Công dân yêu cầu rút hồ sơ, 8 Dừng xử lý, 9 Đã xử lý xong, 10 Đã trả kết quả.
/// A bare number 1–10 in the column is read by that list.
///
/// Exports write the state in words that differ by vendor and version ("Đã trả kết quả",
/// "Trả kết quả", "Đã trả"); they are matched without case and diacritics. What matters for
/// publishing is which dossiers count in on-time rates: those resolved (có kết quả, đã trả).
/// A dossier not yet received (mới đăng ký), stopped (dừng xử lý) or withdrawn at the
/// citizen's request (công dân yêu cầu rút hồ sơ) is neither on time nor late.
public enum DossierStatus: String, Sendable, CaseIterable {
    case registered = "Mới đăng ký"
    case received = "Đã tiếp nhận"
    case processing = "Đang xử lý"
    case awaitingSupplement = "Chờ bổ sung"
    case paused = "Tạm dừng"
    case resolved = "Có kết quả"
    case returned = "Đã trả kết quả"
    case stopped = "Dừng xử lý"
    case withdrawn = "Công dân yêu cầu rút hồ sơ"

    /// Folded spellings seen in exports (VNPT iGate, OpenCPS, provincial systems), by state.
    static let spellings: [DossierStatus: [String]] = [
        .registered: ["moi dang ky", "moi dang ki", "dang ky moi", "cho tiep nhan"],
        .received: ["da tiep nhan", "duoc tiep nhan", "tiep nhan", "moi tiep nhan", "ho so moi tiep nhan"],
        .processing: ["dang xu ly", "dang giai quyet", "dang tham dinh", "cho phe duyet", "cho ky", "cho ky duyet", "dang thu ly",
                      "chuyen xu ly", "yeu cau thuc hien nghia vu tai chinh", "cho thuc hien nghia vu tai chinh"],
        .awaitingSupplement: ["cho bo sung", "yeu cau bo sung", "yeu cau bo sung giay to", "bo sung ho so", "cho bo sung ho so", "cho cong dan bo sung"],
        .paused: ["tam dung"],
        .resolved: ["co ket qua", "da co ket qua", "cho tra ket qua", "hoan thanh", "da hoan thanh", "da giai quyet", "da xu ly xong", "da xu ly"],
        .returned: ["da tra ket qua", "tra ket qua", "da tra", "da tra kq"],
        .stopped: ["dung xu ly", "da dung xu ly", "tu choi", "tu choi tiep nhan", "khong tiep nhan", "khong duoc tiep nhan", "huy", "da huy"],
        .withdrawn: ["cong dan yeu cau rut ho so", "yeu cau rut ho so", "rut ho so", "da rut ho so", "cong dan rut ho so"],
    ]

    private static let byFolded: [String: DossierStatus] = {
        var map: [String: DossierStatus] = [:]
        for (status, names) in spellings { for name in names { map[name] = status } }
        for status in allCases { map[VietnameseFolding.key(status.rawValue, separator: " ")] = status }
        return map
    }()

    /// The portal's numeric codes, for exports that write the code instead of the words.
    static let byCode: [Int: DossierStatus] = [
        1: .registered, 2: .received, 3: .stopped, 4: .processing, 5: .awaitingSupplement,
        6: .processing, 7: .withdrawn, 8: .stopped, 9: .resolved, 10: .returned,
    ]

    public init?(text: String) {
        let trimmed = text.trimmingWhitespace()
        if let code = Int(trimmed), let status = Self.byCode[code] {
            self = status
            return
        }
        guard let status = Self.byFolded[VietnameseFolding.key(trimmed, separator: " ")] else { return nil }
        self = status
    }

    /// Counts in on-time rates and may be late: received and not stopped or withdrawn.
    public var counts: Bool {
        switch self {
        case .registered, .stopped, .withdrawn: false
        default: true
        }
    }

    /// The software says the dossier has its result, so it must carry a date.
    public var isFinished: Bool { self == .resolved || self == .returned }
}
