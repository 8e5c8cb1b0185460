import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` at or after `start`. Through the C library's `memchr`,
    /// which compares many bytes at a time: the HTML scanners look for one ASCII character
    /// (`<`, `>`, `=`, `"`) across long runs of text.
    package func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress,
              let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    // Comparisons with ASCII literals, exact (case matters): `StaticString`s are already UTF-8
    // in the binary, so none of these allocates. The raw-HTML sanitizer compares without
    // case, as HTML tag names are, and keeps its own.
    package func starts(with literal: StaticString) -> Bool {
        count >= literal.utf8CodeUnitCount && matches(literal, at: 0)
    }

    package func equals(_ literal: StaticString) -> Bool {
        count == literal.utf8CodeUnitCount && matches(literal, at: 0)
    }

    /// Whether the literal occurs anywhere. Candidates are found by `memchr` on the literal's
    /// first byte: the procedure checks look for a few words in every body of a catalog.
    package func contains(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard length > 0, count >= length else { return length == 0 }
        let first = literal.utf8Start.pointee
        var start = 0
        while let found = firstIndex(of: first, from: start), found <= count - length {
            if matches(literal, at: found) { return true }
            start = found + 1
        }
        return false
    }

    private func matches(_ literal: StaticString, at start: Int) -> Bool {
        literal.withUTF8Buffer { bytes in
            for offset in 0..<bytes.count where self[start + offset] != bytes[offset] { return false }
            return true
        }
    }
}

extension String {
    /// The text between two UTF-8 offsets, which must not fall inside a character's bytes (a
    /// byte scanner's offsets of ASCII characters do not). Appending it to a `String` copies
    /// its bytes without validating them again, as `String(decoding:as:)` does a byte array;
    /// each append costs more than a byte array's, so this pays where the pieces are few and
    /// long (measured: `RelativeLinks` gains, `EmbedAttributes`, with a piece per attribute, loses).
    package func utf8Piece(_ offsets: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
        return self[start..<utf8.index(start, offsetBy: offsets.count)]
    }
}
