import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

@Suite struct PersonalDataMaskTests {
    /// Text with personal data, the kind expected, and the raw part that must disappear.
    static let positives: [(String, PersonalDataKind, String)] = [
        ("CCCD 079203001234 của người nộp", .citizenID, "079203001234"),
        ("số 079 203 001 234", .citizenID, "079 203 001 234"),
        ("định danh 079.203.001.234.", .citizenID, "079.203.001.234"),
        ("CCCD079203001234", .citizenID, "079203001234"),
        ("CMND 212345678 cấp năm 2010", .oldID, "212345678"),
        ("ĐT: 0905.12.34.56", .phone, "0905.12.34.56"),
        ("ĐT 0905 12 34 56", .phone, "0905 12 34 56"),
        ("CMND: 212.345.678", .oldID, "212.345.678"),
        ("gọi 0912345678 để hẹn", .phone, "0912345678"),
        ("ĐT 0912 345 678", .phone, "0912 345 678"),
        ("ĐT: 0912.345.678", .phone, "0912.345.678"),
        ("0912-345-678", .phone, "0912-345-678"),
        ("+84 912 345 678", .phone, "+84 912 345 678"),
        ("+84912345678", .phone, "+84912345678"),
        ("84912345678", .phone, "84912345678"),
        ("máy bàn (0255) 3822 123", .phone, "3822 123"),
        ("0255 3822 123", .phone, "0255 3822 123"),
        ("SĐT0987654321", .phone, "0987654321"),
        ("0912345678-0987654321", .phone, "0987654321"),
        ("thư nguyenvanan@gmail.com.", .email, "nguyenvanan@gmail.com"),
        ("Email: bich.tran+hs@yahoo.com.vn", .email, "bich.tran+hs@yahoo.com.vn"),
        ("ở số 12 đường Lê Lợi, phường 1", .address, "Lê Lợi"),
        ("12/3 Nguyễn Huệ", .address, "12/3 Nguyễn Huệ"),
        ("Số nhà 45, thôn Phú Lộc", .address, "Số nhà 45"),
        ("123 Trần Phú", .address, "123 Trần Phú"),
        ("45 thôn Phú Lộc", .address, "45 thôn Phú Lộc"),
        ("số 7 xóm 3", .address, "số 7 xóm 3"),
        ("hẻm 12/4 đường 3 Tháng 2", .address, "hẻm 12/4"),
        ("SN 45 tổ dân phố 3", .address, "SN 45"),
        ("Nhà số 8 ấp Tân Hòa", .address, "Nhà số 8"),
    ]

    @Test(arguments: positives)
    func findsAndMasks(_ text: String, _ kind: PersonalDataKind, _ secret: String) {
        let result = PersonalDataMask.scan(text)
        #expect(result.kinds.contains(kind), "\(text): \(result.kinds)")
        #expect(!result.masked.contains(secret), "\(text) → \(result.masked)")
        #expect(result.masked.contains(PersonalDataMask.mask))
    }

    /// Official figures that look like numbers or addresses but are not anyone's data.
    static let negatives = [
        "1.001193", "2.000815.H19", "Thủ tục 1.001193 12 hồ sơ", "1.014028 1.014027",
        "000.00.25.H55-250106-0001", "000.00.19.H55-250301-0001", "H55.22-250301-000123",
        "12/03/2025", "06/01/2025 09:15", "2025-01-06", "12.03.2025 09.15", "ngày 12/03 Phòng Tư pháp trả",
        "50.000 đồng", "150.000.000 đồng", "150 000 000 đồng", "1.500.000đ", "100.000.000.000 đồng", "97,5%", "1.234,5",
        "Quyết định số 737/QĐ-UBND", "Nghị định 61/2018/NĐ-CP", "Thông tư 01/2018/TT-VPCP", "07/XL-UBND", "01/PXL",
        "khoản 2 Điều 12 Luật Hộ tịch", "Điều 5 Nghị định 63/2010/NĐ-CP", "Thôn 1, xã Bình Tân Hưng",
        "chờ xác nhận của thôn", "Chậm 3 ngày do thiếu hồ sơ", "10 ngày làm việc", "2 Sở Tư pháp chưa trả lời",
        "Năm 2025 có 12 hồ sơ", "trùng kỳ nghỉ Tết", "Nguyễn Văn An", "Xã Bình Tân Hưng", "tổ 3",
        "Phí 25.000 đồng/bản", "HS-2025-000123", "12 tháng 5 năm 2025", "Biên nhận 250106000123", "2501060001",
        "250106-0001", "2024-2025", "Tổng 1.234.567.890 đồng", "mã vận đơn EB123456789VN", "500000000 lượt",
    ]

    @Test(arguments: negatives)
    func keepsOfficialFigures(_ text: String) {
        let result = PersonalDataMask.scan(text)
        #expect(!result.found, "\(text) → \(result.masked) \(result.kinds)")
        #expect(result.masked == text)
    }

    @Test func masksEverySpanAndKeepsTheRest() {
        let result = PersonalDataMask.scan("Gọi 0912345678 hoặc thư an@x.vn, nhà 12 Trần Phú; chờ Quyết định số 5/QĐ-UBND")
        #expect(result.masked == "Gọi [đã ẩn] hoặc thư [đã ẩn], nhà [đã ẩn]; chờ Quyết định số 5/QĐ-UBND")
        #expect(result.kinds == [.phone, .email, .address])
    }
}
