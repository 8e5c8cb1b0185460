/// A compiled template: units of flat instructions (the template, and each partial compiled
/// for the context it is used in), the literal bytes they copy, and the lookups and sections
/// they refer to by index. Names are gone: every read is a reader bound at compile time to a
/// frame of the context stack, found by its distance from the top.
struct Program: Sendable {
    var bytes: [UInt8] = []
    var units: [[Instruction]] = []
    var lookups: [Lookup] = []
    var sections: [Section] = []
}

enum Instruction: Sendable {
    /// Copies `count` bytes of `Program.bytes` from `start`.
    case literal(start: Int, count: Int)
    /// Writes the value a lookup finds, HTML-escaped or not.
    case write(lookup: Int, escaped: Bool)
    /// A section; its bodies follow inline and `Section.end` is where it continues.
    case section(Int)
    case call(unit: Int)
    /// A standalone partial that leaves its indentation when it renders nothing, as
    /// swift-mustache does (`TemplateCompiler.Options.keepsIndentationOfEmptyPartials`).
    case callKeepingIndentation(unit: Int, start: Int, count: Int)
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
    /// Empty for the implicit iterator `.`: the frame itself.
    let steps: [Step]
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

struct Section: Sendable {
    let inverted: Bool
    let candidates: [SectionCandidate]
    /// The instruction after the section's bodies.
    let end: Int
    /// The body of an inverted section, or of a section none of whose candidates is present.
    let fallback: Range<Int>?
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
