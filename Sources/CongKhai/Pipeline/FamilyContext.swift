/// What a family plans its outputs with.
struct FamilyContext: Sendable {
    let templates: TemplateContext
    let markdown: MarkdownRenderer
    /// Every family's cards, in home-page order: the home page belongs to the pages family
    /// but shows what the others declare.
    let homeCards: [HomeCard]
    /// What every family offers the portal, in the families' order (empty when the site
    /// publishes no fragments): the embeds family writes and lists them.
    var portalFragments: [PortalFragments] = []

    var site: Site { templates.site }
}
