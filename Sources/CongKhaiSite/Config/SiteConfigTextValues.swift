import CongKhaiCore
import Yams

/// Every text value of `site.yaml` with its key path ("agency.phone", "menu.1.title") and
/// where it is written, for the checks that read the file as a whole: values left to fill in
/// (CK205) and names of another commune (CK206).
struct SiteConfigTextValue {
    let keyPath: String
    let value: String
    let location: SourceLocation

    static func all(in node: Node, file: String) -> [SiteConfigTextValue] {
        var values: [SiteConfigTextValue] = []
        func walk(_ node: Node, path: String) {
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let name = key.string ?? ""
                    walk(value, path: path.isEmpty ? name : "\(path).\(name)")
                }
            case .sequence(let sequence):
                for (index, item) in sequence.enumerated() { walk(item, path: "\(path).\(index + 1)") }
            case .scalar(let scalar):
                let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column, field: path)
                values.append(SiteConfigTextValue(keyPath: path, value: scalar.string, location: location))
            default:
                break
            }
        }
        walk(node, path: "")
        return values
    }
}
