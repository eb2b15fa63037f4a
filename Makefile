# The two entry points of the README: `make repl` and `make test`.
SWIFT ?= swift
CORPUS ?= .

.PHONY: repl test lint format interop setup build release clean

## Set up, build, and open Gloss on the bundled corpus.
repl: release
	.build/release/gloss --corpus $(CORPUS)

## Set up, build, and run every test (the formatting check first).
test: setup lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Scripts/interop.sh

## The code is formatted as .swift-format says (swift-format ships with the toolchain).
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

## Format the code in place.
format:
	$(SWIFT) format format --in-place --recursive Sources Tests Package.swift

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
