/// The scheme of a URL as a browser reads it, to decide whether a link may be published.
///
/// Browsers strip leading spaces and control characters and delete every tab and newline
/// before they parse a URL, so " java\tscript:alert(1)" is a `javascript:` link. Reading the
/// scheme the same way closes those tricks; entities are decoded by the caller first.
public enum URLScheme {
    /// Schemes a web page may link to.
    public static let web: Set<String> = ["http", "https"]
    /// Schemes a link may use where a contact is expected.
    public static let links: Set<String> = ["http", "https", "mailto", "tel"]

    /// The lowercase scheme, or nil for a relative URL (path, query or fragment).
    public static func of(_ url: String) -> String? {
        var scheme = String.UnicodeScalarView()
        var started = false
        for scalar in url.unicodeScalars {
            if !started && scalar.value <= 0x20 { continue }
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
            started = true
            if scalar == ":" { return scheme.isEmpty ? nil : String(scheme).lowercased() }
            let isLetter = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
            let isSchemeCharacter = isLetter || (scalar >= "0" && scalar <= "9") || scalar == "+" || scalar == "-" || scalar == "."
            guard scheme.isEmpty ? isLetter : isSchemeCharacter else { return nil }
            scheme.append(scalar)
        }
        return nil
    }

    /// "//host/x" and "\\host": relative in form, but they leave the site for another host.
    public static func isProtocolRelative(_ url: String) -> Bool {
        let trimmed = url.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        guard trimmed.count >= 2 else { return false }
        let first = trimmed[trimmed.startIndex], second = trimmed[trimmed.index(after: trimmed.startIndex)]
        return (first == "/" || first == "\\") && (second == "/" || second == "\\")
    }
}
