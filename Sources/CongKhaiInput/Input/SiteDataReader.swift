import CongKhaiCore
import Foundation
import Yams

/// One parsed file under `Content/data/`.
public enum DataDocument: @unchecked Sendable {
    case table(DataTable)
    case yaml(Node)
}

/// Every data file of the site, parsed once at load time.
///
/// Parsing everything up front means a broken file is reported even before a feature reads
/// it, and features (the procedure catalog, the dossier register …) reuse the parsed tables.
/// Templates see the files as `data`, like Hugo's `.Site.Data`: `data/lanh-dao.yaml` is
/// `{{#data.lanh_dao}}…{{/data.lanh_dao}}`.
public struct SiteData: Sendable {
    /// Keyed by path relative to `data/`, e.g. "thu-tuc.csv".
    public let documents: [String: DataDocument]
    public let templateValue: DataValue
    /// What may be published wherever it appears (see `PublicContacts`), for the features that
    /// screen text of their own: the catalog's detail files, the dossier register.
    public var contacts: PublicContacts = .none

    /// A data file as a table, whether it was written as CSV or as a YAML list of rows.
    package func table(named baseName: String, diagnostics: Diagnostics) -> DataTable? {
        guard let (path, document) = document(named: baseName) else { return nil }
        switch document {
        case .table(let table): return table
        case .yaml(let node): return DataTable.yaml(node, file: "data/\(path)", diagnostics: diagnostics)
        }
    }

    public func document(named baseName: String) -> (path: String, document: DataDocument)? {
        for ext in ["csv", "xlsx", "yaml", "yml"] {
            let path = "\(baseName).\(ext)"
            if let document = documents[path] { return (path, document) }
        }
        return nil
    }
}

/// How the loader treats the data files the page families read (what each declares of its
/// tables, gathered by the loader): the column names that find a header, the tables kept from
/// templates, and citizens' records, whose personal columns are never read.
public struct DataFilePolicy: Sendable {
    /// A table of citizens' records (the dossier register): its personal columns are never
    /// turned into text, and it is never offered to templates, so no theme or site template can
    /// publish a phone or ID number by mistake.
    public struct CitizenRecords: Sendable {
        public let isPersonal: @Sendable (String) -> Bool
        public let strip: @Sendable (DataTable) -> DataTable

        public init(isPersonal: @escaping @Sendable (String) -> Bool, strip: @escaping @Sendable (DataTable) -> DataTable) {
            self.isPersonal = isPersonal
            self.strip = strip
        }
    }

    public var vocabulary = ColumnVocabulary.general
    /// Tables (by name under `data/`, without extension) their family reads alone: offered as
    /// `data` too, any page could depend on them (a 10,000-row catalog would reach every page's
    /// key, and an incremental build could no longer re-render only the pages of one row).
    public var keptFromTemplates: Set<String> = []
    public var citizenRecords: [String: CitizenRecords] = [:]
    /// Folders (relative to `data/`, "thong-ke/") where a YAML file beside a table describes it.
    public var describedFolders: [String] = []

    public init() {}

    /// "thu-tuc.xlsx" → "thu-tuc": the table a file is a form of.
    static func tableName(_ relativePath: String) -> String {
        guard let dot = relativePath.lastIndex(of: "."), !relativePath[dot...].contains("/") else { return relativePath }
        return String(relativePath[..<dot])
    }

    func records(_ relativePath: String) -> CitizenRecords? { citizenRecords[Self.tableName(relativePath)] }

    func isOfferedToTemplates(_ relativePath: String) -> Bool {
        let table = Self.tableName(relativePath)
        return citizenRecords[table] == nil && !keptFromTemplates.contains(table)
    }
}

