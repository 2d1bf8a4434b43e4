# The two commands of the quick start, and a few conveniences around CMake presets.
.PHONY: all setup configure build test demo asan format clean package

JOBS ?= $(shell nproc)

all: build

setup:
	@bash scripts/install-deps.sh

configure: setup
	@cmake --preset ci >/dev/null

build: configure
	@cmake --build --preset ci -j $(JOBS)

test: build
	@bash scripts/start-postgres.sh
	@. build/postgres.env 2>/dev/null; ctest --preset ci -j $(JOBS)

demo: build
	@bash scripts/demo.sh

asan: setup
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS)
	@ctest --preset asan -j $(JOBS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf build

# Installers: the Debian packages from the ci build (build/packages/*.deb), then their test in a
# clean Debian 12 root (scripts/package-test.sh; needs root and the Debian mirror).
.PHONY: package-test
package: build
	@cd build && cpack -G DEB

package-test: package
	@bash scripts/package-test.sh build
