import Foundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// Every `href`, `src`, `action` and `data-index` of a built HTML page, and CSS `url()`s, as
/// a browser would resolve them, checked against the set of built files: the link checker
/// of the site-check tools, in process (the Nu checker and Chromium are not in `swift test`).
enum SiteLinks {
    struct Broken: CustomStringConvertible {
        let page: String
        let link: String
        let reason: String
        var description: String { "\(page): \(link) → \(reason)" }
    }

    static func references(in html: String) -> [String] {
        var found: [String] = []
        _ = RelativeLinks.rewriteURLAttributes(html) { value in
            found.append(value)
            return value
        }
        return found.map(decodeEntities)
    }

    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
    }

    /// `origin` + `rootPath` is where the site is served; links to that origin outside the
    /// root, and to other hosts, are not the site's.
    static func check(_ files: [String: Data], origin: String, rootPath: String) -> [Broken] {
        var broken: [Broken] = []
        let built = Set(files.keys)
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".css") {
            let text = String(decoding: data, as: UTF8.self)
            let links = path.hasSuffix(".css") ? cssURLs(text) : references(in: text)
            // A page's own address: "a/b/index.html" is served as rootPath + "a/b/".
            let pageURL = URL(string: origin + rootPath + path)!
            for link in links {
                if link.hasPrefix("#") || link.hasPrefix("mailto:") || link.hasPrefix("tel:") { continue }
                if link.hasPrefix("//") {
                    broken.append(Broken(page: path, link: link, reason: "protocol-relative: another host"))
                    continue
                }
                guard let resolved = URL(string: link, relativeTo: pageURL)?.absoluteURL,
                      let scheme = resolved.scheme, let host = resolved.host else {
                    broken.append(Broken(page: path, link: link, reason: "not a URL"))
                    continue
                }
                let resolvedOrigin = "\(scheme)://\(host)" + (resolved.port.map { ":\($0)" } ?? "")
                guard resolvedOrigin == origin else { continue }
                // Foundation's `path` drops a final slash on Linux: read the path from the text.
                let afterOrigin = resolved.absoluteString.dropFirst(resolvedOrigin.count)
                let fullPath = String(afterOrigin.prefix { $0 != "?" && $0 != "#" })
                if fullPath.contains("//") {
                    broken.append(Broken(page: path, link: link, reason: "path with //"))
                    continue
                }
                // The province portal's own pages share the host of a sub-path site.
                guard fullPath.hasPrefix(rootPath) else { continue }
                var inSite = String(fullPath.dropFirst(rootPath.count))
                inSite = inSite.removingPercentEncoding ?? inSite
                if inSite.isEmpty || inSite.hasSuffix("/") { inSite += "index.html" }
                if !built.contains(inSite) {
                    broken.append(Broken(page: path, link: link, reason: "no built file \(inSite)"))
                }
            }
        }
        return broken
    }

    static func cssURLs(_ css: String) -> [String] {
        var found: [String] = []
        var rest = css[...]
        while let open = rest.range(of: "url(") {
            rest = rest[open.upperBound...]
            let end = rest.firstIndex(of: ")") ?? rest.endIndex
            found.append(rest[..<end].trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")))
            rest = rest[end...]
        }
        return found.filter { !$0.hasPrefix("data:") }
    }
}
