import CongKhaiEncoding
import Foundation

/// The optional forms of the output, applied to every job after planning: links relative
/// to each file (`relative_links`) and `.gz` copies of text files (`precompress`).
package enum OutputForms {
    /// Text types worth precompressing; images and PDFs are compressed already.
    static let compressible: Set<String> = ["html", "htm", "css", "js", "json", "xml", "svg", "txt"]

    package static func apply(to jobs: [RenderJob], config: SiteConfig) -> [RenderJob] {
        var result = jobs
        if config.relativeLinks {
            let links = RelativeLinks(rootPath: config.rootPath, absoluteRoot: config.baseURL?.text)
            result = result.map { job in
                guard job.path.hasSuffix(".html") || job.path.hasSuffix(".css") else { return job }
                return RenderJob(path: job.path, dependency: job.dependency, inSitemap: job.inSitemap) { links.rewrite(job.render(), path: job.path) }
            }
        }
        if config.precompress {
            // Rendered a second time rather than shared: jobs are independent and run in
            // parallel, and the option is for the final upload, not the edit loop.
            result += result.filter { compressible.contains(($0.path as NSString).pathExtension) }.map { job in
                RenderJob(path: job.path + ".gz", dependency: job.dependency) { Zlib.gzip(job.render()) }
            }
        }
        return result
    }
}
