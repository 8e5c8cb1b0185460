/// A dossier's state as the one-stop software exports it in its "Trạng thái" column.
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
        .received: ["da tiep nhan", "duoc tiep nhan", "tiep nhan", "moi tiep nhan"],
        .processing: ["dang xu ly", "dang giai quyet", "dang tham dinh", "cho phe duyet", "cho ky", "dang thu ly", "chuyen xu ly"],
        .awaitingSupplement: ["cho bo sung", "yeu cau bo sung", "bo sung ho so", "cho bo sung ho so", "cho cong dan bo sung"],
        .paused: ["tam dung"],
        .resolved: ["co ket qua", "da co ket qua", "cho tra ket qua", "hoan thanh", "da hoan thanh", "da giai quyet", "da xu ly xong", "da xu ly"],
        .returned: ["da tra ket qua", "tra ket qua", "da tra", "da tra kq"],
        .stopped: ["dung xu ly", "da dung xu ly", "tu choi", "tu choi tiep nhan", "khong tiep nhan", "huy", "da huy"],
        .withdrawn: ["cong dan yeu cau rut ho so", "yeu cau rut ho so", "rut ho so", "da rut ho so", "cong dan rut ho so"],
    ]

    private static let byFolded: [String: DossierStatus] = {
        var map: [String: DossierStatus] = [:]
        for (status, names) in spellings { for name in names { map[name] = status } }
        for status in allCases { map[VietnameseFolding.key(status.rawValue, separator: " ")] = status }
        return map
    }()

    public init?(text: String) {
        guard let status = Self.byFolded[VietnameseFolding.key(text, separator: " ")] else { return nil }
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
