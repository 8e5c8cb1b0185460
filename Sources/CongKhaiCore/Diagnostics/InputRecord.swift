import Foundation

/// The content files the load phase read, each with a fingerprint of what it read from them.
///
/// Planning keys each output on these (`InputFingerprints`) instead of walking the content
/// folder a second time and guessing: a file the loader never read (a stray `.docx` beside the
/// data) cannot make a build render everything again, and a file it did read cannot be missed.
/// Filled from any thread (detail files are read in parallel).
public final class InputRecord: @unchecked Sendable {
    private let lock = NSLock()
    private var fingerprints: [String: UInt64?] = [:]
    private var keyedByFamilies: [InputPlace] = []

    public init() {}

    /// The inputs the page families key themselves (`FamilyInput.keyedByFamily`): declared
    /// before anything is read.
    package func keyElsewhere(_ places: [InputPlace]) {
        lock.lock()
        keyedByFamilies = places
        lock.unlock()
    }

    /// A text file, by the text the loader went on (decoded and normalized).
    package func record(_ displayPath: String, text: String) {
        store(displayPath, isKeyedElsewhere(displayPath) ? nil : FNV1a.hash(text))
    }

    /// A binary file (a workbook), by its bytes.
    package func record(_ displayPath: String, contentsOf url: URL) {
        guard !isKeyedElsewhere(displayPath) else { return store(displayPath, nil) }
        var hasher = FNV1a()
        hasher.combine(FileManager.default.contents(atPath: url.path) ?? Data())
        store(displayPath, hasher.value)
    }

    /// Every file read, in path order (so keys do not depend on which thread read first);
    /// those keyed elsewhere without a fingerprint, which nothing would use (10,000 detail
    /// files need not be hashed twice).
    package var files: [(path: String, fingerprint: UInt64?)] {
        lock.lock()
        defer { lock.unlock() }
        return fingerprints.keys.sorted().map { ($0, fingerprints[$0]!) }
    }

    /// Inputs with keys of their own: what the families declare (the catalog's table and
    /// detail files, keyed by each procedure's fingerprints; the record of published codes,
    /// which builds rewrite and whose effects are keyed where they show), and the theme, which
    /// has its fingerprint.
    func isKeyedElsewhere(_ path: String) -> Bool {
        if path.hasPrefix("theme:") || path.hasPrefix("theme/") { return true }
        lock.lock()
        defer { lock.unlock() }
        return keyedByFamilies.contains { $0.contains(path) }
    }

    private func store(_ path: String, _ fingerprint: UInt64?) {
        lock.lock()
        fingerprints.updateValue(fingerprint, forKey: path)  // a nil fingerprint is still a file read
        lock.unlock()
    }
}
