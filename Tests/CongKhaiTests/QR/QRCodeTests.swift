import Foundation
import Testing
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

@Suite struct QRCodeTests {
    let url = "https://binhtanhung.quangngai.gov.vn/thu-tuc-hanh-chinh/1.001193/"

    @Test func encodesASquareSymbolWithFinderPatterns() throws {
        let code = try QRCode(encoding: url)
        #expect(code.size >= 21 && (code.size - 17) % 4 == 0)
        // The three 7x7 finder patterns have dark corners and a light ring.
        for (x, y) in [(0, 0), (code.size - 7, 0), (0, code.size - 7)] {
            #expect(code.isDark(x: x, y: y) && code.isDark(x: x + 6, y: y + 6))
            #expect(!code.isDark(x: x + 1, y: y + 1) && code.isDark(x: x + 3, y: y + 3))
        }
    }

    @Test func svgIsOnePathWithQuietZoneAndAccessibleName() throws {
        let code = try QRCode(encoding: url)
        let svg = QRSVG.document(for: code, label: "Mã QR <thủ tục>")
        let extent = code.size + 8
        #expect(svg.contains("viewBox=\"0 0 \(extent) \(extent)\""))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains("<title>Mã QR &lt;thủ tục&gt;</title>"))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(!svg.contains("<rect x="))
    }

    @Test func pathCoversExactlyTheDarkModules() throws {
        let code = try QRCode(encoding: url)
        let raster = RasterizedPath(QRSVG.path(for: code), size: code.size + 8)
        for y in 0..<(code.size + 8) {
            for x in 0..<(code.size + 8) {
                let inside = (4..<code.size + 4).contains(x) && (4..<code.size + 4).contains(y)
                #expect(raster.isDark(x: x, y: y) == (inside && code.isDark(x: x - 4, y: y - 4)))
            }
        }
    }

    /// The real round trip: the drawn path, rasterized, read back by a QR decoder.
    @Test(.enabled(if: Tools.zbarimg != nil, Tools.noZbar))
    func drawnCodeDecodesWithZbar() throws {
        let zbarimg = try #require(Tools.zbarimg)
        for text in [url, "https://a.vn/thu-tuc-hanh-chinh/1.012753.H19/", "Đăng ký khai sinh"] {
            let code = try QRCode(encoding: text)
            let raster = RasterizedPath(QRSVG.path(for: code), size: code.size + 8)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pgm")
            defer { try? FileManager.default.removeItem(at: file) }
            try raster.pgm(scale: 6).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: zbarimg)
            process.arguments = ["--raw", "-q", file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            process.waitUntilExit()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(output.trimmingCharacters(in: .newlines) == text)
        }
    }
}

/// Reads back the path syntax QRSVG writes ("M4 4.5h3m2 0h1…": a stroke of width 1 per
/// row), independently of the code that wrote it.
struct RasterizedPath {
    private var dark: [Bool]
    let size: Int

    init(_ path: String, size: Int) {
        self.size = size
        dark = Array(repeating: false, count: size * size)
        let scanner = Scanner(string: path)
        scanner.charactersToBeSkipped = nil
        var x = 0.0, y = 0.0
        while !scanner.isAtEnd {
            guard let command = scanner.scanCharacter() else { break }
            switch command {
            case "M":
                x = scanner.scanDouble() ?? 0; _ = scanner.scanString(" "); y = scanner.scanDouble() ?? 0
            case "m":
                x += scanner.scanDouble() ?? 0; _ = scanner.scanString(" "); y += scanner.scanDouble() ?? 0
            case "h":
                let length = scanner.scanDouble() ?? 0
                let row = Int(y.rounded(.down))
                for column in Int(x)..<Int(x + length) { dark[row * size + column] = true }
                x += length
            default:
                break
            }
        }
    }

    func isDark(x: Int, y: Int) -> Bool { dark[y * size + x] }

    /// Binary PGM, each module `scale` pixels.
    func pgm(scale: Int) -> Data {
        let pixels = size * scale
        var data = Data("P5\n\(pixels) \(pixels)\n255\n".utf8)
        for y in 0..<pixels {
            for x in 0..<pixels { data.append(isDark(x: x / scale, y: y / scale) ? 0 : 255) }
        }
        return data
    }
}
