import CongKhaiCore

/// Phones, e-mail addresses and addresses the site publishes on purpose: its own (the
/// agency's and the feedback body's, from `site.yaml`) and those the webmaster lists under
/// `public_contacts` (an office's number of a leader, a hotline, the address of the cultural
/// house). They are kept wherever they appear; everything else that looks like personal data
/// is masked. ID numbers are never anyone's public contact.
public struct PublicContacts: Sendable, Equatable {
    private var phones: Set<String> = []
    private var emails: Set<String> = []
    private var addresses: [String] = []

    public static let none = PublicContacts()

    public init(_ values: [String] = []) {
        for value in values { add(value) }
    }

    mutating func add(_ value: String) {
        let scanned = ScanText(value)
        for span in EmailScanner.spans(in: scanned.characters) { emails.insert(Self.email(String(scanned.characters[span.range]))) }
        for span in NumberScanner.spans(in: scanned.characters) where span.kind == .phone {
            phones.insert(Self.phone(String(scanned.characters[span.range])))
        }
        let folded = Self.place(value)
        if !folded.isEmpty { addresses.append(folded) }
    }

    func allows(_ text: String, kind: PersonalDataKind) -> Bool {
        switch kind {
        case .phone: phones.contains(Self.phone(text))
        case .email: emails.contains(Self.email(text))
        case .address:
            // "Số 1 đường Thử" found in "Số 1 đường Thử, tỉnh Quảng Ngãi" as written in site.yaml.
            { folded in !folded.isEmpty && addresses.contains { $0.contains(folded) } }(Self.place(text))
        case .citizenID, .oldID: false
        }
    }

    /// The national form: digits only, "+84"/"84"/"0084" read as the leading zero.
    static func phone(_ text: String) -> String {
        var digits = String(text.filter { $0.isASCII && $0.isNumber })
        if digits.hasPrefix("0084") { digits = "0" + digits.dropFirst(4) }
        else if digits.hasPrefix("84") && digits.count >= 11 { digits = "0" + digits.dropFirst(2) }
        return digits
    }

    static func email(_ text: String) -> String {
        text.filter { $0 != " " }.lowercased()
    }

    /// Letters and digits only, without case or tone marks.
    static func place(_ text: String) -> String {
        VietnameseFolding.fold(text).filter { $0.isLetter || $0.isNumber }
    }
}
