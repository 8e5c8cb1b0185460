/// The inline styles of the embeddable fragments. Article editors of province portals
/// (Liferay with CKEditor) drop `<style>`, `<script>`, classes they do not know and inline
/// SVG, but keep `style` attributes: every look a fragment needs is written here, and
/// only with properties such editors allow (no `position`, no `display: grid`).
enum EmbedStyle {
    static let box = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:60em"
    static let title = "font-size:1.3em;line-height:1.3;margin:0 0 0.5em 0;color:#7a1010"
    static let subtitle = "font-size:1.1em;margin:1em 0 0.4em 0;color:#1a1a1a"
    static let table = "border-collapse:collapse;width:100%;margin:0 0 1em 0"
    static let headerCell = "border:1px solid #8a8a8a;padding:6px 8px;background-color:#f2ece4;text-align:left;vertical-align:top"
    static let cell = "border:1px solid #8a8a8a;padding:6px 8px;text-align:left;vertical-align:top"
    static let paragraph = "margin:0 0 0.75em 0"
    static let link = "color:#0b4f9c;text-decoration:underline"
    static let note = "margin:0.75em 0 0 0;font-size:0.9em;color:#4a4a4a"
    static let qrImage = "border:0;margin:0.5em 0"
}
