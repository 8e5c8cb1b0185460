/// A small site every kind of test builds: two procedures, a detail file, a page, a notice and a
/// static file, with the minimal configuration of `TemporarySite`.
package enum SampleSite {
    package static let catalog = """
    Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,Phí
    1.001193,Đăng ký khai sinh,Hộ tịch,1 ngày làm việc,Miễn phí
    1.004884,Đăng ký kết hôn,Hộ tịch,3 ngày làm việc,Miễn phí
    2.000986,Chứng thực bản sao từ bản chính,Chứng thực,Trong ngày,2.000 đồng/trang
    """

    package static let files: [String: String] = [
        "data/thu-tuc.csv": catalog,
        "data/thu-tuc/1.001193.md": "## Trình tự thực hiện\n\n- Bước 1: nộp hồ sơ.\n",
        "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\nmenu: 1\n---\nXem [thủ tục](/thu-tuc-hanh-chinh/).",
        "notices/a.md": "---\ntitle: Thông báo A\ndate: 02/11/2026\n---\nNội dung.",
        "static/files/mau-don.txt": "Mẫu đơn",
    ]
}
