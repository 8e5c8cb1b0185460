import CongKhaiCore
import CongKhaiFamilies
import CongKhaiMarkdown
import CongKhaiSite
import Foundation

/// What a build did, for the command line's summary and `--verbose` timings.
public struct BuildReport: Sendable {
    public let output: OutputWriter.Summary
    public let timer: PhaseTimer
    /// What the families say of the site in the summary line (`PageFamily.summary`): how many
    /// published procedures have every element the law requires.
    public var summary: [String] = []
    /// Notes for the preview only, by site path ("mot-cua-kieu-mau/2024/xa-a/"): see `ScoringNotes`.
    public var internalNotes: [String: [String]] = [:]
}

/// The pipeline: load → plan → render and write (parallel, incremental).
///
/// Nothing is written unless loading found no error; rendering is pure, so a failure can
/// only come from the file system, and the writer then leaves the previous site in place.
/// Each job carries a key of the inputs it depends on (`InputFingerprints`); the writer
/// renders only the jobs whose keys changed since the last build.
public enum SiteBuilder {
    public enum BuildError: Error, CustomStringConvertible {
        case invalidInput(errorCount: Int)
        case write(OutputWriter.WriteError)

        public var description: String {
            switch self {
            case .invalidInput(let count): "Có \(count) lỗi trong nội dung; chưa ghi gì ra thư mục xuất."
            // The writer's messages carry strerror and Foundation text, which is English.
            case .write(let error): SystemErrorText.translatingEnglish(error.description)
            }
        }
    }

    /// `waiting` is called when another build is writing into the same output folder; this
    /// one then waits for it to finish. `whileLocked` is given the output folder once the new
    /// site is in it, before another build may change it (`congkhai package` zips it there).
    public static func build(_ options: BuildOptions, diagnostics: Diagnostics,
                             progress: BuildProgress? = nil, waiting: () -> Void = {},
                             whileLocked: ((URL) -> Void)? = nil) throws(BuildError) -> BuildReport {
        try build(options, families: .standard, diagnostics: diagnostics, progress: progress, waiting: waiting, whileLocked: whileLocked)
    }

    /// A build from `families` (the standard registry, or one a test extends).
    static func build(_ options: BuildOptions, families: FamilyRegistry, diagnostics: Diagnostics,
                      progress: BuildProgress? = nil, waiting: () -> Void = {},
                      whileLocked: ((URL) -> Void)? = nil) throws(BuildError) -> BuildReport {
        var timer = PhaseTimer()
        // Before reading anything: an output folder that would swallow the sources is refused
        // even when the sources have errors, and a switch a killed build left half-made is
        // undone even when nothing new can be built.
        do throws(OutputWriter.WriteError) {
            let location = try OutputLocation.resolve(output: options.output,
                                                      protecting: OutputLocation.protectedFolders(content: options.source, theme: nil))
            InterruptedSwitch.repairIfIdle(location)
        } catch {
            throw .write(error)
        }
        progress?.begin("load", total: 0)
        let site = SiteLoader.load(options, families: families, diagnostics: diagnostics, timer: &timer)
        guard let site, !diagnostics.hasErrors else {
            throw .invalidInput(errorCount: max(diagnostics.errors.count, 1))
        }
        progress?.begin("plan", total: 0)
        let (jobs, keys) = timer.measure("plan") { () -> ([RenderJob], [UInt64]) in
            let jobs = plan(site, sitemapLimits: options.sitemapLimits)
            let fingerprints = InputFingerprints(site: site, options: options, inputs: diagnostics.inputs)
            return (jobs, jobs.map(fingerprints.key(for:)))
        }
        do {
            let location = try OutputLocation.resolve(
                output: options.output, protecting: OutputLocation.protectedFolders(content: options.source, theme: site.theme.directory))
            let summary = try timer.measure("render") {
                try OutputWriter.write(jobs, keys: keys, to: location, progress: progress, waiting: waiting, whileLocked: whileLocked)
            }
            // What a family records of a published site (the catalog's record of published codes).
            for family in families.families { family.published(site, diagnostics: diagnostics) }
            return BuildReport(output: summary, timer: timer, summary: families.families.compactMap { $0.summary(for: site) },
                               internalNotes: families.internalNotes(for: site))
        } catch let error as OutputWriter.WriteError {
            throw .write(error)
        } catch {
            throw .write(.io(path: options.output.path, underlying: "\(error)"))
        }
    }

