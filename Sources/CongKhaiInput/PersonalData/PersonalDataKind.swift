/// What kind of personal data a free-text cell was found to hold, named in Vietnamese for
/// the webmaster. The warning names the kind, never the data itself.
public enum PersonalDataKind: Int, Sendable, Comparable, CaseIterable {
    case citizenID
    case oldID
    case phone
    case email
    case address

    public var vietnameseName: String {
        switch self {
        case .citizenID: "số căn cước công dân (12 chữ số)"
        case .oldID: "số chứng minh nhân dân (9 chữ số)"
        case .phone: "số điện thoại"
        case .email: "địa chỉ thư điện tử"
        case .address: "địa chỉ nhà (số nhà, đường, thôn, xóm)"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One stretch of a text that holds personal data, in `Character` offsets.
struct PersonalDataSpan: Equatable {
    var range: Range<Int>
    var kind: PersonalDataKind
}
