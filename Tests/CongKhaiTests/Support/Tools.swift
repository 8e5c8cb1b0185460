import Foundation
import Testing

/// Programs some tests run. A test that needs one that is missing is skipped with the reason
/// (`.enabled(if:)`), reported as skipped, never passed silently.
enum Tools {
    static let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first(where: FileManager.default.isExecutableFile)
    static let gunzip = ["/usr/bin/gunzip", "/bin/gunzip"].first(where: FileManager.default.isExecutableFile)

    static let noZbar: Comment = "zbarimg is not installed (apt-get install zbar-tools): the QR decode round trip was not run"
    static let noGunzip: Comment = "gunzip is not installed: the gzip round trip was not run"
}
