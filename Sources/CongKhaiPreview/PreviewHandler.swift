import CongKhai
import FlyingFox
import Foundation

/// Answers the preview's requests: files of the output folder with their content types,
/// HTML decorated with the live-reload script (and the error banner), and the status the
/// script polls. Other files are streamed from disk, never read whole: ten downloads of a
/// 100 MB file took a gigabyte.
struct PreviewHandler: HTTPHandler {
    let files: PreviewFiles
    let state: PreviewState
    let clock: RequestClock

    /// HTML larger than this is streamed as it is, without the reload script.
    static let decoratedLimit = 16 * 1024 * 1024

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let key = RequestClock.key(request.remoteAddress) { clock.answering(key) }
        guard HostCheck.allows(request.headers[.host]) else {
            return text(.misdirectedRequest, "Trang xem trước chỉ mở bằng http://127.0.0.1 hoặc http://localhost trên máy này.", head: false)
        }
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "Chỉ hỗ trợ GET và HEAD.", head: false)
        }
        let head = request.method == .HEAD
        // The raw target: FlyingFox's `path` is standardized, which drops the trailing slash
        // that tells a folder from a file. `PreviewFiles` does its own decoding and checks.
        let path = request.target.path()
        if path == LiveReload.statusPath {
            return respond(.ok, type: "application/json; charset=utf-8", body: Data(LiveReload.statusJSON(state.snapshot).utf8), head: head)
        }
        switch files.resolve(path) {
        case .file(let file):
            return serve(file, status: .ok, head: head, requestPath: path)
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location, .contentLength: "0"])
        case .forbidden:
            return text(.forbidden, "Không được phép: đường dẫn ra ngoài thư mục trang.", head: head)
        case .notFound:
            if let page = files.notFoundPage { return serve(page, status: .notFound, head: head) }
            // No site yet (the first build failed): a bare page, so the error banner shows.
            let page = LiveReload.decorate("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Chưa có trang</title></head><body><p>Không tìm thấy trang.</p></body></html>", state: state.snapshot)
            return respond(.notFound, type: "text/html; charset=utf-8", body: Data(page.utf8), head: head)
        }
    }

    private func serve(_ path: String, status: HTTPStatusCode, head: Bool, requestPath: String? = nil) -> HTTPResponse {
        let type = MediaTypes.contentType(forExtension: (path as NSString).pathExtension)
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue else {
            return text(.notFound, "Không tìm thấy trang.", head: head)
        }
        if type.hasPrefix("text/html") && size <= Self.decoratedLimit {
            guard let data = FileManager.default.contents(atPath: path) else { return text(.notFound, "Không tìm thấy trang.", head: head) }
            let page = LiveReload.decorate(String(decoding: data, as: UTF8.self), state: state.snapshot,
                                           path: requestPath.map { $0.removingPercentEncoding ?? $0 })
            return respond(status, type: type, body: Data(page.utf8), head: head)
        }
        guard !head else { return respond(status, type: type, length: size, body: HTTPBodySequence(data: Data())) }
        guard let body = try? HTTPBodySequence(file: URL(fileURLWithPath: path), suggestedBufferSize: 64 * 1024) else {
            return text(.notFound, "Không tìm thấy trang.", head: head)
        }
        return respond(status, type: type, length: size, body: body)
    }

    private func text(_ status: HTTPStatusCode, _ message: String, head: Bool) -> HTTPResponse {
        respond(status, type: "text/plain; charset=utf-8", body: Data(message.utf8), head: head)
    }

    private func respond(_ status: HTTPStatusCode, type: String, body: Data, head: Bool) -> HTTPResponse {
        respond(status, type: type, length: body.count, body: HTTPBodySequence(data: head ? Data() : body))
    }

    private func respond(_ status: HTTPStatusCode, type: String, length: Int, body: HTTPBodySequence) -> HTTPResponse {
        // The preview changes under the browser's feet: nothing may be cached.
        HTTPResponse(statusCode: status,
                     headers: [.contentType: type, .contentLength: String(length), HTTPHeader("Cache-Control"): "no-store"],
                     body: body)
    }
}
