import Foundation
import ZIPFoundation
import CongKhaiTestSupport

/// Mutations of an `.xlsx` workbook for the fuzzing harness. Flipping bytes of the ZIP itself
/// mostly breaks a checksum, so the reader would only ever meet "not a workbook"; three times
/// in four the mutation goes into one XML part instead (the sheet, the shared strings, the
/// styles, the workbook's sheet list…), which is packed into a valid ZIP again and reaches the
/// XML parser and the sheet reader.
enum WorkbookMutator {
    static func mutate(_ workbook: Data, using random: inout SplitMix64) throws -> Data {
        if Int.random(in: 0..<4, using: &random) == 0 {
            return Data(ByteMutator.mutate(Array(workbook), using: &random))
        }
        var parts = try unpack(workbook)
        let xmlParts = parts.indices.filter { parts[$0].path.hasSuffix(".xml") || parts[$0].path.hasSuffix(".rels") }
        guard let chosen = xmlParts.randomElement(using: &random) else { return workbook }
        parts[chosen].data = Data(ByteMutator.mutate(Array(parts[chosen].data), using: &random))
        return try pack(parts)
    }

    private static func unpack(_ workbook: Data) throws -> [(path: String, data: Data)] {
        let archive = try Archive(data: workbook, accessMode: .read)
        return try archive.sorted { $0.path < $1.path }.map { entry in
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
            return (entry.path, data)
        }
    }

    private static func pack(_ parts: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 315_532_800),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
