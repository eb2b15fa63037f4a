# The two entry points of the README: `make repl` and `make test`.
SWIFT ?= swift
CORPUS ?= .

.PHONY: repl test setup build release clean

## Set up, build, and open Gloss on the bundled corpus.
repl: release
	.build/release/gloss --corpus $(CORPUS)

## Set up, build, and run every test.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

setup:
	@Scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product gloss

clean:
	rm -rf .build
