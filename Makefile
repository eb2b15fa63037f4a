# The two entry points of the README: `make repl` and `make test`.
SWIFT ?= swift
CORPUS ?= .

.PHONY: repl test lint format interop setup build release clean crash-test fuzz

## Set up, build, and open Gloss on the bundled corpus.
repl: release
	.build/release/gloss --corpus $(CORPUS)

## Set up, build, and run every test (the formatting check first).
test: setup lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Scripts/crash-test.sh --kills 20
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

## Kill the writing commands at random instants (KILLS of them, SEED to
## replay) and check the corpus after each: Scripts/crash-test.sh.
KILLS ?= 200
crash-test:
	$(SWIFT) build --product gloss
	Scripts/crash-test.sh --kills $(KILLS) $(if $(SEED),--seed $(SEED))

## Run the libFuzzer targets (FUZZ_RUNS inputs each, at most FUZZ_TIME
## seconds), built with sanitizers in .build/fuzz: Scripts/fuzz.sh.
FUZZ_RUNS ?= 1000000
fuzz:
	FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_TIME=$(FUZZ_TIME) Scripts/fuzz.sh

setup:
	@Scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product gloss

clean:
	rm -rf .build
