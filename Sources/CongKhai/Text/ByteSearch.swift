import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` at or after `start`. Through the C library's `memchr`,
    /// which compares many bytes at a time: the HTML scanners look for one ASCII character
    /// (`<`, `>`, `=`, `"`) across long runs of text.
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress,
              let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

extension String {
    /// The text between two UTF-8 offsets, which must not fall inside a character's bytes (a
    /// byte scanner's offsets of ASCII characters do not). Appending it to a `String` copies
    /// its bytes without validating them again, as `String(decoding:as:)` does a byte array;
    /// each append costs more than a byte array's, so this pays where the pieces are few and
    /// long (measured: `RelativeLinks` gains, `EmbedAttributes`, with a piece per attribute, loses).
    func utf8Piece(_ offsets: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
        return self[start..<utf8.index(start, offsetBy: offsets.count)]
    }
}
