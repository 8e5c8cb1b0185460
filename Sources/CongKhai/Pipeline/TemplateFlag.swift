/// A yes/no value every page may test (`{{#has_register}}…{{/has_register}}`), declared by the
/// family it is about.
struct TemplateFlag: Sendable {
    /// As templates spell it: `has_` and the family's content.
    let name: String
    let isOn: @Sendable (Site) -> Bool
}