package enum SiteDataReader {
    /// Every table and YAML file but the register (screened as citizens' records by its reader)
    /// goes through `PersonalDataScreen` as it is parsed, before any feature or template sees it.
    package static func read(contentDirectory: URL, contacts: PublicContacts = .none, policy: DataFilePolicy = DataFilePolicy(),
                             diagnostics: Diagnostics) -> SiteData {
        var documents: [String: DataDocument] = [:]
        var tree: [String: DataValue] = [:]
        var names = TemplateNames(describedFolders: policy.describedFolders)
        let listed = ContentFiles.list(in: contentDirectory, folder: "data",
                                       extensions: Set(["csv", "xlsx", "yaml", "yml"]).union(DataFileForms.unsupportedExtensions))
        let files = DataFileForms.reportUnsupported(listed, diagnostics: diagnostics)
        let duplicates = DataFileForms.duplicates(Set(files.map(\.relativePath)), describedFolders: policy.describedFolders,
                                                  diagnostics: diagnostics)
        for file in files where !duplicates.contains(file.relativePath) {
            // A workbook's options file is read with the workbook, not offered as data.
            if file.relativePath.lowercased().hasSuffix(WorkbookOptions.suffix) { continue }
            let extensionName = file.url.pathExtension.lowercased()
            // Saved as a workbook and renamed (or exported by software that names any file .csv):
            // read as what it is, and said.
            let renamedWorkbook = extensionName == "csv" && DataFileForms.startsLikeZip(file.url)
            if renamedWorkbook {
                diagnostics.warning(.workbookNamedCSV, at: SourceLocation(file: file.displayPath, line: 1),
                                    "Tệp \(file.displayPath) là sổ Excel (.xlsx) được đặt tên .csv; CongKhai đọc nó như sổ Excel. Đổi đuôi tệp thành .xlsx cho khỏi nhầm.")
            }
            if extensionName == "xlsx" || renamedWorkbook {
                let options = WorkbookOptions.read(URL(fileURLWithPath: file.url.path + ".yaml"),
                                                   displayPath: WorkbookOptions.sidecarPath(for: file.displayPath), diagnostics: diagnostics)
                // The register's personal columns are not even turned into text.
                let records = policy.records(file.relativePath)
                let skipping: (String) -> Bool = { header in records?.isPersonal(header) ?? false }
                diagnostics.inputs.record(file.displayPath, contentsOf: file.url)
                guard let table = WorkbookTableReader.read(file.url, displayPath: file.displayPath, options: options,
                                                           vocabulary: policy.vocabulary, diagnostics: diagnostics,
                                                           skippingColumn: skipping) else { continue }
                let screened = records != nil ? table : PersonalDataScreen.table(table, contacts: contacts, diagnostics: diagnostics)
                add(.table(screened), for: file, policy: policy, documents: &documents, tree: &tree, names: &names, diagnostics: diagnostics)
                continue
            }
            let limit = file.url.pathExtension.lowercased() == "csv" ? InputLimits.FileSize.csvData : InputLimits.FileSize.yamlData
            guard let text = SourceFile.read(file.url, displayPath: file.displayPath, limit: limit, diagnostics: diagnostics) else { continue }
            let document: DataDocument
            let isRegister = policy.records(file.relativePath) != nil
            if file.url.pathExtension.lowercased() == "csv" {
                guard let table = DataTable.csv(text, file: file.displayPath, vocabulary: policy.vocabulary, diagnostics: diagnostics) else { continue }
                document = .table(isRegister ? table : PersonalDataScreen.table(table, contacts: contacts, diagnostics: diagnostics))
            } else {
                guard let node = YAMLSource.parse(text, file: file.displayPath, diagnostics: diagnostics,
                                                  syntaxCode: .yamlDataSyntax) else { continue }
                document = .yaml(isRegister ? node : PersonalDataScreen.yaml(node, file: file.displayPath, contacts: contacts, diagnostics: diagnostics))
            }
            add(document, for: file, policy: policy, documents: &documents, tree: &tree, names: &names, diagnostics: diagnostics)
        }
        var data = SiteData(documents: documents, templateValue: .map(tree))
        data.contacts = contacts
        return data
    }

    private static func add(_ document: DataDocument, for file: ContentFiles.File, policy: DataFilePolicy,
                            documents: inout [String: DataDocument], tree: inout [String: DataValue],
                            names: inout TemplateNames, diagnostics: Diagnostics) {
        if let records = policy.records(file.relativePath), case .table(let table) = document {
            documents[file.relativePath] = .table(records.strip(table))
            return
        }
        documents[file.relativePath] = document
        // Template values only for files templates see: converting a 10,000-row catalog
        // would be work thrown away.
        if policy.isOfferedToTemplates(file.relativePath) {
            guard names.claim(file, diagnostics: diagnostics) else { return }
            _ = DataURLCheck.check(document, file: file.displayPath, diagnostics: diagnostics)
            let value: DataValue = switch document {
            case .table(let table): DataValue(table)
            case .yaml(let node): DataValue(node)
            }
            insert(value, at: file.relativePath, into: &tree)
        }
    }

    /// "cham-diem/2024/huong-tra.yaml" → data.cham_diem.2024.huong_tra
    private static func insert(_ value: DataValue, at relativePath: String, into tree: inout [String: DataValue]) {
        var components = relativePath.split(separator: "/").map(String.init)
        let last = components.removeLast()
        let name = VietnameseFolding.key(String(last[..<(last.lastIndex(of: ".") ?? last.endIndex)]))
        func place(_ tree: inout [String: DataValue], _ path: ArraySlice<String>) {
            guard let head = path.first else {
                tree[name] = value
                return
            }
            let key = VietnameseFolding.key(head)
            var child: [String: DataValue] = [:]
            if case .map(let existing) = tree[key] { child = existing }
            place(&child, path.dropFirst())
            tree[key] = .map(child)
        }
        place(&tree, components[...])
    }
}

