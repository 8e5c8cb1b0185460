import Foundation
import Testing
@testable import CongKhai

@Suite struct PersonalDataSpeedTests {
    /// A register of 10,000 rows has some 60,000 published cells: scanning them must not
    /// be felt in a build (measured ~0.1 s in debug; the bound leaves room for a busy machine).
    @Test func tenThousandRowsScanQuickly() {
        let cells = ["000.00.25.H55-250106-0001", "1.014028", "Nguyễn Văn An", "Chờ ý kiến của Sở Tư pháp 3 ngày",
                     "Phòng Tài nguyên và Môi trường", "07/XL-UBND"]
        let start = Date()
        var found = 0
        for row in 0..<10_000 {
            for cell in cells { found += PersonalDataMask.scan(row % 1000 == 0 ? cell + " 0912345678" : cell).found ? 1 : 0 }
        }
        let seconds = Date().timeIntervalSince(start)
        #expect(found == 60)
        #expect(seconds < 10, "\(seconds) s")
        print("PersonalDataMask: 60,000 cells in \(String(format: "%.2f", seconds)) s")
    }
}
