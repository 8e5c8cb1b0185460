import CongKhaiCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the webmaster's text files the same way everywhere: UTF-8 (with or without BOM),
/// line endings normalized to LF, and Unicode normalized to NFC. Text pasted from Word or
/// PDF often arrives decomposed (e + combining marks), which would otherwise break
/// matching, sorting and slugs.
public enum SourceFile {
    public enum ReadError: Error, Equatable {
        case notFound
        /// `line` of the first byte that is not UTF-8, counted from 1.
        case notUTF8(line: Int)
        case tooLarge(bytes: Int, limit: Int)
        case system(errno: Int32)
    }

    /// Reads at most `limit` bytes: the size is checked before anything is read, so a huge
    /// file costs one `fstat`, not its size in memory.
    public static func read(_ url: URL, limit: Int = .max) throws(ReadError) -> String {
        try decode(readBytes(path: url.path, limit: limit))
    }

    public static func decode(_ data: Data) throws(ReadError) -> String {
        if let text = UTF16Text.decode(data) { return normalize(text) }
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8(line: lineOfFirstInvalidByte(data)) }
        return normalize(text)
    }

    /// POSIX calls rather than `FileManager.contents`, which hides the reason (errno) behind nil.
    private static func readBytes(path: String, limit: Int) throws(ReadError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw errno == ENOENT ? .notFound : .system(errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(errno: errno) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw .system(errno: EISDIR) }
        let size = Int(status.st_size)
        guard size <= limit else { throw .tooLarge(bytes: size, limit: limit) }
        var data = Data(count: size)
        var total = 0
        while total < size {
            let count = data.withUnsafeMutableBytes { buffer in
                posixRead(descriptor, buffer.baseAddress! + total, size - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(errno: errno)
            }
            if count == 0 { break }  // the file shrank while being read
            total += count
        }
        if total < size { data.count = total }
        return data
    }

    /// The line (from 1) holding the first byte that does not decode as UTF-8, so the
    /// webmaster can find a stray Windows-1258 character in a long file.
    static func lineOfFirstInvalidByte(_ data: Data) -> Int {
        var line = 1
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") { line += 1 }
            case .error, .emptyInput:
                return line
            }
        }
    }

    /// Without the BOM, then in `InputText`'s one form (LF, NFC, cleaned).
    public static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return InputText.normalized(text)
    }

    /// Reads a file and reports a diagnostic instead of throwing, for the load phase.
    /// `limit` is one of `InputLimits.FileSize`.
    package static func read(_ url: URL, displayPath: String, limit: Int, diagnostics: Diagnostics) -> String? {
        let start = SourceLocation(file: displayPath, line: 1)
        do {
            let text = try read(url, limit: limit)
            diagnostics.inputs.record(displayPath, text: text)
            return text
        } catch .notUTF8(let line) {
            diagnostics.error(.unreadableFile, at: SourceLocation(file: displayPath, line: line),
                              "Tệp không phải UTF-8 (từ dòng \(line)). Hãy lưu lại với mã hóa UTF-8 (Excel: \"CSV UTF-8\").")
        } catch .tooLarge(let bytes, let limit) {
            diagnostics.error(.inputTooLarge, at: start,
                              "Tệp dài \(kilobytes(bytes)), vượt giới hạn \(kilobytes(limit)) cho loại tệp này. Hãy chia thành nhiều tệp.")
        } catch .system(let number) {
            diagnostics.error(.unreadableFile, at: start, "Không đọc được tệp: \(SystemErrorText.vietnamese(number)).")
        } catch {
            diagnostics.error(.unreadableFile, at: start, "Không đọc được tệp: tệp không còn ở đó.")
        }
        return nil
    }

    package static func kilobytes(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : "\(max(1, bytes / 1024)) KB"
    }
}

/// `read(2)`, named apart from `SourceFile.read`.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
