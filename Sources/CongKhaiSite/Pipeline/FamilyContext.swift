import CongKhaiMarkdown

/// What a family plans its outputs with.
package struct FamilyContext: Sendable {
    package let templates: TemplateContext
    package let markdown: MarkdownRenderer
    /// Every family's cards, in home-page order: the home page belongs to the pages family
    /// but shows what the others declare.
    package let homeCards: [HomeCard]
    /// What every family offers the portal, in the families' order (empty when the site
    /// publishes no fragments): the embeds family writes and lists them.
    package var portalFragments: [PortalFragments] = []

    package init(templates: TemplateContext, markdown: MarkdownRenderer, homeCards: [HomeCard], portalFragments: [PortalFragments] = []) {
        self.templates = templates
        self.markdown = markdown
        self.homeCards = homeCards
        self.portalFragments = portalFragments
    }

    package var site: Site { templates.site }
}
