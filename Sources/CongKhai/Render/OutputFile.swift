import Foundation

/// One file of the built site, relative to the output folder ("thu-tuc-hanh-chinh/index.html").
public struct OutputFile: Sendable, Equatable {
    public let path: String
    public let contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}

/// A file to produce in the render phase. Jobs are independent, so they run in parallel.
public struct RenderJob: Sendable {
    public let path: String
    public let render: @Sendable () -> Data

    public init(path: String, render: @escaping @Sendable () -> Data) {
        self.path = path
        self.render = render
    }

    static func html(_ sitePath: String, _ make: @escaping @Sendable () -> String) -> RenderJob {
        RenderJob(path: sitePath + "index.html") { Data(make().utf8) }
    }
}
