/// Where in the content folder an input is, as a family declares what it reads.
public enum InputPlace: Sendable, Hashable, CustomStringConvertible {
    /// A table of `data/` by its name, whatever its form: `data/thu-tuc.csv`, `.xlsx`, `.yaml`.
    case table(String)
    /// Every file under a folder of the content ("data/thu-tuc/", "pages/").
    case folder(String)
    /// One file of the content ("da-cong-bo.csv").
    case file(String)

    /// Whether the file at `path` (relative to the content folder, as diagnostics show it) is
    /// here. Checked by hand: every detail file of a national catalog passes here, and NSString's
    /// path calls bridge on Linux.
    public func contains(_ path: String) -> Bool {
        switch self {
        case .file(let name):
            return path == name
        case .folder(let folder):
            return path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        case .table(let name):
            let table = "data/\(name)"
            guard path.hasPrefix(table) else { return false }
            let rest = path.dropFirst(table.count)
            // One extension only: `thu-tuc.xlsx.yaml` (a workbook's options) is an input of its own.
            return rest.isEmpty || (rest.first == "." && !rest.dropFirst().contains(".") && !rest.contains("/"))
        }
    }

    public var description: String {
        switch self {
        case .table(let name): "data/\(name).csv|xlsx|yaml"
        case .folder(let folder): folder
        case .file(let name): name
        }
    }
}
