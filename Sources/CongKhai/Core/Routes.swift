/// Every address CongKhai writes, spelled once.
///
/// Site paths are relative to the site's root and end in "/" for a page's folder
/// ("thu-tuc-hanh-chinh/1.001193/"). Swift code builds paths from here, and templates see the
/// same table as `routes.*` (root-relative URLs, see `templateValues`), so a URL root is never
/// written twice and moving one is a one-line change.
public enum Routes {
    // The catalog (issue 3) and its print sheets.
    public static let catalog = "thu-tuc-hanh-chinh/"
    public static let searchIndex = "thu-tuc-hanh-chinh/tim-kiem.json"
    public static let posters = "niem-yet/"
    public static func procedure(_ code: String) -> String { "\(catalog)\(code)/" }
    /// "Hộ tịch" → thu-tuc-hanh-chinh/linh-vuc/ho-tich/ (no procedure code is "linh-vuc").
    public static func catalogField(_ field: String) -> String { "\(catalog)linh-vuc/\(Slug.make(field))/" }
    public static func printSheet(_ code: String) -> String { "\(posters)\(code)/" }

    // Pages and notices.
    public static let home = ""
    public static let notices = "thong-bao/"
    public static func notice(_ slug: String) -> String { "\(notices)\(slug)/" }
    public static let notFound = "404.html"

    // Feedback notice (issue 4) and its A4 sheet.
    public static let feedback = "phan-anh-kien-nghi/"
    public static let feedbackPrint = "phan-anh-kien-nghi/in/"

    // Late dossiers and their apology letters.
    public static let apologies = "xin-loi/"
    public static func apologyLetter(_ slug: String) -> String { "\(apologies)\(slug)/" }

    // Model one-stop desk programme.
    public static let scoring = "mot-cua-kieu-mau/"
    public static func scoringYear(_ year: Int) -> String { "\(scoring)\(year)/" }
    /// One unit's score sheet when a year has several (a province's list of communes).
    public static func scoreSheet(year: Int, unit slug: String) -> String { "\(scoringYear(year))\(slug)/" }
    public static let recognition = "cong-nhan/"
    public static func recognitionYear(_ year: Int) -> String { "\(recognition)\(year)/" }

    public static let statistics = "thong-ke/"
    public static let decisions = "quyet-dinh-cong-bo/"

    // Fragments for the province portal and the PNG QR codes they show.
    public static let embeds = "nhung/"
    public static func embedField(_ field: String) -> String { "\(embeds)thu-tuc/\(Slug.make(field))/" }
    public static let embedFragments = "\(embeds)doan/"
    public static func embedFragment(_ id: String) -> String { "\(embedFragments)\(id).htm" }
    public static let embedFeedbackQR = "nhung/qr/phan-anh-kien-nghi.png"
    public static let embedProvinceQR = "nhung/qr/he-thong-tinh.png"
    public static let qrImages = "qr/"
    public static func procedureQRImage(_ code: String) -> String { "\(qrImages)\(code).png" }

    // Files for machines.
    public static let assets = "assets/"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static func sitemapPart(_ number: Int) -> String { "sitemap-\(number).xml" }
    public static let robots = "robots.txt"

    /// The fixed routes as templates see them (`{{routes.catalog}}` → "/thu-tuc-hanh-chinh/").
    /// Routes with a parameter are not here: their URLs come with the values that need them.
    static func templateValues(rootPath: String) -> [String: String] {
        let fixed: [String: String] = [
            "home": home, "catalog": catalog, "search_index": searchIndex, "posters": posters, "notices": notices,
            "feedback": feedback, "feedback_print": feedbackPrint, "apologies": apologies, "scoring": scoring,
            "recognition": recognition, "statistics": statistics, "decisions": decisions, "embeds": embeds,
            "feed": feed, "sitemap": sitemap,
        ]
        return fixed.mapValues { rootPath + $0 }
    }
}
