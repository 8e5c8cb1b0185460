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
