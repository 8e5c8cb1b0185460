/// Runs a program over one value: copies literal runs, reads values through the readers bound
/// at compile time, escapes them into the output, and walks sections with the context stack.
///
/// A value found inside a nested or optional view is only valid while its reader lends it, so
/// lookups hand what they find to a closure instead of returning it.
struct Renderer {
    /// What a lookup found.
    enum Found {
        case text(String)
        case integer(Int)
        case real(Double)
        case flag(Bool)
        case view(UnsafeRawPointer)
        case list(owner: UnsafeRawPointer, ListReader)
        case dynamic(DynamicValue)
        /// The first name was there but a later one was not.
        case absent
    }

    /// Where a lookup has got to.
    private enum Place {
        case view(UnsafeRawPointer)
        case frame(UnsafeRawPointer, FrameKind)
        case dynamic(DynamicValue)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let instructions: UnsafeBufferPointer<Instruction>
    let lookups: UnsafeBufferPointer<Lookup>
    let sections: UnsafeBufferPointer<Section>
    let choices: UnsafeBufferPointer<SectionCandidate>
    var output: [UInt8]
    var frames: [Frame] = []

    init(bytes: UnsafeBufferPointer<UInt8>, instructions: UnsafeBufferPointer<Instruction>, lookups: UnsafeBufferPointer<Lookup>,
         sections: UnsafeBufferPointer<Section>, choices: UnsafeBufferPointer<SectionCandidate>, output: [UInt8]) {
        self.bytes = bytes
        self.instructions = instructions
        self.lookups = lookups
        self.sections = sections
        self.choices = choices
        self.output = output
        frames.reserveCapacity(16)
    }

