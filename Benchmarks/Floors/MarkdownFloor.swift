import CCmarkGFM
import Foundation

/// cmark-gfm alone on every body: the cost no generator built on it can go below.
enum MarkdownFloor {
    static func run(folder path: String) {
        let folder = URL(fileURLWithPath: path)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        // Read everything first: the floor times rendering, not the disk.
        let bodies = names.compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) }
        guard !bodies.isEmpty else {
            FileHandle.standardError.write(Data("bench-floors: no .md files in \(folder.path)\n".utf8))
            exit(1)
        }

        cmark_gfm_core_extensions_ensure_registered()
        let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"].compactMap { name in
            name.withCString { cmark_find_syntax_extension($0) }
        }
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE

        var outputBytes = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for body in bodies {
            guard let parser = cmark_parser_new(options) else { continue }
            for syntaxExtension in extensions { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
            body.withUnsafeBytes { cmark_parser_feed(parser, $0.baseAddress!.assumingMemoryBound(to: CChar.self), body.count) }
            if let document = cmark_parser_finish(parser) {
                if let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) {
                    outputBytes += strlen(html)
                    free(html)
                }
                cmark_node_free(document)
            }
            cmark_parser_free(parser)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "floor_s=%.3f bodies=%d bytes=%d html_bytes=%d", seconds, bodies.count,
                     bodies.reduce(0) { $0 + $1.count }, outputBytes))
    }
}
