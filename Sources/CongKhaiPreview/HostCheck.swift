/// The names a browser on this machine uses for the preview. A page of another site whose name
/// the attacker makes resolve to 127.0.0.1 (DNS rebinding) reaches the server with that name
/// in its Host header, and could read the preview (drafts, internal notes): only these names
/// are answered. The port is not checked; the name is what the browser's same-origin rule is
/// about.
enum HostCheck {
    static func allows(_ host: String?) -> Bool {
        // HTTP/1.0 clients (curl -0, scripts) send none; a browser always does.
        guard let host = host?.lowercased(), !host.isEmpty else { return true }
        let name: Substring
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            name = host[...close]
            let rest = host[host.index(after: close)...]
            guard rest.isEmpty || isPort(rest.dropFirst()) && rest.first == ":" else { return false }
        } else {
            let parts = host.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            name = parts[0]
            guard parts.count == 1 || isPort(parts[1]) else { return false }
        }
        return ["127.0.0.1", "localhost", "[::1]"].contains(name)
    }

    private static func isPort(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= 5 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }
}
