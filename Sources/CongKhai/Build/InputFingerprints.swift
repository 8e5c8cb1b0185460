import CongKhaiCore
import CongKhaiSite
import Foundation

/// The keys that decide which output files an incremental build renders again, from the
/// inputs the loader recorded reading (`InputRecord`) and what the families declare.
///
/// Inputs fall in three rings. The shared ring reaches every page: the theme, site.yaml, the
/// build options, the menu, the families' flags and every data file templates can see as
/// `data` (the catalog is not among them). The listings ring adds what the families' lists
/// show of each row (`PageFamily.listingKey`: every procedure's cells, not its detail file's
/// sections, which only its own pages show); the site ring adds the inputs that reach the
/// site-wide pages only (pages and notices, `FamilyInput.Reach.sitePages`). A job's key
/// combines its path with the ring it depends on (or with its own input's fingerprint), so
/// changing one procedure changes the keys of its own pages and of the listings and site
/// jobs, and of nothing else.
struct InputFingerprints {
    let shared: UInt64
    let listings: UInt64
    let site: UInt64

    /// `inputs` is what the loader read (`Diagnostics.inputs`), not a second walk of the folder.
    init(site: Site, options: BuildOptions, inputs: InputRecord) {
        let families = site.families
        let sitePages = families.sitePageInputs
        func reachesSitePagesOnly(_ path: String) -> Bool { sitePages.contains { $0.contains(path) } }
        // Inputs keyed elsewhere (`InputRecord.isKeyedElsewhere`) come without a fingerprint.
        let files = inputs.files.compactMap { file in file.fingerprint.map { (path: file.path, fingerprint: $0) } }
        var shared = FNV1a()
        shared.combine(site.theme.fingerprint)
        shared.combine(options.asOf.iso)
        shared.combine(options.baseURL ?? "")
        shared.combine(UInt64(site.config.relativeLinks ? 1 : 0) | UInt64(site.config.precompress ? 2 : 0))
        for file in files where !reachesSitePagesOnly(file.path) {
            shared.combine(file.path)
            shared.combine(file.fingerprint)
        }
        // The menu and the flags are on every page; the pages' text is not.
        for entry in families.menu(for: site) {
            shared.combine(entry.sitePath)
            shared.combine(entry.title)
            shared.combine(UInt64(bitPattern: Int64(entry.weight)))
        }
        for flag in families.templateFlags {
            shared.combine(flag.name)
            shared.combine(UInt64(flag.isOn(site) ? 1 : 0))
        }
        self.shared = shared.value

        var listings = FNV1a()
        listings.combine(self.shared)
        for family in families.families { family.listingKey(for: site, into: &listings) }
        self.listings = listings.value

        var whole = FNV1a()
        whole.combine(self.listings)
        for file in files where reachesSitePagesOnly(file.path) {
            whole.combine(file.path)
            whole.combine(file.fingerprint)
        }
        self.site = whole.value
    }

    func key(for job: RenderJob) -> UInt64 {
        var hasher = FNV1a()
        switch job.dependency {
        case .shared: hasher.combine(shared)
        case .input(let fingerprint):
            hasher.combine(shared)
            hasher.combine(fingerprint)
        case .listings: hasher.combine(listings)
        case .site: hasher.combine(site)
        }
        hasher.combine(job.path)
        return hasher.value
    }
}
