#!/usr/bin/env python3
"""Fits the classification confidence's calibration (`calibration` in Config/rules/classification.json) and measures it.

    python3 scripts/calibrate_confidence.py [--bin .build/release/optimind] [--eval ../shared/eval] [--part tuning|heldout]

The classifier's own confidence is a margin: 0.5 when two kinds or two types tie, rising towards 1 as the winner pulls
away, halved when a contract has no type or no contract language. It ranks documents well, but it is no probability.
Calibration maps it to the chance that the kind and the contract type are right, by Platt scaling:

    confidence = 1 / (1 + exp(-(slope * logit(raw) + intercept)))      raw kept within 0.01 ... 0.995

With `--part tuning` (the default) the script runs the binary on the tuning part of the eval with the calibration
turned off, fits slope and intercept by maximum likelihood, prints them (paste them into classification.json) with
five-fold cross-validated figures, and prints the review threshold that flags the same documents as a raw threshold
of 0.55. With `--part heldout` it fits nothing: it measures the shipped calibration on the held-out part (figures
only: Brier score, expected calibration error, log loss, and accuracy by confidence band), never printing a text.

All 265 eval documents are contracts (CUAD): the fit says how often a contract's type is right for a given margin.
Policies and other documents go through the same map; there are no labelled ones to fit it on.
"""
import json, math, os, random, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_eval import part_arguments  # noqa: E402

LOW, HIGH = 0.01, 0.995


def logit(raw):
    p = min(max(raw, LOW), HIGH)
    return math.log(p / (1 - p))


def platt(slope, intercept, raw):
    return 1 / (1 + math.exp(-(slope * logit(raw) + intercept)))


def fit(points):
    """Maximum-likelihood slope and intercept for (raw, right) pairs, by Newton's method (a tiny ridge keeps it stable)."""
    slope, intercept = 1.0, 0.0
    for _ in range(100):
        g_s = g_i = h_ss = h_si = h_ii = 0.0
        for raw, right in points:
            x = logit(raw)
            p = platt(slope, intercept, raw)
            w = p * (1 - p)
            g_s += (p - right) * x
            g_i += p - right
            h_ss += w * x * x
            h_si += w * x
            h_ii += w
        h_ss += 1e-6
        h_ii += 1e-6
        det = h_ss * h_ii - h_si * h_si
        step_s = (h_ii * g_s - h_si * g_i) / det
        step_i = (h_ss * g_i - h_si * g_s) / det
        slope -= step_s
        intercept -= step_i
        if abs(step_s) + abs(step_i) < 1e-10:
            break
    return slope, intercept


def figures(pairs):
    """Brier score, expected calibration error (ten equal-width bins) and log loss of (probability, right) pairs."""
    n = len(pairs)
    brier = sum((p - y) ** 2 for p, y in pairs) / n
    bins = {}
    for p, y in pairs:
        bins.setdefault(min(int(p * 10), 9), []).append((p, y))
    ece = sum(abs(sum(p for p, _ in b) - sum(y for _, y in b)) for b in bins.values()) / n
    loss = -sum(math.log(max(p if y else 1 - p, 1e-9)) for p, y in pairs) / n
    return "Brier %.4f, ECE %.4f, log loss %.4f" % (brier, ece, loss)


def bands(pairs):
    """Accuracy by confidence band, as `band: right/n (mean confidence)`."""
    rows = []
    for low, high in ((0, 0.55), (0.55, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)):
        band = [(p, y) for p, y in pairs if low <= p < high]
        if band:
            rows.append("  %.2f-%.2f: %d/%d right (%.3f), mean confidence %.3f" % (
                low, min(high, 1), sum(y for _, y in band), len(band), sum(y for _, y in band) / len(band),
                sum(p for p, _ in band) / len(band)))
    return "\n".join(rows)


def classify(binary, texts, rules):
    """{doc_id: classification} from `optimind classify --json`, with the rules folder given."""
    folder = tempfile.mkdtemp(prefix="optimind-calibrate-")
    try:
        names = {}
        for doc_id, text in texts.items():
            path = os.path.join(folder, "%d.txt" % len(names))
            with open(path, "w") as f:
                f.write(text)
            names[path] = doc_id
        paths = sorted(names)
        found = {}
        for i in range(0, len(paths), 60):
            out = subprocess.run([binary, "classify", "--json", *paths[i:i + 60]], capture_output=True, check=True,
                                 env=dict(os.environ, OPTIMIND_RULES=rules))
            for line in out.stdout.decode().splitlines():
                row = json.loads(line)
                found[names[row["path"]]] = row["classification"]
        return found
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    args, keep = part_arguments("tuning")
    gold = {}
    with open(os.path.join(args.eval, "contract_type.jsonl")) as f:
        for line in f:
            row = json.loads(line)
            if keep(row["doc_id"]):
                gold[row["doc_id"]] = row
    texts = {}
    with open(os.path.join(args.eval, "docs.jsonl")) as f:
        for line in f:
            row = json.loads(line)
            if row["doc_id"] in gold:
                texts[row["doc_id"]] = row["text"]

    shipped = json.load(open(os.path.join(ROOT, "Config", "rules", "classification.json")))
    # The raw confidence: the same rules with the calibration taken out.
    rules = tempfile.mkdtemp(prefix="optimind-rules-")
    try:
        for name in os.listdir(os.path.join(ROOT, "Config", "rules")):
            if os.path.isfile(os.path.join(ROOT, "Config", "rules", name)):
                shutil.copy(os.path.join(ROOT, "Config", "rules", name), rules)
        raw_rules = dict(shipped)
        raw_rules.pop("calibration", None)
        with open(os.path.join(rules, "classification.json"), "w") as f:
            json.dump(raw_rules, f)
        found = classify(args.bin, texts, rules)
    finally:
        shutil.rmtree(rules, ignore_errors=True)

    points = []
    for doc_id, label in gold.items():
        c = found[doc_id]
        right = c["kind"] == label["gold_doc_kind"] and (c["kind"] != "CONTRACT" or c["contractType"] == label["gold_type"])
        points.append((c["confidence"], 1.0 if right else 0.0))
    print("%s part: %d documents, %d classified right" % (args.part, len(points), sum(y for _, y in points)))
    print("raw confidence:        " + figures(points))
    print(bands(points))

    if args.part == "heldout":
        calibration = shipped.get("calibration")
        if not calibration:
            sys.exit("classification.json has no calibration to measure")
        pairs = [(platt(calibration["slope"], calibration["intercept"], raw), y) for raw, y in points]
        print("shipped calibration:   " + figures(pairs))
        print(bands(pairs))
        return

    slope, intercept = fit(points)
    pairs = [(platt(slope, intercept, raw), y) for raw, y in points]
    print("calibrated, in sample: " + figures(pairs))
    print(bands(pairs))
    for seed in range(3):
        order = list(range(len(points)))
        random.Random(seed).shuffle(order)
        out = []
        for fold in range(5):
            test = [points[i] for i in order[fold::5]]
            s, i = fit([points[j] for k, j in enumerate(order) if k % 5 != fold])
            out += [(platt(s, i, raw), y) for raw, y in test]
        print("calibrated, five-fold cross-validation (split %d): %s" % (seed, figures(out)))
    print('"calibration": {"slope": %.4f, "intercept": %.4f}' % (slope, intercept))
    print("review threshold flagging the documents a raw 0.55 flags: %.3f" % platt(round(slope, 4), round(intercept, 4), 0.55))


if __name__ == "__main__":
    main()
