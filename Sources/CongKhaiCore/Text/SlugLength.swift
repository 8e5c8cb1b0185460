/// Slugs become folder names in the output: a segment longer than the file system allows
/// (255 bytes) makes `build` fail after `check` passed, so the load phase checks it.
package enum SlugLength {
    /// A Vietnamese explanation when `slug` cannot be written as a path, nil when it can.
    package static func problem(_ slug: String) -> String? {
        if slug.utf8.count > InputLimits.slugBytes {
            return "Đường dẫn dài \(slug.utf8.count) ký tự, vượt giới hạn \(InputLimits.slugBytes). Đặt slug ngắn hơn."
        }
        if let segment = slug.split(separator: "/").first(where: { $0.utf8.count > InputLimits.pathComponentBytes }) {
            return "Một phần của đường dẫn dài \(segment.utf8.count) ký tự; hệ thống tệp chỉ cho tối đa \(InputLimits.pathComponentBytes). Đặt slug ngắn hơn."
        }
        return nil
    }
}
