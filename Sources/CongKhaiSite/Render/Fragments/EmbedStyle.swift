/// The look of the embeddable fragments, written only in forms that province portals' article
/// editor keeps. Measured with Debian's CKEditor 4.19.1 (`Tests/browser/ckeditor_roundtrip.py`):
/// its default content filter keeps `style` on `div`, `span`, `a`, `img` and `table`, and on
/// cells only `background-color`, `border-color`, `text-align`, `vertical-align` and `width`;
/// it drops every style of headings and paragraphs and cells' `border` and `padding`. A
/// restrictive configuration (format tags, links, images, tables) keeps no style at all but
/// keeps a table's `border` attribute. So: headings and paragraphs carry no style (the title's
/// colour rides on a `span`), tables carry `border="1"` (still drawn when every style is gone),
/// and cells say only what the default filter keeps (no padding: it drops it).
enum EmbedStyle {
    static let box = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:60em"
    static let titleColor = "color:#7a1010"
    static let table = "border-collapse:collapse;width:100%;border:1px solid #8a8a8a"
    static let headerCell = "border-color:#8a8a8a;background-color:#f2ece4;text-align:left;vertical-align:top"
    static let cell = "border-color:#8a8a8a;text-align:left;vertical-align:top"
    static let link = "color:#0b4f9c;text-decoration:underline"
    static let note = "font-size:0.9em;color:#4a4a4a"
    static let qrImage = "border:0"
}
