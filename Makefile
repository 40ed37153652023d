# optimind: the two entry points a new user needs are `make run` and `make test`.
SWIFT ?= swift
BIN := .build/release/optimind

.PHONY: setup build run test samples corpus eval bench clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product optimind

## Installs what is missing, builds, and watches ./inbox with ./optimind.sqlite (Ctrl-C stops it).
run: build
	$(BIN) init
	$(BIN) watch

## Installs what is missing, builds, and runs the whole test suite. The tests are built optimised (-c release, with
## testable imports): the analysis they drive runs about five times faster than in a debug build, which more than pays
## for the longer build. Their own build folder keeps `make build`'s .build/release from being rebuilt each time.
test: setup
	$(SWIFT) test -c release --scratch-path .build/tests

## Regenerates samples/ from Tools/sample-texts.
samples: setup
	$(SWIFT) run SampleGenerator Tools/sample-texts samples

## Measures extraction against ../shared/corpus, and analysis against ../shared/eval.
corpus: build
	python3 ../shared/tools/corpus_check.py --bin $(BIN)

eval: build
	python3 ../shared/tools/eval_legal.py --bin $(BIN)

## Benchmarks: one table comparing optimind with pdftotext and the Python baseline on the same files.
bench: build
	@scripts/setup.sh bench
	$(SWIFT) build -c release --product SampleGenerator
	python3 -m pip install -q pypdf python-docx python-magic pymupdf || echo "bench: Python baseline not installed; its rows are skipped"
	python3 scripts/bench.py
	python3 scripts/bench_watch.py

clean:
	rm -rf .build
