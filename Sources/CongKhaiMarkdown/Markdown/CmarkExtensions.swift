import CCmarkGFM
import Foundation

/// Process-wide cmark-gfm state, kept in one place because cmark-gfm is not thread-safe here.
enum CmarkExtensions {
    static let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registration is an unlocked check-then-set inside cmark-gfm; calling it twice can abort.
    /// A Swift `static let` is initialized exactly once, thread-safely.
    private static let registration: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    static func registerOnce() { _ = registration }

    /// cmark-gfm keeps a process-wide table of special inline characters ("~", ":", "w")
    /// that the strikethrough and autolink extensions add at the start of
    /// `cmark_parser_finish` and remove at its end. Two threads finishing at once silently
    /// lose strikethrough and autolinks in one of them (github/cmark-gfm#221). Serializing
    /// only this call fixed it; feeding and HTML rendering stay parallel.
    private static let finishLock = NSLock()

    static func finish(_ parser: OpaquePointer) -> OpaquePointer? {
        finishLock.lock()
        defer { finishLock.unlock() }
        return cmark_parser_finish(parser)
    }
}
