import Foundation

/// Rewrites the root-relative links of a built file ("/xa/thu-tuc-hanh-chinh/") into links
/// relative to the file itself ("../thu-tuc-hanh-chinh/index.html"), for `relative_links`.
///
/// The folder then works wherever it lands: opened from disk (file://, where a folder link
/// shows a directory listing, hence the explicit "index.html"), inside a ZIP, or uploaded
/// under any path of a portal. Absolute addresses are left alone: the canonical link, the
/// feed and the QR codes keep `base_url`, since a printed code must reach the public site.
/// Done on the rendered bytes so that templates, Markdown and every page family are
/// covered without each knowing about the option.
struct RelativeLinks: Sendable {
    let rootPath: String
    /// Where links of `404.html` point: a server shows that page at any address, so relative
    /// links from it would be wrong; the public address is right from everywhere.
    let absoluteRoot: String?

    /// Attributes that hold a URL in the theme's and cmark-gfm's HTML.
    private static let attributeNames: [[UInt8]] = ["href", "src", "action", "data-index", "poster"].map { Array($0.utf8) }

    func rewrite(_ data: Data, path: String) -> Data {
        if path.hasSuffix(".html") {
            return Data(rewriteHTML(String(decoding: data, as: UTF8.self), path: path).utf8)
        }
        if path.hasSuffix(".css") {
            return Data(rewriteCSS(String(decoding: data, as: UTF8.self), path: path).utf8)
        }
        return data
    }

    /// One pass over the bytes: at each `="`, the name before it decides whether the value
    /// is a URL (a search per attribute name would rescan big pages once per link).
    func rewriteHTML(_ html: String, path: String) -> String {
        Self.rewriteURLAttributes(html) { relative($0, from: path) }
    }

    /// Every `href`, `src`, `action`, `data-index` and `poster` value of `html` through `transform`.
    ///
    /// Scans the UTF-8 bytes in place (`=`, `"` and the names are ASCII, and an ASCII byte
    /// never occurs inside a multi-byte character): this runs over every page of a
    /// relative-links build and every Markdown section of the fragments. The result is built
    /// as a `String` from pieces of `html` and the rewritten values, which are known to be
    /// valid UTF-8 and are copied as they are; a byte array would be validated again as a
    /// whole by `String(decoding:as:)`, which took as long as the scan.
    static func rewriteURLAttributes(_ html: String, _ transform: (String) -> String) -> String {
        var contiguous = html
        return contiguous.withUTF8 { bytes in
            var result = ""
            var copied = 0
            var index = 0
            while let equals = bytes.firstIndex(of: UInt8(ascii: "="), from: index), equals + 1 < bytes.count {
                guard bytes[equals + 1] == UInt8(ascii: "\""), isURLAttribute(bytes, endingAt: equals) else {
                    index = equals + 1
                    continue
                }
                let valueStart = equals + 2
                let valueEnd = bytes.firstIndex(of: UInt8(ascii: "\""), from: valueStart) ?? bytes.count
                if result.isEmpty { result.reserveCapacity(bytes.count + 256) }
                result.append(contentsOf: html.utf8Piece(copied..<valueStart))
                result += transform(String(html.utf8Piece(valueStart..<valueEnd)))
                copied = valueEnd
                index = valueEnd
            }
            // No URL attribute at all: the text itself, uncopied.
            guard copied > 0 else { return html }
            result.append(contentsOf: html.utf8Piece(copied..<bytes.count))
            return result
        }
    }

    /// Whether the attribute name ending just before `equals` is one that holds a URL and
    /// starts after a space (so `data-href` or `a href` in text is not taken).
    private static func isURLAttribute(_ bytes: UnsafeBufferPointer<UInt8>, endingAt equals: Int) -> Bool {
        for name in attributeNames where equals >= name.count + 1 {
            let start = equals - name.count
            guard bytes[start..<equals].elementsEqual(name) else { continue }
            let before = bytes[start - 1]
            return before == UInt8(ascii: " ") || before == UInt8(ascii: "\n") || before == UInt8(ascii: "\t")
        }
        return false
    }

    func rewriteCSS(_ css: String, path: String) -> String {
        var result = ""
        var rest = css[...]
        while let open = rest.range(of: "url(") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            let quote = rest.first == "\"" || rest.first == "'" ? String(rest.first!) : ""
            result += quote
            rest = rest.dropFirst(quote.count)
            let end = rest.firstIndex(where: { quote.isEmpty ? $0 == ")" : String($0) == quote }) ?? rest.endIndex
            result += relative(String(rest[..<end]), from: path)
            rest = rest[end...]
        }
        result += rest
        return result
    }

    /// A root-relative URL made relative to the file at `path`; anything else as it was.
    func relative(_ url: String, from path: String) -> String {
        guard url.hasPrefix(rootPath), !url.hasPrefix("//") else { return url }
        let inSite = url.dropFirst(rootPath.count)
        let suffixStart = inSite.firstIndex { $0 == "#" || $0 == "?" } ?? inSite.endIndex
        var target = String(inSite[..<suffixStart])
        let suffix = inSite[suffixStart...]
        if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
        if path == "404.html", let absoluteRoot {
            return absoluteRoot + inSite
        }
        return Self.relativePath(to: target, fromFile: path) + suffix
    }

    /// "../b/index.html" for target "a/b/index.html" from "a/c/index.html".
    static func relativePath(to target: String, fromFile path: String) -> String {
        let from = path.split(separator: "/").dropLast()
        let to = target.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < from.count && common < to.count - 1 && from[from.startIndex + common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        return (up + to[common...].map(String.init)).joined(separator: "/")
    }
}
