import CongKhaiCore
import Templates

/// What every fragment template sees (`fragments/box`, the parent of each): the inline
/// styles, the fragment's title, and the day its content is counted to when it depends on it.
package struct FragmentFrame: TemplateView {
    let style = FragmentStyle()
    /// HTML: escaped text.
    let title: String
    /// Only where the content depends on the day (open dossiers keep getting later): elsewhere
    /// a date would change every fragment every day, and the package report would ask for all
    /// of them to be pasted again.
    let dated: String?

    package init(title: String, dated: CivilDate? = nil) {
        self.title = FragmentText.html(title)
        self.dated = dated?.vietnameseShort
    }

    package static let templateFields: TemplateFields<Self> = [
        .field("style", \.style),
        .field("title", \.title),
        .field("dated", \.dated),
    ]
}

/// `{{style.*}}`: the fragments' inline styles (`EmbedStyle`), for a theme to reuse or replace.
struct FragmentStyle: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("box", \.box),
        .field("title_color", \.titleColor),
        .field("table", \.table),
        .field("header_cell", \.headerCell),
        .field("cell", \.cell),
        .field("link", \.link),
        .field("note", \.note),
        .field("qr_image", \.qrImage),
    ]

    let box = EmbedStyle.box
    let titleColor = EmbedStyle.titleColor
    let table = EmbedStyle.table
    let headerCell = EmbedStyle.headerCell
    let cell = EmbedStyle.cell
    let link = EmbedStyle.link
    let note = EmbedStyle.note
    let qrImage = EmbedStyle.qrImage
}

/// A QR code as a PNG file of the site (`fragments/qr`): absolute address, accessible name
/// and size in CSS pixels.
package struct FragmentImage: TemplateView {
    let url: String
    let label: String
    let pixels: Int

    /// CSS pixels of a QR image: big enough for a phone at arm's length on a screen.
    static let qrPixels = 180

    package init(qrAt sitePath: String, baseURL: BaseURL, label: String) {
        url = baseURL.absolute(sitePath)
        self.label = label
        pixels = Self.qrPixels
    }

    package static let templateFields: TemplateFields<Self> = [
        .field("url", \.url),
        .field("label", \.label),
        .field("pixels", \.pixels),
    ]
}

/// A value that is a link when it has an address (`fragments/contact`): a phone, an e-mail,
/// a website. A value still to fill in ("CẦN ĐIỀN: …") has none and is shown as text.
package struct FragmentContact: TemplateView {
    /// HTML: escaped text.
    let text: String
    let link: String?

    package init(_ value: String, link: String?) {
        text = link == nil ? FragmentText.html(value) : HTMLEscape.text(value)
        self.link = link
    }

    package static let templateFields: TemplateFields<Self> = [
        .field("text", \.text),
        .field("link", \.link),
    ]
}
