/// Levenshtein distance on bytes, bounded: enough to tell a typo in a folded (ASCII) header
/// from another name without computing distances nobody asks for.
package enum EditDistance {
    /// Whether `a` and `b` differ by at most `limit` insertions, deletions or substitutions.
    package static func within(_ a: String, _ b: String, _ limit: Int) -> Bool {
        let a = Array(a.utf8), b = Array(b.utf8)
        if abs(a.count - b.count) > limit { return false }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return false }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit
    }
}
