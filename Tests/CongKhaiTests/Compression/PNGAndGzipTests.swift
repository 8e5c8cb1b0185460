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

@Suite struct PNGAndGzipTests {
    /// CRC-32 bit by bit, independent of zlib's table-driven one.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xedb8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func run(_ tool: String, _ arguments: [String], input: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe(), inputPipe = Pipe()
        process.standardOutput = output
        if input != nil { process.standardInput = inputPipe }
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(input)
            try inputPipe.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    @Test func pngChunksAreFramedAsTheSpecificationSays() throws {
        let code = try QRCode(encoding: "https://binhtanhung.quangngai.gov.vn/thu-tuc-hanh-chinh/1.001193/")
        let png = [UInt8](PNGImage.qrCode(code, scale: 4))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var offset = 8
        var types: [String] = []
        while offset < png.count {
            let length = Int(png[offset]) << 24 | Int(png[offset + 1]) << 16 | Int(png[offset + 2]) << 8 | Int(png[offset + 3])
            let typeAndData = Array(png[(offset + 4)..<(offset + 8 + length)])
            let stored = png[(offset + 8 + length)..<(offset + 12 + length)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            #expect(stored == Self.crc32(typeAndData))
            types.append(String(decoding: typeAndData.prefix(4), as: UTF8.self))
            if types.last == "IHDR" {
                let side = (code.size + 8) * 4
                #expect(Array(typeAndData[4..<17]) == [0, 0, UInt8(side >> 8), UInt8(side & 0xff), 0, 0, UInt8(side >> 8), UInt8(side & 0xff), 1, 0, 0, 0, 0])
            }
            offset += 12 + length
        }
        #expect(types == ["IHDR", "IDAT", "IEND"])
        #expect(png.count < 2_000)
    }

    /// The real round trip: the PNG file read back by a QR decoder.
    @Test(.enabled(if: Tools.zbarimg != nil, Tools.noZbar))
    func pngQRCodeDecodesWithZbar() throws {
        let zbarimg = try #require(Tools.zbarimg)
        let text = "https://quangngai.gov.vn/xa/binh-tan-hung/thu-tuc-hanh-chinh/1.001193/"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try QRImageFile.png(text).write(to: file)
        let output = String(decoding: try Self.run(zbarimg, ["--raw", "-q", file.path]), as: UTF8.self)
        #expect(output.trimmingCharacters(in: .newlines) == text)
    }

    @Test func gzipIsDeterministicAndReadable() throws {
        let text = Data(String(repeating: "Thủ tục hành chính cấp xã. ", count: 200).utf8)
        let first = Zlib.gzip(text), second = Zlib.gzip(text)
        #expect(first == second)
        // No time, no name, "unknown" system in the header.
        #expect(Array(first.prefix(10)) == [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255])
        #expect(first.count < text.count / 4)
    }

    @Test(.enabled(if: Tools.gunzip != nil, Tools.noGunzip))
    func gzipIsReadByGunzip() throws {
        let text = Data(String(repeating: "Thủ tục hành chính cấp xã. ", count: 200).utf8)
        #expect(try Self.run(try #require(Tools.gunzip), ["-c"], input: Zlib.gzip(text)) == text)
    }

    @Test func embedsCanBeLeftOut() throws {
        let files = ["pages/a.md": "---\ntitle: A\n---\nNội dung.\n"]
        let with = try TemporarySite(files), without = try TemporarySite(files, config: TemporarySite.minimalConfig + "\nembeds: false\n")
        #expect(try with.render().keys.contains("nhung/index.html"))
        let rendered = try without.render()
        #expect(!rendered.keys.contains { $0.hasPrefix("nhung/") || $0.hasSuffix(".png") })
        #expect(rendered.keys.contains("a/index.html"))
    }

    @Test func precompressWritesAGzipBesideEachTextFile() throws {
        let site = try TemporarySite(["pages/a.md": "---\ntitle: A\n---\nNội dung.\n"],
                                     config: TemporarySite.minimalConfig + "\nprecompress: true\n")
        let (loaded, diagnostics) = site.load()
        let built = Dictionary(uniqueKeysWithValues: SiteBuilder.render(try #require(loaded)).map { ($0.path, $0.contents) })
        #expect(!diagnostics.hasErrors)
        for (path, data) in built where OutputForms.compressible.contains((path as NSString).pathExtension) {
            #expect(built[path + ".gz"] == Zlib.gzip(data), "\(path)")
        }
        #expect(built["a/index.html.gz"] != nil)
        #expect(!built.keys.contains { $0.hasSuffix(".png.gz") || $0.hasSuffix(".gz.gz") })
    }
}
