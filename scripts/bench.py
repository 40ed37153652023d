#!/usr/bin/env python3
"""`make bench`: one table from one run, on this machine, comparing optimind with the tools a team
would use instead, on the same files.

    python3 scripts/bench.py [--bin .build/release/optimind] [--copies 40] [--extra FOLDER] [--rounds 5]

Corpus: `SampleGenerator --copies N` (cairo PDFs with embedded TrueType subsets, hand-written DOCX;
1 to 16 times a sample's length, as contracts run from a page to dozens), and for half of the PDFs
an OutputIntent with an sRGB ICC profile added as an incremental update, as PDF/A exporters write
them. Rows:
- optimind ingest (the whole pipeline: hash, extract, classify, analyse, store, reports) with 1 worker
  and with one per core, on the PDFs only and on everything;
- pdftotext, one process per file, serially, on the same PDFs;
- ../shared/tools/baseline_pipeline.py with pypdf and with PyMuPDF (--workers = cores), when installed,
  on its own copy of the PDFs;
- optimind and the baselines run --rounds times, interleaved; the table gives medians, and for each
  baseline the median of its per-round ratios too; every optimind run reads a fresh copy of its folder
  (no reports from an earlier run), as every baseline run writes to a new folder;
- stage times from the pipeline's own metrics;
- peak RSS of optimind ingest (parent and extraction worker) for 1,000 and 10,000 small files.
Watch-mode latency: scripts/bench_watch.py.
"""
import argparse, os, re, shutil, statistics, struct, subprocess, sys, tempfile, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def icc_profile():
    """An ICC v2 RGB display profile shaped like the sRGB profile office and legal tools embed in
    PDF/A exports: sRGB primaries and a 1024-entry tabulated tone curve per channel (IEC 61966-2-1
    transfer function). The table matters: colour engines build slow transforms for it, where a
    one-number gamma curve is cheap."""
    u32 = lambda v: struct.pack(">I", v & 0xFFFFFFFF)
    s15 = lambda x: struct.pack(">i", int(round(x * 65536)))
    xyz = lambda x, y, z: b"XYZ " + u32(0) + s15(x) + s15(y) + s15(z)
    linear = lambda v: v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    curve = b"curv" + u32(0) + u32(1024) + b"".join(struct.pack(">H", int(round(linear(i / 1023) * 65535))) for i in range(1024))
    tags = [(b"wtpt", xyz(.9642, 1, .8249)), (b"rXYZ", xyz(.4361, .2225, .0139)), (b"gXYZ", xyz(.3851, .7169, .0971)),
            (b"bXYZ", xyz(.1431, .0606, .7141)), (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]
    start = 128 + 4 + 12 * len(tags)
    table, payload = u32(len(tags)), b""
    for signature, data in tags:
        table += signature + u32(start + len(payload)) + u32(len(data))
        payload += data + b"\0" * (-len(data) % 4)
    header = u32(start + len(payload)) + u32(0) + u32(0x02100000) + b"mntrRGB XYZ " + b"\0" * 12 + b"acsp"
    header += b"\0" * (68 - len(header)) + s15(.9642) + s15(1.0) + s15(.8249)
    header += b"\0" * (128 - len(header))
    return header + table + payload


def add_output_intent(path, profile):
    """Appends an incremental update giving the catalog an OutputIntent with `profile`."""
    pdf = open(path, "rb").read()
    startxref = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    size = int(re.findall(rb"/Size\s+(\d+)", pdf)[-1])
    root = re.findall(rb"/Root\s+(\d+)\s+0\s+R", pdf)[-1]
    catalog = re.search(rb"\n" + root + rb" 0 obj\s*<<(.*?)>>\s*endobj", pdf, re.S).group(1)
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {size: len(out)}
    out += b"%d 0 obj\n<< /N 3 /Length %d >>\nstream\n" % (size, len(profile)) + profile + b"\nendstream\nendobj\n"
    offsets[int(root)] = len(out)
    out += root + b" 0 obj\n<<" + catalog + (b" /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 "
                                           b"/OutputConditionIdentifier (sRGB) /DestOutputProfile %d 0 R >>] >>\nendobj\n" % size)
    xref = len(out)
    out += b"xref\n" + b"".join(b"%d 1\n%010d 00000 n \n" % (n, offsets[n]) for n in sorted(offsets))
    out += b"trailer\n<< /Size %d /Root %s 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size + 1, root, startxref, xref)
    open(path, "wb").write(out)


def pages_of(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    match = re.search(r"Pages:\s+(\d+)", out)
    return int(match.group(1)) if match else 0


class PeakRSS:
    """Samples VmHWM of a process and its children (the extraction workers) every 20 ms."""
    def __init__(self, pid):
        self.pid, self.parent, self.workers, self.done = pid, 0, 0, False
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def hwm(self, pid):
        try:
            with open("/proc/%d/status" % pid) as f:
                return next(int(l.split()[1]) for l in f if l.startswith("VmHWM")) // 1024
        except (OSError, StopIteration):
            return 0

    def children(self):
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open("/proc/%s/stat" % entry) as f:
                        # The parent pid is the 4th field, after the command in parentheses.
                        if int(f.read().rsplit(")", 1)[1].split()[1]) == self.pid:
                            found.append(int(entry))
                except (OSError, IndexError, ValueError):
                    pass
        return found

    def run(self):
        while not self.done:
            self.parent = max(self.parent, self.hwm(self.pid))
            for child in self.children():
                self.workers = max(self.workers, self.hwm(child))
            time.sleep(0.02)

    def stop(self):
        self.done = True
        self.thread.join()


def ingest(binary, folders, workers, db, rss=False):
    start = time.monotonic()
    process = subprocess.Popen([binary, "ingest", *folders, "--db", db, "--workers", str(workers), "--metrics"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = PeakRSS(process.pid) if rss else None
    out, err = process.communicate()
    elapsed = time.monotonic() - start
    if sampler:
        sampler.stop()
    if process.returncode not in (0, 65):
        sys.exit("optimind ingest failed (%d): %s" % (process.returncode, err[-300:]))
    return elapsed, out, sampler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/release/optimind"))
    parser.add_argument("--generator", default=os.path.join(ROOT, ".build/release/SampleGenerator"))
    parser.add_argument("--copies", type=int, default=40, help="variants of each of the 8 samples")
    parser.add_argument("--extra", help="a folder of your own documents to add to the corpus")
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--rounds", type=int, default=5, help="repetitions of each optimind and baseline run (medians reported)")
    args = parser.parse_args()
    cores = os.cpu_count()
    work = tempfile.mkdtemp(prefix="optimind-bench-")
    rows = []
    try:
        corpus = os.path.join(work, "corpus")
        subprocess.run([args.generator, os.path.join(ROOT, "Tools/sample-texts"), corpus, "--copies", str(args.copies)],
                       check=True, stdout=subprocess.DEVNULL)
        if args.extra:
            shutil.copytree(args.extra, os.path.join(corpus, "extra"))
        pdf_folder = os.path.join(work, "pdf")
        os.makedirs(pdf_folder)
        # The Python baseline reads every file of its folder: it gets its own copy of the PDFs, without
        # the reports optimind writes next to them.
        baseline_folder = os.path.join(work, "pdf-baseline")
        os.makedirs(baseline_folder)
        profile = icc_profile()
        pdfs = sorted(f for f in os.listdir(corpus) if f.endswith(".pdf"))
        for index, name in enumerate(pdfs):
            if index % 2 == 0:
                add_output_intent(os.path.join(corpus, name), profile)
            shutil.copy(os.path.join(corpus, name), pdf_folder)
            shutil.copy(os.path.join(corpus, name), baseline_folder)
        pdf_pages = sum(pages_of(os.path.join(pdf_folder, f)) for f in pdfs)
        documents = len(os.listdir(corpus))
        print("corpus: %d documents (%d PDFs, %d pages, half with an OutputIntent ICC profile; %d DOCX)"
              % (documents, len(pdfs), pdf_pages, documents - len(pdfs)), file=sys.stderr)

        # pdftotext, one process per file, serial.
        start = time.monotonic()
        for name in pdfs:
            subprocess.run(["pdftotext", os.path.join(pdf_folder, name), os.devnull], check=False)
        pdftotext = time.monotonic() - start
        rows.append(("pdftotext, serial, PDFs", pdftotext, len(pdfs), pdf_pages, "1.00x"))

        # The shared machines this runs on vary by 10-30% from minute to minute: every optimind and
        # baseline run is repeated --rounds times, interleaved, and the median is reported.
        baseline = os.path.join(ROOT, "..", "shared", "tools", "baseline_pipeline.py")
        engines = []
        for engine, module in (("pypdf", "pypdf"), ("pymupdf", "pymupdf")):
            ready = subprocess.run([sys.executable, "-c", "import magic, docx, %s" % module], capture_output=True).returncode == 0
            engines.append((engine, ready and os.path.exists(baseline)))
        times, outputs = {}, {}
        for round in range(args.rounds):
            for workers in (1, cores):
                for label, folder in (("PDFs", pdf_folder), ("all", corpus)):
                    # Each run reads a fresh copy, as each baseline run writes to a new folder: replacing an
                    # earlier run's reports by rename makes ext4 flush them (auto_da_alloc), which a first
                    # ingest of new files never pays.
                    fresh = os.path.join(work, "run-%s-%d-%d" % (label, workers, round))
                    shutil.copytree(folder, fresh)
                    db = os.path.join(work, "db-%s-%d-%d.sqlite" % (label, workers, round))
                    os.sync()
                    seconds, out, _ = ingest(args.bin, [fresh], workers, db)
                    shutil.rmtree(fresh, ignore_errors=True)
                    times.setdefault((label, workers), []).append(seconds)
                    outputs[(label, workers)] = out
            for engine, ready in engines:
                if not ready:
                    continue
                os.sync()
                start = time.monotonic()
                subprocess.run([sys.executable, baseline, "--pdf", engine, "--workers", str(cores), "--out",
                                os.path.join(work, "out-%s-%d" % (engine, round)), baseline_folder],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times.setdefault(engine, []).append(time.monotonic() - start)
        median = lambda key: statistics.median(times[key])

        for workers in (1, cores):
            for label, count, pages in (("PDFs", len(pdfs), pdf_pages), ("all", documents, None)):
                seconds = median((label, workers))
                if pages is None:
                    match = re.search(r"(\d+) pages\)", outputs[(label, workers)])
                    pages = int(match.group(1)) if match else 0
                ratio = "%.2fx" % (pdftotext / seconds) if label == "PDFs" else ""
                rows.append(("optimind ingest, %d worker%s, %s" % (workers, "s" if workers > 1 else "", label), seconds, count, pages, ratio))
        speedup = median(("all", 1)) / median(("all", cores))
        ours = median(("PDFs", cores))
        for engine, ready in engines:
            if not ready:
                rows.append(("baseline_pipeline.py %s: not installed (pip install pypdf python-docx python-magic pymupdf)" % engine, None, 0, 0, ""))
                continue
            seconds = median(engine)
            spread = "runs %s" % "/".join("%.2f" % t for t in times[engine])
            # Each round's baseline against the optimind run just before it: the machine's speed drifts
            # between rounds, less within one.
            paired = statistics.median(b / o for b, o in zip(times[engine], times[("PDFs", cores)]))
            rows.append(("baseline_pipeline.py, %s, %d workers, PDFs" % (engine, cores), seconds, len(pdfs), pdf_pages,
                         "optimind %.2fx faster (median of rounds %.2fx; optimind runs %s, baseline %s)" % (
                             seconds / ours, paired, "/".join("%.2f" % t for t in times[("PDFs", cores)]), spread)))

        print("\noptimind benchmark, %d cores, %s" % (cores, time.strftime("%Y-%m-%d")))
        print("%-58s %9s %8s %10s  %s" % ("run", "seconds", "docs/s", "pages/s", "vs pdftotext / baseline"))
        for label, seconds, count, pages, note in rows:
            if seconds is None:
                print(label)
                continue
            print("%-58s %9.2f %8.1f %10.1f  %s" % (label, seconds, count / seconds, pages / seconds, note))
        print("optimind, %d workers vs 1 worker, whole corpus: %.2fx" % (cores, speedup))
        print("(medians of %d interleaved rounds; pdftotext once)" % args.rounds)
        metrics = outputs[("all", 1)]
        print("\nstage times, 1 worker, whole corpus (ms; summed, per document):")
        print("\n".join(l for l in metrics[metrics.find("stage times"):].splitlines()[1:] if l.strip()))

        if not args.skip_rss:
            print("\npeak RSS of optimind ingest (parent; largest extraction worker), small text documents:")
            for count in (1_000, 10_000):
                folder = os.path.join(work, "rss-%d" % count)
                os.makedirs(folder)
                for index in range(count):
                    with open(os.path.join(folder, "note-%05d.txt" % index), "w") as f:
                        f.write("MEMORANDUM %d\nTo: Legal\nFrom: Operations\nRe: item %d\nPlease file this note.\n" % (index, index))
                seconds, _, sampler = ingest(args.bin, [folder], cores, os.path.join(work, "rss-%d.sqlite" % count), rss=True)
                print("  %6d files: %4d MB parent, %4d MB worker (%.1f s)" % (count, sampler.parent, sampler.workers, seconds))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
