# The two entry points of the README: `make repl` and `make test`.
SWIFT ?= swift
CORPUS ?= .

.PHONY: repl test interop setup build release clean

## Set up, build, and open Gloss on the bundled corpus.
repl: release
	.build/release/gloss --corpus $(CORPUS)

## Set up, build, and run every test.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Scripts/interop.sh

## Exports read back by the real tools (a pinned virtualenv in .venv).
interop: setup
	$(SWIFT) build --product gloss
	Scripts/interop.sh

setup:
	@Scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product gloss

clean:
	rm -rf .build
