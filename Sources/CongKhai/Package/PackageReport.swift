import Foundation

/// What changed between two packages, in pages (the addresses a webmaster knows) and other
/// files, so the articles pasted into the portal can be updated where their page changed.
public struct PackageReport: Sendable, Equatable {
    public var added: [String] = []
    public var changed: [String] = []
    public var removed: [String] = []
    public var otherAdded = 0
    public var otherChanged = 0
    public var otherRemoved = 0
    public var isFirst = false

    init(previous: PackageManifest?, current: PackageManifest) {
        guard let previous else {
            isFirst = true
            added = current.digests.keys.compactMap(Self.pageAddress).sorted()
            otherAdded = current.digests.count - added.count
            return
        }
        for (path, digest) in current.digests {
            let page = Self.pageAddress(path)
            switch previous.digests[path] {
            case nil: if let page { added.append(page) } else { otherAdded += 1 }
            case digest?: continue
            default: if let page { changed.append(page) } else { otherChanged += 1 }
            }
        }
        for path in previous.digests.keys where current.digests[path] == nil {
            if let page = Self.pageAddress(path) { removed.append(page) } else { otherRemoved += 1 }
        }
        added.sort(); changed.sort(); removed.sort()
    }

    /// "thu-tuc-hanh-chinh/1.000/index.html" → "/thu-tuc-hanh-chinh/1.000/"; nil for other files.
    static func pageAddress(_ path: String) -> String? {
        if path == "index.html" { return "/" }
        if path.hasSuffix("/index.html") { return "/" + path.dropLast("index.html".count) }
        return nil
    }

    /// The report in Vietnamese, as printed and kept beside the ZIP.
    public func text(zipName: String, files: Int, bytes: Int64, asOf: CivilDate) -> String {
        var lines = ["Gói \(zipName), ngày \(asOf.vietnameseShort): \(files) tệp, \(VietnameseNumberFormat.integer(Int(bytes))) byte."]
        if isFirst {
            lines.append("Đây là gói đầu tiên (chưa có gói trước để so sánh): \(added.count) trang.")
            return lines.joined(separator: "\n") + "\n"
        }
        if added.isEmpty && changed.isEmpty && removed.isEmpty && otherAdded + otherChanged + otherRemoved == 0 {
            lines.append("Không có gì thay đổi so với gói trước.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("So với gói trước:")
        func section(_ title: String, _ pages: [String]) {
            guard !pages.isEmpty else { return }
            lines.append("\(title) (\(pages.count)):")
            lines += pages.map { "  \($0)" }
        }
        section("Trang mới", added)
        section("Trang đã thay đổi", changed)
        section("Trang đã bỏ", removed)
        if otherAdded + otherChanged + otherRemoved > 0 {
            lines.append("Tệp khác (ảnh, mã QR, CSS…): thêm \(otherAdded), đổi \(otherChanged), bỏ \(otherRemoved).")
        }
        if changed.contains(where: { $0.hasPrefix("/nhung/") }) || added.contains(where: { $0.hasPrefix("/nhung/") }) {
            lines.append("Nội dung nhúng dưới /nhung/ đã đổi: dán lại các đoạn mã đó vào bài viết tương ứng trên cổng thông tin của tỉnh.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