    /// The site's sub-path ("/" or "/xa-an-phu/") from site.yaml or `--base-url`, for the
    /// preview server, which must know it even when the build fails.
    public static func rootPath(_ options: BuildOptions) -> String {
        if let override = options.baseURL, let baseURL = BaseURL(override) { return baseURL.rootPath }
        return SiteConfigReader.read(contentDirectory: options.source, diagnostics: Diagnostics())?.rootPath ?? "/"
    }

    /// Loads and checks without writing anything; the site is nil when loading failed outright.
    public static func check(_ options: BuildOptions, diagnostics: Diagnostics) -> Site? {
        SiteLoader.load(options, diagnostics: diagnostics)
    }

    /// Renders a loaded site in memory, for tests and tools that do not write to disk.
    public static func render(_ site: Site, sitemapLimits: SitemapLimits = .protocolMaximum) -> [OutputFile] {
        let jobs = plan(site, sitemapLimits: sitemapLimits)
        return zip(jobs, ParallelMap.map(jobs) { $0.render() }).map { OutputFile(path: $0.path, contents: $1) }
    }

    /// Every output file of the site as an independent job, in a fixed order: each page
    /// family's outputs (in the registry's order), then the files made from what they declare: the
    /// sitemap of the pages they list, robots.txt and the feed of their entries.
    static func plan(_ site: Site, sitemapLimits: SitemapLimits = .protocolMaximum) -> [RenderJob] {
        let context = familyContext(site)
        let (templates, markdown) = (context.templates, context.markdown)
        var jobs = site.families.families.flatMap { $0.outputs(context) }
        jobs += StaticFiles.jobs(site: site)

        // The files for machines, from what the families declared, through overridable templates.
        jobs += SitemapJobs.jobs(site: site, context: templates, sitePaths: jobs.filter(\.inSitemap).map(\.sitePath),
                                 limits: sitemapLimits)
        let sitemapURL = site.config.baseURL?.absolute(Routes.sitemap) ?? site.config.rootPath + Routes.sitemap
        jobs.append(RenderJob(path: Routes.robots, dependency: .shared) {
            templates.render(MachineTemplates.robots, title: "", sitePath: Routes.robots, layout: RobotsView(sitemapURL: sitemapURL))
        })
        jobs.append(RenderJob(path: Routes.feed) {
            // In the job, not here: entries render Markdown, and most builds keep the feed.
            let feed = site.families.feedEntries(for: site, markdown: markdown)
            return templates.render(MachineTemplates.feed, title: "", sitePath: Routes.feed,
                                    layout: FeedLayout(feed: FeedWriter.view(site: site, entries: feed)))
        })
        return OutputForms.apply(to: jobs, config: site.config)
    }

    /// What every family plans with: the templates and the page views' shared part, Markdown,
    /// the home page's cards, the QR codes and what each family offers the portal.
    static func familyContext(_ site: Site) -> FamilyContext {
        let markdown = MarkdownRenderer(allowRawHTML: site.config.allowRawHTML, rootPath: site.config.rootPath)
        let templates = TemplateContext(site: site, menu: site.families.menu(for: site))
        var context = FamilyContext(templates: templates, markdown: markdown, homeCards: site.families.homeCards(for: site))
        if let baseURL = site.fragmentBaseURL {
            context.portalFragments = site.families.families.map { $0.portalFragments(context, baseURL: baseURL) }
        }
        return context
    }
}
