import CongKhaiFamilies
import CongKhaiSite
import Foundation
import Templates

/// `congkhai new`: writes a starter site for the commune into a new folder, or, with
/// `--example`, copies the built-in example content.
public enum SiteScaffold {
    public enum ScaffoldError: Error, CustomStringConvertible {
        case notEmpty(String)
        case noExample
        case io(String)

        public var description: String {
            switch self {
            case .notEmpty(let path): "Thư mục \(path) đã có tệp. Chọn một thư mục trống hoặc chưa tồn tại."
            case .noExample: "Không tìm thấy trang mẫu có sẵn (đặt CONGKHAI_HOME là thư mục cài CongKhai)."
            case .io(let message): "Không tạo được trang mới: \(message)"
            }
        }
    }

    /// The starter site: `Content/` holding the files of `starter`, and an empty `public/`.
    public static func createStarter(at target: URL, starter: StarterSite) throws(ScaffoldError) {
        let fileManager = FileManager.default
        try requireEmpty(target)
        let content = target.appendingPathComponent("Content")
        do {
            for file in starter.files {
                let url = content.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
            try fileManager.createDirectory(at: target.appendingPathComponent("public"), withIntermediateDirectories: true)
        } catch {
            throw .io(error.localizedDescription)
        }
    }

    private static func requireEmpty(_ target: URL) throws(ScaffoldError) {
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: target.path), !entries.isEmpty {
            throw .notEmpty(target.path)
        }
    }

    /// The full example site (a fictional commune with real procedures), to look around.
    public static func create(at target: URL) throws(ScaffoldError) {
        let fileManager = FileManager.default
        try requireEmpty(target)
        guard let home = ThemeLocator.builtinHome() else { throw .noExample }
        do {
            try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
            try fileManager.copyItem(at: home.appendingPathComponent("Content"), to: target.appendingPathComponent("Content"))
            try fileManager.createDirectory(at: target.appendingPathComponent("public"), withIntermediateDirectories: true)
        } catch {
            throw .io(error.localizedDescription)
        }
    }
}
