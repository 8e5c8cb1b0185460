import Foundation
import Synchronization
import Testing
import Templates

/// Names bound to typed views at compile time, read by position when rendering.
@Suite struct TypedBindingTests {
    @Test func nestedViewsAndMergedParts() {
        let page = Page()
        #expect(render("{{site.title}} – {{site.agency.name}} – {{code}} {{name}}", page)
                == "Xã An Phú – UBND xã An Phú – 1.001193 Đăng ký khai sinh")
        #expect(render("{{#site}}{{#agency}}{{name}} ({{title}}){{/agency}}{{/site}}", page) == "UBND xã An Phú (Xã An Phú)")
    }

    @Test func optionalsRenderNothingAndOpenSectionsOnlyWhenPresent() {
        var page = Page()
        #expect(render("[{{site.agency.phone}}][{{level}}]{{#online}}online{{/online}}{{^online}}offline{{/online}}", page)
                == "[][]offline")
        page.site = SiteValues(title: "T", agency: Agency(name: "A", phone: "0123"), description: "Mô tả")
        page.summary = Summary(code: "c", name: "n", online: Online(label: "toàn trình", full: true), level: "tỉnh")
        #expect(render("[{{site.agency.phone}}][{{level}}]{{#online}}{{label}}{{#full}}!{{/full}}{{/online}}", page)
                == "[0123][tỉnh]toàn trình!")
        #expect(render("{{#level}}<{{.}}>{{/level}}{{#site.description}}{{.}}{{/site.description}}", page) == "<tỉnh>Mô tả")
    }

    /// An optional that is nil lets the name be found further out, as a key left out of a
    /// Mustache hash does; one that is always there stops the search.
    @Test func aNilOptionalFallsThroughToTheOuterContext() {
        var page = Page()
        page.facts = [Fact(label: "Phí", value: "0 đồng", note: nil), Fact(label: "Hạn", value: "1 ngày", note: "làm việc")]
        page.summary = Summary(code: "c", name: "outer name", online: nil, level: "outer level")
        #expect(render("{{#facts}}{{label}}: {{value}} ({{note}}) [{{level}}] {{/facts}}", page)
                == "Phí: 0 đồng () [outer level] Hạn: 1 ngày (làm việc) [outer level] ")
        // `note` exists only on facts: outside, it is an error, not an empty string.
        #expect(compile("{{note}}").errors.map(\.kind) == [.unknownName("note", in: ["Page"], suggestion: "notes")])
    }

    @Test func listsOfViewsTextsAndEmptyOrNilLists() {
        var page = Page()
        #expect(render("{{#facts}}x{{/facts}}{{^facts}}none{{/facts}}|{{#codes}}x{{/codes}}{{^codes}}nil{{/codes}}", page) == "none|nil")
        page.notes = ["a < b", "c & d"]
        page.codes = []
        #expect(render("{{#notes}}<li>{{.}}</li>{{/notes}}|{{^codes}}empty{{/codes}}", page) == "<li>a &lt; b</li><li>c &amp; d</li>|empty")
        #expect(render("{{#notes}}{{{.}}};{{/notes}}", page) == "a < b;c & d;")
    }

    @Test func booleansOpenSectionsAndPrintAsWords() {
        var page = Page()
        #expect(render("{{#withdrawn}}W{{/withdrawn}}{{^withdrawn}}in force{{/withdrawn}} {{withdrawn}}", page) == "in force false")
        page.withdrawn = true
        #expect(render("{{#withdrawn}}W{{/withdrawn}}{{^withdrawn}}in force{{/withdrawn}} {{withdrawn}}", page) == "W true")
        // An optional yes/no that is nil is false to a section, and prints nothing.
        #expect(render("{{#formal}}F{{/formal}}{{^formal}}not formal{{/formal}}[{{formal}}]", page) == "not formal[]")
        page.formal = true
        #expect(render("{{#formal}}F{{/formal}}[{{formal}}]", page) == "F[true]")
    }

    @Test func numbersFormatAsSwiftWritesThem() {
        var page = Page()
        page.count = -12_345
        page.ratio = 2.5
        #expect(render("{{count}} {{ratio}} [{{total}}]", page) == "-12345 2.5 []")
        page.ratio = 1
        page.total = 0
        // Zero is a value: an optional number that is there opens its section.
        #expect(render("{{ratio}} {{#total}}total={{.}}{{/total}}", page) == "1.0 total=0")
    }

    @Test func escapingCoversTheFiveCharactersAndTripleOrAmpersandLeaveThemAlone() {
        var page = Page()
        page.url = #"<a href="x">Tom & Jerry's</a>"#
        #expect(render("{{url}}|{{{url}}}|{{&url}}", page)
                == #"&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;|<a href="x">Tom & Jerry's</a>|<a href="x">Tom & Jerry's</a>"#)
        page.url = "Thủ tục hành chính — không có gì để thoát"
        #expect(render("{{url}}", page) == page.url)
    }

    @Test func computedPropertiesAreReadThroughTheirKeyPaths() {
        var page = Page()
        page.facts = [Fact(label: "L", value: "V", note: nil)]
        #expect(render("{{fact_count}} {{#first_fact}}{{label}}={{value}}{{/first_fact}}", page) == "1 L=V")
    }

    @Test func keyedTextsAreBoundByPosition() {
        var page = Page()
        page.assets = Page.assetKeys.values(["style_css": "/assets/style.1234.css", "favicon_svg": "/assets/favicon.svg"])
        #expect(render(#"<link href="{{assets.style_css}}"><link href="{{assets.favicon_svg}}">"#, page)
                == #"<link href="/assets/style.1234.css"><link href="/assets/favicon.svg">"#)
    }

    /// Names under the webmaster's data are looked up when rendering; names of the typed views
    /// around it stay bound.
    @Test func dynamicDataInsideATypedView() {
        var page = Page()
        page.data = .map(["lanh_dao": .list([.map(["ho_ten": .string("Nguyễn Văn A"), "chuc_vu": .string("Chủ tịch")]),
                                             .map(["ho_ten": .string("Trần Thị B")])]),
                          "so": .int(3), "ti_le": .double(0.25), "an": .bool(false), "rong": .null])
        #expect(render("{{#data.lanh_dao}}{{ho_ten}} ({{chuc_vu}}{{^chuc_vu}}{{site.title}}{{/chuc_vu}}); {{/data.lanh_dao}}", page)
                == "Nguyễn Văn A (Chủ tịch); Trần Thị B (Xã An Phú); ")
        #expect(render("{{data.so}} {{data.ti_le}} [{{data.missing}}] {{#data.an}}x{{/data.an}}{{^data.rong}}null{{/data.rong}}", page)
                == "3 0.25 [] null")
    }

    @Test func aRecursivePartialOverARecursiveViewIsCompiledOnce() {
        var page = Page()
        page.tree = [Node(label: "1", children: [Node(label: "1.1", children: []), Node(label: "1.2", children: [Node(label: "1.2.1", children: [])])]),
                     Node(label: "2", children: [])]
        let partials = ["node": "<li>{{label}}{{#children.0}}{{/children.0}}{{#children}}<ul>{{>node}}</ul>{{/children}}</li>"]
        // (`children.0` is not a name of a list: the error shows the compiler looks into lists no further.)
        #expect(compile("{{#tree}}{{>node}}{{/tree}}", partials: partials).errors.map(\.kind) == [.notAnObject("children", is: "a list")])
        let tree = ["node": "<li>{{label}}{{#children}}<ul>{{>node}}</ul>{{/children}} in {{site.title}}</li>"]
        #expect(render("{{#tree}}{{>node}}{{/tree}}", partials: tree, page)
                == "<li>1<ul><li>1.1 in Xã An Phú</li></ul><ul><li>1.2<ul><li>1.2.1 in Xã An Phú</li></ul> in Xã An Phú</li></ul> in Xã An Phú</li><li>2 in Xã An Phú</li>")
    }

    /// Partials are compiled apart and laid after the template: their sections (a yes/no, an
    /// optional text, a list) must run their own bodies, wherever the partial is used.
    @Test func sectionsInsidePartialsRunTheirOwnBodies() {
        var page = Page()
        page.withdrawn = true
        page.summary = Summary(code: "c", name: "n", online: Online(label: "một phần", full: false), level: "tỉnh")
        page.facts = [Fact(label: "A", value: "1", note: "x"), Fact(label: "B", value: "2", note: nil)]
        let partials = [
            "a": "[a {{#withdrawn}}W{{/withdrawn}}{{#level}}<{{.}}>{{/level}}{{>b}}]",
            "b": "[b {{^withdrawn}}in force{{/withdrawn}}{{#online}}{{label}}{{^full}}!{{/full}}{{/online}}{{#facts}}{{label}}{{#note}}({{.}}){{/note}}{{/facts}}]",
        ]
        // Inside the outer fact A, the inner fact B has no note: the outer A's is found.
        #expect(render("{{>b}}|{{>a}}|{{#facts}}{{>a}}{{/facts}}", partials: partials, page)
                == "[b một phần!A(x)B]|[a W<tỉnh>[b một phần!A(x)B]]|[a W<tỉnh>[b một phần!A(x)B(x)]][a W<tỉnh>[b một phần!A(x)B]]")
    }

    @Test func aCompiledTemplateRendersTheSameOnEveryThread() {
        var page = Page()
        page.facts = (0..<50).map { Fact(label: "L\($0)", value: "<\($0)>", note: $0 % 2 == 0 ? nil : "n") }
        let template = compile("{{#facts}}{{label}}={{value}}{{#note}}:{{.}}{{/note}};{{/facts}}").template!
        let view = page
        let expected = template.render(view)
        let matching = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            if template.render(view) == expected { matching.withLock { $0 += 1 } }
        }
        #expect(matching.withLock { $0 } == 64)
    }

    @Test func aSiteFileShadowsABuiltInOfTheSameName() {
        let builtIn = TemplateSources.File(name: "robots", text: "built-in {{url}}", displayPath: "theme:default/templates/robots.mustache")
        let site = TemplateSources.File(name: "robots", text: "site's own {{url}}", displayPath: "theme/templates/robots.mustache")
        let header = TemplateSources.File(name: "partials/header", text: "H", displayPath: "theme:default/templates/partials/header.mustache")
        let sources = TemplateSources([builtIn, header], [site])
        #expect(sources.names == ["partials/header", "robots"])
        #expect(sources.shadowed == ["robots": ["theme:default/templates/robots.mustache"]])
        var compiler = TemplateCompiler(sources: sources)
        let robots = compiler.compile("robots", for: Page.self)!
        #expect(String(decoding: robots.render(Page()), as: UTF8.self) == "site's own /thu-tuc/1.001193/")
    }

    /// swift-mustache keeps the whitespace before a standalone partial that renders nothing;
    /// the specification leaves nothing. Both are available, the specification's by default.
    @Test func theWhitespaceOfAnEmptyStandalonePartial() {
        let text = "<main>\n  {{>partials/decision}}\n</main>\n"
        let partials = ["partials/decision": "{{#level}}\n<p>{{level}}</p>\n{{/level}}\n"]
        var page = Page()
        #expect(String(decoding: compile(text, partials: partials).template!.render(page), as: UTF8.self) == "<main>\n</main>\n")
        let compatible = compile(text, partials: partials, options: .init(keepsIndentationOfEmptyPartials: true)).template!
        #expect(String(decoding: compatible.render(page), as: UTF8.self) == "<main>\n  </main>\n")
        page.summary = Summary(code: "c", name: "n", online: nil, level: "tỉnh")
        #expect(String(decoding: compatible.render(page), as: UTF8.self) == "<main>\n  <p>tỉnh</p>\n</main>\n")
    }
}
