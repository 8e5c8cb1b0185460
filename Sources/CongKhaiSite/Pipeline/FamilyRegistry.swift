import CongKhaiCore
import CongKhaiInput
import CongKhaiMarkdown
import Templates

/// The families a site is built from, in the order their outputs are planned, and everything
/// assembled from what they declare: the load order, the reserved paths, the data policy, the
/// routes and flags templates see, the codes, the menu, the home page, the feed, the notes.
package struct FamilyRegistry: Sendable {
    package let families: [any PageFamily]

    package init(_ families: [any PageFamily]) {
        self.families = families
    }

    /// The registry with one more family (a test's fixture family, a site's own).
    func adding(_ family: any PageFamily) -> FamilyRegistry { FamilyRegistry(families + [family]) }

    /// Paths no Markdown page may take: every family's roots, and the theme's assets folder.
    package var reservedRoots: Set<String> {
        Set(families.flatMap(\.routeRoots)).union([String(Routes.assets.dropLast())])
    }

    /// How the loader reads `data/`: every table's columns, what stays from templates, which
    /// tables are citizens' records.
    package var dataPolicy: DataFilePolicy {
        var policy = DataFilePolicy()
        for input in families.flatMap(\.inputs) {
            policy.vocabulary.add(input.columns, codes: input.codeColumns)
            policy.vocabulary.add(names: input.columnNames)
            if input.describesTables, case .folder(let folder) = input.place, folder.hasPrefix("data/") {
                policy.describedFolders.append(String(folder.dropFirst("data/".count)))
            }
            guard case .table(let name) = input.place else { continue }
            if !input.offeredToTemplates { policy.keptFromTemplates.insert(name) }
            if let records = input.citizenRecords { policy.citizenRecords[name] = records }
        }
        return policy
    }

    /// Inputs a family keys itself: not part of any ring.
    package var keyedByFamilies: [InputPlace] { families.flatMap(\.inputs).filter { $0.reach == .family }.map(\.place) }

    /// Inputs that reach the site-wide pages only.
    package var sitePageInputs: [InputPlace] { families.flatMap(\.inputs).filter { $0.reach == .sitePages }.map(\.place) }

    /// `{{routes.*}}`: the fixed routes of the site's own files and of every family.
    var templateRoutes: [String: String] {
        families.reduce(into: Routes.templateRoutes) { routes, family in routes.merge(family.templateRoutes) { first, _ in first } }
    }

    package var templateFlags: [TemplateFlag] { families.flatMap(\.templateFlags) }

    /// Every diagnostic code: the reading and writing layers' and each family's.
    var diagnosticCodes: [DiagnosticCode] { DiagnosticCode.core + families.flatMap(\.diagnosticCodes) }

    package func menu(for site: Site) -> [MenuEntry] {
        Self.ordered(families.flatMap { $0.menuEntries(for: site) }, by: \.weight)
    }

    package func homeCards(for site: Site) -> [HomeCard] {
        Self.ordered(families.flatMap { $0.homeCards(for: site) }, by: \.weight)
    }

    package func feedEntries(for site: Site, markdown: MarkdownRenderer) -> [FeedWriter.Entry] {
        families.flatMap { $0.feedEntries(for: site, markdown: markdown) }
    }

    package func internalNotes(for site: Site) -> [String: [String]] {
        families.reduce(into: [:]) { notes, family in notes.merge(family.internalNotes(for: site)) { $0 + $1 } }
    }

    /// A stable sort: entries of one family keep the order it declared them in.
    private static func ordered<T>(_ items: [T], by key: (T) -> Int) -> [T] {
        items.enumerated().sorted { (key($0.element), $0.offset) < (key($1.element), $1.offset) }.map(\.element)
    }
}
