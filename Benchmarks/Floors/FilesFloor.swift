import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Creating the same folders and files a build wrote, with bytes of the same sizes, and
/// nothing else: what the file system alone costs for a site of that shape.
enum FilesFloor {
    static func run(listFile: String, folder: String) {
        let lines = ((try? String(contentsOfFile: listFile, encoding: .utf8)) ?? "").split(separator: "\n")
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        var files = 0, folders = 0
        let start = DispatchTime.now().uptimeNanoseconds
        mkdir(folder, 0o755)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 2)
            if fields.first == "d", fields.count == 2 {
                mkdir(folder + "/" + fields[1], 0o755)
                folders += 1
            } else if fields.first == "f", fields.count == 3, var size = Int(fields[1]) {
                let descriptor = open(folder + "/" + fields[2], O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard descriptor >= 0 else { continue }
                while size > 0 {
                    let count = filler.withUnsafeBytes { write(descriptor, $0.baseAddress!, min(size, $0.count)) }
                    if count <= 0 { break }
                    size -= count
                }
                close(descriptor)
                files += 1
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "floor_s=%.3f files=%d folders=%d", seconds, files, folders))
    }
}
