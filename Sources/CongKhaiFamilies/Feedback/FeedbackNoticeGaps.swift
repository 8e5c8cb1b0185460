import CongKhaiSite

/// What the feedback notice lacks of what Nghị định 20/2008/NĐ-CP asks it to carry (Điều 13
/// khoản 3, Điều 10 khoản 3): the province's receiving body with its address, dedicated phone
/// and e-mail. Each is a warning when `site.yaml` is read (CK177); the same gaps make the notice
/// incomplete for seed 003's criterion 3, which scores the notice's posting with the catalog's
/// ("thiếu một trong các nội dung thì điểm đánh giá là 0 điểm").
enum FeedbackNoticeGaps {
    static func gaps(_ feedback: SiteConfig.Feedback) -> [String] {
        guard let province = feedback.province else {
            return ["cơ quan tiếp nhận phản ánh, kiến nghị của tỉnh (tên, địa chỉ, điện thoại chuyên dùng, thư điện tử)"]
        }
        var gaps: [String] = []
        if province.address == nil { gaps.append("địa chỉ của \(province.name)") }
        if province.phone == nil { gaps.append("số điện thoại chuyên dùng của \(province.name)") }
        if province.email == nil { gaps.append("thư điện tử của \(province.name)") }
        return gaps
    }
}
