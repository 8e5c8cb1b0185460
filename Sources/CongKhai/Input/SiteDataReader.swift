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
    package static func read(contentDirectory: URL, policy: DataFilePolicy = DataFilePolicy(), diagnostics: Diagnostics) -> SiteData {
        var documents: [String: DataDocument] = [:]
        var tree: [String: DataValue] = [:]
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
                add(.table(table), for: file, policy: policy, documents: &documents, tree: &tree, diagnostics: diagnostics)
                continue
            }
            let limit = file.url.pathExtension.lowercased() == "csv" ? InputLimits.FileSize.csvData : InputLimits.FileSize.yamlData
            guard let text = SourceFile.read(file.url, displayPath: file.displayPath, limit: limit, diagnostics: diagnostics) else { continue }
            let document: DataDocument
            if file.url.pathExtension.lowercased() == "csv" {
                guard let table = DataTable.csv(text, file: file.displayPath, vocabulary: policy.vocabulary, diagnostics: diagnostics) else { continue }
                document = .table(table)
            } else {
                guard let node = YAMLSource.parse(text, file: file.displayPath, diagnostics: diagnostics,
                                                  syntaxCode: .yamlDataSyntax) else { continue }
                document = .yaml(node)
            }
            add(document, for: file, policy: policy, documents: &documents, tree: &tree, diagnostics: diagnostics)
        }
        return SiteData(documents: documents, templateValue: .map(tree))
    }

    private static func add(_ document: DataDocument, for file: ContentFiles.File, policy: DataFilePolicy,
                            documents: inout [String: DataDocument], tree: inout [String: DataValue],
                            diagnostics: Diagnostics) {
        if let records = policy.records(file.relativePath), case .table(let table) = document {
            documents[file.relativePath] = .table(records.strip(table))
            return
        }
        documents[file.relativePath] = document
        // Template values only for files templates see: converting a 10,000-row catalog
        // would be work thrown away.
        if policy.isOfferedToTemplates(file.relativePath) {
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
