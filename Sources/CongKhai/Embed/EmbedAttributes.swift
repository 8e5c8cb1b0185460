/// Removes `class` and `id` attributes from HTML the generator made (cmark-gfm output): a
/// portal's editor keeps neither reliably, and the fragment must not depend on them.
/// Task-list checkboxes become ☐ and ☑.
enum EmbedAttributes {
    static func strip(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            result += stripTag(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    private static func stripTag(_ tag: Substring) -> String {
        // A task list's checkbox (cmark-gfm) is a form control editors remove: keep its
        // state as a character instead.
        if tag.hasPrefix("<input") { return tag.contains("checked") ? "☑ " : "☐ " }
        var result = String(tag)
        for name in [" class=\"", " id=\""] {
            while let start = result.range(of: name),
                  let end = result[start.upperBound...].firstIndex(of: "\"") {
                result.removeSubrange(start.lowerBound...end)
            }
        }
        return result
    }
}
