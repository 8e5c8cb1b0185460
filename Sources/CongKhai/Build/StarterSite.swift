import CongKhaiCore
import CongKhaiInput
import Foundation

/// The files of a new commune's starter site (`congkhai new DIR`): its own names where the
/// webmaster gave them, "CẦN ĐIỀN: …" where not (each one a CK205 warning until filled), an
/// empty procedure catalog with its header row (CK207 until the Excel export is put in), and no
/// invented person, score, dossier or notice: a starter built as it is publishes nothing false.
public struct StarterSite: Sendable {
    /// What the webmaster typed or passed as options; nil or empty is "not known yet".
    public struct Names: Sendable {
        public var commune: String?
        public var province: String?
        public var baseURL: String?
        public var address: String?
        public var phone: String?
        public var email: String?
        public var workingHours: String?
        /// The feedback notice's own line and address (Nghị định 20/2008/NĐ-CP).
        public var feedbackPhone: String?
        public var feedbackEmail: String?

        public init(commune: String? = nil, province: String? = nil, baseURL: String? = nil, address: String? = nil,
                    phone: String? = nil, email: String? = nil, workingHours: String? = nil,
                    feedbackPhone: String? = nil, feedbackEmail: String? = nil) {
            self.commune = commune
            self.province = province
            self.baseURL = baseURL
            self.address = address
            self.phone = phone
            self.email = email
            self.workingHours = workingHours
            self.feedbackPhone = feedbackPhone
            self.feedbackEmail = feedbackEmail
        }
    }

    public let names: Names

    public init(names: Names) { self.names = names }

    /// Paths inside `Content/` and their text.
    public var files: [(path: String, text: String)] {
        [("site.yaml", siteYAML), ("data/thu-tuc.csv", catalogHeader)]
    }

    /// The catalog's columns as CongKhai reads them, with no row: the webmaster's export replaces it.
    var catalogHeader: String {
        "Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,\"Phí, lệ phí\",Mức độ DVC,Cơ quan thực hiện,Căn cứ pháp lý,Quyết định công bố,Hiệu lực từ,Trạng thái,formalityId\n"
    }

