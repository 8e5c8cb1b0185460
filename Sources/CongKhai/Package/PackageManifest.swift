import Foundation

/// Path → SHA-256 of every file of a package, written as `sha256sum` writes it
/// ("<hex>  <path>", sorted by path), so `sha256sum -c SHA256SUMS` checks an unpacked copy.
struct PackageManifest: Equatable, Sendable {
    static let fileName = "SHA256SUMS"

    var digests: [String: String]

    var text: String {
        digests.keys.sorted().map { "\(digests[$0]!)  \($0)\n" }.joined()
    }

    init(digests: [String: String]) { self.digests = digests }

    /// Lines that are not "<64 hex>  <path>" are skipped: a damaged manifest only makes the
    /// report list more files as new.
    init(text: String) {
        var digests: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 64, parts[1].hasPrefix(" ") else { continue }
            digests[String(parts[1].dropFirst())] = String(parts[0])
        }
        self.digests = digests
    }
}
