import Foundation

/// The content files the load phase read, each with a fingerprint of what it read from them.
///
/// Planning keys each output on these (`InputFingerprints`) instead of walking the content
/// folder a second time and guessing: a file the loader never read (a stray `.docx` beside the
/// data) cannot make a build render everything again, and a file it did read cannot be missed.
/// Filled from any thread (detail files are read in parallel).
public final class InputRecord: @unchecked Sendable {
    private let lock = NSLock()
    private var fingerprints: [String: UInt64] = [:]

    public init() {}

    /// A text file, by the text the loader went on (decoded and normalized).
    func record(_ displayPath: String, text: String) {
        store(displayPath, FNV1a.hash(text))
    }

    /// A binary file (a workbook), by its bytes.
    func record(_ displayPath: String, contentsOf url: URL) {
        var hasher = FNV1a()
        hasher.combine(FileManager.default.contents(atPath: url.path) ?? Data())
        store(displayPath, hasher.value)
    }

    /// Every file read, in path order (so keys do not depend on which thread read first).
    var files: [(path: String, fingerprint: UInt64)] {
        lock.lock()
        defer { lock.unlock() }
        return fingerprints.keys.sorted().map { ($0, fingerprints[$0]!) }
    }

    private func store(_ path: String, _ fingerprint: UInt64) {
        lock.lock()
        fingerprints[path] = fingerprint
        lock.unlock()
    }
}
