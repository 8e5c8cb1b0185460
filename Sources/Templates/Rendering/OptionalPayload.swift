extension UnsafePointer {
    /// The address of the value inside an optional that is not nil, so a stored `String?` is
    /// read (or pushed as a section's frame) in place, with no copy and no retain. Swift lays out
    /// a single-payload enum such as `Optional` with its payload at offset 0 and any tag after it
    /// (the stable ABI's type layout, docs/ABI/TypeLayout.rst in the Swift repository).
    func payload<Wrapped>() -> UnsafePointer<Wrapped> where Pointee == Wrapped? {
        precondition(pointee != nil, "an optional's payload is read only when it is there")
        return UnsafeRawPointer(self).assumingMemoryBound(to: Wrapped.self)
    }
}
