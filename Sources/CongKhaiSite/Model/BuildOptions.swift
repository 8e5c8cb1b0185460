import CongKhaiCore
import Foundation

/// What the user asked for on the command line.
public struct BuildOptions: Sendable {
    public var source: URL
    public var output: URL
    /// Overrides `base_url` from site.yaml (e.g. for a staging server).
    public var baseURL: String?
    public var asOf: CivilDate
    /// Most URLs and bytes per sitemap file (the protocol's, except in tests).
    public var sitemapLimits: SitemapLimits = .protocolMaximum
    /// `--relative-links` and `--gzip`: when set, they override site.yaml's keys.
    public var relativeLinks: Bool?
    public var precompress: Bool?

    public init(source: URL, output: URL, baseURL: String? = nil, asOf: CivilDate) {
        self.source = source
        self.output = output
        self.baseURL = baseURL
        self.asOf = asOf
    }

    /// Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), the default for `--as-of`.
    public static func todayInVietnam(now: Date = Date()) -> CivilDate {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + 7 * 3600
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CivilDate(dayNumber: days)
    }
}
