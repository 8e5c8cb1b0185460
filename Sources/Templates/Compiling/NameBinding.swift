/// A name bound to where it may be: one candidate per frame of the static stack that can
/// hold its first segment, innermost first, stopping at the first that always holds it.
struct Binding {
    let candidate: Candidate
    let kind: ValueKind
    /// Whether the value can be missing when rendering (an optional on the way, data).
    let mayBeAbsent: Bool
}

extension TemplateCompiler {
    /// Binds `name` by the specification's context-stack rules, at compile time: its first
    /// segment is looked for from the innermost frame out (a view's optional that is nil lets
    /// the lookup go further out, as a missing key does); the rest is looked for in what the
    /// first names, and only there. Reports an error and returns nil when a view on the way
    /// declares no such name.
    mutating func bind(_ name: TemplateName, at position: SourcePosition, _ scope: Scope) -> [Binding]? {
        let entries = scope.stack.entries
        guard let first = name.segments.first else {
            // The implicit iterator: the innermost frame itself.
            let top = entries.count - 1
            let kind: ValueKind
            switch entries[top].shape {
            case .view(let id): kind = .object(reference(id))
            case .dynamic: kind = .dynamic
            case .text: kind = .text
            case .integer: kind = .integer
            case .real: kind = .real
            }
            return [Binding(candidate: Candidate(frame: address(top, entries), frameKind: entries[top].shape.frameKind, offset: 0,
                                                 steps: [], startsWithFirstSegment: true),
                            kind: kind, mayBeAbsent: false)]
        }

        var bindings: [Binding] = []
        var viewsSeen: [ViewTable] = []
        search: for index in stride(from: entries.count - 1, through: 0, by: -1) {
            let entry = entries[index]
            let frame = address(index, entries)
            switch entry.shape {
            case .view(let id):
                let table = table(id: id)
                viewsSeen.append(table)
                guard let reader = table.fields[first] else { continue }
                guard let binding = bindRest(name, firstStep: .field(reader), kind: ValueKind(reader), mayBeAbsent: reader.mayBeAbsent,
                                             frame: frame, frameKind: .view, at: position, scope) else { return nil }
                bindings.append(binding)
                // Always there: nothing further out can be reached.
                if !reader.mayBeAbsent { break search }
            case .dynamic:
                guard let binding = bindRest(name, firstStep: .dynamicKey(first), kind: .dynamic, mayBeAbsent: true,
                                             frame: frame, frameKind: .dynamic, at: position, scope) else { return nil }
                bindings.append(binding)
            case .text, .integer, .real:
                continue
            }
        }
        guard !bindings.isEmpty else {
            let declared = viewsSeen.flatMap(\.names)
            report(TemplateError(.unknownName(name.text, in: viewsSeen.map(\.typeName),
                                              suggestion: ClosestName.to(first, among: declared).map { suggestion(name, 0, $0) }),
                                 at: scope.location(position)))
            return nil
        }
        return bindings
    }

    /// The segments after the first, each in what the one before names.
    private mutating func bindRest(_ name: TemplateName, firstStep: Step, kind firstKind: ValueKind, mayBeAbsent firstAbsent: Bool,
                                   frame: FrameAddress, frameKind: FrameKind, at position: SourcePosition, _ scope: Scope) -> Binding? {
        var steps = [firstStep]
        var kind = firstKind
        var mayBeAbsent = firstAbsent
        for (index, segment) in name.segments.enumerated().dropFirst() {
            let prefix = name.segments[..<index].joined(separator: ".")
            switch kind {
            case .object(let reference):
                let table = table(for: reference)
                guard let reader = table.fields[segment] else {
                    report(TemplateError(.unknownName(name.text, in: [table.typeName],
                                                      suggestion: ClosestName.to(segment, among: table.names).map { suggestion(name, index, $0) }),
                                         at: scope.location(position)))
                    return nil
                }
                steps.append(.field(reader))
                kind = ValueKind(reader)
                mayBeAbsent = mayBeAbsent || reader.mayBeAbsent
            case .dynamic:
                steps.append(.dynamicKey(segment))
                mayBeAbsent = true
            case .keyed(let keySetName):
                guard let keySet = keySets[keySetName] else {
                    report(TemplateError(.missingKeySet(keySetName), at: scope.location(position)))
                    return nil
                }
                guard let key = keySet.position(of: segment) else {
                    report(TemplateError(.unknownKey(segment, keySet: prefix,
                                                     suggestion: ClosestName.to(segment, among: keySet.keys).map { suggestion(name, index, $0) }),
                                         at: scope.location(position)))
                    return nil
                }
                steps.append(.key(key, keySet))
                kind = .text
            case .text, .integer, .real, .flag, .list:
                report(TemplateError(.notAnObject(prefix, is: kind.description), at: scope.location(position)))
                return nil
            }
        }
        // Nested views stored in place, always there, are one addition to the frame's address.
        var offset = 0
        var folded = 0
        while folded < steps.count - 1, case .field(.object(.stored(let own), _)) = steps[folded] {
            offset += own
            folded += 1
        }
        return Binding(candidate: Candidate(frame: frame, frameKind: frameKind, offset: offset, steps: Array(steps[folded...]),
                                            startsWithFirstSegment: folded == 0),
                       kind: kind, mayBeAbsent: mayBeAbsent)
    }

    /// The frame `index` of the static stack: by distance from the top when every entry from
    /// the top down to it is one frame, else by walking the runs above it.
    private mutating func address(_ index: Int, _ entries: [StaticStack.Entry]) -> FrameAddress {
        let above = entries[(index + 1)...]
        if !entries[index].isRun && !above.contains(where: \.isRun) {
            return .top(entries.count - 1 - index)
        }
        return .walk(above: above.reversed().map { Hop(shape: shapeID($0.shape), isRun: $0.isRun) },
                     target: Hop(shape: shapeID(entries[index].shape), isRun: entries[index].isRun))
    }

    private func reference(_ id: ObjectIdentifier) -> ViewTableReference {
        let table = table(id: id)
        return ViewTableReference(id: id) { table }
    }

    /// The whole dotted name with segment `index` replaced.
    private func suggestion(_ name: TemplateName, _ index: Int, _ replacement: String) -> String {
        var segments = name.segments
        segments[index] = replacement
        return segments.joined(separator: ".")
    }
}
