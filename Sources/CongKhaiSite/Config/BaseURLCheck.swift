import CongKhaiCore
import Foundation

/// Reads `base_url` (site.yaml) or `--base-url`: an unsafe scheme is CK121 as for every URL
/// of site.yaml; an http(s) address that cannot be normalized is CK200 at its line, saying
/// what is wrong and what to write.
package enum BaseURLCheck {
    static let example = "https://tenxa.quangngai.gov.vn/"

    static func read(_ text: String, at location: SourceLocation, diagnostics: Diagnostics) -> BaseURL? {
        if let scheme = URLScheme.of(text), URLScheme.web.contains(scheme) {
            switch BaseURL.parse(text) {
            case .success(let url): return url
            case .failure(let problem):
                diagnostics.error(.baseURLMalformed, at: location.naming("base_url"),
                                  "base_url \"\(text)\" \(problem.reason). Ghi địa chỉ đầy đủ của trang, ví dụ \(example) hoặc https://quangngai.gov.vn/xa/ten-xa/")
                return nil
            }
        }
        _ = ConfigURLCheck.webAddress(text, key: "base_url", at: location, example: example, diagnostics: diagnostics)
        return nil
    }

    /// `--base-url` on the command line: the same rules, located at the option.
    package static func readOption(_ text: String, diagnostics: Diagnostics) -> BaseURL? {
        switch BaseURL.parse(text) {
        case .success(let url): return url
        case .failure(let problem):
            diagnostics.error(.baseURLMalformed, at: SourceLocation(file: "--base-url"),
                              "--base-url \"\(text)\" \(problem.reason). Ghi địa chỉ đầy đủ, ví dụ \(example)")
            return nil
        }
    }
}
