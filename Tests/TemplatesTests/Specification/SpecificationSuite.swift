import Foundation
import Templates

/// The official Mustache specification's tests, read from `../shared/conformance/mustache-spec/`
/// at test time (never copied into the project).
struct SpecificationSuite {
    struct File: Decodable {
        let tests: [Case]
    }

    struct Case: Decodable {
        let name: String
        let desc: String
        let data: DynamicValue
        let template: String
        let partials: [String: String]?
        let expected: String
    }

    /// The modules CongKhai's engine implements: the required ones and ~inheritance. Not
    /// ~lambdas (no code in data here) nor ~dynamic-names (`{{>*name}}`).
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/conformance/mustache-spec").standardizedFileURL
    }

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("sections.json").path)
    }

    static func load(_ module: String) throws -> [Case] {
        let data = try Data(contentsOf: directory.appendingPathComponent("\(module).json"))
        return try JSONDecoder().decode(File.self, from: data).tests
    }

    /// What the engine renders for one case, or the errors that stopped it.
    static func render(_ test: Case) -> (output: String?, errors: [TemplateError]) {
        let main = TemplateSources.File(name: "(test)", text: test.template, displayPath: "test")
        let partials = (test.partials ?? [:]).map { TemplateSources.File(name: $0.key, text: $0.value, displayPath: "partial \($0.key)") }
        // The specification renders a missing partial as nothing ("Failed Lookup").
        var compiler = TemplateCompiler(sources: TemplateSources(partials, [main]), options: .init(missingPartial: .renderNothing))
        guard let template = compiler.compile("(test)", for: DynamicValue.self) else { return (nil, compiler.errors) }
        return (String(decoding: template.render(test.data), as: UTF8.self), [])
    }
}
