import CongKhaiSite
import Foundation

extension SiteConfig.PortalLinks {
    /// A procedure's page on the national portal: the formalityId link when known, else the
    /// portal's search with the code, because the old `?ma_thu_tuc=<code>` links are dead.
    /// The procedure page, its JSON-LD and its portal fragment all link here.
    func page(of procedure: Procedure) -> String {
        if let id = procedure.formalityId {
            return Self.fill(procedureURL, "{formalityId}", with: id)
        }
        return Self.fill(searchURL, "{code}", with: Self.queryValue(procedure.code))
    }

    /// A code as a query value. Codes are nearly always letters, digits, dots and dashes, which
    /// need no encoding; Foundation's percent encoding goes through NSString on Linux.
    static func queryValue(_ text: String) -> String {
        let plain = text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"): true
            default: false
            }
        }
        return plain ? text : text.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? text
    }

    /// Replaces a placeholder; split and joined by the standard library, since Foundation's
    /// `replacingOccurrences` goes through NSString on Linux (a search on the UTF-8 view with
    /// `firstRange(of:)` measured twice as slow as this), for every procedure.
    static func fill(_ pattern: String, _ placeholder: String, with value: String) -> String {
        pattern.split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)
    }
}
