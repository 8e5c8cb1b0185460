import Testing
import Templates

/// Every test of each module the engine supports must pass; the counts per file are printed.
@Suite struct SpecificationTests {
    @Test(.enabled(if: SpecificationSuite.isAvailable, SpecificationSuite.absent), arguments: SpecificationSuite.modules)
    func module(_ module: String) throws {
        let tests = try SpecificationSuite.load(module)
        var passed = 0
        for test in tests {
            let (output, errors) = SpecificationSuite.render(test)
            guard let output else {
                Issue.record("\(module): \(test.name) did not compile: \(errors)")
                continue
            }
            #expect(output == test.expected, "\(module): \(test.name) — \(test.desc)\ntemplate: \(test.template.debugDescription)")
            if output == test.expected { passed += 1 }
        }
        print("mustache-spec \(module).json: \(passed)/\(tests.count) passed")
    }
}
