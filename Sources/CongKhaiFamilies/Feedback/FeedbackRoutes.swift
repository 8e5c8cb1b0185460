import CongKhaiSite

/// The feedback notice (issue 4), its A4 sheet, and the QR images of its portal fragment.
enum FeedbackRoutes {
    static let notice = "phan-anh-kien-nghi/"
    static let print = "phan-anh-kien-nghi/in/"
    static let nationalQR = "\(FragmentRoutes.images)phan-anh-kien-nghi.png"
    static let provinceQR = "\(FragmentRoutes.images)he-thong-tinh.png"
}
