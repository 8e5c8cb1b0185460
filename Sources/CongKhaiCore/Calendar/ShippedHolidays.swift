/// The announced schedules CongKhai ships, in the same YAML form as `data/ngay-nghi.yaml`
/// (which replaces a year given here, or adds years).
///
/// Each day names the notice that declared it (`can_cu`) and where that notice was read
/// (`nguon`). None was read in the official gazette: "xac_minh: false" marks what only
/// secondary sources report without a second, agreeing one (docs/research/legal-facts.md);
/// the build warns about those days (CK170) and the register page says so.
package enum ShippedHolidays {
    package static let yaml = """
    "2025":
      nghi:
        - { tu: 01/01/2025, ten: Tết Dương lịch, can_cu: "Bộ luật Lao động 2019, Điều 112 khoản 1" }
        - tu: 25/01/2025
          den: 02/02/2025
          ten: Tết Nguyên đán (05 ngày Tết và 04 ngày nghỉ hằng tuần)
          can_cu: Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024 của Bộ Lao động – Thương binh và Xã hội
          nguon: bản sao thứ cấp (tin Cổng thông tin điện tử Chính phủ chép lại trong kho mã công khai; lịch âm dương của nhiều kho mã)
        - tu: 07/04/2025
          ten: Giỗ Tổ Hùng Vương (10/3 âm lịch)
          can_cu: "Bộ luật Lao động 2019, Điều 112 khoản 1; Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024"
        - { tu: 30/04/2025, den: 01/05/2025, ten: Ngày Chiến thắng và Ngày Quốc tế Lao động, can_cu: "Bộ luật Lao động 2019, Điều 112 khoản 1" }
        - tu: 02/05/2025
          ten: Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)
          can_cu: Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024 của Bộ Lao động – Thương binh và Xã hội
          nguon: bản sao thứ cấp (thoidai.com.vn; trang tin ngày 08/04/2025; kho mã công khai)
        - tu: 01/09/2025
          den: 02/09/2025
          ten: Quốc khánh
          can_cu: "Bộ luật Lao động 2019, Điều 112 khoản 1; Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024"
          nguon: bản sao thứ cấp (thoidai.com.vn; kho mã công khai)
      lam_bu:
        - ngay: 26/04/2025
          ten: Làm việc bù cho ngày nghỉ thứ Sáu 02/05/2025
          can_cu: Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024 của Bộ Lao động – Thương binh và Xã hội
          nguon: bản sao thứ cấp (thoidai.com.vn; trang tin ngày 08/04/2025; kho mã công khai)
    "2026":
      nghi:
        - { tu: 01/01/2026, ten: Tết Dương lịch, can_cu: "Bộ luật Lao động 2019, Điều 112 khoản 1" }
        - tu: 02/01/2026
          ten: Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)
          can_cu: Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ
          nguon: bản sao thứ cấp (tin báo chí ngày 25–26/12/2025; kho mã công khai)
        - tu: 14/02/2026
          den: 22/02/2026
          ten: Tết Nguyên đán (05 ngày Tết và 04 ngày nghỉ hằng tuần)
          can_cu: Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ
          nguon: bản sao thứ cấp (vietbao.vn, 24h.com.vn ngày 17/10/2025; congan.com.vn)
        - tu: 27/04/2026
          ten: Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/04/2026)
          can_cu: "Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112 khoản 1"
        - { tu: 30/04/2026, den: 01/05/2026, ten: Ngày Chiến thắng và Ngày Quốc tế Lao động, can_cu: "Bộ luật Lao động 2019, Điều 112 khoản 1" }
        - tu: 31/08/2026
          ten: Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)
          can_cu: Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (theo nguồn thứ cấp)
          nguon: chỉ có trong kho mã công khai; chưa đọc được văn bản hoặc tin báo chí xác nhận
          xac_minh: false
        - tu: 01/09/2026
          ten: Quốc khánh (ngày liền kề)
          can_cu: Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (theo nguồn thứ cấp)
          nguon: chỉ có trong kho mã công khai; chưa đọc được văn bản hoặc tin báo chí xác nhận
          xac_minh: false
        - { tu: 02/09/2026, ten: Quốc khánh, can_cu: "Bộ luật Lao động 2019, Điều 112 khoản 1" }
        - tu: 24/11/2026
          ten: Ngày Văn hóa Việt Nam
          can_cu: Nghị quyết số 28/2026/QH16, Điều 2 (theo nguồn thứ cấp)
          nguon: kho mã công khai dẫn xaydungchinhsach.chinhphu.vn; chưa đọc được toàn văn nghị quyết
          xac_minh: false
      lam_bu:
        - ngay: 10/01/2026
          ten: Làm việc bù cho ngày nghỉ thứ Sáu 02/01/2026
          can_cu: Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ
          nguon: bản sao thứ cấp (tin báo chí ngày 25–26/12/2025; kho mã công khai)
        - ngay: 22/08/2026
          ten: Làm việc bù cho ngày nghỉ thứ Hai 31/08/2026
          can_cu: Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (theo nguồn thứ cấp)
          nguon: chỉ có trong kho mã công khai; chưa đọc được văn bản hoặc tin báo chí xác nhận
          xac_minh: false
    """
}
