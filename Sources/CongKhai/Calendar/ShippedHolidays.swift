/// The announced schedules CongKhai ships, in the same YAML form as `data/ngay-nghi.yaml`
/// (which replaces a year given here, or adds years). Sources: DOMAIN.md §3; check against
/// the official notices each year.
enum ShippedHolidays {
    static let yaml = """
    "2025":
      can_cu: Lịch nghỉ lễ, Tết năm 2025 của cán bộ, công chức, viên chức theo thông báo của Chính phủ
      nghi:
        - { tu: 01/01/2025, den: 01/01/2025, ten: Tết Dương lịch }
        - { tu: 25/01/2025, den: 02/02/2025, ten: Tết Nguyên đán }
        - { tu: 07/04/2025, den: 07/04/2025, ten: Giỗ Tổ Hùng Vương }
        - { tu: 30/04/2025, den: 01/05/2025, ten: Ngày Chiến thắng và Quốc tế Lao động }
        - { tu: 01/09/2025, den: 02/09/2025, ten: Quốc khánh }
    "2026":
      can_cu: Lịch nghỉ lễ, Tết năm 2026 của cán bộ, công chức, viên chức theo thông báo của Chính phủ
      nghi:
        - { tu: 01/01/2026, den: 01/01/2026, ten: Tết Dương lịch }
        - { tu: 14/02/2026, den: 22/02/2026, ten: Tết Nguyên đán }
        - { tu: 27/04/2026, den: 27/04/2026, ten: Nghỉ bù Giỗ Tổ Hùng Vương (26/04 là Chủ nhật) }
        - { tu: 30/04/2026, den: 01/05/2026, ten: Ngày Chiến thắng và Quốc tế Lao động }
        - { tu: 01/09/2026, den: 02/09/2026, ten: Quốc khánh }
        - { tu: 24/11/2026, den: 24/11/2026, ten: Ngày Văn hóa Việt Nam }
    """
}