/// The `data.…` names templates see, each claimed by one file or folder. Names are folded
/// (`lanh-dao.yaml` and `lanh_dao.yaml` are both `data.lanh_dao`, and a file `thong-ke.yaml`
/// would be the folder `thong-ke/`): the second claim is an error naming both, since one of
/// them would otherwise vanish from every template without a word.
struct TemplateNames {
    /// Folders where a YAML beside a table is its description (`DataFilePolicy.describedFolders`).
    let describedFolders: [String]
    private var owners: [String: (path: String, isFolder: Bool)] = [:]

    init(describedFolders: [String]) {
        self.describedFolders = describedFolders
    }

    mutating func claim(_ file: ContentFiles.File, diagnostics: Diagnostics) -> Bool {
        var components = file.relativePath.split(separator: "/").map(String.init)
        let last = components.removeLast()
        var key = "data"
        var claims: [(key: String, path: String, isFolder: Bool)] = []
        var folder = "data"
        for component in components {
            key += "." + VietnameseFolding.key(component)
            folder += "/" + component
            claims.append((key, folder + "/", true))
        }
        key += "." + VietnameseFolding.key(String(last[..<(last.lastIndex(of: ".") ?? last.endIndex)]))
        claims.append((key, file.displayPath, false))
        for claim in claims {
            guard let owner = owners[claim.key] else { continue }
            if owner.isFolder && claim.isFolder { continue }
            if !owner.isFolder && !claim.isFolder && isTableAndDescription(owner.path, claim.path) { continue }
            diagnostics.error(.dataNameClash, at: SourceLocation(file: file.displayPath, line: 1),
                              "Trong mẫu, \(claim.path) và \(owner.path) cùng mang tên \(claim.key) (tên được viết không dấu, thường, dấu gạch thành _), nên một trong hai sẽ mất. Đổi tên một trong hai.")
            return false
        }
        for claim in claims where owners[claim.key] == nil || !claim.isFolder { owners[claim.key] = (claim.path, claim.isFolder) }
        return true
    }

    /// A statistics table and the YAML beside it that describes it (`thong-ke/hai-long.csv`,
    /// `thong-ke/hai-long.yaml`) are one table, not two files fighting for a name.
    private func isTableAndDescription(_ one: String, _ other: String) -> Bool {
        func stem(_ path: String) -> (String, String) {
            let dot = path.lastIndex(of: ".") ?? path.endIndex
            return (String(path[..<dot]), path[dot...].dropFirst().lowercased())
        }
        let (a, aExt) = stem(one), (b, bExt) = stem(other)
        let description: Set<String> = ["yaml", "yml"]
        return a == b && describedFolders.contains { a.hasPrefix("data/" + $0) } && description.contains(aExt) != description.contains(bExt)
    }
}
