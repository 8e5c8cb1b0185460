#!/usr/bin/env bash
# make deb: a Debian package of congkhai for machines without a Swift toolchain.
#
# The binary is linked with --static-swift-stdlib (the Swift runtime and Foundation inside it),
# so the package depends only on Debian's libraries the binary still names: cmark-gfm and its
# extensions, libqrencode, the C and C++ runtimes, and libcurl (FlyingFox, the preview server's
# HTTP library, imports FoundationNetworking, which the static Foundation links against curl).
# The dependencies are read from the binary with readelf, ldd and dpkg, not written by hand. The built-in theme and the example site go to
# /usr/share/congkhai, where the binary looks for them (ThemeLocator).
#
#   packaging/build-deb.sh  →  dist/congkhai_<version>_<arch>.deb
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VERSION=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/CongKhai/Build/ToolIdentity.swift)
ARCH=$(dpkg --print-architecture)
SCRATCH=.build-static
swift build -c release --static-swift-stdlib --product congkhai --scratch-path "$SCRATCH"
BINARY="$SCRATCH/release/congkhai"

STAGE="$ROOT/.build-deb/congkhai_${VERSION}_${ARCH}"
rm -rf "$STAGE"
make --no-print-directory install DESTDIR="$STAGE" PREFIX=/usr BINARY="$BINARY"
strip --strip-unneeded "$STAGE/usr/bin/congkhai"

# Every shared library the binary names (NEEDED, not the libraries those load in turn), mapped
# to the Debian package that ships it.
needed=$(readelf -d "$BINARY" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
depends=$(for name in $needed; do
    library=$(ldd "$BINARY" | awk -v n="$name" '$1 == n && $3 ~ /^\// {print $3}')
    [ -n "$library" ] || continue
    dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "$library" 2>/dev/null || true
  done | cut -d: -f1 | sort -u | while read -r package; do
    printf '%s (>= %s)\n' "$package" "$(dpkg-query -W -f='${Version}' "$package" | sed 's/-[^-]*$//')"
  done | paste -sd, - | sed 's/,/, /g')
[ -n "$depends" ] || { echo "build-deb: could not work out the dependencies" >&2; exit 1; }

mkdir -p "$STAGE/DEBIAN" dist
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: congkhai
Version: $VERSION
Section: web
Priority: optional
Architecture: $ARCH
Depends: $depends
Installed-Size: $(du -sk "$STAGE/usr" | cut -f1)
Maintainer: CongKhai <congkhai@localhost>
Description: static site generator for Vietnamese communes' public information
 Builds a commune's transparency website from its files (procedure catalog,
 dossier register, score sheets, statistics, Markdown pages): procedure pages
 with QR codes, A4 posters, the feedback notice, apology letters for late
 dossiers, scores and statistics. Commands: congkhai new, build, check, serve.
CONTROL
dpkg-deb --build --root-owner-group "$STAGE" "dist/congkhai_${VERSION}_${ARCH}.deb" >/dev/null
echo "dist/congkhai_${VERSION}_${ARCH}.deb: Depends: $depends"
