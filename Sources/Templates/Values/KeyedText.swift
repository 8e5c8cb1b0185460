/// A set of names fixed for a whole build but not known when the Swift code is written: the
/// theme's asset files (`{{assets.style_css}}`), for instance. The compiler is given the set
/// and binds `assets.style_css` to a position in it, so an unknown name is an error at theme
/// load like any other; a page carries the values in the same order (`KeyedText`).
public final class TemplateKeySet: Sendable {
    /// What views name it by (`.keyed("assets", \.assets, keys: "assets")`).
    public let name: String
    /// Sorted, so a position is the same for every value made from this set.
    public let keys: [String]

    public init(name: String, keys: some Sequence<String>) {
        self.name = name
        self.keys = Array(Set(keys)).sorted()
    }

    func position(of key: String) -> Int? {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }

    /// The values of one page (or one build), one per key; a key without a value reads as "".
    public func values(_ values: [String: String]) -> KeyedText {
        KeyedText(keySet: self, values: keys.map { values[$0] ?? "" })
    }
}

/// Texts named by a `TemplateKeySet`, read by position.
public struct KeyedText: Sendable {
    public let keySet: TemplateKeySet
    let values: [String]

    public subscript(key: String) -> String? { keySet.position(of: key).map { values[$0] } }
}
