import Foundation

/// 64-bit FNV-1a: a stable hash for asset names and build-cache keys.
///
/// Swift's `Hasher` is seeded per process, so its values cannot be stored between builds;
/// this one gives the same value for the same bytes on every run and machine.
package struct FNV1a {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    package init() {}

    package mutating func combine(bytes: UnsafeRawBufferPointer) {
        var value = self.value
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= Self.prime
        }
        self.value = value
    }

    package mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine(bytes: $0) }
    }

    /// Strings end with a separator, so ("ab", "c") and ("a", "bc") differ.
    package mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
        combine(UInt8(0))
    }

    package mutating func combine(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= Self.prime
    }

    package mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine(bytes: $0) }
    }

    static func hash(_ text: String) -> UInt64 {
        var hasher = FNV1a()
        hasher.combine(text)
        return hasher.value
    }
}
