import Foundation
import Testing
import ZIPFoundation
@testable import CongKhai
@testable import CongKhaiCore
@testable import CongKhaiEncoding
@testable import CongKhaiFamilies
@testable import CongKhaiInput
@testable import CongKhaiMarkdown
@testable import CongKhaiSite
import CongKhaiTestSupport

/// Byte mutations of the XML parts themselves, packed into a valid ZIP again, so that the XML
/// parser and the sheet reader (not only the ZIP checksums) meet damaged input.
@Suite struct WorkbookXMLMutationTests {
    private func parts(of url: URL) throws -> [(String, Data)] {
        let archive = try Archive(url: url, accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, data)
        }
    }

    private func write(_ parts: [(String, Data)], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    @Test func mutatedXMLPartsNeverCrash() throws {
        let original = try parts(of: WorkbookFixture.url("cell-kinds.xlsx"))
        var random = WorkbookMutationTests.SeededGenerator(state: 737)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-xml-mutations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let interesting = Array("<>/\"=&;:0123456789rstvc ".utf8)
        var errors = 0
        for round in 0..<200 {
            var mutated = original
            let target = Int.random(in: 0..<mutated.count, using: &random)
            var bytes = [UInt8](mutated[target].1)
            for _ in 0..<Int.random(in: 1...6, using: &random) where !bytes.isEmpty {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = interesting.randomElement(using: &random)!
                case 1: bytes.remove(at: index)
                default: bytes.insert(interesting.randomElement(using: &random)!, at: index)
                }
            }
            mutated[target].1 = Data(bytes)
            let url = folder.appendingPathComponent("\(round).xlsx")
            try write(mutated, to: url)
            let diagnostics = Diagnostics()
            let table = WorkbookTableReader.read(url, displayPath: "data/x.xlsx", options: WorkbookOptions(), vocabulary: .standard, diagnostics: diagnostics)
            #expect(table != nil || diagnostics.hasErrors, "round \(round): no table and no error")
            if diagnostics.hasErrors { errors += 1 }
        }
        #expect(errors > 0)
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        var mutated = try parts(of: WorkbookFixture.url("cell-kinds.xlsx"))
        let index = try #require(mutated.firstIndex { $0.0 == "xl/sharedStrings.xml" })
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><sst><si><t>&b;</t></si></sst>"
        mutated[index].1 = Data(laughs.utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-doctype-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(mutated, to: url)
        let diagnostics = Diagnostics()
        #expect(WorkbookTableReader.read(url, displayPath: "data/x.xlsx", options: WorkbookOptions(), vocabulary: .standard, diagnostics: diagnostics) == nil)
        #expect(diagnostics.errors.first?.location.cell == "xl/sharedStrings.xml")
    }

    /// Found by the fuzzing harness: one byte 0xFF in an attribute name of [Content_Types].xml
    /// made Foundation's XML parser trap and took the whole build down.
    @Test func aNameThatIsNotUTF8IsALocatedErrorNotACrash() throws {
        var mutated = try parts(of: WorkbookFixture.url("cell-kinds.xlsx"))
        let index = try #require(mutated.firstIndex { $0.0 == "[Content_Types].xml" })
        var bytes = [UInt8](mutated[index].1)
        let name = Array("ContentType".utf8)
        let at = try #require((0...(bytes.count - name.count)).first { Array(bytes[$0..<$0 + name.count]) == name })
        bytes[at + 7] = 0xFF
        mutated[index].1 = Data(bytes)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("congkhai-not-utf8-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(mutated, to: url)
        let diagnostics = Diagnostics()
        #expect(WorkbookTableReader.read(url, displayPath: "data/x.xlsx", options: WorkbookOptions(), vocabulary: .standard, diagnostics: diagnostics) == nil)
        let error = try #require(diagnostics.errors.first)
        #expect(error.location.cell == "[Content_Types].xml")
        #expect(error.message.contains("UTF-8"))
    }
}
