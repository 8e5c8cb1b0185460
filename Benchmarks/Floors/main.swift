// The floors of `make bench`: what the work CongKhai does costs when nothing else is done.
// Each floor runs in one process on one thread and reads its input first, so it times the
// work, not the disk.
//
//   bench-floors markdown <folder of .md files>   cmark-gfm alone, GFM extensions as CongKhai
//   bench-floors qr <base URL> <codes file>        libqrencode alone, one code per line → URL
//   bench-floors files <list file> <folder>        create the folders and files of a built site
//                                                  (list lines: "d path" or "f size path")
//   → floor_s=0.512 …
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
func usage() -> Never {
    FileHandle.standardError.write(Data("usage: bench-floors markdown DIR | qr BASE_URL CODES | files LIST DIR\n".utf8))
    exit(2)
}
switch arguments.first {
case "markdown" where arguments.count == 2: MarkdownFloor.run(folder: arguments[1])
case "qr" where arguments.count == 3: QRFloor.run(baseURL: arguments[1], codesFile: arguments[2])
case "files" where arguments.count == 3: FilesFloor.run(listFile: arguments[1], folder: arguments[2])
default: usage()
}
