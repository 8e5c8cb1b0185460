import Foundation
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// The example site built under each way a webmaster may write its address: every link of
/// every page resolves to a built file, and no page holds a "//" path.
@Suite struct AddressFormsTests {
    static let forms: [(written: String, origin: String, root: String)] = [
        ("https://binhtanhung.quangngai.gov.vn", "https://binhtanhung.quangngai.gov.vn", "/"),
        ("https://binhtanhung.quangngai.gov.vn/", "https://binhtanhung.quangngai.gov.vn", "/"),
        ("https://quangngai.gov.vn/xa/binh-tan-hung", "https://quangngai.gov.vn", "/xa/binh-tan-hung/"),
        ("https://QuangNgai.gov.vn/xa/binh-tan-hung/", "https://quangngai.gov.vn", "/xa/binh-tan-hung/"),
    ]

    static func build(baseURL: String, relative: Bool = false) throws -> [String: Data] {
        let diagnostics = Diagnostics()
        var options = BuildOptions(source: Repository.content, output: URL(fileURLWithPath: "/nonexistent"),
                                   baseURL: baseURL, asOf: ExampleSite.asOf)
        options.relativeLinks = relative
        let site = try #require(SiteLoader.load(options, diagnostics: diagnostics))
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        var files: [String: Data] = [:]
        for file in SiteBuilder.render(site) { files[file.path] = file.contents }
        return files
    }

    @Test(arguments: 0..<4)
    func everyLinkResolvesUnderEachAddressForm(index: Int) throws {
        let form = Self.forms[index]
        let files = try Self.build(baseURL: form.written)
        let broken = SiteLinks.check(files, origin: form.origin, rootPath: form.root)
        #expect(broken.isEmpty, "\(form.written): \(broken.prefix(10))")
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let references = SiteLinks.references(in: html)
            checked += references.count
            #expect(!references.contains { $0.hasPrefix("//") }, "\(path)")
            for reference in references where reference.hasPrefix("http") {
                let afterScheme = reference.drop { $0 != ":" }.dropFirst(3)
                #expect(!afterScheme.contains("//"), "\(path): \(reference)")
            }
            if index == 0 || index == 2 {
                let problems = HTMLStructure.problems(html)
                #expect(problems.isEmpty, "\(path): \(problems.prefix(5))")
            }
        }
        #expect(checked > 2_000)  // the example's pages really were read
        // The canonical link and the QR payloads carry the normalized address.
        let detail = String(decoding: try #require(files["thu-tuc-hanh-chinh/1.001193/index.html"]), as: UTF8.self)
        #expect(detail.contains("<link rel=\"canonical\" href=\"\(form.origin)\(form.root)thu-tuc-hanh-chinh/1.001193/\">"))
    }

    /// With relative links the same folder works from disk or under any path: no link of the
    /// site starts at the root, each resolves from the file itself, while QR codes, the
    /// canonical link and the fragments keep the absolute address.
    @Test func relativeLinksResolveFromAnyPlace() throws {
        let files = try Self.build(baseURL: "https://quangngai.gov.vn/xa/binh-tan-hung/", relative: true)
        for (origin, root) in [("https://elsewhere.example", "/any/deep/path/"), ("file://localhost", "/home/u/site/")] {
            let broken = SiteLinks.check(files, origin: origin, rootPath: root)
            #expect(broken.isEmpty, "\(broken.prefix(10))")
        }
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let references = SiteLinks.references(in: String(decoding: data, as: UTF8.self))
            #expect(!references.contains { $0.hasPrefix("/") }, "\(path): \(references.filter { $0.hasPrefix("/") }.prefix(3))")
            #expect(!references.contains { $0.hasSuffix("/") && !$0.hasPrefix("http") }, "\(path): folder links need index.html on file://")
        }
        let detail = String(decoding: try #require(files["thu-tuc-hanh-chinh/1.001193/index.html"]), as: UTF8.self)
        #expect(detail.contains("href=\"../../assets/"))
        #expect(detail.contains("<link rel=\"canonical\" href=\"https://quangngai.gov.vn/xa/binh-tan-hung/thu-tuc-hanh-chinh/1.001193/\">"))
        // The QR code drawn on the page is the same as without the option.
        let plain = try Self.build(baseURL: "https://quangngai.gov.vn/xa/binh-tan-hung/")
        #expect(files["qr/1.001193.png"] == plain["qr/1.001193.png"])
        let notFound = String(decoding: try #require(files["404.html"]), as: UTF8.self)
        #expect(notFound.contains("href=\"https://quangngai.gov.vn/xa/binh-tan-hung/thu-tuc-hanh-chinh/\""))
    }

    @Test func relativePathsAreComputedFromTheFile() {
        #expect(RelativeLinks.relativePath(to: "a/b/index.html", fromFile: "a/c/index.html") == "../b/index.html")
        #expect(RelativeLinks.relativePath(to: "index.html", fromFile: "index.html") == "index.html")
        #expect(RelativeLinks.relativePath(to: "assets/x.css", fromFile: "a/b/c/index.html") == "../../../assets/x.css")
        let links = RelativeLinks(rootPath: "/xa/", absoluteRoot: nil)
        #expect(links.relative("/xa/thong-bao/#muc", from: "thong-bao/a/index.html") == "../index.html#muc")
        #expect(links.relative("/other/", from: "index.html") == "/other/")
        #expect(links.relative("https://x.vn/xa/", from: "index.html") == "https://x.vn/xa/")
    }

    /// The structural check itself finds what it is there to find.
    @Test func structureCheckFindsMistakes() {
        let frame = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>x</title></head><body>"
        #expect(HTMLStructure.problems(frame + "<p>a<br><svg><path d=\"M0 0\"/></svg></p></body></html>").isEmpty)
        #expect(HTMLStructure.problems(frame + "<div><p>a</div></body></html>") == ["</div> closes <p>"])
        #expect(HTMLStructure.problems(frame + "<a id=\"x\"></a><b id=\"x\"></b></body></html>") == ["duplicate id x"])
        #expect(HTMLStructure.problems(frame + "<textarea><p></textarea></body></html>").isEmpty)
    }
}
