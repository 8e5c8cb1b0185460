import Testing
import Templates

/// Every test of each module the engine supports must pass; the counts per file are printed.
@Suite struct SpecificationTests {
    @Test(arguments: SpecificationSuite.modules)
    func module(_ module: String) throws {
        guard SpecificationSuite.isAvailable else {
            print("skipped: \(SpecificationSuite.directory.path) is absent — the Mustache specification tests of \(module) not run")
            return
        }
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
