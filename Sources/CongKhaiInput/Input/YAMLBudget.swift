import CYaml

/// Measures, from libyaml's events and before Yams composes anything, how many nodes a YAML
/// document holds and how many its aliases would add once expanded.
///
/// Yams shares an anchored node between its aliases, but everything that walks the tree
/// afterwards (key hashing, template values, tables) pays for every copy: a 386-byte
/// "billion laughs" document took 13.5 s and 3.1 GB. Sizes are kept per anchor, so the
/// count itself is linear in the text. Without any alias, Yams' tree still costs some 350
/// bytes a node: a 12 MB file of a million keys took 704 MB.
enum YAMLBudget {
    struct Exceeded: Equatable {
        enum Kind: Equatable {
            case aliasExpansion
            case nodes
        }

        let kind: Kind
        /// Line (from 1) of the alias or node that went over the budget.
        let line: Int
        let column: Int
    }

    static func check(_ text: String, maximumExpansion: Int, maximumNodes: Int) -> Exceeded? {
        // No alias without a "*", and at least two bytes a node: most files skip the second
        // parse entirely.
        guard text.utf8.contains(UInt8(ascii: "*")) || text.utf8.count > 2 * maximumNodes else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Exceeded? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var anchorSizes: [String: Int] = [:]
            // Node counts of the collections still open, innermost last.
            var open: [(anchor: String?, size: Int)] = []
            var expansion = 0, nodes = 0
            func add(_ size: Int) {
                if !open.isEmpty { open[open.count - 1].size = saturatingAdd(open[open.count - 1].size, size) }
            }
            while true {
                var event = yaml_event_t()
                // A syntax error is left to the real parse, which reports it with its position.
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if [YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT].contains(event.type) {
                    nodes += 1
                    if nodes > maximumNodes {
                        return Exceeded(kind: .nodes, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                    }
                }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    add(1)
                    if let anchor = event.data.scalar.anchor { anchorSizes[String(cString: anchor)] = 1 }
                case YAML_SEQUENCE_START_EVENT:
                    open.append((event.data.sequence_start.anchor.map { String(cString: $0) }, 1))
                case YAML_MAPPING_START_EVENT:
                    open.append((event.data.mapping_start.anchor.map { String(cString: $0) }, 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { continue }
                    if let anchor = closed.anchor { anchorSizes[anchor] = closed.size }
                    add(closed.size)
                case YAML_ALIAS_EVENT:
                    let size = event.data.alias.anchor.flatMap { anchorSizes[String(cString: $0)] } ?? 1
                    expansion = saturatingAdd(expansion, size)
                    add(size)
                    if expansion > maximumExpansion {
                        return Exceeded(kind: .aliasExpansion, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                    }
                default:
                    continue
                }
            }
        }
    }

    private static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : sum
    }
}
