import Foundation

/// The keys that decide which output files an incremental build renders again.
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

    init(site: Site, options: BuildOptions) {
        var shared = FNV1a()
        shared.combine(site.theme.fingerprint)
        shared.combine(options.asOf.iso)
        shared.combine(options.baseURL ?? "")
        shared.combine(UInt64(site.config.relativeLinks ? 1 : 0) | UInt64(site.config.precompress ? 2 : 0))
        for file in Self.sharedFiles(in: site.contentDirectory, output: options.output) {
            shared.combine(file.relativePath)
            shared.combine(FileManager.default.contents(atPath: file.url.path) ?? Data())
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
        // Catalog-wide pages show each procedure's cells, never its long text.
        for procedure in site.catalog.all { catalog.combine(procedure.listingFingerprint) }
        self.catalog = catalog.value

        var whole = FNV1a()
        whole.combine(self.catalog)
        for folder in [PageReader.folder(for: .page), PageReader.folder(for: .notice)] {
            for file in ContentFiles.list(in: site.contentDirectory, folder: folder, extensions: nil) {
                whole.combine(file.displayPath)
                whole.combine(FileManager.default.contents(atPath: file.url.path) ?? Data())
            }
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

    /// Every content file except those with rings or fingerprints of their own: the catalog
    /// and its detail files, pages, notices and `static/` (and an output folder placed
    /// inside the content folder, which is not content).
    private static func sharedFiles(in content: URL, output: URL) -> [ContentFiles.File] {
        // The record of published codes is rewritten by builds; what it changes on a page is
        // keyed where it is shown (the decisions page, abolished procedures' own pages).
        var skipped: Set<String> = [PageReader.folder(for: .page), PageReader.folder(for: .notice), StaticFiles.folder,
                                    ProcedureReader.detailFolder, PublishedCodes.fileName]
        let contentPath = content.standardizedFileURL.path + "/"
        let outputPath = output.standardizedFileURL.path
        if outputPath.hasPrefix(contentPath) { skipped.insert(String(outputPath.dropFirst(contentPath.count))) }
        return ContentFiles.list(in: content, folder: "", extensions: nil, skipping: skipped).filter { file in
            (file.relativePath as NSString).deletingPathExtension != "data/\(ProcedureReader.tableName)"
                && file.relativePath != PublishedCodes.fileName
        }
    }
}
