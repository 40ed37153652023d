#!/usr/bin/env python3
"""Watch-mode benchmark: drop-to-report latency and the throughput of a bulk drop, measured on the
real `optimind watch` daemon with a real inbox and database in a temporary folder.

    python3 scripts/bench_watch.py [--bin .build/release/optimind] [--settle 1.0] [--runs 30] [--bulk 2000]

Latency: a PDF is renamed into inbox/demo/ (an atomic drop) and the clock stops when its JSON report
appears; one document at a time, each with unique content. Throughput: a folder of `--bulk` one-page
PDFs is moved into the inbox at once, and the clock stops when every upload is COMPLETED.
"""
import argparse, os, shutil, sqlite3, statistics, subprocess, sys, tempfile, time

LINES = [
    "MASTER SERVICES AGREEMENT",
    "This Master Services Agreement is entered into by and between Atlas Cloud Inc. (the \"Supplier\")",
    "and Pinecrest Health LLC (the \"Customer\"). The Supplier shall provide the services described in",
    "each statement of work. The Customer shall pay each invoice within thirty (30) days. Either party may",
    "terminate this Agreement for material breach not cured within thirty (30) days after written notice.",
    "The aggregate liability of each party shall not exceed the fees paid in the twelve (12) months before",
    "the claim. This Agreement is governed by the laws of the State of California.",
]


def make_pdf(pages, tag):
    """A PDF with `pages` pages of contract text (Helvetica), unique through `tag`."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for page in range(pages):
        text = "BT /F1 10 Tf 60 780 Td 14 TL\n"
        for repeat in range(6):
            for line in LINES:
                text += "(%s) Tj T*\n" % line.replace("(", "\\(").replace(")", "\\)")
        text += "(Page %d, copy %s) Tj ET" % (page + 1, tag)
        content = text.encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_ref = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_ref)
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for index, body in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (index + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def completed(db):
    try:
        with sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=5) as connection:
            return connection.execute("SELECT COUNT(*) FROM uploads WHERE status = 'COMPLETED'").fetchone()[0]
    except sqlite3.Error:
        return 0


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/optimind")
    parser.add_argument("--settle", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--bulk", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    rules = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Config", "rules")
    root = tempfile.mkdtemp(prefix="optimind-bench-")
    inbox, staging, db = os.path.join(root, "inbox"), os.path.join(root, "staging"), os.path.join(root, "db.sqlite")
    os.makedirs(os.path.join(inbox, "demo"))
    os.makedirs(staging)
    config = os.path.join(root, "optimind.yaml")
    with open(config, "w") as f:
        f.write("watch:\n  settleSeconds: %s\nrules: %s\n" % (args.settle, rules))
    daemon = subprocess.Popen([binary, "watch", "--inbox", inbox, "--db", db, "--config", config, "--workers", str(args.workers)],
                              stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        rows = []
        for pages in (1, 20):
            latencies = []
            for run in range(args.runs):
                name = "latency-%dp-%d.pdf" % (pages, run)
                staged = os.path.join(staging, name)
                with open(staged, "wb") as f:
                    f.write(make_pdf(pages, "%d-%d" % (pages, run)))
                target = os.path.join(inbox, "demo", name)
                report = target + ".contractwise.json"
                start = time.monotonic()
                os.rename(staged, target)
                while not os.path.exists(report):
                    if time.monotonic() - start > 60:
                        sys.exit("no report for %s after 60 s" % name)
                    time.sleep(0.002)
                latencies.append((time.monotonic() - start) * 1000)
            p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
            rows.append(("drop-to-report, %d-page PDF" % pages, "p50 %.0f ms, p99 %.0f ms" % (p50, p99),
                         "p50 %.0f ms over the %.1f s settle window" % (p50 - args.settle * 1000, args.settle)))
        before = completed(db)
        bulk = os.path.join(staging, "bulk")
        os.makedirs(bulk)
        for index in range(args.bulk):
            with open(os.path.join(bulk, "doc-%05d.pdf" % index), "wb") as f:
                f.write(make_pdf(1, "bulk-%d" % index))
        start = time.monotonic()
        os.rename(bulk, os.path.join(inbox, "bulk"))
        while completed(db) < before + args.bulk:
            if time.monotonic() - start > 600:
                sys.exit("bulk drop not finished after 600 s: %d of %d" % (completed(db) - before, args.bulk))
            time.sleep(0.05)
        elapsed = time.monotonic() - start
        rss = 0
        try:
            with open("/proc/%d/status" % daemon.pid) as f:
                rss = next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) // 1024
        except (OSError, StopIteration):
            pass
        rows.append(("%d-file drop (1-page PDFs)" % args.bulk, "%.1f s, %.0f documents/s" % (elapsed, args.bulk / elapsed),
                     "daemon peak RSS %d MB (extraction workers not included)" % rss))
    finally:
        daemon.terminate()
        daemon.wait(timeout=60)
        shutil.rmtree(root, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    print("optimind watch, %d workers, %d cores, settle %.1f s" % (args.workers, os.cpu_count(), args.settle))
    for label, figure, note in rows:
        print("%s  %-28s %s" % (label.ljust(width), figure, note))


if __name__ == "__main__":
    main()
