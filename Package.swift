// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CongKhai",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "congkhai", targets: ["congkhai"]),
        .library(name: "CongKhai", targets: ["CongKhai"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Opens .xlsx workbooks (ZIP containers) in process. Their XML parts are read with
        // Foundation's XMLParser rather than XMLCoder: a streaming parser handles the mixed
        // content of rich-text strings (<r><t>, <rPh> to skip) and huge sheets without building
        // a Codable tree, and needs no further package.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Debian's cmark-gfm and its GFM extensions (libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Debian's libqrencode (libqrencode-dev).
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // Debian's zlib (zlib1g-dev): deflate and CRC-32 for the PNG QR codes of the embeddable
        // fragments and the deterministic .gz copies; the PNG and gzip framing is CongKhai's.
        .systemLibrary(
            name: "CSystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The compiled template engine: Mustache files parsed once, bound to typed views and
        // rendered into bytes. Depends on nothing but the standard library.
        .target(name: "Templates"),
        // The one system call Swift's Glibc module does not expose: renameat2's atomic exchange.
        .target(name: "CFileSystem"),
        .target(
            name: "CongKhai",
            dependencies: [
                "CCmarkGFM",
                "CFileSystem",
                "CQRencode",
                "CSystemZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The preview server of `congkhai serve`: kept apart so the generator itself has no
        // network code.
        .target(
            name: "CongKhaiPreview",
            dependencies: [
                "CongKhai",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "congkhai",
            dependencies: [
                "CongKhai",
                "CongKhaiPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The floors `make bench` compares builds with: cmark-gfm alone, libqrencode alone, and
        // creating the same files and folders alone.
        .executableTarget(
            name: "bench-floors",
            dependencies: ["CCmarkGFM", "CQRencode"],
            path: "Benchmarks/Floors"
        ),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates"]),
        // Issue 25, stage A: the real procedure page through the compiled engine, from the views
        // today's build makes (`@testable import CongKhai`: debug builds and `swift test` allow
        // it; the release bench passes -enable-testing, see Benchmarks/templates.sh).
        .target(
            name: "TemplatesProof",
            dependencies: ["CongKhai", "Templates"],
            path: "Benchmarks/TemplatesProof"
        ),
        .executableTarget(
            name: "bench-templates",
            dependencies: ["TemplatesProof", "Templates", .product(name: "Mustache", package: "swift-mustache")],
            path: "Benchmarks/Templates"
        ),
        .testTarget(name: "TemplatesProofTests", dependencies: ["TemplatesProof", "Templates"]),
        .testTarget(
            name: "CongKhaiTests",
            dependencies: ["CongKhai", "CongKhaiPreview", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // Fixtures and Snapshots are read through #filePath so snapshots can be re-recorded in place.
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
