import CongKhaiCore

/// The parts of a procedure the law requires (Nghị định 63/2010/NĐ-CP Điều 8 khoản 2, as
/// amended by Nghị định 92/2017/NĐ-CP): a–g always; of the h) parts, which apply "where the
/// procedure has them", the result and the fee are asked for every procedure, because every
/// procedure ends in a result and a citizen must be told whether it costs anything ("Miễn
/// phí" is an answer). Forms and conditions are asked for where the procedure has them, as its
/// own content shows: documents to bring that name a form ("Tờ khai …", "theo Mẫu số 01")
/// need the forms carried (a "Mẫu đơn, tờ khai" section or column, or a documents table with a
/// "Mẫu đơn, tờ khai" column); content that speaks of conditions ("đủ điều kiện") needs them
/// stated (a "Yêu cầu, điều kiện" section or column).
///
/// A QR code at the counter leads to this page; a page without these parts is the "nội dung
/// TTHC" seed 003's criterion 3 gives 0 points for.
public enum ProcedureCompleteness {
    public enum Element: String, Sendable, CaseIterable {
        case name = "a) Tên thủ tục"
        case steps = "b) Trình tự thực hiện"
        case methods = "c) Cách thức thực hiện"
        case documents = "d) Thành phần, số lượng hồ sơ"
        case timeLimit = "đ) Thời hạn giải quyết"
        case audience = "e) Đối tượng thực hiện"
        case agency = "g) Cơ quan giải quyết"
        case result = "h) Kết quả thực hiện"
        case fee = "h) Phí, lệ phí"
        case forms = "h) Mẫu đơn, tờ khai"
        case conditions = "h) Yêu cầu, điều kiện"

        /// Folded words that mark a section of the detail file as this element.
        var sectionWords: [String] {
            switch self {
            case .name: []
            case .steps: ["trinh tu"]
            case .methods: ["cach thuc"]
            case .documents: ["thanh phan", "ho so"]
            case .timeLimit: ["thoi han"]
            case .audience: ["doi tuong"]
            case .agency: ["co quan"]
            case .result: ["ket qua"]
            case .fee: ["phi"]
            case .forms: ["mau don", "to khai", "bieu mau"]
            case .conditions: ["dieu kien"]
            }
        }

        /// One bit per element, for the set of elements a procedure's section titles name.
        fileprivate var bit: UInt16 { 1 << UInt16(Self.allCases.firstIndex(of: self)!) }
    }

    /// The elements a procedure lacks: a column left blank and no section of that title.
    public static func missing(_ procedure: Procedure) -> [Element] {
        missing(procedure, marks: Self.marks(ofTitle:))
    }

    /// `marks` gives the elements (as bits) a section title names.
    private static func missing(_ procedure: Procedure, marks: (String) -> UInt16) -> [Element] {
        var named: UInt16 = 0
        for section in procedure.sections where !section.markdown.isEmpty { named |= marks(section.title) }
        func hasSection(_ element: Element) -> Bool { named & element.bit != 0 }
        return Element.allCases.filter { element in
            switch element {
            case .name: return procedure.name.isEmpty
            case .timeLimit: return procedure.timeLimit == nil && !hasSection(element)
            case .fee: return procedure.fee == nil && !hasSection(element)
            case .agency: return procedure.agency == nil && !hasSection(element)
            case .forms: return procedure.forms == nil && !hasSection(element) && ProcedureFormsNeed.namesForms(procedure)
            case .conditions: return procedure.conditions == nil && !hasSection(element) && ProcedureFormsNeed.speaksOfConditions(procedure)
            default: return !hasSection(element)
            }
        }
    }

    /// `sectionWords` as padded bytes (" ho so "), in the order of `Element.allCases`.
    private static let needles: [[[UInt8]]] = Element.allCases.map { $0.sectionWords.map { Array(" \($0) ".utf8) } }

    /// The elements whose words a section title holds as whole words. The title is folded to
    /// ASCII words joined by single spaces and padded with a space on each side, so " ho so "
    /// marks a whole-word match. Compared as bytes: `String.contains` goes through
    /// Foundation's `range(of:)`, which cost more than the rest of loading at 10,000
    /// procedures.
    private static func marks(ofTitle title: String) -> UInt16 {
        let padded = Array((" " + VietnameseFolding.key(title, separator: " ") + " ").utf8)
        var marks: UInt16 = 0
        for (index, words) in needles.enumerated() where words.contains(where: { padded.containsBytes($0) }) {
            marks |= 1 << UInt16(index)
        }
        return marks
    }

    public struct Summary: Sendable, Equatable {
        /// Procedures in force or announced (what the QR codes lead to).
        public let published: Int
        public let complete: Int
        public var isComplete: Bool { published > 0 && complete == published }
        /// "12/12 thủ tục đủ nội dung (Nghị định 63/2010 Điều 8)".
        public var line: String { "\(complete)/\(published) thủ tục đủ nội dung (Nghị định 63/2010 Điều 8)" }
    }

    public static func summary(_ catalog: Catalog) -> Summary {
        summary(lacking(catalog))
    }

    /// Each published procedure (in force or announced, what the QR codes lead to) with the
    /// elements it lacks, in catalog order. The summary and the warnings both come from it,
    /// so each procedure is examined once.
    static func lacking(_ catalog: Catalog) -> [(procedure: Procedure, missing: [Element])] {
        // A catalog repeats a handful of section titles thousands of times: read each once.
        // Keyed by bytes, whose hashing skips the normalization `String` hashing does.
        var known: [[UInt8]: UInt16] = [:]
        func titleMarks(_ title: String) -> UInt16 {
            let bytes = Array(title.utf8)
            if let found = known[bytes] { return found }
            let found = Self.marks(ofTitle: title)
            known[bytes] = found
            return found
        }
        return (catalog.inForce + catalog.upcoming).map { ($0, missing($0, marks: titleMarks)) }
    }

    static func summary(_ lacking: [(procedure: Procedure, missing: [Element])]) -> Summary {
        Summary(published: lacking.count, complete: lacking.filter { $0.missing.isEmpty }.count)
    }

    /// One warning per published procedure that lacks something, at its catalog row.
    static func report(_ lacking: [(procedure: Procedure, missing: [Element])], diagnostics: Diagnostics) {
        for (procedure, missing) in lacking where !missing.isEmpty {
            diagnostics.warning(.procedureIncomplete, at: procedure.location,
                                "Thủ tục \(procedure.code) thiếu: \(missing.map(\.rawValue).joined(separator: "; ")). Mã QR dẫn tới trang này; thêm các mục \"## …\" cùng tên vào data/thu-tuc/\(procedure.code).md (hoặc cột của danh mục), lấy từ Cơ sở dữ liệu quốc gia về TTHC.")
        }
    }
}

private extension Array where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run of bytes.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { start in
            needle.indices.allSatisfy { self[start + $0] == needle[$0] }
        }
    }
}
