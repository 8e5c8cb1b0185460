import Foundation

/// The keys that decide which output files an incremental build renders again, from the
/// inputs the loader recorded reading (`InputRecord`).
///
/// Inputs fall in three rings. The shared ring reaches every page: the theme, site.yaml, the
/// build options, the menu and every data file templates can see as `data` (the catalog is
/// not among them). The catalog ring adds every procedure's cells (not its detail file's
/// sections, which only its own pages show); the site ring adds the pages and notices. A job's key combines its path with the ring it depends on (or with its own
/// input's fingerprint), so changing one procedure changes the keys of its own pages and of
/// the catalog and site jobs, and of nothing else.
struct InputFingerprints {
    let shared: UInt64
    let catalog: UInt64
    let site: UInt64

    /// `inputs` is what the loader read (`Diagnostics.inputs`), not a second walk of the folder.
    init(site: Site, options: BuildOptions, inputs: InputRecord) {
        // Inputs keyed elsewhere (`InputRecord.isKeyedElsewhere`) come without a fingerprint.
        let files = inputs.files.compactMap { file in file.fingerprint.map { (path: file.path, fingerprint: $0) } }
        var shared = FNV1a()
        shared.combine(site.theme.fingerprint)
        shared.combine(options.asOf.iso)
        shared.combine(options.baseURL ?? "")
        shared.combine(UInt64(site.config.relativeLinks ? 1 : 0) | UInt64(site.config.precompress ? 2 : 0))
        for file in files where !Self.isPageOrNotice(file.path) {
            shared.combine(file.path)
            shared.combine(file.fingerprint)
        }
        // The menu is on every page; the pages' text is not.
        for page in site.pages + site.notices {
            shared.combine(page.sitePath)
            shared.combine(page.title)
            shared.combine(page.menuWeight.map { UInt64(bitPattern: Int64($0)) } ?? .max)
        }
        shared.combine(UInt64(site.catalog.isEmpty ? 0 : 1))
        self.shared = shared.value

        var catalog = FNV1a()
        catalog.combine(self.shared)
        // Catalog-wide pages show each procedure's cells, never its long text, and the posters
        // the day each was posted (from the record of published codes, which the build rewrites).
        for procedure in site.catalog.all {
            catalog.combine(procedure.listingFingerprint)
            catalog.combine(site.publishedCodes.postedSince(procedure.code)?.iso ?? "")
        }
        self.catalog = catalog.value

        var whole = FNV1a()
        whole.combine(self.catalog)
        for file in files where Self.isPageOrNotice(file.path) {
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
        case .catalog: hasher.combine(catalog)
        case .site: hasher.combine(site)
        }
        hasher.combine(job.path)
        return hasher.value
    }

    private static func isPageOrNotice(_ path: String) -> Bool {
        path.hasPrefix(PageReader.folder(for: .page) + "/") || path.hasPrefix(PageReader.folder(for: .notice) + "/")
    }
}
