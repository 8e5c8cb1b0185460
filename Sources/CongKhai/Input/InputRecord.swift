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

    public init() {}

    /// A text file, by the text the loader went on (decoded and normalized).
    func record(_ displayPath: String, text: String) {
        store(displayPath, Self.isKeyedElsewhere(displayPath) ? nil : FNV1a.hash(text))
    }

    /// A binary file (a workbook), by its bytes.
    func record(_ displayPath: String, contentsOf url: URL) {
        guard !Self.isKeyedElsewhere(displayPath) else { return store(displayPath, nil) }
        var hasher = FNV1a()
        hasher.combine(FileManager.default.contents(atPath: url.path) ?? Data())
        store(displayPath, hasher.value)
    }

    /// Every file read, in path order (so keys do not depend on which thread read first);
    /// those keyed elsewhere without a fingerprint, which nothing would use (10,000 detail
    /// files need not be hashed twice).
    var files: [(path: String, fingerprint: UInt64?)] {
        lock.lock()
        defer { lock.unlock() }
        return fingerprints.keys.sorted().map { ($0, fingerprints[$0]!) }
    }

    /// Inputs with keys of their own: the catalog's table and detail files (each procedure's
    /// `sourceFingerprint`, the catalog ring's `listingFingerprint`), and the record of
    /// published codes, which builds rewrite and whose effects are keyed where they show
    /// (the decisions page, abolished procedures' own pages). The theme has its fingerprint.
    static func isKeyedElsewhere(_ path: String) -> Bool {
        path == PublishedCodes.fileName
            || path.hasPrefix(ProcedureReader.detailFolder + "/")
            || isCatalogTable(path)
            || path.hasPrefix("theme:") || path.hasPrefix("theme/")
    }

    /// `data/thu-tuc` with any extension (checked by hand: every detail file passes here, and
    /// NSString's `deletingPathExtension` bridges on Linux).
    private static func isCatalogTable(_ path: String) -> Bool {
        let table = "data/\(ProcedureReader.tableName)"
        guard path.hasPrefix(table) else { return false }
        let rest = path.dropFirst(table.count)
        // One extension only: `thu-tuc.xlsx.yaml` (a workbook's options) is an input of its own.
        return rest.isEmpty || (rest.first == "." && !rest.dropFirst().contains(".") && !rest.contains("/"))
    }

    private func store(_ path: String, _ fingerprint: UInt64?) {
        lock.lock()
        fingerprints.updateValue(fingerprint, forKey: path)  // a nil fingerprint is still a file read
        lock.unlock()
    }
}
