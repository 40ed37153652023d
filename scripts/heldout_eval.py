#!/usr/bin/env python3
"""Measures the analysis on the part of ../shared/eval that was never used to tune the rules.

    python3 scripts/heldout_eval.py [--bin .build/release/optimind] [--eval ../shared/eval] [--part heldout|tuning]

The split is fixed by a hash of each document id: 30% held out, 70% for tuning. The classification
rules (titles, heads of titles, roles) were tuned by looking at errors on the tuning part only; figures
worth reporting are those on the held-out part. The script copies that part's documents and labels to
a temporary folder and runs ../shared/tools/eval_legal.py on it. Nothing from ../shared/eval is copied
into this repository.
"""
import argparse, hashlib, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def held_out(doc_id):
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 10 < 3


def part_arguments(default_part):
    """The options these scripts share (the binary, the eval folder, the part to read) and a test of whether a document
    id is in that part."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "optimind"))
    parser.add_argument("--eval", default=os.path.join(ROOT, "..", "shared", "eval"))
    parser.add_argument("--part", choices=["heldout", "tuning"], default=default_part)
    args = parser.parse_args()
    return args, (held_out if args.part == "heldout" else (lambda doc_id: not held_out(doc_id)))


def main():
    args, keep = part_arguments("heldout")
    folder = tempfile.mkdtemp(prefix="optimind-%s-" % args.part)
    count = 0
    for name in os.listdir(args.eval):
        source = os.path.join(args.eval, name)
        if name.endswith(".jsonl"):
            with open(source) as f, open(os.path.join(folder, name), "w") as out:
                for line in f:
                    if line.strip() and keep(json.loads(line)["doc_id"]):
                        out.write(line)
                        count += name == "docs.jsonl"
        else:
            os.symlink(os.path.abspath(source), os.path.join(folder, name))
    print("%s part: %d documents" % (args.part, count), file=sys.stderr)
    tool = os.path.join(ROOT, "..", "shared", "tools", "eval_legal.py")
    try:
        return subprocess.run([sys.executable, tool, "--bin", args.bin, "--eval", folder]).returncode
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
