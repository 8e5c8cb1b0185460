import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` with a fast exit for the usual cell that has
    /// nothing to trim: Foundation's version copies through NSString, which cost more than
    /// parsing the CSV of a national catalog.
    package func trimmingWhitespace() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}
