/// Everything `Content/site.yaml` says about the commune and how to build its site.
public struct SiteConfig: Sendable {
    public struct Agency: Sendable {
        public var name: String
        public var superior: String?
        public var address: String
        public var postalAddress: String?
        public var phone: String
        public var email: String
        public var workingHours: String
        /// Who signs letters: title ("CHỦ TỊCH") and name.
        public var signerTitle: String
        public var signerName: String?
    }

    /// Links to the national public-service portal. Kept as patterns in configuration
    /// because the portal has changed its addresses before.
    public struct PortalLinks: Sendable {
        /// Contains "{formalityId}".
        public var procedureURL: String
        /// Contains "{code}".
        public var searchURL: String
        public var feedbackURL: String

        public static let defaults = PortalLinks(
            procedureURL: "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc={formalityId}",
            searchURL: "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?keyword={code}",
            feedbackURL: "https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-phan-anh-kien-nghi.html"
        )
    }

    /// Where citizens send feedback on administrative regulations (Nghị định 20/2008/NĐ-CP).
    public struct Feedback: Sendable {
        public var receivingBody: String
        public var address: String
        public var postalAddress: String
        /// The dedicated phone line for feedback.
        public var phone: String
        public var email: String
        public var hours: String
        public var provinceSystemName: String?
        public var provinceSystemURL: String?
    }

    public struct MenuItem: Sendable {
        public var title: String
        /// Site-relative path ("gioi-thieu/") or an absolute URL.
        public var url: String
    }

    /// Place name in the place-and-date line of documents ("Bình Tân Hưng, ngày …").
    public var place: String
    public var commune: String
    public var province: String
    public var title: String
    public var description: String?
    public var agency: Agency
    public var baseURL: BaseURL?
    public var language: String
    public var theme: String
    public var allowRawHTML: Bool
    public var qrCodes: Bool
    public var portal: PortalLinks
    public var feedback: Feedback
    public var menu: [MenuItem]
    /// A province office's site (`kind: province`): scoring pages rank units even when a year has one.
    public var isProvince: Bool
    /// Procedures per counter poster page before a new page starts (besides one per field).
    public var proceduresPerPoster: Int
    /// `relative_links`: every link written relative to its page, so the folder works from
    /// disk, zipped or under any path (QR codes, feeds and canonical links stay absolute).
    public var relativeLinks: Bool = false
    /// `precompress`: a deterministic `.gz` beside every text file, for servers that send them.
    public var precompress: Bool = false
    /// `embeds`: the `/nhung/` fragments for the province portal and their PNG QR codes
    /// (two files per procedure); a site that never pastes into the portal can leave them out.
    public var embeds: Bool = true

    /// Root path for links: the base URL's path, or "/" when no base URL is set.
    public var rootPath: String { baseURL?.rootPath ?? "/" }
}
