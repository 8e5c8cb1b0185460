import Foundation

/// Runs render jobs on all cores and returns their files in job order, so the result does
/// not depend on thread scheduling.
enum ParallelRenderer {
    static func run(_ jobs: [RenderJob]) -> [OutputFile] {
        let results = ResultSlots(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            results.store(jobs[index].render(), at: index)
        }
        return jobs.indices.map { OutputFile(path: jobs[$0].path, contents: results.value(at: $0)) }
    }

    /// Each slot is written by exactly one iteration and read after all have finished,
    /// which `concurrentPerform` guarantees, so no lock is needed. A raw buffer rather than
    /// an array property, whose mutation would be an exclusive access of the whole array.
    private final class ResultSlots: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Data>
        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: Data())
        }
        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
        func store(_ data: Data, at index: Int) { buffer[index] = data }
        func value(at index: Int) -> Data { buffer[index] }
    }
}
