import Foundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// Realistic Vietnamese personal data, made from a fixed seed: mobile numbers of every network,
/// landlines of every area code, CCCD numbers of every province, CMND numbers, e-mail addresses
/// and street addresses, each written in one of the forms people and their tools write them and
/// disguised as the attack run of issue 26 disguised them (B3).
struct PersonalDataCorpus {
    struct Variant: CustomStringConvertible {
        /// The text as planted.
        let text: String
        let kind: PersonalDataKind
        /// How it is written ("mobile +84 in parentheses"), for reports.
        let form: String
        /// What must not survive: digits (the number without its national prefix) or a folded
        /// key of letters and digits (an e-mail's local part, a house number with its street).
        let needle: String
        let isDigits: Bool
        /// Only a cell of the register reads it as personal data (a chain of units alone).
        let recordOnly: Bool

        var description: String { "\(form): \(text.debugDescription)" }
    }

    static let mobilePrefixes = ["32", "33", "34", "35", "36", "37", "38", "39", "52", "56", "58", "59", "70", "76", "77", "78", "79",
                                 "81", "82", "83", "84", "85", "86", "88", "89", "90", "91", "92", "93", "94", "96", "97", "98", "99"]
    static let familyNames = ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly"]
    static let givenNames = ["van.an", "thi.bich", "hoang.cuong", "thi.dung", "minh.khoa", "thi.mai", "quoc.huy", "thi.lan", "cong.phuc", "thi.quynh"]
    static let providers = ["gmail.com", "yahoo.com.vn", "outlook.com", "hotmail.com", "icloud.com", "vnpt.vn", "fpt.vn"]
    static let streets = ["Lê Lợi", "Nguyễn Huệ", "Trần Phú", "Hùng Vương", "Quang Trung", "Phan Đình Phùng", "Lý Thường Kiệt", "Hai Bà Trưng"]
    static let wards = ["Trần Phú", "Nghĩa Lộ", "Lê Hồng Phong", "Chánh Lộ", "Quảng Phú"]
    static let communes = ["An Phú", "Bình Tân Hưng", "Tịnh Hà", "Đức Lân", "Sơn Hà"]

    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
    }

    mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &random)! }

    /// "0909111326"
    mutating func mobile() -> String { "0" + pick(Self.mobilePrefixes) + digits(7) }
    /// "02553822123"
    mutating func landline() -> String {
        let area = pick(NumberScanner.areaCodes.sorted())
        return "0\(area)" + digits(7)
    }
    /// "079203001234": province, century and sex, year of birth, serial.
    mutating func citizenID() -> String {
        String(format: "%03d", pick(NumberScanner.provinceCodes.sorted())) + String(Int.random(in: 0...3, using: &random)) + digits(8)
    }
    /// "212345678"
    mutating func oldID() -> String { String(Int.random(in: 0...3, using: &random)) + digits(8) }

    static func grouped(_ digits: String, _ sizes: [Int], _ separator: String) -> String {
        var parts: [String] = []
        var rest = Substring(digits)
        for size in sizes {
            parts.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { parts.append(String(rest)) }
        return parts.joined(separator: separator)
    }

    static func fullwidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isASCII && $0.properties.numericType == .decimal ? Unicode.Scalar($0.value + 0xFEE0)! : $0 }))
    }

    static func interleaved(_ text: String, with separator: String) -> String {
        text.map(String.init).joined(separator: separator)
    }

    /// One variant of every kind and form in turn, `count` in all.
    mutating func variants(_ count: Int) -> [Variant] {
        var made: [Variant] = []
        var form = 0
        while made.count < count {
            made.append(variant(form))
            form += 1
        }
        return made
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func variant(_ index: Int) -> Variant {
        func number(_ text: String, _ digits: String, _ kind: PersonalDataKind, _ form: String) -> Variant {
            // The needle drops the national prefix: whatever is left of the number must not be.
            let needle = digits.hasPrefix("0") ? String(digits.dropFirst()) : digits
            return Variant(text: text, kind: kind, form: form, needle: needle, isDigits: true, recordOnly: false)
        }
        switch index % 36 {
        case 0: let m = mobile(); return number(m, m, .phone, "mobile")
        case 1: let m = mobile(); return number(Self.grouped(m, [4, 3, 3], " "), m, .phone, "mobile 4-3-3 spaces")
        case 2: let m = mobile(); return number(Self.grouped(m, [4, 3, 3], "."), m, .phone, "mobile dotted")
        case 3: let m = mobile(); return number(Self.grouped(m, [4, 3, 3], "-"), m, .phone, "mobile hyphens")
        case 4: let m = mobile(); return number("+84 " + Self.grouped(String(m.dropFirst()), [3, 3, 3], " "), m, .phone, "mobile +84")
        case 5: let m = mobile(); return number("(+84) " + Self.grouped(String(m.dropFirst()), [3, 3, 3], "-"), m, .phone, "mobile (+84) hyphens")
        case 6: let m = mobile(); return number("0084" + String(m.dropFirst()), m, .phone, "mobile 0084")
        case 7: let m = mobile(); return number("0084 " + Self.grouped(String(m.dropFirst()), [3, 3, 3], " "), m, .phone, "mobile 0084 spaced")
        case 8: let m = mobile(); return number(Self.grouped(m, [4, 3, 3], "/"), m, .phone, "mobile slashes")
        case 9: let m = mobile(), n = mobile(); return number("\(m),\(n)", n, .phone, "two mobiles joined by a comma")
        case 10: let m = mobile(); return number("SĐT: " + String(m.dropFirst()), m, .phone, "mobile as an Excel number, labelled")
        case 11: let m = mobile(); return number(Self.fullwidth(m), m, .phone, "mobile in fullwidth digits")
        case 12: let m = mobile(); return number(Self.interleaved(m, with: "\u{200B}"), m, .phone, "mobile with zero-width spaces")
        case 13: let m = mobile(); return number(Self.grouped(m, [4, 3, 3], "\u{00A0}"), m, .phone, "mobile with no-break spaces")
        case 14: let l = landline(); return number("(" + l.prefix(4) + ") " + Self.grouped(String(l.dropFirst(4)), [4, 3], " "), l, .phone, "landline (area)")
        case 15: let l = landline(); return number(Self.grouped(l, [4, 4, 3], "."), l, .phone, "landline dotted")
        case 16: let l = landline(); return number("+84 " + l.dropFirst(), l, .phone, "landline +84")
        case 17: let c = citizenID(); return number("CCCD " + c, c, .citizenID, "CCCD")
        case 18: let c = citizenID(); return number(Self.grouped(c, [3, 3, 3, 3], " "), c, .citizenID, "CCCD 3-3-3-3")
        case 19: let c = citizenID(); return number(Self.grouped(c, [3, 3, 3, 3], "."), c, .citizenID, "CCCD dotted")
        case 20: let c = citizenID(); return number("\(c),ông \(pick(Self.streets))", c, .citizenID, "CCCD then ,ông")
        case 21: let c = citizenID(); return number("CCCD" + c, c, .citizenID, "CCCD glued to its label")
        case 22: let c = citizenID(); return number("số định danh " + String(c.dropFirst()), c, .citizenID, "CCCD as an Excel number, labelled")
        case 23: let c = citizenID(); return number(Self.fullwidth(c), c, .citizenID, "CCCD in fullwidth digits")
        case 24: let c = citizenID(); return number(Self.interleaved(c, with: "\u{2060}"), c, .citizenID, "CCCD with word joiners")
        case 25: let o = oldID(); return number("CMND " + Self.grouped(o, [3, 3, 3], "."), o, .oldID, "CMND dotted")
        case 26: let o = oldID(); return number(o, o, .oldID, "CMND")
        case 27, 28, 29, 30:
            let local = pick(Self.familyNames) + "." + pick(Self.givenNames) + digits(2)
            let domain = pick(Self.providers)
            let (text, form): (String, String) = switch index % 36 {
            case 27: ("\(local)@\(domain)", "e-mail")
            case 28: (Bool.random(using: &random) ? "\(local) @\(domain)" : "\(local)@ \(domain)", "e-mail with a stray space")
            case 29: ("\(local)＠\(domain)", "e-mail with a fullwidth at")
            default: ("\(local)@\(domain.split(separator: ".")[0])", "e-mail without its ending")
            }
            return Variant(text: text, kind: .email, form: form, needle: Self.key(local), isDigits: false, recordOnly: false)
        case 31:
            let house = "\(Int.random(in: 1...300, using: &random))", street = pick(Self.streets)
            return address("số \(house) đường \(street)", needle: house + " đường " + street, "house number and street")
        case 32:
            let house = "\(Int.random(in: 1...99, using: &random))/\(Int.random(in: 1...40, using: &random))", street = pick(Self.streets)
            return address("\(house) \(street)", needle: house + " " + street, "house number with a slash")
        case 33:
            let house = "K\(Int.random(in: 1...200, using: &random))/\(Int.random(in: 1...60, using: &random))"
            return address("\(house) \(pick(Self.streets))", needle: house, "kiệt as K12/34")
        case 34:
            let text = "Tổ \(Int.random(in: 1...30, using: &random)), khu phố \(Int.random(in: 1...12, using: &random)), phường \(pick(Self.wards))"
            return Variant(text: text, kind: .address, form: "group, quarter and ward", needle: Self.key(text), isDigits: false, recordOnly: true)
        default:
            let text = "ấp \(Int.random(in: 1...12, using: &random)), xã \(pick(Self.communes))"
            return Variant(text: text, kind: .address, form: "hamlet and commune", needle: Self.key(text), isDigits: false, recordOnly: true)
        }
    }

    private func address(_ text: String, needle: String, _ form: String) -> Variant {
        Variant(text: text, kind: .address, form: form, needle: Self.key(needle), isDigits: false, recordOnly: false)
    }

    /// Letters and digits only, without case or tone marks, disguises undone.
    static func key(_ text: String) -> String {
        VietnameseFolding.fold(String(ScanText(text).characters)).filter { ($0.isLetter || $0.isNumber) && $0.isASCII }
    }

    /// A text as it can be read, made once for the many variants looked for in it: the digits of
    /// every number-like run (digits with spaces, dots, hyphens, slashes, parentheses between
    /// them, disguises undone), and its folded letters and digits.
    struct Readable {
        let numbers: [String]
        let key: String

        init(_ text: String) {
            let characters = ScanText(text).characters
            var numbers: [String] = []
            var run = ""
            for character in characters + ["x"] {
                if character.isASCII && character.isNumber {
                    run.append(character)
                } else if !" .-/()+,".contains(character) {
                    if run.count >= 8 { numbers.append(run) }
                    run = ""
                }
            }
            self.numbers = numbers
            key = VietnameseFolding.fold(String(characters)).filter { ($0.isLetter || $0.isNumber) && $0.isASCII }
        }
    }

    /// Whether what must not survive of `variant` is in `text`.
    static func survives(_ variant: Variant, in text: Readable) -> Bool {
        variant.isDigits ? text.numbers.contains { $0.contains(variant.needle) } : text.key.contains(variant.needle)
    }

    static func survives(_ variant: Variant, in text: String) -> Bool {
        survives(variant, in: Readable(text))
    }

    /// Official figures that look like numbers or addresses and are nobody's data.
    static let officialFigures = [
        "1.001193", "2.000815.H19", "Thủ tục 1.001193 12 hồ sơ", "1.014028 1.014027", "000.00.25.H55-250106-0001",
        "H55.22-250301-000123", "12/03/2025", "06/01/2025 09:15", "2025-01-06", "12.03.2025 09.15", "50.000 đồng", "150.000.000 đồng",
        "150 000 000 đồng", "1.500.000đ", "100.000.000.000 đồng", "97,5%", "1.234,5", "Quyết định số 737/QĐ-UBND ngày 12/03/2024",
        "Nghị định 61/2018/NĐ-CP", "Thông tư 01/2018/TT-VPCP", "khoản 2 Điều 12 Luật Hộ tịch", "Thôn 1, xã Bình Tân Hưng",
        "Họp dân tại nhà văn hóa thôn 3, xã An Phú", "Tổ dân phố 4 họp lúc 19 giờ", "Chậm 3 ngày do thiếu hồ sơ", "10 ngày làm việc",
        "Năm 2025 có 12 hồ sơ", "Biên nhận 250106000123", "2501060001", "250106-0001", "2024-2025", "Tổng 1.234.567.890 đồng",
        "mã vận đơn EB123456789VN", "500000000 lượt", "formalityId 6d4f1c2e-8a3b-4c5d-9e0f-123456789012", "Tỷ lệ 1.432/1.520 (94,2%)",
        "Đường dây nóng 1900 1234", "Phí 25.000 đồng/bản", "từ 15/12/2023 - 14/06/2024", "3,5 ngày; 2,75 ngày", "1,5,7,9",
    ]
}
