/// URL slugs for Vietnamese titles: "Giới thiệu chung về xã Đông" → "gioi-thieu-chung-ve-xa-dong".
public enum Slug {
    public static func make(_ text: String) -> String {
        VietnameseFolding.key(text, separator: "-")
    }

    /// A slug segment is lowercase ASCII letters, digits and inner hyphens; a slug may have
    /// several segments joined by "/". Anything else (dots, "..", backslashes, empty segments)
    /// could escape the output folder or break a URL, so it is rejected.
    public static func isValid(_ slug: String) -> Bool {
        let segments = slug.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.isEmpty else { return false }
        return segments.allSatisfy { segment in
            !segment.isEmpty && segment.first != "-" && segment.last != "-"
                && segment.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
        }
    }
}
