/// The context stack as the compiler knows it: the shape of each frame a section pushes, from
/// the root view out. Consecutive frames of one shape (a section over the same list inside
/// itself, a recursive partial) fold into a run, so a recursive partial meets a stack it has
/// seen and is compiled once.
struct StaticStack: Hashable {
    struct Entry: Hashable {
        let shape: StaticShape
        var isRun: Bool
    }

    private(set) var entries: [Entry]

    init(root: StaticShape) {
        entries = [Entry(shape: root, isRun: false)]
    }

    var top: Entry { entries[entries.count - 1] }

    func pushing(_ shape: StaticShape) -> StaticStack {
        var stack = self
        if stack.entries[stack.entries.count - 1].shape == shape {
            stack.entries[stack.entries.count - 1].isRun = true
        } else {
            stack.entries.append(Entry(shape: shape, isRun: false))
        }
        return stack
    }
}

/// What a frame holds, for binding names: a view type, dynamic data, or a text or number
/// pushed by a section over an optional or a list of them (which has no names of its own).
enum StaticShape: Hashable {
    case view(ObjectIdentifier)
    case dynamic
    case text
    case integer
    case real

    var frameKind: FrameKind {
        switch self {
        case .view: .view
        case .dynamic: .dynamic
        case .text: .text
        case .integer: .integer
        case .real: .real
        }
    }
}
