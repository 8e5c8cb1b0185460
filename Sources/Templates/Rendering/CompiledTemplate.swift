/// A template compiled for values of `Root`: render it as often as needed, from any thread.
public struct CompiledTemplate<Root>: Sendable {
    public let name: String
    let program: Program
    let rootShape: Int32

    init(name: String, program: Program, rootShape: Int32) {
        self.name = name
        self.program = program
        self.rootShape = rootShape
    }

    /// The page, as UTF-8 bytes.
    public func render(_ root: Root) -> [UInt8] {
        var output: [UInt8] = []
        // Most of a page is the template's own text: room for it and as much again of values.
        output.reserveCapacity(program.bytes.count * 2)
        render(root, into: &output)
        return output
    }

    /// Appends the page to `output`.
    public func render(_ root: Root, into output: inout [UInt8]) {
        // The program's tables are read through buffer pointers for the whole page: nothing is
        // retained per instruction.
        program.bytes.withUnsafeBufferPointer { bytes in
            program.instructions.withUnsafeBufferPointer { instructions in
                program.lookups.withUnsafeBufferPointer { lookups in
                    program.sections.withUnsafeBufferPointer { sections in
                        program.choices.withUnsafeBufferPointer { choices in
                            var renderer = Renderer(bytes: bytes, instructions: instructions, lookups: lookups, sections: sections,
                                                    choices: choices, output: output)
                            output = []
                            withUnsafePointer(to: root) { pointer in
                                renderer.frames.append(Frame(pointer: UnsafeRawPointer(pointer), shape: rootShape))
                                renderer.run(program.entry)
                            }
                            output = renderer.output
                        }
                    }
                }
            }
        }
    }
}
