import Foundation

/// What a build did, for the command line's summary and `--verbose` timings.
public struct BuildReport: Sendable {
    public let filesWritten: Int
    public let pagesWritten: Int
    public let timer: PhaseTimer
}

/// The pipeline: load → plan → render (parallel) → write (atomic).
///
/// Nothing is written unless loading found no error; rendering is pure, so a failure can
/// only come from the file system, and the writer then leaves the previous site in place.
public enum SiteBuilder {
    public enum BuildError: Error, CustomStringConvertible {
        case invalidInput(errorCount: Int)
        case write(OutputWriter.WriteError)

        public var description: String {
            switch self {
            case .invalidInput(let count): "Có \(count) lỗi trong nội dung; chưa ghi gì ra thư mục xuất."
            case .write(let error): error.description
            }
        }
    }

    public static func build(_ options: BuildOptions, diagnostics: Diagnostics) throws(BuildError) -> BuildReport {
        var timer = PhaseTimer()
        let site = timer.measure("load") { SiteLoader.load(options, diagnostics: diagnostics) }
        guard let site, !diagnostics.hasErrors else {
            throw .invalidInput(errorCount: max(diagnostics.errors.count, 1))
        }
        let jobs = timer.measure("plan") { plan(site) }
        let files = timer.measure("render") { ParallelRenderer.run(jobs) }
        do {
            try timer.measure("write") { try OutputWriter.write(files, to: options.output) }
        } catch let error as OutputWriter.WriteError {
            throw .write(error)
        } catch {
            throw .write(.io(path: options.output.path, underlying: "\(error)"))
        }
        return BuildReport(filesWritten: files.count,
                           pagesWritten: files.filter { $0.path.hasSuffix(".html") }.count, timer: timer)
    }

    /// Loads and checks without writing anything; the site is nil when loading failed outright.
    public static func check(_ options: BuildOptions, diagnostics: Diagnostics) -> Site? {
        SiteLoader.load(options, diagnostics: diagnostics)
    }

    /// Renders a loaded site in memory, for tests and tools that do not write to disk.
    public static func render(_ site: Site) -> [OutputFile] {
        ParallelRenderer.run(plan(site))
    }

    /// Every output file of the site as an independent job, in a fixed order.
    static func plan(_ site: Site) -> [RenderJob] {
        let context = TemplateContext(site: site)
        let markdown = MarkdownRenderer(allowRawHTML: site.config.allowRawHTML, rootPath: site.config.rootPath)
        var jobs = PageRenderer(context: context, markdown: markdown).jobs()
        jobs += CatalogRenderer(context: context, markdown: markdown).jobs()
        jobs += DossierRenderer(context: context).jobs()
        jobs += FeedbackRenderer(context: context).jobs()
        jobs += ScoringRenderer(context: context).jobs()
        jobs += StatisticsRenderer(context: context).jobs()
        jobs += StaticFiles.jobs(site: site)

        let pagePaths = jobs.map(\.path).filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }
        jobs.append(RenderJob(path: "sitemap.xml") { Data(SitemapWriter.sitemap(site: site, sitePaths: pagePaths).utf8) })
        jobs.append(RenderJob(path: "robots.txt") { Data(SitemapWriter.robots(site: site).utf8) })
        jobs.append(RenderJob(path: "feed.xml") { Data(FeedWriter.atom(site: site, markdown: markdown).utf8) })
        return jobs
    }
}
