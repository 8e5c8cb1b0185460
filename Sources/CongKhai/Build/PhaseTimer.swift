import Foundation

/// Times the phases of a build, as Zola logs each step, for `--verbose`.
public struct PhaseTimer: Sendable {
    public struct Phase: Sendable {
        public let name: String
        public let seconds: Double
    }

    public private(set) var phases: [Phase] = []

    public init() {}

    public mutating func measure<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            phases.append(Phase(name: name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        }
        return try work()
    }

    public var total: Double { phases.reduce(0) { $0 + $1.seconds } }
}
