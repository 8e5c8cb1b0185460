import Foundation

/// `congkhai new`: copies the built-in example content into a new folder.
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

    public static func create(at target: URL) throws(ScaffoldError) {
        let fileManager = FileManager.default
        if let entries = try? fileManager.contentsOfDirectory(atPath: target.path), !entries.isEmpty {
            throw .notEmpty(target.path)
        }
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
