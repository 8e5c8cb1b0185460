import CongKhaiCore
import CongKhaiSite
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
    /// Fragments of `/nhung/doan/` that are new or changed: the portal articles to paste again.
    public var fragmentsToPaste: [String] = []
    /// Fragments gone: their articles should come down.
    public var fragmentsRemoved: [String] = []
    /// Files of the output whose names cannot travel in a ZIP (see `PackageFiles`), as printed.
    public var leftOut: [String] = []

    /// `titles` names each fragment file of the current package by its heading.
    init(previous: PackageManifest?, current: PackageManifest, titles: [String: String] = [:]) {
        func fragment(_ path: String) -> Bool { path.hasPrefix(FragmentRoutes.files) && path.hasSuffix(".htm") }
        func label(_ path: String) -> String { titles[path].map { "\($0) (/\(path))" } ?? "/\(path)" }
        if let previous {
            fragmentsToPaste = current.digests.filter { fragment($0.key) && previous.digests[$0.key] != $0.value }.keys.sorted().map(label)
            fragmentsRemoved = previous.digests.keys.filter { fragment($0) && current.digests[$0] == nil }.sorted().map(label)
        }
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
        if !leftOut.isEmpty {
            lines.append("Tệp không đưa vào gói vì tên có \\, :, xuống dòng hoặc ký tự điều khiển, không dùng được trong tệp ZIP (\(leftOut.count)); đổi tên nếu cần gửi:")
            lines += leftOut.map { "  \($0)" }
        }
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
        if !fragmentsToPaste.isEmpty {
            lines.append("Đoạn nhúng mới hoặc đã đổi, cần dán lại vào bài viết trên cổng thông tin của tỉnh (\(fragmentsToPaste.count)):")
            lines += fragmentsToPaste.map { "  \($0)" }
        }
        if !fragmentsRemoved.isEmpty {
            lines.append("Đoạn nhúng đã bỏ, nên gỡ bài viết tương ứng (\(fragmentsRemoved.count)):")
            lines += fragmentsRemoved.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
