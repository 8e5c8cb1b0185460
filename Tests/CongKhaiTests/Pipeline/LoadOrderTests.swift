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

/// Families load after what they need, otherwise in registration order, the same on every run.
@Suite struct LoadOrderTests {
    private struct A: PageFamily {
        let name = "a"
        let routeRoots: [String] = []
        var needs: [any PageFamily.Type] { [] }
        func load(_ context: FamilyLoadContext) -> Int { 1 }
        func templates(for site: Site) -> [TemplateRequirement] { [] }
        func outputs(_ context: FamilyContext) -> [RenderJob] { [] }
    }

    private struct B: PageFamily {
        let name = "b"
        let routeRoots: [String] = []
        var needs: [any PageFamily.Type] { [C.self] }
        func load(_ context: FamilyLoadContext) -> Int { 2 }
        func templates(for site: Site) -> [TemplateRequirement] { [] }
        func outputs(_ context: FamilyContext) -> [RenderJob] { [] }
    }

    private struct C: PageFamily {
        let name = "c"
        let routeRoots: [String] = []
        var loops = false
        var needs: [any PageFamily.Type] { loops ? [B.self] : [A.self] }
        func load(_ context: FamilyLoadContext) -> Int { 3 }
        func templates(for site: Site) -> [TemplateRequirement] { [] }
        func outputs(_ context: FamilyContext) -> [RenderJob] { [] }
    }

    @Test func aFamilyLoadsAfterWhatItNeedsElseAsRegistered() throws {
        #expect(try LoadOrder.of([B(), C(), A()]).get() == [2, 1, 0])
        #expect(try LoadOrder.of([A(), B(), C()]).get() == [0, 2, 1])
    }

    @Test func aCycleOrAMissingFamilyIsNamed() {
        #expect(LoadOrder.of([A(), B(), C(loops: true)]) == .failure(.cycle(["b", "c", "b"])))
        #expect(LoadOrder.of([B(), A()]) == .failure(.missing(family: "b", needs: "\(C.self)")))
    }

    /// The standard families: every need is registered and loaded first, and the catalog
    /// comes before the register, which comes before statistics and scoring.
    @Test func theStandardFamiliesLoadInTheOrderOfTheirNeeds() throws {
        let families = FamilyRegistry.standard.families
        let order = try LoadOrder.of(families).get().map { families[$0].name }
        for (index, family) in families.enumerated() {
            for needed in family.needs {
                let name = families.first { ObjectIdentifier(type(of: $0)) == ObjectIdentifier(needed) }!.name
                #expect(order.firstIndex(of: name)! < order.firstIndex(of: families[index].name)!, "\(family.name) needs \(name)")
            }
        }
        #expect(order == ["pages", "notices", "decisions", "catalog", "apologies", "feedback", "statistics", "scoring", "embeds"])
    }
}
