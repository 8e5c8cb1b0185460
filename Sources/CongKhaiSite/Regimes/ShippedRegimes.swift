/// The regimes CongKhai ships, in the form of `data/che-do-mot-cua.yaml` (whose entries
/// replace the fields of a shipped regime with the same `ma`, or add regimes).
///
/// Sources are in docs/research/legal-facts.md §3 and §11; none was read in the gazette.
/// - nd61-2018 carries the one apology form whose title and fields were read in copies: Mẫu
///   số 04 of Thông tư 01/2018/TT-VPCP, "Phiếu xin lỗi và hẹn lại ngày trả kết quả".
/// - nd118-2025 (from 01/07/2025) prescribes no form that could be read: its letters are written
///   in the 2018 form, cited as such, under its own legal basis.
/// - tt03-2025 (signed 15/09/2025): the title of its Mẫu số 04 is seen in two secondary copies
///   of Phụ lục I, its fields and its effective date are not. It has no `tu`, so it applies to
///   no letter until a webmaster who has read it fills `tu`; even then its form is used only
///   once marked verified (`xac_minh: true`), with the `apology-2025` template checked against it.
enum ShippedRegimes {
    static let yaml = """
    - ma: nd61-2018
      tu: 21/06/2018
      bo_phan: Bộ phận Một cửa
      van_ban:
        - Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
        - Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP
      can_cu: Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ
      mau_so: Mẫu số 04
      ten_mau: Phiếu xin lỗi và hẹn lại ngày trả kết quả
      trich_dan_mau: ban hành kèm theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ
      giao_dien: apology-2018
      nguon: bản sao thứ cấp (tên mẫu trong nội dung thủ tục của Cơ sở dữ liệu quốc gia năm 2026; mẫu in của hai phần mềm một cửa năm 2026; bộ mẫu của Thông tư đánh số trong một phần mềm khác)
      xac_minh: true
      ghi_chu: Tên mẫu và các mục của mẫu (số …/PXL, kính gửi, ngày tiếp nhận, mã hồ sơ, hạn trả, lý do, lời xin lỗi, thời gian hẹn trả lại, nơi nhận) đã đối chiếu với bản sao thứ cấp; số hiệu Mẫu số 04 theo thứ tự bộ mẫu (Mẫu số 02 là phiếu yêu cầu bổ sung), chưa đọc phụ lục của Thông tư.
    - ma: nd118-2025
      tu: 01/07/2025
      bo_phan: Trung tâm Phục vụ hành chính công {xa}
      van_ban:
        - Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia
      can_cu: Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ
      nguon: bản sao thứ cấp (căn cứ của nội dung thủ tục năm 2025–2026; tin báo chí về hiệu lực từ 01/7/2025)
      ghi_chu: Chưa đọc được điều của Nghị định 118/2025/NĐ-CP quy định việc xin lỗi, cũng không thấy mẫu riêng; văn bản xin lỗi lập theo mẫu gần nhất đã đối chiếu.
    - ma: tt03-2025
      ky: 15/09/2025
      bo_phan: Trung tâm Phục vụ hành chính công {xa}
      van_ban:
        - Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ
        - Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP
      can_cu: Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ; Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ
      mau_so: Mẫu số 04
      ten_mau: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết
      trich_dan_mau: Phụ lục I ban hành kèm theo Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ
      giao_dien: apology-2025
      nguon: bản sao thứ cấp (ngày ký theo tin về Thông tư trong kho mã công khai; bảng bộ mẫu Phụ lục I, 01–07, chép trong hai kho mã)
      xac_minh: false
      ghi_chu: Ngày hiệu lực của Thông tư 03/2025/TT-VPCP chưa tìm được; tên Mẫu số 04 thấy trong bảng Phụ lục I chép lại, các mục của mẫu chưa đọc được.
    """
}
