import CongKhaiCore
import CongKhaiInput
import Templates

/// The order families load in: each after the families it needs, otherwise as registered, so
/// the order is the same on every run. Zola fixes its load order by hand and says why in a
/// comment; here each family says what it reads and the order follows.
package enum LoadOrder {
    package enum Failure: Error, Equatable, CustomStringConvertible {
        /// A family needs one that is not registered.
        case missing(family: String, needs: String)
        /// Families that need each other, directly or not.
        case cycle([String])

        package var description: String {
            switch self {
            case .missing(let family, let needs): "the \(family) family needs \(needs), which is not registered"
            case .cycle(let names): "families that need each other: \(names.joined(separator: " → "))"
            }
        }
    }

    /// Indices into `families`, in load order (Kahn's algorithm, taking the first ready family
    /// in registration order each time).
    package static func of(_ families: [any PageFamily]) -> Result<[Int], Failure> {
        let index = Dictionary(families.enumerated().map { (ObjectIdentifier(type(of: $0.element)), $0.offset) },
                               uniquingKeysWith: { first, _ in first })
        var needs: [Set<Int>] = []
        for family in families {
            var own: Set<Int> = []
            for needed in family.needs {
                guard let position = index[ObjectIdentifier(needed)] else {
                    return .failure(.missing(family: family.name, needs: "\(needed)"))
                }
                own.insert(position)
            }
            needs.append(own)
        }
        var order: [Int] = []
        var loaded: Set<Int> = []
        while order.count < families.count {
            guard let next = families.indices.first(where: { !loaded.contains($0) && needs[$0].isSubset(of: loaded) }) else {
                return .failure(.cycle(cycle(needs, without: loaded).map { families[$0].name }))
            }
            order.append(next)
            loaded.insert(next)
        }
        return .success(order)
    }

    /// A cycle among the families not loaded, for the message: follow needs until one repeats.
    private static func cycle(_ needs: [Set<Int>], without loaded: Set<Int>) -> [Int] {
        guard var current = needs.indices.first(where: { !loaded.contains($0) }) else { return [] }
        var path: [Int] = []
        while !path.contains(current) {
            path.append(current)
            guard let next = needs[current].subtracting(loaded).min() else { return path }
            current = next
        }
        return Array(path[path.firstIndex(of: current)!...]) + [current]
    }
}
