import CongKhaiCore
import CongKhaiInput

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
        /// Where the patterns were found (`portal.source`).
        public var source: String? = nil
        /// When a person last opened each pattern with a known code and saw the right page
        /// (`portal.checked`): the portal answers every address, even a dead one, with the
        /// same bot-check page, so only a person can tell.
        public var checked: String? = nil

        /// The 2026 portal's patterns as seen in public repositories (not checked live):
        /// docs/research/legal-facts.md §6. The older `/p/home/…?ma_thu_tuc=` links are dead.
        public static let defaults = PortalLinks(
            procedureURL: "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/{formalityId}",
            searchURL: "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword={code}",
            feedbackURL: "https://dichvucong.gov.vn/phan-anh-kien-nghi"
        )

        /// Fragments of addresses the portal no longer serves (reported since 2026).
        static let deadFragments = ["/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh", "/p/home/dvc-tthc-thu-tuc-hanh-chinh", "ma_thu_tuc=",
                                    "pakn-gui-phan-anh-kien-nghi.html"]
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
        /// The notice as a document, when the site gives them: its number ("12/TB-UBND"),
        /// date and signer, printed at its head and foot.
        public var number: String? = nil
        public var date: CivilDate? = nil
        public var signerTitle: String? = nil
        public var signerName: String? = nil
        /// The province's receiving body (Nghị định 20/2008 Điều 13 khoản 3: the province
        /// publishes it and has it posted at subordinate offices).
        public var province: ProvinceBody? = nil
    }

    /// The province's body that receives feedback on administrative regulations.
    public struct ProvinceBody: Sendable {
        public var name: String
        public var address: String?
        public var phone: String?
        public var email: String?
        /// The province's own page listing its receiving body, for readers to check.
        public var website: String?
        /// Where the webmaster read these details.
        public var source: String?
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
    /// `procedures_per_list_page`: above this many procedures the list page becomes an index of
    /// fields, each field on its own page, so a phone on a slow connection never loads one page
    /// of thousands (about 21 bytes gzipped per procedure: 2,000 is about 42 KB).
    public var proceduresPerListPage = 2_000
    /// `show_score_disagreements: true`: the public scoring pages list where scores disagree with
    /// their figures or with each other. Off by default: these are internal working notes, shown
    /// by `congkhai check` and in the preview, not published unless the site decides to.
    public var showScoreDisagreements = false
    /// `relative_links`: every link written relative to its page, so the folder works from
    /// disk, zipped or under any path (QR codes, feeds and canonical links stay absolute).
    public var relativeLinks: Bool = false
    /// `precompress`: a deterministic `.gz` beside every text file, for servers that send them.
    public var precompress: Bool = false
    /// `embeds`: the `/nhung/` fragments for the province portal and their PNG QR codes
    /// (two files per procedure); a site that never pastes into the portal can leave them out.
    public var embeds: Bool = true
    /// `public_contacts`: phones, e-mails and addresses the webmaster publishes on purpose.
    public var publicContactsListed: [String] = []

    /// What may be published wherever it appears: the site's own contacts and those listed.
    public var publicContacts: PublicContacts {
        var values = [agency.address, agency.phone, agency.email, feedback.address, feedback.postalAddress, feedback.phone, feedback.email]
        values += [agency.postalAddress, feedback.province?.address, feedback.province?.phone, feedback.province?.email].compactMap { $0 }
        return PublicContacts(values + publicContactsListed)
    }

    /// The commune before the present period (`history`), oldest first: letters dated then
    /// carry the names of then.
    public var history: [IssuerPeriod] = []

    /// The issuer today: the commune, agency, superior and signer written at the top of `site.yaml`.
    public var currentIssuer: Issuer {
        Issuer(commune: commune, agency: agency.name, superior: agency.superior, place: place,
               signerTitle: agency.signerTitle, signerName: agency.signerName)
    }

    /// The issuer of a document dated `date`: the first period of `history` that lasted until
    /// that day or later, else today's. Before the two-tier reform with no period given, the
    /// superior was a district and the signer perhaps another person: neither is known, so
    /// neither is given (`check` says so, CK083).
    public func issuer(on date: CivilDate) -> Issuer {
        if let period = history.first(where: { date <= $0.until }) { return period.issuer }
        guard date < LocalGovernmentReform.twoTierFrom else { return currentIssuer }
        var issuer = currentIssuer
        issuer.superior = nil
        issuer.signerName = nil
        return issuer
    }

    /// Root path for links: the base URL's path, or "/" when no base URL is set.
    public var rootPath: String { baseURL?.rootPath ?? "/" }
}
