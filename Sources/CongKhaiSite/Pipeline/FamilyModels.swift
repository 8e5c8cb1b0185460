/// The loaded families' models, each under its family's type: what `Site` is made of besides
/// the settings, data files, calendar and regimes every family shares.
package struct FamilyModels: Sendable {
    private var models: [ObjectIdentifier: any Sendable] = [:]

    package init() {}

    subscript<Family: PageFamily>(_ family: Family.Type) -> Family.Model? {
        // The one cast: a model is stored under its own family's type, so it is always that
        // family's `Model`.
        models[ObjectIdentifier(family)].map { $0 as! Family.Model }
    }

    package mutating func store<Family: PageFamily>(_ model: Family.Model, of family: Family.Type) {
        models[ObjectIdentifier(family)] = model
    }

    func contains(_ family: any PageFamily.Type) -> Bool { models[ObjectIdentifier(family)] != nil }
}
