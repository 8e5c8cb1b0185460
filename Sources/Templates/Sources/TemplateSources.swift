/// The template files a site renders with, by name (`procedure`, `partials/header`), in
/// layers: a later layer's file shadows an earlier one's of the same name. CongKhai lays the
/// built-in templates first, the chosen theme over them and the site's own `theme/` last, so a
/// site overrides any template by writing a file of the same name.
///
/// Reading the files (from which folders, with which limits) is the loader's concern; this is
/// only the set they make.
public struct TemplateSources: Sendable {
    public struct File: Sendable, Hashable {
        /// As partials and parents name it: the path under `templates/` without `.mustache`.
        public let name: String
        public let text: String
        /// Where the file is, as errors show it ("theme/templates/procedure.mustache").
        public let displayPath: String

        public init(name: String, text: String, displayPath: String) {
            self.name = name
            self.text = text
            self.displayPath = displayPath
        }
    }

    private var files: [String: File] = [:]
    /// For each shadowed name, the display paths it had before, oldest first.
    public private(set) var shadowed: [String: [String]] = [:]

    public init(_ layers: [File]...) {
        for layer in layers { add(layer: layer) }
    }

    /// A layer over the ones before it: each file shadows an earlier one of the same name.
    public mutating func add(layer: [File]) {
        for file in layer {
            if let earlier = files[file.name] { shadowed[file.name, default: []].append(earlier.displayPath) }
            files[file.name] = file
        }
    }

    public func file(named name: String) -> File? { files[name] }

    public var names: [String] { files.keys.sorted() }
}
