/// A yes/no value every page may test (`{{#has_register}}…{{/has_register}}`), declared by the
/// family it is about.
package struct TemplateFlag: Sendable {
    /// As templates spell it: `has_` and the family's content.
    package let name: String
    package let isOn: @Sendable (Site) -> Bool

    package init(name: String, isOn: @escaping @Sendable (Site) -> Bool) {
        self.name = name
        self.isOn = isOn
    }
}
