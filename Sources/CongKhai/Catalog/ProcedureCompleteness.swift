/// The parts of a procedure the law requires (Nghị định 63/2010/NĐ-CP Điều 8 khoản 2, as
/// amended by Nghị định 92/2017/NĐ-CP): a–g always; of the h) parts, which apply "where the
/// procedure has them", the result and the fee are asked for every procedure, because every
/// procedure ends in a result and a citizen must be told whether it costs anything ("Miễn
/// phí" is an answer). Forms and conditions are not required: many procedures have none.
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
            }
        }

        /// `sectionWords` as the padded bytes `missing` looks for (" ho so ").
        fileprivate var sectionNeedles: [[UInt8]] { Self.needles[self]! }
        private static let needles = Dictionary(uniqueKeysWithValues: allCases.map { element in
            (element, element.sectionWords.map { Array(" \($0) ".utf8) })
        })
    }

    /// The elements a procedure lacks: a column left blank and no section of that title.
    public static func missing(_ procedure: Procedure) -> [Element] {
        missing(procedure, foldedTitle: paddedKey)
    }

    private static func paddedKey(_ title: String) -> [UInt8] {
        Array((" " + VietnameseFolding.key(title, separator: " ") + " ").utf8)
    }

    /// `foldedTitle` gives a section title folded to ASCII words joined by single spaces,
    /// padded with a space on each side, so " ho so " marks a whole-word match. Compared as
    /// bytes: `String.contains` goes through Foundation's `range(of:)`, which cost more than
    /// the rest of loading at 10,000 procedures.
    private static func missing(_ procedure: Procedure, foldedTitle: (String) -> [UInt8]) -> [Element] {
        let titles = procedure.sections.filter { !$0.markdown.isEmpty }.map { foldedTitle($0.title) }
        func hasSection(_ element: Element) -> Bool {
            titles.contains { title in element.sectionNeedles.contains { title.containsBytes($0) } }
        }
        return Element.allCases.filter { element in
            switch element {
            case .name: return procedure.name.isEmpty
            case .timeLimit: return procedure.timeLimit == nil && !hasSection(element)
            case .fee: return procedure.fee == nil && !hasSection(element)
            case .agency: return procedure.agency == nil && !hasSection(element)
            default: return !hasSection(element)
            }
        }
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
        // A catalog repeats a handful of section titles thousands of times: fold each once.
        var folded: [String: [UInt8]] = [:]
        func foldedTitle(_ title: String) -> [UInt8] {
            if let known = folded[title] { return known }
            let bytes = paddedKey(title)
            folded[title] = bytes
            return bytes
        }
        return (catalog.inForce + catalog.upcoming).map { ($0, missing($0, foldedTitle: foldedTitle)) }
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
