/// Turning a template's nodes into instructions: literal runs (with the indentation of each
/// source line resolved here), lookups, sections, partials as calls to units compiled for the
/// context they are used in, parents and blocks expanded in place.
extension TemplateCompiler {
    /// The unit for `template` in `scope`, compiled on first use; a partial that includes
    /// itself with the same context calls the unit being compiled. Nil when it would include
    /// itself with no section in between, which no data could ever end.
    mutating func compileUnit(_ template: ParsedTemplate, _ scope: Scope) -> Int? {
        let key = UnitKey(template: template.name, stack: scope.stack, indentation: scope.indentation.add,
                          blocks: scope.blocks.mapValues { BlockIdentity(file: $0.file, line: $0.position.line, column: $0.position.column) })
        if let unit = units[key] {
            return scope.unconditional.contains(unit) ? nil : unit
        }
        let unit = program.units.count
        program.units.append([])
        mergeFloors.append(0)
        units[key] = unit
        var inner = scope
        inner.unit = unit
        inner.file = template.file
        inner.unconditional.insert(unit)
        emit(template.nodes, inner)
        return unit
    }

    mutating func emit(_ nodes: [TemplateNode], _ scope: Scope) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                literal(bytes, scope)
            case .lineStart(let whitespace):
                literal(scope.indentation.line(whitespace), scope)
            case .variable(let name, let escaped, let position):
                emitVariable(name, escaped: escaped, at: position, scope)
            case .section(let name, let inverted, let body, let position):
                emitSection(name, inverted: inverted, body: body, at: position, scope)
            case .partial(let name, let indentation, let position):
                emitPartial(name, indentation: indentation, at: position, scope)
            case .parent(let name, let indentation, let blocks, let position):
                emitParent(name, indentation: indentation, blocks: blocks, at: position, scope)
            case .block(let name, let indentation, let intrinsic, let body, let position):
                emitBlock(name, indentation: indentation, intrinsic: intrinsic, body: body, at: position, scope)
            }
        }
    }

    // MARK: - Instructions

    /// Appends bytes, extending the previous literal when it ends where these start.
    private mutating func literal(_ bytes: [UInt8], _ scope: Scope) {
        guard !bytes.isEmpty else { return }
        let start = program.bytes.count
        program.bytes.append(contentsOf: bytes)
        if program.units[scope.unit].count > mergeFloors[scope.unit],
           case .literal(let previous, let count)? = program.units[scope.unit].last, previous + count == start {
            program.units[scope.unit][program.units[scope.unit].count - 1] = .literal(start: previous, count: count + bytes.count)
        } else {
            program.units[scope.unit].append(.literal(start: start, count: bytes.count))
        }
    }

    private mutating func append(_ instruction: Instruction, _ scope: Scope) {
        program.units[scope.unit].append(instruction)
    }

    private func counter(_ scope: Scope) -> Int { program.units[scope.unit].count }

    // MARK: - Interpolation

    private mutating func emitVariable(_ name: TemplateName, escaped: Bool, at position: SourcePosition, _ scope: Scope) {
        guard let bindings = bind(name, at: position, scope) else { return }
        for binding in bindings where !binding.kind.isPrintable {
            report(TemplateError(.notPrintable(name.text, is: binding.kind.description), at: scope.location(position)))
            return
        }
        if bindings.count == 1, let direct = DirectRead(bindings[0].candidate) {
            append(.direct(direct, escaped: escaped), scope)
            return
        }
        program.lookups.append(Lookup(candidates: bindings.map(\.candidate)))
        append(.write(lookup: program.lookups.count - 1, escaped: escaped), scope)
    }

    // MARK: - Sections

    private mutating func emitSection(_ name: TemplateName, inverted: Bool, body: [TemplateNode], at position: SourcePosition, _ scope: Scope) {
        guard let bindings = bind(name, at: position, scope) else { return }
        var plans: [(binding: Binding, behaviour: SectionBehaviour, pushed: StaticShape?)] = []
        for binding in bindings {
            guard let plan = sectionPlan(binding) else {
                report(TemplateError(.notASection(name.text, is: binding.kind.description), at: scope.location(position)))
                return
            }
            plans.append((binding, plan.behaviour, plan.pushed))
        }
        let index = program.sections.count
        program.sections.append(Section(inverted: inverted, choices: 0..<0, end: 0, fallback: nil, direct: nil))
        program.sectionUnits.append(scope.unit)
        append(.section(index), scope)

        var choices: [SectionCandidate] = []
        var fallback: Range<Int>?
        if inverted {
            // Nothing is pushed: one body serves every candidate, and no candidate at all.
            var inner = scope
            inner.unconditional = []
            let start = counter(scope)
            emit(body, inner)
            let range = start..<counter(scope)
            choices = plans.map { SectionCandidate(candidate: $0.binding.candidate, behaviour: $0.behaviour, body: range) }
            fallback = range
        } else {
            for plan in plans {
                var inner = scope
                inner.unconditional = []
                if let pushed = plan.pushed { inner.stack = scope.stack.pushing(pushed) }
                let start = counter(scope)
                emit(body, inner)
                choices.append(SectionCandidate(candidate: plan.binding.candidate, behaviour: plan.behaviour, body: start..<counter(scope)))
            }
        }
        let first = program.choices.count
        program.choices += choices
        var direct: DirectSection?
        if plans.count == 1, let read = DirectRead(plans[0].binding.candidate) {
            switch (read.kind, plans[0].behaviour) {
            case (.flag, _), (.optionalFlag, _): direct = DirectSection(read: read, shape: 0, body: choices[0].body)
            case (.optionalText, .push(let shape)), (.optionalInteger, .push(let shape)), (.optionalReal, .push(let shape)):
                direct = DirectSection(read: read, shape: shape, body: choices[0].body)
            default: break
            }
        }
        program.sections[index] = Section(inverted: inverted, choices: first..<program.choices.count, end: counter(scope),
                                          fallback: fallback, direct: direct)
        mergeFloors[scope.unit] = counter(scope)
    }

    /// What a section does with a value of this kind, and what it pushes; nil when a section
    /// over it makes no sense (a text that is always there is always shown).
    private mutating func sectionPlan(_ binding: Binding) -> (behaviour: SectionBehaviour, pushed: StaticShape?)? {
        switch binding.kind {
        case .flag:
            return (.condition, nil)
        case .text where binding.mayBeAbsent:
            return (.push(shape: shapeID(.text)), .text)
        case .integer where binding.mayBeAbsent:
            return (.push(shape: shapeID(.integer)), .integer)
        case .real where binding.mayBeAbsent:
            return (.push(shape: shapeID(.real)), .real)
        case .text, .integer, .real, .keyed:
            return nil
        case .object(let reference):
            let shape = StaticShape.view(table(for: reference).id)
            return (.push(shape: shapeID(shape)), shape)
        case .list(let element):
            let shape: StaticShape
            switch element {
            case .view(let reference): shape = .view(table(for: reference).id)
            case .text: shape = .text
            case .integer: shape = .integer
            case .dynamic: shape = .dynamic
            }
            return (.each(shape: shapeID(shape)), shape)
        case .dynamic:
            return (.dynamic(shape: shapeID(.dynamic)), .dynamic)
        }
    }

    // MARK: - Partials, parents and blocks

    private mutating func emitPartial(_ name: String, indentation: [UInt8]?, at position: SourcePosition, _ scope: Scope) {
        guard let template = template(named: name) else {
            if sources.file(named: name) == nil, options.missingPartial == .error {
                report(TemplateError(.missingPartial(name), at: scope.location(position)))
            }
            return
        }
        guard scope.depth < options.maximumDepth else {
            report(TemplateError(.recursion(name), at: scope.location(position)))
            return
        }
        // A standalone partial indents each of its lines; an inline one is text within a line.
        let add = indentation.map { scope.indentation.line($0) } ?? []
        var inner = scope
        inner.indentation = Indentation(add: add, strip: [])
        inner.depth += 1
        guard let unit = compileUnit(template, inner) else {
            report(TemplateError(.recursion(name), at: scope.location(position)))
            return
        }
        if options.keepsIndentationOfEmptyPartials, !add.isEmpty {
            let start = program.bytes.count
            program.bytes.append(contentsOf: add)
            append(.callKeepingIndentation(unit..<unit, start: start, count: add.count), scope)
        } else {
            append(.call(unit..<unit), scope)
        }
    }

    private mutating func emitParent(_ name: String, indentation: [UInt8]?, blocks: [BlockDefinition], at position: SourcePosition, _ scope: Scope) {
        guard let template = template(named: name) else {
            if sources.file(named: name) == nil { report(TemplateError(.missingTemplate(name), at: scope.location(position))) }
            return
        }
        guard scope.depth < options.maximumDepth else {
            report(TemplateError(.recursion(name), at: scope.location(position)))
            return
        }
        // The blocks given here fill the parent's, unless a template further out gave the same
        // block: the outermost wins.
        var given: [String: BlockDefinition] = [:]
        for block in blocks { given[block.name] = block }
        given.merge(scope.blocks) { _, outer in outer }
        var inner = scope
        inner.blocks = given
        inner.file = template.file
        inner.indentation = Indentation(add: indentation.map { scope.indentation.line($0) } ?? [], strip: [])
        inner.depth += 1
        emit(template.nodes, inner)
    }

    private mutating func emitBlock(_ name: String, indentation: [UInt8]?, intrinsic: [UInt8], body: [TemplateNode],
                                    at position: SourcePosition, _ scope: Scope) {
        let content = scope.blocks[name]
            ?? BlockDefinition(name: name, intrinsic: intrinsic, body: body, file: scope.file, position: position)
        var inner = scope
        inner.file = content.file
        if let indentation {
            let add = scope.indentation.line(indentation)
            inner.indentation = Indentation(add: add, strip: content.intrinsic)
            // Content that starts mid-line (an inline block given to a standalone one) still
            // starts the line the block was on.
            if case .lineStart? = content.body.first {} else { literal(add, scope) }
        } else {
            inner.indentation = Indentation(add: scope.indentation.add, strip: content.intrinsic)
        }
        emit(content.body, inner)
    }
}
