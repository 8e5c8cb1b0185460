import CongKhaiCore
import CongKhaiInput
import CongKhaiSite
import Templates

/// A Markdown page or notice after its front matter was read and checked.
public struct Page: Sendable {
    public enum Kind: Sendable { case page, notice }

    public var kind: Kind
    /// Path shown in diagnostics, relative to the content folder ("pages/gioi-thieu.md").
    public var sourcePath: String
    public var title: String
    public var slug: String
    public var date: CivilDate?
    public var description: String?
    public var layout: String
    /// Formal notices carry the national motto block above the title.
    public var formal: Bool
    /// Document number of a notice ("15/TB-UBND").
    public var number: String?
    /// Position in the navigation; pages without it are not in the menu.
    public var menuWeight: Int?
    public var markdown: String

    /// Site-relative output folder, e.g. "gioi-thieu/" or "thong-bao/lich-tiep-cong-dan/".
    public var sitePath: String {
        switch kind {
        case .page: "\(slug)/"
        case .notice: NoticeRoutes.notice(slug)
        }
    }
}
