import Foundation
import Testing

/// Programs some tests run. A test that needs one that is missing is skipped with the reason
/// (`.enabled(if:)`), reported as skipped, never passed silently.
package enum Tools {
    package static let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first(where: FileManager.default.isExecutableFile)
    package static let gunzip = ["/usr/bin/gunzip", "/bin/gunzip"].first(where: FileManager.default.isExecutableFile)

    package static let noZbar: Comment = "zbarimg is not installed (apt-get install zbar-tools): the QR decode round trip was not run"
    package static let noGunzip: Comment = "gunzip is not installed: the gzip round trip was not run"
}
