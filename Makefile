# optimind: the two entry points a new user needs are `make run` and `make test`.
SWIFT ?= swift
BIN := .build/release/optimind

.PHONY: setup build run test samples corpus eval clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product optimind

## Installs what is missing, builds, and watches ./inbox with ./optimind.sqlite (Ctrl-C stops it).
run: build
	$(BIN) init
	$(BIN) watch

## Installs what is missing, builds, and runs the whole test suite.
test: setup
	$(SWIFT) test

## Regenerates samples/ from Tools/sample-texts.
samples: setup
	$(SWIFT) run SampleGenerator Tools/sample-texts samples

## Measures extraction against ../shared/corpus, and analysis against ../shared/eval.
corpus: build
	python3 ../shared/tools/corpus_check.py --bin $(BIN)

eval: build
	python3 ../shared/tools/eval_legal.py --bin $(BIN)

clean:
	rm -rf .build