    mutating func run(_ range: Range<Int>) {
        var counter = range.lowerBound
        while counter < range.upperBound {
            switch instructions[counter] {
            case .literal(let start, let count):
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(start + count)]))
            case .write(let lookup, let escaped):
                write(lookup, escaped: escaped)
            case .direct(let read, let escaped):
                write(read, escaped: escaped)
            case .section(let index):
                run(section: index)
                counter = sections[index].end
                continue
            case .call(let callee):
                run(callee)
            case .callKeepingIndentation(let callee, let start, let count):
                let before = output.count
                run(callee)
                if output.count == before {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(start + count)]))
                }
            }
            counter += 1
        }
    }

    // MARK: - Interpolation

    private mutating func write(_ lookup: Int, escaped: Bool) {
        for index in lookups[lookup].candidates.indices {
            if resolve(lookups[lookup].candidates[index], { renderer, found in renderer.write(found, escaped: escaped) }) { return }
        }
    }

    private mutating func write(_ read: DirectRead, escaped: Bool) {
        let base = frames[frames.count - 1 - read.distance].pointer + read.offset
        switch read.kind {
        case .text:
            write(base.assumingMemoryBound(to: String.self), escaped: escaped)
        case .optionalText:
            let optional = base.assumingMemoryBound(to: String?.self)
            if optional.pointee != nil { write(optional.payload(), escaped: escaped) }
        case .integer:
            write(String(base.assumingMemoryBound(to: Int.self).pointee), escaped: false)
        case .optionalInteger:
            if let number = base.assumingMemoryBound(to: Int?.self).pointee { write(String(number), escaped: false) }
        case .real:
            write(String(base.assumingMemoryBound(to: Double.self).pointee), escaped: false)
        case .optionalReal:
            if let number = base.assumingMemoryBound(to: Double?.self).pointee { write(String(number), escaped: false) }
        case .flag:
            write(base.assumingMemoryBound(to: Bool.self).pointee ? "true" : "false", escaped: false)
        case .optionalFlag:
            if let flag = base.assumingMemoryBound(to: Bool?.self).pointee { write(flag ? "true" : "false", escaped: false) }
        }
    }

    private mutating func write(_ found: Found, escaped: Bool) {
        switch found {
        case .text(let text): write(text, escaped: escaped)
        case .integer(let number): write(String(number), escaped: false)
        case .real(let number): write(String(number), escaped: false)
        case .flag(let flag): write(flag ? "true" : "false", escaped: false)
        case .dynamic(let value): write(value, escaped: escaped)
        case .absent, .view, .list: break
        }
    }

    private mutating func write(_ value: DynamicValue, escaped: Bool) {
        switch value {
        case .string(let text): write(text, escaped: escaped)
        case .int(let number): write(String(number), escaped: false)
        case .double(let number): write(String(number), escaped: false)
        case .bool(let flag): write(flag ? "true" : "false", escaped: false)
        // A list or a map has no text of its own.
        case .null, .list, .map: break
        }
    }

    private mutating func write(_ text: String, escaped: Bool) {
        var text = text
        text.withUTF8 { bytes in
            if escaped { HTMLEscaping.append(bytes, to: &output) } else { output.append(contentsOf: bytes) }
        }
    }

    /// A stored text, read where it is: a native string's UTF-8 is used in place.
    private mutating func write(_ text: UnsafePointer<String>, escaped: Bool) {
        let written: Void? = text.pointee.utf8.withContiguousStorageIfAvailable { bytes in
            if escaped { HTMLEscaping.append(bytes, to: &output) } else { output.append(contentsOf: bytes) }
        }
        if written == nil { write(text.pointee, escaped: escaped) }
    }

    // MARK: - Sections

    private mutating func run(section index: Int) {
        let section = sections[index]
        if let direct = section.direct {
            run(direct, inverted: section.inverted)
            return
        }
        for choice in section.choices {
            let body = choices[choice].body
            let behaviour = choices[choice].behaviour
            let present = resolve(choices[choice].candidate) { renderer, found in
                if section.inverted {
                    if !renderer.isTruthy(found) { renderer.run(body) }
                } else {
                    renderer.enter(found, behaviour, body: body)
                }
            }
            if present { return }
        }
        // No candidate has the name: an inverted section shows its body.
        if let fallback = section.fallback { run(fallback) }
    }

    private mutating func run(_ section: DirectSection, inverted: Bool) {
        let read = section.read
        let base = frames[frames.count - 1 - read.distance].pointer + read.offset
        switch read.kind {
        case .flag:
            if base.assumingMemoryBound(to: Bool.self).pointee != inverted { run(section.body) }
        case .optionalFlag:
            if (base.assumingMemoryBound(to: Bool?.self).pointee ?? false) != inverted { run(section.body) }
        case .optionalText:
            push(base.assumingMemoryBound(to: String?.self), section, inverted: inverted)
        case .optionalInteger:
            push(base.assumingMemoryBound(to: Int?.self), section, inverted: inverted)
        case .optionalReal:
            push(base.assumingMemoryBound(to: Double?.self), section, inverted: inverted)
        case .text, .integer, .real:
            preconditionFailure("a section is never over a value that is always there")
        }
    }

    /// An optional text or number: the body with it on the stack (or, inverted, without it when
    /// it is nil).
    private mutating func push<Value>(_ optional: UnsafePointer<Value?>, _ section: DirectSection, inverted: Bool) {
        guard optional.pointee != nil else {
            if inverted { run(section.body) }
            return
        }
        guard !inverted else { return }
        body(section.body, with: Frame(pointer: UnsafeRawPointer(optional.payload()), shape: section.shape))
    }

    private func isTruthy(_ found: Found) -> Bool {
        switch found {
        case .flag(let flag): flag
        case .text, .integer, .real, .view: true
        case .list(let owner, let list): (list.count(owner) ?? 0) > 0
        case .dynamic(let value): value.isTruthy
        case .absent: false
        }
    }

    private mutating func enter(_ found: Found, _ behaviour: SectionBehaviour, body range: Range<Int>) {
        switch (behaviour, found) {
        case (.condition, .flag(let flag)):
            if flag { run(range) }
        case (.push(let shape), .view(let pointer)):
            body(range, with: Frame(pointer: pointer, shape: shape))
        case (.push(let shape), .text(let text)):
            withUnsafePointer(to: text) { body(range, with: Frame(pointer: UnsafeRawPointer($0), shape: shape)) }
        case (.push(let shape), .integer(let number)):
            withUnsafePointer(to: number) { body(range, with: Frame(pointer: UnsafeRawPointer($0), shape: shape)) }
        case (.push(let shape), .real(let number)):
            withUnsafePointer(to: number) { body(range, with: Frame(pointer: UnsafeRawPointer($0), shape: shape)) }
        case (.each(let shape), .list(let owner, let list)):
            list.forEach(owner) { item in body(range, with: Frame(pointer: item, shape: shape)) }
        case (.dynamic(let shape), .dynamic(let value)):
            enter(value, shape: shape, body: range)
        default:
            // Absent, or a value the compiler did not bind this behaviour to: nothing.
            break
        }
    }

    /// The specification's rules: a list repeats the body for each item; null, false and an
    /// empty list skip it; any other value renders it once, on the stack.
    private mutating func enter(_ value: DynamicValue, shape: Int32, body range: Range<Int>) {
        switch value {
        case .null, .bool(false):
            return
        case .list(let items):
            items.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for index in 0..<items.count {
                    body(range, with: Frame(pointer: UnsafeRawPointer(first + index), shape: shape))
                }
            }
        case .bool(true), .int, .double, .string, .map:
            withUnsafePointer(to: value) { body(range, with: Frame(pointer: UnsafeRawPointer($0), shape: shape)) }
        }
    }

    private mutating func body(_ range: Range<Int>, with frame: Frame) {
        frames.append(frame)
        run(range)
        frames.removeLast()
    }

    // MARK: - Lookups

    /// Hands `body` the value `candidate` names, and returns true, when its first name is
    /// present; returns false (and does not call `body`) when it is not, so the next candidate
    /// is tried.
    private mutating func resolve(_ candidate: Candidate, _ body: (inout Renderer, Found) -> Void) -> Bool {
        switch candidate.frame {
        case .top(let distance):
            let frame = frames[frames.count - 1 - distance]
            return follow(candidate, at: frame.pointer, body)
        case .walk(let above, let target):
            var index = frames.count - 1
            for hop in above { index = skip(hop, from: index) }
            // Within a run, each frame in turn, innermost first.
            while index >= 0 {
                if follow(candidate, at: frames[index].pointer, body) { return true }
                guard target.isRun, index > 0, frames[index - 1].shape == target.shape else { break }
                index -= 1
            }
            return false
        }
    }

    private mutating func follow(_ candidate: Candidate, at pointer: UnsafeRawPointer, _ body: (inout Renderer, Found) -> Void) -> Bool {
        let place: Place = candidate.offset == 0 ? .frame(pointer, candidate.frameKind) : .view(pointer + candidate.offset)
        return follow(candidate.steps[...], from: place, isFirst: candidate.startsWithFirstSegment, body)
    }

    private func skip(_ hop: Hop, from index: Int) -> Int {
        guard hop.isRun else { return index - 1 }
        var index = index
        while index >= 0 && frames[index].shape == hop.shape { index -= 1 }
        return index
    }

    private mutating func follow(_ steps: ArraySlice<Step>, from place: Place, isFirst: Bool,
                                 _ body: (inout Renderer, Found) -> Void) -> Bool {
        guard let step = steps.first else {
            body(&self, found(at: place))
            return true
        }
        let rest = steps.dropFirst()
        func absent(_ renderer: inout Renderer) -> Bool {
            if isFirst { return false }
            body(&renderer, .absent)
            return true
        }
        switch step {
        case .field(let reader):
            let base: UnsafeRawPointer
            switch place {
            case .view(let pointer), .frame(let pointer, .view): base = pointer
            default: return absent(&self)
            }
            switch reader {
            case .text(let access): body(&self, .text(access.read(base)))
            case .optionalText(let access):
                guard let text = access.read(base) else { return absent(&self) }
                body(&self, .text(text))
            case .integer(let access): body(&self, .integer(access.read(base)))
            case .optionalInteger(let access):
                guard let number = access.read(base) else { return absent(&self) }
                body(&self, .integer(number))
            case .real(let access): body(&self, .real(access.read(base)))
            case .optionalReal(let access):
                guard let number = access.read(base) else { return absent(&self) }
                body(&self, .real(number))
            case .flag(let access): body(&self, .flag(access.read(base)))
            case .optionalFlag(let access):
                guard let flag = access.read(base) else { return absent(&self) }
                body(&self, .flag(flag))
            case .object(.stored(let offset), _):
                _ = follow(rest, from: .view(base + offset), isFirst: false, body)
            case .object(.lent(_, let lend), _):
                let present = lend(base) { pointer in _ = self.follow(rest, from: .view(pointer), isFirst: false, body) }
                if !present { return absent(&self) }
            case .list(let list, _):
                guard list.count(base) != nil else { return absent(&self) }
                body(&self, .list(owner: base, list))
            case .dynamic(let access):
                _ = follow(rest, from: .dynamic(access.read(base)), isFirst: false, body)
            case .keyed(let access, _):
                let texts = access.read(base)
                guard case .key(let position, let keySet)? = rest.first else { return absent(&self) }
                precondition(texts.keySet === keySet, "a page's \(keySet.name) were made from another key set than the one compiled")
                body(&self, .text(texts.values[position]))
            }
            return true
        case .dynamicKey(let name):
            let value: DynamicValue
            switch place {
            case .dynamic(let current): value = current
            case .frame(let pointer, .dynamic): value = pointer.assumingMemoryBound(to: DynamicValue.self).pointee
            default: return absent(&self)
            }
            guard case .map(let entries) = value, let child = entries[name] else { return absent(&self) }
            _ = follow(rest, from: .dynamic(child), isFirst: false, body)
            return true
        case .key:
            // Read together with the keyed field before it.
            return absent(&self)
        }
    }

    private func found(at place: Place) -> Found {
        switch place {
        case .view(let pointer): .view(pointer)
        case .dynamic(let value): .dynamic(value)
        case .frame(let pointer, let kind):
            switch kind {
            case .view: .view(pointer)
            case .dynamic: .dynamic(pointer.assumingMemoryBound(to: DynamicValue.self).pointee)
            case .text: .text(pointer.assumingMemoryBound(to: String.self).pointee)
            case .integer: .integer(pointer.assumingMemoryBound(to: Int.self).pointee)
            case .real: .real(pointer.assumingMemoryBound(to: Double.self).pointee)
            }
        }
    }
}