    static func given(_ value: String?) -> String? {
        guard let value = value?.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines),
              !value.isEmpty else { return nil }
        return value
    }

    /// "Bình Tân Hưng" → "Xã Bình Tân Hưng"; "phường An Phú" → "Phường An Phú".
    static func communeName(_ typed: String) -> String {
        let folded = VietnameseFolding.fold(typed)
        for kind in ["xã ", "phường ", "thị trấn ", "đặc khu "] where folded.hasPrefix(VietnameseFolding.fold(kind)) {
            return kind.prefix(1).uppercased() + kind.dropFirst().dropLast() + typed.dropFirst(kind.count - 1)
        }
        return "Xã \(typed)"
    }

    /// "Quảng Ngãi" → "tỉnh Quảng Ngãi"; "Thành phố Huế" → "thành phố Huế".
    static func provinceInSentence(_ province: String) -> String {
        let folded = VietnameseFolding.fold(province)
        if folded.hasPrefix("tinh ") || folded.hasPrefix("thanh pho ") { return UnitName.inSentence(province) }
        return "tỉnh \(province)"
    }

    /// A typed address without its scheme gets https://, and a final slash.
    static func baseURL(_ typed: String) -> String {
        var url = typed.contains("://") ? typed : "https://\(typed)"
        if !url.hasSuffix("/") { url += "/" }
        return url
    }

    /// YAML double-quoted scalar: safe for any text the webmaster types.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n", "\r", "\t": result += " "
            default: result.append(character)
            }
        }
        return result + "\""
    }

    var siteYAML: String {
        let commune = Self.given(names.commune).map(Self.communeName)
        let province = Self.given(names.province)
        let communeText = commune ?? Placeholder.text("tên xã hoặc phường, ví dụ Xã Bình Tân Hưng")
        let provinceText = province ?? Placeholder.text("tên tỉnh hoặc thành phố, ví dụ Quảng Ngãi")
        let agencyName = commune.map { "Ủy ban nhân dân \(UnitName.inSentence($0))" }
            ?? Placeholder.text("tên Ủy ban nhân dân xã, ví dụ Ủy ban nhân dân xã Bình Tân Hưng")
        let superior = province.map { "Ủy ban nhân dân \(Self.provinceInSentence($0))" }
            ?? Placeholder.text("cơ quan cấp trên, ví dụ Ủy ban nhân dân tỉnh Quảng Ngãi")
        let address = Self.given(names.address) ?? Placeholder.text("địa chỉ trụ sở Ủy ban nhân dân xã")
        let phone = Self.given(names.phone) ?? Placeholder.text("số điện thoại của Ủy ban nhân dân xã")
        let email = Self.given(names.email) ?? Placeholder.text("thư điện tử của Ủy ban nhân dân xã")
        let hours = Self.given(names.workingHours)
            ?? Placeholder.text("giờ làm việc, ví dụ Sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ 00, từ thứ Hai đến thứ Sáu")
        let baseURL = Self.given(names.baseURL).map(Self.baseURL)
            ?? Placeholder.text("địa chỉ trang, ví dụ https://tenxa.quangngai.gov.vn/ (mã QR bật khi có địa chỉ này)")
        let provinceOffice = province.map { "Văn phòng Ủy ban nhân dân \(Self.provinceInSentence($0))" }
            ?? Placeholder.text("cơ quan tiếp nhận của tỉnh, ví dụ Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi")
        let q = Self.quoted
        return """
        # Cấu hình trang của xã. Các dòng ghi "\(Placeholder.marker)" là chỗ còn phải điền:
        # "congkhai check" liệt kê từng dòng (cảnh báo CK205) cho tới khi điền xong.
        # Đổi tên xã ở "commune" thì tiêu đề trang đổi theo; các dòng khác còn ghi tên cũ
        # được "congkhai check" chỉ ra (cảnh báo CK206). Xem HUONG-DAN.md.
        commune: \(q(communeText))
        province: \(q(provinceText))
        # Tiêu đề trang mặc định là "Cổng thông tin điện tử <commune>". Chỉ thêm title khi muốn khác.
        base_url: \(q(baseURL))
        language: vi
        theme: default

        agency:
          name: \(q(agencyName))
          superior: \(q(superior))
          address: \(q(address))
          phone: \(q(phone))
          email: \(q(email))
          working_hours: \(q(hours))
          # Người ký thư xin lỗi (trang /xin-loi/), khi có sổ theo dõi hồ sơ trễ hạn:
          signer_title: CHỦ TỊCH
          # signer_name: họ và tên người ký

        # Nơi tiếp nhận phản ánh, kiến nghị về quy định hành chính (Nghị định 20/2008/NĐ-CP):
        # trang /phan-anh-kien-nghi/. Số điện thoại và thư điện tử là của riêng việc này.
        feedback:
          receiving_body: \(q(agencyName))
          address: \(q(address))
          phone: \(q(Self.given(names.feedbackPhone) ?? Placeholder.text("số điện thoại chuyên dùng tiếp nhận phản ánh, kiến nghị")))
          email: \(q(Self.given(names.feedbackEmail) ?? Placeholder.text("thư điện tử tiếp nhận phản ánh, kiến nghị")))
          # Cơ quan tiếp nhận của tỉnh (Nghị định 20/2008/NĐ-CP Điều 13 khoản 3): ghi đúng như
          # thông báo của Ủy ban nhân dân tỉnh, và ghi văn bản đó ở "source".
          province:
            name: \(q(provinceOffice))
            address: \(q(Placeholder.text("địa chỉ của Văn phòng Ủy ban nhân dân tỉnh, theo thông báo của tỉnh")))
            phone: \(q(Placeholder.text("số điện thoại chuyên dùng tiếp nhận phản ánh, kiến nghị của tỉnh")))
            email: \(q(Placeholder.text("thư điện tử tiếp nhận phản ánh, kiến nghị của tỉnh")))
            source: \(q(Placeholder.text("thông báo hoặc trang của tỉnh ghi các thông tin trên")))

        # Mã QR trên trang thủ tục và tờ niêm yết (cần base_url).
        qr_codes: true
        # Số thủ tục tối đa trên một tờ niêm yết A4.
        procedures_per_poster: 10
        # Cho phép HTML trong Markdown (mặc định tắt để an toàn).
        allow_html: false

        """
    }
}
