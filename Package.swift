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
        // The layers, bottom up: a lower target cannot import a higher one, so a feature cannot
        // reach into the readers, and the readers cannot know a feature. Code one target uses
        // from another is `package` (or `public` for what the command line and tools use).
        //
        // Text, dates and the working calendar, hashing, concurrency, diagnostics.
        .target(name: "CongKhaiCore"),
        // Reading the content folder: files, CSV, YAML, workbooks, front matter, data files,
        // personal-data screening; and writing the .xlsx workbooks handed out to be filled in.
        .target(
            name: "CongKhaiInput",
            dependencies: [
                "CongKhaiCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Markdown through Debian's cmark-gfm, and the raw-HTML allow-list.
        .target(name: "CongKhaiMarkdown", dependencies: ["CongKhaiCore", "CongKhaiInput", "CCmarkGFM"]),
        // QR codes (libqrencode), deflate, gzip and PNG (zlib).
        .target(name: "CongKhaiEncoding", dependencies: ["CongKhaiCore", "CQRencode", "CSystemZlib"]),
        // What every page family stands on: site.yaml, the site and the family protocol, the
        // theme and its compiled templates, page views, portal fragments, addresses, regimes.
        .target(
            name: "CongKhaiSite",
            dependencies: ["CongKhaiCore", "CongKhaiInput", "CongKhaiMarkdown", "CongKhaiEncoding", "Templates",
                           .product(name: "Yams", package: "Yams")]
        ),
        // The page families, one folder each, and the registry of the standard ones.
        .target(
            name: "CongKhaiFamilies",
            dependencies: ["CongKhaiCore", "CongKhaiInput", "CongKhaiMarkdown", "CongKhaiEncoding", "CongKhaiSite", "Templates",
                           .product(name: "Yams", package: "Yams")]
        ),
        // Loading, planning, building and writing the site; packages for the portal.
        .target(
            name: "CongKhai",
            dependencies: ["CongKhaiCore", "CongKhaiInput", "CongKhaiMarkdown", "CongKhaiEncoding", "CongKhaiSite",
                           "CongKhaiFamilies", "Templates", "CFileSystem",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
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
        // What both test targets build with: temporary sites, the example, the built binary, seeded
        // randomness, the tools a test may need. Plain code with `package` access (no @testable):
        // it builds in release like any target.
        .target(
            name: "CongKhaiTestSupport",
            dependencies: ["CongKhaiCore", "CongKhaiInput", "CongKhaiSite", "CongKhaiFamilies", "CongKhai",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/CongKhaiTestSupport"
        ),
        // The edit loop's tests (`make test-fast`): everything but what the slow target holds.
        .testTarget(
            name: "CongKhaiTests",
            dependencies: ["CongKhaiCore", "CongKhaiInput", "CongKhaiMarkdown", "CongKhaiEncoding", "CongKhaiSite", "CongKhaiFamilies",
                           "CongKhai", "CongKhaiPreview", "Templates", "CongKhaiTestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // Fixtures and Snapshots are read through #filePath so snapshots can be re-recorded in place.
            exclude: ["Fixtures", "Snapshots"]
        ),
        // Out of the edit loop, in `make test`: the fuzzer, real processes killed, confined and
        // raced, the preview server, the watcher's timing, the editor in a browser, scale.
        .testTarget(
            name: "CongKhaiSlowTests",
            dependencies: ["CongKhaiCore", "CongKhaiInput", "CongKhaiMarkdown", "CongKhaiEncoding", "CongKhaiSite", "CongKhaiFamilies",
                           "CongKhai", "CongKhaiPreview", "Templates", "CongKhaiTestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)
