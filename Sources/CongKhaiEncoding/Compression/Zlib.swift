import CSystemZlib
import Foundation

/// Debian's zlib for the two things CongKhai compresses: PNG image data (a zlib stream) and
/// `.gz` copies of text files (a raw deflate stream inside a gzip frame written here).
/// Level 9 and fixed parameters: the same input always gives the same bytes.
package enum Zlib {
    enum Format {
        /// RFC 1950: a two-byte header and an Adler-32 trailer, as PNG's IDAT wants.
        case zlib
        /// RFC 1951 with no framing, for the gzip container.
        case raw
    }

    static func deflate(_ input: [UInt8], format: Format) -> [UInt8] {
        var stream = z_stream()
        let windowBits: Int32 = format == .zlib ? 15 : -15
        guard deflateInit2_(&stream, 9, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            // Only fails when memory runs out, which the process would not survive anyway.
            fatalError("zlib: deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
        var input = input
        let produced = input.withUnsafeMutableBufferPointer { inBuffer -> Int in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                // deflateBound is enough for one Z_FINISH call.
                let status = CSystemZlib.deflate(&stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "zlib: deflate did not finish (\(status))")
                return Int(stream.total_out)
            }
        }
        return Array(output.prefix(produced))
    }

    static func crc32(_ bytes: [UInt8], continuing crc: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CSystemZlib.crc32(uLong(crc), buffer.baseAddress, uInt(buffer.count)))
        }
    }

    /// A gzip file (RFC 1952) with no name, no time and "unknown" system in its header, so
    /// the same text gives the same `.gz` on every machine and every day.
    package static func gzip(_ data: Data) -> Data {
        let input = [UInt8](data)
        var bytes: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]
        bytes += deflate(input, format: .raw)
        bytes += littleEndian(crc32(input))
        bytes += littleEndian(UInt32(truncatingIfNeeded: input.count))
        return Data(bytes)
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xff), UInt8((value >> 8) & 0xff), UInt8((value >> 16) & 0xff), UInt8(value >> 24)]
    }
}
