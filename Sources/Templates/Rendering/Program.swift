/// A compiled template: one flat list of instructions (the template's, then each partial's as
/// compiled for the context it is used in), the literal bytes they copy, and the lookups and
/// sections they refer to by index. Names are gone: every read is a reader bound at compile
/// time to a frame of the context stack, found by its distance from the top.
struct Program: Sendable {
    var bytes: [UInt8] = []
    var instructions: [Instruction] = []
    /// The template's own instructions (the partials' follow).
    var entry: Range<Int> = 0..<0
    var lookups: [Lookup] = []
    var sections: [Section] = []
    var choices: [SectionCandidate] = []
}

/// The program while it is compiled: each unit's instructions apart, their section bodies and
/// calls by position within the unit, until `linked` lays them end to end.
struct ProgramBuilder {
    var bytes: [UInt8] = []
    var units: [[Instruction]] = []
    var lookups: [Lookup] = []
    var sections: [Section] = []
    /// The unit each section is in.
    var sectionUnits: [Int] = []
    var choices: [SectionCandidate] = []

    func linked() -> Program {
        var starts: [Int] = []
        var instructions: [Instruction] = []
        for unit in units {
            starts.append(instructions.count)
            instructions += unit
        }
        func range(_ unit: Int) -> Range<Int> { starts[unit]..<(starts[unit] + units[unit].count) }
        for index in instructions.indices {
            switch instructions[index] {
            case .call(let unit): instructions[index] = .call(range(unit.lowerBound))
            case .callKeepingIndentation(let unit, let start, let count):
                instructions[index] = .callKeepingIndentation(range(unit.lowerBound), start: start, count: count)
            default: break
            }
        }
        var sections = self.sections
        var choices = self.choices
        for index in sections.indices {
            let shift = starts[sectionUnits[index]]
            let section = sections[index]
            func shifted(_ range: Range<Int>) -> Range<Int> { (range.lowerBound + shift)..<(range.upperBound + shift) }
            sections[index] = Section(inverted: section.inverted, choices: section.choices, end: section.end + shift,
                                      fallback: section.fallback.map(shifted),
                                      direct: section.direct.map { DirectSection(read: $0.read, shape: $0.shape, body: shifted($0.body)) })
            for choice in section.choices {
                let body = choices[choice].body
                choices[choice] = SectionCandidate(candidate: choices[choice].candidate, behaviour: choices[choice].behaviour, body: shifted(body))
            }
        }
        return Program(bytes: bytes, instructions: instructions, entry: range(0), lookups: lookups, sections: sections, choices: choices)
    }
}

enum Instruction: Sendable {
    /// Copies `count` bytes of `Program.bytes` from `start`.
    case literal(start: Int, count: Int)
    /// Writes the value a lookup finds, HTML-escaped or not.
    case write(lookup: Int, escaped: Bool)
    /// Writes a stored value at a fixed place: the commonest read, with no lookup and nothing
    /// to retain.
    case direct(DirectRead, escaped: Bool)
    /// A section; its bodies follow inline and `Section.end` is where it continues.
    case section(Int)
    /// Runs these instructions (a partial); while compiling, `lowerBound` is the unit.
    case call(Range<Int>)
    /// A standalone partial that leaves its indentation when it renders nothing, as
    /// swift-mustache does (`TemplateCompiler.Options.keepsIndentationOfEmptyPartials`).
    case callKeepingIndentation(Range<Int>, start: Int, count: Int)
}

/// Where a name may be: candidates tried in order, innermost context first; the first whose
/// first name is present wins (a later name missing then renders nothing, as the
/// specification's dotted names do).
struct Lookup: Sendable {
    let candidates: [Candidate]
}

struct Candidate: Sendable {
    let frame: FrameAddress
    /// What the frame holds, which decides how the first step reads it.
    let frameKind: FrameKind
    /// Nested views always present (stored, not optional) at the start of the name, folded
    /// into one offset from the frame's address.
    let offset: Int
    /// The rest; empty for the implicit iterator `.` (the frame itself).
    let steps: [Step]
    /// Whether `steps` starts with the name's first segment, whose absence lets the next
    /// candidate be tried (false when that segment was folded into `offset`).
    let startsWithFirstSegment: Bool
}

/// A stored text, number or yes/no at `offset` in the frame `distance` below the top.
struct DirectRead: Sendable {
    enum Kind: Sendable {
        case text
        case optionalText
        case integer
        case optionalInteger
        case real
        case optionalReal
        case flag
        case optionalFlag
    }

    let distance: Int
    let offset: Int
    let kind: Kind
}

enum FrameKind: Sendable {
    case view
    case dynamic
    case text
    case integer
    case real
}

/// Which frame of the context stack: a fixed distance from the top when nothing above it can
/// repeat, else by walking the runs of frames of one shape that recursion and nesting make.
enum FrameAddress: Sendable {
    case top(Int)
    case walk(above: [Hop], target: Hop)
}

/// One entry of the static context stack: frames of one shape, one or (a run) any number.
struct Hop: Sendable {
    let shape: Int32
    let isRun: Bool
}

enum Step: Sendable {
    case field(FieldReader)
    case dynamicKey(String)
    case key(Int, TemplateKeySet)
}

/// Nothing here is counted by reference, so reading a section costs no retain.
struct Section: Sendable {
    let inverted: Bool
    /// Its candidates, in `Program.choices`.
    let choices: Range<Int>
    /// The instruction after the section's bodies.
    let end: Int
    /// The body of an inverted section, or of a section none of whose candidates is present.
    let fallback: Range<Int>?
    /// The fast way, when the section is over one stored yes/no or optional of a view frame.
    let direct: DirectSection?
}

/// A section over a stored yes/no or optional text or number at a fixed place: its body runs
/// with no lookup.
struct DirectSection: Sendable {
    let read: DirectRead
    /// The shape pushed for an optional text or number.
    let shape: Int32
    let body: Range<Int>
}

struct SectionCandidate: Sendable {
    let candidate: Candidate
    let behaviour: SectionBehaviour
    let body: Range<Int>
}

/// What a section does with the value it found, decided by the value's type.
enum SectionBehaviour: Sendable {
    /// A yes/no: the body once, nothing pushed.
    case condition
    /// A view, a text or a number: the body once with the value on the stack.
    case push(shape: Int32)
    /// A list: the body for each item, each on the stack.
    case each(shape: Int32)
    /// A dynamic value: by the specification's rules when rendering.
    case dynamic(shape: Int32)
}

/// A frame of the context stack while rendering: the address of a value, and its shape for
/// walking runs.
struct Frame {
    let pointer: UnsafeRawPointer
    let shape: Int32
}
