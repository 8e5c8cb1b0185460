import CongKhaiCore
import Templates

/// One administrative procedure (thủ tục hành chính) of the commune's catalog.
public struct Procedure: Sendable {
    /// Mức độ dịch vụ công trực tuyến.
    public enum OnlineLevel: String, Sendable {
        case full = "Toàn trình"
        case partial = "Một phần"
    }

    public enum Status: String, Sendable {
        case current = "Hiện hành"
        case abolished = "Bãi bỏ"
    }

    /// Where a procedure stands on the build's as-of date.
    public enum Availability: Sendable, Equatable {
        case inForce
        case upcoming(from: CivilDate)
        case withdrawn
    }

    /// A titled part of the long content ("Trình tự thực hiện", "Thành phần hồ sơ" …).
    public struct Section: Sendable {
        public let title: String
        public let markdown: String
    }

    public var code: String
    /// Fingerprint of everything this procedure was read from (its row's cells and its
    /// detail file): incremental builds re-render its pages only when this changes.
    public var sourceFingerprint: UInt64 = 0
    /// Fingerprint of the cells alone, without the detail file's sections: what lists,
    /// posters and the search index show. Editing a procedure's long text leaves it alone.
    public var listingFingerprint: UInt64 = 0
    public var name: String
    public var field: String
    /// Cấp thực hiện, as a list of levels, and the commune's part in it.
    public var levels: ProcedureLevels
    public var timeLimit: String?
    /// The unit of `timeLimit` where its text does not state one: from the catalog header's
    /// qualifier or a unit field (`TimeLimitUnit.Source`); nil when no source states it.
    public var timeLimitUnit: TimeLimitUnit? = nil
    public var timeLimitUnitSource: TimeLimitUnit.Source? = nil
    /// Where the time limit was written (a catalog cell or a detail file's line), for the
    /// warnings that name it.
    public var timeLimitLocation: SourceLocation? = nil
    /// The procedure's own text giving the same-day rule ("nếu tiếp nhận hồ sơ sau 15 giờ thì
    /// … trả kết quả … trong ngày làm việc tiếp theo"), when it has one.
    public var sameDayClause: SameDayClause? = nil
    public var fee: String?
    /// Mẫu đơn, tờ khai and yêu cầu, điều kiện when given as columns (or front matter) rather
    /// than as sections of the detail file.
    public var forms: String? = nil
    public var conditions: String? = nil
    public var onlineLevel: OnlineLevel?
    public var agency: String?
    public var legalBasis: String?
    public var decision: String?
    public var effectiveFrom: CivilDate?
    public var effectiveUntil: CivilDate?
    public var status: Status
    public var formalityId: String?
    public var source: String?
    /// Sections of the optional `data/thu-tuc/<code>.md`, in the order written.
    public var sections: [Section]
    /// Where the row came from, for diagnostics.
    public var location: SourceLocation
    /// What the announcement decisions (`data/quyet-dinh-cong-bo.*`) say of it; nil when none names it.
    public var lifecycle: ProcedureLifecycle? = nil
    /// "Địa điểm thực hiện" as the source writes it.
    public var place: String? = nil
    /// Where else a dossier may be filed ("phi địa giới", the province centre); nil: the desk.
    public var filingScope: FilingScope? = nil
    /// "Cơ quan ban hành": the ministry or province that announced the procedure.
    public var issuer: String? = nil
    /// "Ghi chú" as written.
    public var note: String? = nil

    public func availability(on date: CivilDate) -> Availability {
        if status == .abolished { return .withdrawn }
        if let until = effectiveUntil, until < date { return .withdrawn }
        if let from = effectiveFrom, date < from { return .upcoming(from: from) }
        return .inForce
    }

    /// Site-relative path of the detail page. The code, not the name, is in the URL so that a
    /// printed QR code keeps working when a name is corrected.
    public var sitePath: String { CatalogRoutes.procedure(code) }
}
