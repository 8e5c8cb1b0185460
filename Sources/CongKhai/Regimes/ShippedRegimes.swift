/// The regimes CongKhai ships, in the form of `data/che-do-mot-cua.yaml` (whose entries
/// replace the fields of a shipped regime with the same `ma`, or add regimes).
///
/// Sources are in docs/research/legal-facts.md §3; none was read in the gazette. The
/// effective date of Thông tư 03/2025/TT-VPCP (signed 15/09/2025) was not found: it stays
/// empty, so no letter cites the circular until a webmaster who has read it fills `tu`.
enum ShippedRegimes {
    static let yaml = """
    - ma: nd61-2018
      tu: 21/06/2018
      bo_phan: Bộ phận Một cửa
      van_ban:
        - Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
        - Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP
      mau_so: Mẫu số 04
      ten_mau: Phiếu xin lỗi và hẹn lại ngày trả kết quả
      can_cu_van_ban: Mẫu số 04 ban hành kèm theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ; Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.
      giao_dien: apology-2018
      nguon: bản sao thứ cấp (căn cứ của quyết định địa phương trên thuvienphapluat.vn; nội dung thủ tục trong Cơ sở dữ liệu quốc gia về TTHC)
      xac_minh: false
      ghi_chu: Tên mẫu đã đối chiếu với nội dung thủ tục trong Cơ sở dữ liệu quốc gia; số hiệu Mẫu số 04 và các mục của mẫu chưa đối chiếu với phụ lục của Thông tư 01/2018/TT-VPCP.
    - ma: nd118-2025
      tu: 01/07/2025
      bo_phan: Trung tâm Phục vụ hành chính công {xa}
      van_ban:
        - Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia
      ten_mau: Văn bản xin lỗi và hẹn lại ngày trả kết quả
      can_cu_van_ban: Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.
      giao_dien: apology-2025
      nguon: bản sao thứ cấp (căn cứ của nội dung thủ tục năm 2025–2026; tin báo chí về hiệu lực từ 01/7/2025)
      xac_minh: false
      ghi_chu: Chưa đọc được điều của Nghị định 118/2025/NĐ-CP quy định việc xin lỗi; văn bản này không theo mẫu nào đã xác minh.
    - ma: tt03-2025
      ky: 15/09/2025
      bo_phan: Trung tâm Phục vụ hành chính công {xa}
      van_ban:
        - Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ
        - Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP
      mau_so: Mẫu số 04
      ten_mau: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết
      can_cu_van_ban: Mẫu số 04 Phụ lục I ban hành kèm theo Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ; Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.
      giao_dien: apology-2025
      nguon: bản sao thứ cấp (ngày ký theo tin về Thông tư trong kho mã công khai; tên Mẫu số 04 theo bảng Phụ lục I chép trong một kho mã)
      xac_minh: false
      ghi_chu: Ngày hiệu lực của Thông tư 03/2025/TT-VPCP chưa tìm được; tên và các mục của Mẫu số 04 chưa đối chiếu với phụ lục.
    """
}
