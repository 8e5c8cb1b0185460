# CongKhai: the two commands are `make site` and `make test` (see README.md).
SHELL := /bin/bash
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev zlib1g-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
AS_OF ?=
SITE_FLAGS := $(if $(AS_OF),--as-of $(AS_OF),)

PREFIX ?= /usr/local
DESTDIR ?=
BINARY ?= .build/release/congkhai

.PHONY: site test test-fast deps build clean check bench fuzz install uninstall deb

# Installs the Debian packages only when pkg-config cannot already find the libraries.
deps:
	@if pkg-config --exists libcmark-gfm libqrencode zlib 2>/dev/null && [ -f /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "deps: cmark-gfm, libqrencode and zlib found"; \
	else \
		echo "deps: installing $(SYSTEM_PACKAGES)"; \
		export DEBIAN_FRONTEND=noninteractive; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES); \
	fi

build: deps
	swift build -c release --product congkhai

site: build
	.build/release/congkhai build --source Content --output public $(SITE_FLAGS)

check: build
	.build/release/congkhai check --source Content $(SITE_FLAGS)

# Every test target: the engine's, the fast ones and the slow ones (fuzz, processes killed and
# confined, the preview server, the watcher, the editor in Chromium, scale).
test: deps
	swift test

# The edit loop: every target but CongKhaiSlowTests.
test-fast: deps
	swift test --skip 'CongKhaiSlowTests\.'

# CongKhai against Hugo on the synthetic corpus (installs Hugo from Debian when missing).
bench: deps
	Benchmarks/bench.sh

# congkhai on PATH, with its built-in theme and example site in $(PREFIX)/share/congkhai.
# `make install` builds first; `make deb` passes the statically linked BINARY it built.
install: $(if $(filter .build/release/congkhai,$(BINARY)),build,)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/congkhai
	install -m 755 $(BINARY) $(DESTDIR)$(PREFIX)/bin/congkhai
	rm -rf $(DESTDIR)$(PREFIX)/share/congkhai/Themes $(DESTDIR)$(PREFIX)/share/congkhai/Content
	cp -R --no-preserve=ownership Themes Content $(DESTDIR)$(PREFIX)/share/congkhai/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/congkhai
	rm -rf $(DESTDIR)$(PREFIX)/share/congkhai

# A Debian package that runs without a Swift toolchain: dist/congkhai_<version>_<arch>.deb.
# libcurl4-openssl-dev: the static Foundation links FoundationNetworking (imported by FlyingFox).
deb: deps
	@dpkg -s libcurl4-openssl-dev >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; \
		$(SUDO) apt-get install -y -qq --no-install-recommends libcurl4-openssl-dev || \
		{ $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends libcurl4-openssl-dev; }; }
	packaging/build-deb.sh
# Fuzzes every loader for FUZZ_SECONDS (default 300) with seed FUZZ_SEED (default fixed) and prints
# inputs (per generator: byte mutations, pasted control characters with the built site read for
# them, catalog workbooks of wide merged header rows with the header search's work counted),
# time, crashes, hangs and findings. A crash stops the test process: the input it was
# running is left in .build/fuzz/last-input/ (save it under Tests/CongKhaiTests/Fixtures/fuzz/).
FUZZ_SECONDS ?= 300
fuzz: deps
	swift build --build-tests
	@rm -rf .build/fuzz/last-input; \
	FUZZ_SECONDS=$(FUZZ_SECONDS) $(if $(FUZZ_SEED),FUZZ_SEED=$(FUZZ_SEED)) swift test --skip-build \
		--filter FuzzTests/mutatedContentNeverCrashesHangsOrMisleads 2>&1 | grep -E '^fuzz:|recorded an issue|input:|Test run' ; \
	if [ -d .build/fuzz/last-input ]; then \
		echo "fuzz: CRASH on the input kept in .build/fuzz/last-input/:"; find .build/fuzz/last-input -type f; exit 1; \
	fi

clean:
	rm -rf .build
	find public -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
	rm -rf .public.congkhai
	rm -f public.zip public.zip.sha256 public.thay-doi.txt
