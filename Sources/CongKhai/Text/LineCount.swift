extension String {
    /// How many "\n" the text holds, counted on its contiguous UTF-8 bytes: walking
    /// `utf8` generically (or through a lazy filter) was a visible part of loading tens of
    /// thousands of Markdown files, each counted twice.
    var newlineCount: Int {
        var text = self
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte == 0x0A { count += 1 }
            return count
        }
    }
}
