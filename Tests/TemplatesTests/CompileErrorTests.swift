import Testing
import Templates

/// Every error the compiler reports, with the file, line and column it points at; never an
/// empty page instead.
@Suite struct CompileErrorTests {
    private func errors(_ text: String, partials: [String: String] = [:], keySets: [TemplateKeySet] = [Page.assetKeys]) -> [TemplateError] {
        let (template, errors) = compile(text, partials: partials, keySets: keySets)
        #expect(template == nil, "a template with errors is not compiled")
        return errors
    }

    private func at(_ line: Int, _ column: Int, _ file: String = "templates/page.mustache") -> TemplateLocation {
        TemplateLocation(file: file, line: line, column: column)
    }

    @Test func anUnknownNameWithTheClosestDeclaredOne() {
        #expect(errors("<h1>{{nam}}</h1>\n  {{sit.title}}") == [
            TemplateError(.unknownName("nam", in: ["Page"], suggestion: "name"), at: at(1, 5)),
            TemplateError(.unknownName("sit.title", in: ["Page"], suggestion: "site.title"), at: at(2, 3)),
        ])
        // Too far from anything declared: no suggestion.
        #expect(errors("{{xyzzy}}") == [TemplateError(.unknownName("xyzzy", in: ["Page"], suggestion: nil), at: at(1, 1))])
    }

    @Test func anUnknownNameUnderANestedView() {
        let found = errors("{{site.agency.nmae}}")
        #expect(found == [TemplateError(.unknownName("site.agency.nmae", in: ["Agency"], suggestion: "site.agency.name"), at: at(1, 1))])
        #expect(found.first?.description == "templates/page.mustache:1:1: no view declares `site.agency.nmae` (looked in Agency); did you mean `site.agency.name`?")
    }

    /// Inside a section, the message lists every view the name was looked for in.
    @Test func anUnknownNameInsideASectionNamesEveryViewOnTheStack() {
        #expect(errors("{{#facts}}\n{{lable}}\n{{/facts}}") == [
            TemplateError(.unknownName("lable", in: ["Fact", "Page"], suggestion: "label"), at: at(2, 1)),
        ])
    }

    @Test func namesUnderAValueThatHasNone() {
        #expect(errors("{{code.first}}") == [TemplateError(.notAnObject("code", is: "a text"), at: at(1, 1))])
        #expect(errors("{{facts.label}}") == [TemplateError(.notAnObject("facts", is: "a list"), at: at(1, 1))])
    }

    @Test func aViewOrAListIsNotPrinted() {
        #expect(errors("{{site}} {{facts}} {{assets}}") == [
            TemplateError(.notPrintable("site", is: "a view"), at: at(1, 1)),
            TemplateError(.notPrintable("facts", is: "a list"), at: at(1, 10)),
            TemplateError(.notPrintable("assets", is: "the table `assets`"), at: at(1, 20)),
        ])
    }

    /// A section over a value that is always there and always shown is a mistake: a yes/no, a
    /// list, an optional or a view was meant.
    @Test func aSectionOverAValueAlwaysShown() {
        #expect(errors("{{#code}}x{{/code}}\n{{^count}}none{{/count}}") == [
            TemplateError(.notASection("code", is: "a text"), at: at(1, 1)),
            TemplateError(.notASection("count", is: "a number"), at: at(2, 1)),
        ])
    }

    @Test func missingTemplatesPartialsAndParents() {
        var compiler = TemplateCompiler(sources: TemplateSources())
        #expect(compiler.compile("procedure", for: Page.self) == nil)
        #expect(compiler.errors == [TemplateError(.missingTemplate("procedure"), at: nil)])
        #expect(errors("a\n {{>partials/nope}}\n{{<layout}}{{/layout}}") == [
            TemplateError(.missingPartial("partials/nope"), at: at(2, 2)),
            TemplateError(.missingTemplate("layout"), at: at(3, 1)),
        ])
    }

    @Test func keyedNamesAndKeySets() {
        #expect(errors("{{assets.style_cs}}") == [
            TemplateError(.unknownKey("style_cs", keySet: "assets", suggestion: "assets.style_css"), at: at(1, 1)),
        ])
        #expect(errors("{{assets.style_css}}", keySets: []) == [TemplateError(.missingKeySet("assets"), at: at(1, 1))])
    }

    @Test func syntaxErrors() {
        #expect(errors("ok\n  {{name") == [TemplateError(.syntax("a tag opened with {{ is never closed with }}"), at: at(2, 3))])
        #expect(errors("{{ }}") == [TemplateError(.syntax("an empty tag: write a name between the delimiters"), at: at(1, 1))])
        #expect(errors("{{=<% =}}") == [
            TemplateError(.syntax("a delimiter change is written {{=<% %>=}}: two delimiters without spaces or ="), at: at(1, 1)),
        ])
        #expect(errors("{{a..b}}") == [TemplateError(.syntax("a malformed name `a..b`: names are separated by single dots"), at: at(1, 1))])
        #expect(errors("{{time limit}}") == [TemplateError(.syntax("a name cannot contain spaces: `time limit`"), at: at(1, 1))])
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(errors("Thủ tục hành chính: {{tên}}") == [TemplateError(.unknownName("tên", in: ["Page"], suggestion: nil), at: at(1, 21))])
    }

    @Test func sectionsThatDoNotClose() {
        #expect(errors("{{#facts}}\n<li>{{label}}</li>\n") == [TemplateError(.unclosedSection("#facts"), at: at(1, 1))])
        #expect(errors("{{#facts}}{{/fact}}") == [TemplateError(.unexpectedClose("fact", expected: "#facts"), at: at(1, 11))])
        #expect(errors("x\n{{/facts}}") == [TemplateError(.unexpectedClose("facts", expected: nil), at: at(2, 1))])
        #expect(errors("{{<layout}}\n{{$main}}x\n{{/layout}}", partials: ["layout": "{{$main}}{{/main}}"])
                == [TemplateError(.unexpectedClose("layout", expected: "$main"), at: at(3, 1))])
    }

    @Test func onlyBlocksBelongInsideAParent() {
        #expect(errors("{{<layout}}\n{{name}}\n{{/layout}}", partials: ["layout": "{{$main}}{{/main}}"])
                == [TemplateError(.misplacedInParent("{{name}}"), at: at(2, 1))])
    }

    @Test func aPartialThatIncludesItselfWithNoSectionInBetween() {
        #expect(errors("{{>loop}}", partials: ["loop": "a\n{{>loop}}"]) == [TemplateError(.recursion("loop"), at: at(2, 1, "templates/loop.mustache"))])
        #expect(errors("{{<a}}{{/a}}", partials: ["a": "{{<a}}{{/a}}"]).map(\.kind) == [.recursion("a")])
    }

    /// Every error of a pass at once, each where it is: in the partial's own file, reported
    /// once however often the partial is used.
    @Test func everyErrorAtOnceInItsOwnFile() {
        let found = errors("{{>partials/item}}\n{{#facts}}{{>partials/item}}{{/facts}}\n{{urll}}\n{{<layout}}{{/layout}}",
                           partials: ["partials/item": "<li>{{coed}}</li>", "layout": "{{#unclosed}}"])
        #expect(found == [
            TemplateError(.unknownName("coed", in: ["Page"], suggestion: "code"), at: at(1, 5, "templates/partials/item.mustache")),
            TemplateError(.unknownName("urll", in: ["Page"], suggestion: "url"), at: at(3, 1)),
            TemplateError(.unclosedSection("#unclosed"), at: at(1, 1, "templates/layout.mustache")),
        ])
    }

    /// `checkSyntax` reports a broken file nothing has compiled yet.
    @Test func syntaxOfEveryFile() {
        var compiler = TemplateCompiler(sources: TemplateSources([
            .init(name: "good", text: "{{a}}", displayPath: "good.mustache"),
            .init(name: "unused", text: "{{#a}}", displayPath: "unused.mustache"),
        ]))
        compiler.checkSyntax()
        #expect(compiler.errors == [TemplateError(.unclosedSection("#a"), at: TemplateLocation(file: "unused.mustache", line: 1, column: 1))])
    }
}
