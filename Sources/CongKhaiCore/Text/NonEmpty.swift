/// Text, or nil when there is none: views leave out an empty value, because Mustache shows
/// a section for any string, even "".
extension Optional<String> {
    package var nonEmpty: String? { self.flatMap { $0.isEmpty ? nil : $0 } }
}

extension String {
    package var nonEmpty: String? { isEmpty ? nil : self }
}

extension Int {
    /// The count, or nil when it is zero: a view leaves out "0 hồ sơ …" lines the same way.
    package var nonZero: Int? { self == 0 ? nil : self }
}
