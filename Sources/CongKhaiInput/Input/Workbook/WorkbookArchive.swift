import CongKhaiCore
import Foundation
import ZIPFoundation

/// The ZIP container of a workbook, read part by part with a bound on each part's size.
///
/// A few kilobytes of deflated zeros can expand to gigabytes (a "zip bomb"), so the bound is
/// checked against the bytes actually inflated, not only against the size the archive claims.
struct WorkbookArchive {
    static let partSizeLimit = InputLimits.workbookPartBytes

    private let archive: Archive
    let limit: Int

    init(url: URL, limit: Int = WorkbookArchive.partSizeLimit) throws(WorkbookError) {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw .notZIP() }
        let magic = (try? handle.read(upToCount: 8)) ?? Data()
        try? handle.close()
        // Password-protected .xlsx and legacy .xls are OLE compound files, not ZIP.
        if magic.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .encryptedOrLegacy() }
        guard magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .notZIP() }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .notZIP()
        }
        self.limit = limit
    }

    func has(_ part: String) -> Bool { archive[part] != nil }

    /// The part's bytes, or nil when the workbook has no such part.
    func read(_ part: String) throws(WorkbookError) -> Data? {
        guard let entry = archive[part] else { return nil }
        guard entry.type == .file else { return nil }
        if entry.uncompressedSize > UInt64(limit) { throw .partTooLarge(part, limit: limit) }
        var data = Data()
        let limit = self.limit
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw .partTooLarge(part, limit: limit)
        } catch {
            throw .damagedPart(part)
        }
        return data
    }

    func require(_ part: String) throws(WorkbookError) -> Data {
        guard let data = try read(part) else { throw .missingPart(part) }
        return data
    }

    private struct PartTooLarge: Error {}
}
