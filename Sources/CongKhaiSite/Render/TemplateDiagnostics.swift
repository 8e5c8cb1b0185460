import CongKhaiCore
import CongKhaiInput
import Templates

/// The template compiler's errors as the webmaster reads them: one located CK diagnostic
/// each, in Vietnamese (the engine's own messages are English, for developers).
enum TemplateDiagnostics {
    static func report(_ errors: [TemplateError], diagnostics: Diagnostics) {
        for error in errors {
            let location = error.location.map { SourceLocation(file: $0.file, line: $0.line, column: $0.column) }
                ?? SourceLocation(file: "theme", line: 1)
            let (code, message) = phrase(error.kind)
            diagnostics.error(code, at: location, message)
        }
    }

    static func phrase(_ kind: TemplateError.Kind) -> (DiagnosticCode, String) {
        switch kind {
        case .syntax(let problem):
            return (.templateSyntax, "Mẫu Mustache sai cú pháp (\(problem)). Kiểm tra các cặp {{#…}} {{/…}} và dấu ngoặc nhọn.")
        case .unclosedSection(let tag):
            return (.templateSyntax, "Mẫu Mustache sai cú pháp: {{\(tag)}} mở ở đây mà không đóng. Thêm {{/…}} tương ứng.")
        case .unexpectedClose(let name, let expected):
            let open = expected.map { "đang mở là {{\($0)}}" } ?? "không có khối nào đang mở"
            return (.templateSyntax, "Mẫu Mustache sai cú pháp: {{/\(name)}} đóng một khối không mở ở đây (\(open)).")
        case .misplacedInParent(let tag):
            return (.templateSyntax, "Mẫu Mustache sai cú pháp: \(tag) nằm giữa {{<…}} và {{/…}}; ở đó chỉ được có các khối {{$…}}.")
        case .missingTemplate(let name):
            return (.templateMissing, "Mẫu này kế thừa mẫu \"\(name)\" ({{<\(name)}}) mà giao diện không có. Thêm tệp templates/\(name).mustache hoặc sửa tên.")
        case .missingPartial(let name):
            return (.templateMissing, "Mẫu này gọi mẫu con \"\(name)\" ({{>\(name)}}) mà giao diện không có. Thêm tệp templates/\(name).mustache hoặc sửa tên.")
        case .unknownName(let name, _, let suggestion):
            return (.templateUnknownName, "Tên {{\(name)}} không có trong dữ liệu của mẫu này, nên trang sẽ thiếu nội dung" + closest(suggestion)
                        + " Các tên có sẵn được liệt kê trong README (mục Themes).")
        case .unknownKey(let key, let keySet, let suggestion):
            return (.templateUnknownName, "Không có \(keySet).\(key)" + closest(suggestion.map { "\(keySet).\($0)" })
                        + (keySet == TemplateKeys.assets ? " Tên của assets là tên tệp trong thư mục assets/ viết không dấu, dấu chấm và gạch thành _ (style.css là assets.style_css)." : ""))
        case .missingKeySet(let name):
            return (.templateUnknownName, "Bảng tên \"\(name)\" không có cho mẫu này.")
        case .notAnObject(let name, let kind):
            return (.templateMisusedName, "{{\(name)}}: phần trước dấu chấm là \(vietnamese(kind)), không chứa tên nào bên trong.")
        case .notPrintable(let name, let kind):
            return (.templateMisusedName, "{{\(name)}} là \(vietnamese(kind)), không in ra trực tiếp được: dùng {{#\(name)}}…{{/\(name)}}.")
        case .notASection(let name, let kind):
            return (.templateMisusedName, "{{#\(name)}} mở khối trên \(vietnamese(kind)) luôn có, nên khối luôn hiện: in nó bằng {{\(name)}}, hoặc mở khối trên một danh sách, một giá trị có/không hay có thể trống.")
        case .recursion(let name):
            return (.templateRecursion, "Mẫu \"\(name)\" gọi lại chính nó không dừng (không qua khối {{#…}} nào). Bỏ lời gọi {{>\(name)}} đó.")
        }
    }

    private static func closest(_ suggestion: String?) -> String {
        suggestion.map { ". Có phải là {{\($0)}}?" } ?? "."
    }

    /// The engine's "a text", "a list"… in Vietnamese.
    private static func vietnamese(_ kind: String) -> String {
        switch kind {
        case "a text": "một chữ"
        case "a number": "một số"
        case "a yes/no": "một giá trị có/không"
        case "a view": "một nhóm giá trị"
        case "a list": "một danh sách"
        case "data": "dữ liệu"
        default: kind.hasPrefix("the table ") ? "một bảng tên" : kind
        }
    }
}
