import Foundation

/// Maps a collection on all cores and returns the results in the input's order, so the
/// result does not depend on thread scheduling.
package enum ParallelMap {
    package static func map<Element: Sendable, Result>(_ elements: [Element],
                                               _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        let slots = ResultSlots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.store(transform(elements[index]), at: index)
        }
        return slots.values()
    }

    /// Each slot is written by exactly one iteration and read after all have finished,
    /// which `concurrentPerform` guarantees, so no lock is needed. A raw buffer rather than
    /// an array property, whose mutation would be an exclusive access of the whole array.
    private final class ResultSlots<Result>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Result?>
        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }
        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
        func store(_ value: Result, at index: Int) { buffer[index] = value }
        func values() -> [Result] { buffer.map { $0! } }
    }
}
