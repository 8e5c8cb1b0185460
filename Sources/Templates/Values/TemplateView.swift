/// A Swift type templates render: it declares, once, every name a template may use on it and
/// where each value is (`templateFields`). The compiler binds a template's names against these
/// tables when the theme is loaded, so a misspelt name is an error then, and rendering reads
/// each value by position, with no lookup by name and no dynamic cast.
///
/// ```swift
/// extension ProcedureSection: TemplateView {
///     static let templateFields: TemplateFields<Self> = [
///         .field("id", \.id),
///         .field("title", \.title),
///         .field("content", \.content),
///     ]
/// }
/// ```
///
/// A generic view (a page around any layout) cannot have a stored static property: it
/// declares `static var templateFields` instead, which the compiler reads once per build.
/// Views are `Sendable`: pages render on every core.
public protocol TemplateView: Sendable {
    static var templateFields: TemplateFields<Self> { get }
}
