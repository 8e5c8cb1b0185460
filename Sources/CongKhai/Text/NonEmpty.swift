/// Text, or nil when there is none: views leave out an empty value, because Mustache shows
/// a section for any string, even "".
extension Optional<String> {
    var nonEmpty: String? { self.flatMap { $0.isEmpty ? nil : $0 } }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension Int {
    /// The count, or nil when it is zero: a view leaves out "0 hồ sơ …" lines the same way.
    var nonZero: Int? { self == 0 ? nil : self }
}
