import CongKhai
import CongKhaiCore
import Foundation

/// What the preview adds to HTML pages as it serves them (never to the built files): a
/// script that reloads the page after a rebuild and, while the last rebuild failed, a
/// banner with its errors above the page.
enum LiveReload {
    static let statusPath = "/__congkhai/status"

    static func decorate(_ html: String, state: PreviewState.Snapshot, path: String? = nil) -> String {
        var html = html
        var top = ""
        if !state.errors.isEmpty { top += banner(state.errors) }
        if let path, let notes = state.notes[notesKey(path)], !notes.isEmpty { top += notesPanel(notes) }
        if !top.isEmpty, let bodyOpen = html.range(of: "<body"),
           let bodyEnd = html[bodyOpen.upperBound...].firstIndex(of: ">") {
            html.insert(contentsOf: top, at: html.index(after: bodyEnd))
        }
        let script = self.script(generation: state.generation)
        if let bodyClose = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: script, at: bodyClose.lowerBound)
        } else {
            html += script
        }
        return html
    }

    static func banner(_ errors: [String]) -> String {
        let items = errors.prefix(50).map { "<li>\(HTMLEscape.text($0))</li>" }.joined()
        return """
        <div role="alert" id="congkhai-loi" style="background:#fff0f0;color:#5c0000;border:3px solid #b00020;\
        padding:12px 16px;margin:0;font:16px/1.5 system-ui,sans-serif">\
        <p style="margin:0 0 6px"><strong>Lần tạo lại gần nhất bị lỗi.</strong> Trang đang hiện bản tạo thành công trước đó. \
        Sửa các lỗi sau rồi lưu tệp:</p><ul style="margin:0;padding-left:20px">\(items)</ul></div>
        """
    }

    /// "/a/b/index.html" and "/a/b/" name the same page.
    static func notesKey(_ path: String) -> String {
        path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
    }

    /// The scoring pages' internal notes (see `ScoringNotes`), for the webmaster only.
    static func notesPanel(_ notes: [String]) -> String {
        let items = notes.prefix(100).map { "<li>\(HTMLEscape.text($0))</li>" }.joined()
        return """
        <div role="note" id="congkhai-ghi-chu" style="background:#fff8e1;color:#3d2c00;border:3px solid #b26a00;\
        padding:12px 16px;margin:0;font:16px/1.5 system-ui,sans-serif">\
        <p style="margin:0 0 6px"><strong>Ghi chú nội bộ (chỉ hiện khi xem trước, không có trên trang công bố):</strong> \
        điểm chấm không khớp cần xem lại.</p><ul style="margin:0;padding-left:20px">\(items)</ul></div>
        """
    }

    /// How often an open page asks for the status. The server hears of a save within about
    /// 40 ms and rebuilds in about 0.1 s: polling every second would add up to a second to
    /// that, while a tiny local request five times a second costs nothing. (A held-open
    /// request would take one of the browser's six connections per host for each tab.)
    static let pollMilliseconds = 200

    /// Polls the status; reloads when the generation moved on.
    static func script(generation: Int) -> String {
        """
        <script>(function(){var g=\(generation);function p(){fetch("\(statusPath)",{cache:"no-store"})\
        .then(function(r){return r.json()}).then(function(s){if(s.generation!==g){location.reload()}else{setTimeout(p,\(pollMilliseconds))}})\
        .catch(function(){setTimeout(p,2000)})}setTimeout(p,\(pollMilliseconds))})();</script>
        """
    }

    static func statusJSON(_ state: PreviewState.Snapshot) -> String {
        "{\"generation\":\(state.generation),\"ok\":\(state.errors.isEmpty)}"
    }
}
