"""The body of Scripts/bench (see there). Nothing large is committed: the corpus is written to a
temporary folder and removed at the end."""
import csv, gzip, os, re, resource, shutil, statistics, subprocess, sys, tempfile, time

NQ = os.path.abspath(".build/release/nq")
DEMO = "Sources/nq/Demo/wikinews"
TARGET_MB = float(sys.argv[1]) if len(sys.argv) > 1 else 50.0
RUNS = 5
LOADS = 3

STATEMENTS = [
    ("find with speaker", 'find quotes where speaker = "Boris Johnson" limit 20', None),
    ("count with speaker", 'count quotes where speaker = "Donald Trump"', None),
    ("count with entity", 'count mentions where entity = "NATO"', None),
    ("text contains", 'count paragraphs where text contains "vaccine"', ("-i", "vaccine")),
    ("regex", 'count paragraphs where text matches /sanction(s|ed)/i', ("-i", "sanction(s|ed)")),
    ("by one key", 'count quotes by speaker limit 10', None),
    ("by two keys", 'count mentions by type, section limit 10', None),
    ("kwic", 'kwic "climate" limit 20', ("-i", r"\bclimate\b")),
    ("mentions X by article", 'count mentions NATO by article', ("NATO",)),
]


# One-shot statements on the saved store, each a whole process (`nq --corpus x.nqdb -c …`), beside one
# ripgrep pass over the same articles as one JSON lines file.
STORE_STATEMENTS = [
    ("mentions X by article", 'count mentions Trump by article', ("-w", "Trump")),
    ("count with speaker", 'count quotes where speaker = "Donald Trump"', ("-w", "Trump")),
    ("count with entity", 'count mentions where entity = "NATO"', ("-w", "NATO")),
    ("find with speaker", 'find quotes where speaker = "Boris Johnson" limit 20', ("-w", "Johnson")),
    ("by one key", 'count quotes by speaker limit 10', ("-w", "said")),
    ("by month", 'count articles where mentions "COVID-19" by month', ("-w", "COVID-19")),
    ("text contains", 'count paragraphs where text contains "vaccine"', ("-i", "vaccine")),
]
ONE_SHOT_RUNS = 9


def make_corpus(folder):
    """Copies of the Wikinews CSVs with distinct URLs until the text reaches TARGET_MB and 10,000 articles."""
    rows = []
    for name in sorted(os.listdir(DEMO)):
        if name.endswith(".csv"):
            with open(os.path.join(DEMO, name), newline="", encoding="utf-8") as f:
                rows += list(csv.DictReader(f))
    size = sum(len(r["text"].encode()) for r in rows)
    copies = max(1, int(TARGET_MB * 1e6 / size) + 1)
    while copies * len(rows) < 10000:
        copies += 1
    text_bytes = 0
    for c in range(copies):
        path = os.path.join(folder, f"copy{c:03d}.csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["url", "date", "title", "text"])
            for r in rows:
                w.writerow([r["url"] + f"?copy={c}", r["date"], r["title"], r["text"]])
                text_bytes += len(r["text"].encode())
    return copies * len(rows), text_bytes


def timed(args, stdin=None):
    """(seconds, peak RSS in bytes of the largest child so far, completed process) of one nq or rg run."""
    start = time.perf_counter()
    p = subprocess.run(args, input=stdin, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{p.stderr}")
    return elapsed, rss, p


def statement_times(corpus_arg, statements):
    """Mean milliseconds of each statement, timed inside one nq session after loading (set timer on)."""
    script = "set timer on\nset format csv\n"
    for _, s, _ in statements:
        script += (s + "\n") * RUNS
    _, _, p = timed([NQ, "--no-rc", "--corpus", corpus_arg], stdin=script)
    times = [float(t) for t in re.findall(r"time: ([0-9.]+) ms", p.stderr)]
    times = times[2:]  # the two set statements
    return {statements[k][0]: statistics.mean(times[k * RUNS:(k + 1) * RUNS]) for k in range(len(statements))}


def rg_ms(args, folder):
    runs = [timed(["rg", "-c", *args, folder])[0] for _ in range(3)]
    return statistics.mean(runs) * 1000


# Saved web pages for the HTML case: the shared development pages beside the project, or NQ_BENCH_HTML.
HTML_PAGES = os.environ.get("NQ_BENCH_HTML", os.path.join("..", "shared", "corpus", "html-dev", "pages"))


def peak_rss(args):
    """(seconds, peak RSS in bytes) of one run, measured by GNU time's %M in a child of its own."""
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{p.stderr}")
    return elapsed, int(p.stderr.strip().splitlines()[-1]) * 1024


def write_warc(pages, path, copies, compress, status="200 OK"):
    """A WARC of one response record per page (per copy), each record its own gzip member when compressed."""
    names = sorted(n for n in os.listdir(pages) if n.endswith((".html", ".htm")))
    out = open(path, "wb")
    size = 0
    for c in range(copies):
        for n in names:
            body = open(os.path.join(pages, n), "rb").read()
            # (The very first page is always a 200, so that something loads.)
            http = f"HTTP/1.1 {'200 OK' if size == 0 else status}\r\nContent-Type: text/html\r\n\r\n".encode() + body
            head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.example/{c}/{n}\r\n"
                    f"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
                    f"Content-Length: {len(http)}\r\n\r\n").encode()
            record = head + http + b"\r\n\r\n"
            size += len(body)
            out.write(gzip.compress(record, 6) if compress else record)
    out.close()
    return size


def write_jsonl(folder, path):
    """The corpus's CSV copies as one JSON lines file (what ripgrep reads in the store cases)."""
    import json
    with open(path, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".csv"):
                with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
                    for r in csv.DictReader(f):
                        out.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_day(folder, n=300):
    """One more day: n of the demo articles with urls the corpus does not have, as one CSV."""
    rows = []
    for name in sorted(os.listdir(DEMO)):
        if name.endswith(".csv"):
            with open(os.path.join(DEMO, name), newline="", encoding="utf-8") as f:
                rows += list(csv.DictReader(f))
    path = os.path.join(folder, "day", "day.csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["url", "date", "title", "text"])
        for k in range(n):
            r = rows[k % len(rows)]
            w.writerow([r["url"] + f"?day={k}", r["date"], r["title"], r["text"]])
    return path


def append_day(store, day):
    """Seconds to add one day's file to a copy of `store` (load on the store in place)."""
    copy = store + ".append.nqdb"
    shutil.copyfile(store, copy)
    # The copy written out first: the append's commit waits for its own writes only, not the copy's.
    os.sync()
    t, _ = one_shot([NQ, "--no-rc", "--corpus", copy, "-c", f'load "{day}"'], runs=1)
    os.remove(copy)
    return t


def one_shot(args, runs=ONE_SHOT_RUNS):
    """(median seconds, peak RSS bytes) of a whole process run `runs` times."""
    results = [peak_rss(args) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def store_cases(folder, store):
    """Statements answered by the saved store in place, each a whole process, beside one ripgrep pass."""
    jsonl = os.path.join(folder, "corpus.jsonl")
    write_jsonl(folder, jsonl)
    size = os.path.getsize(jsonl) / 1e6
    print(f"\nthe saved store in place ({os.path.getsize(store) / 1e6:.0f} MB), one whole process per statement, median of "
          f"{ONE_SHOT_RUNS} (ms); ripgrep: one pass over the same articles as JSON lines ({size:.0f} MB)")
    print(f"  {'':<24}{'statement':<46}{'nq':>7}  {'rg':>7}  {'nq ÷ rg':>8}  {'nq peak RSS':>11}")
    for name, statement, rg in STORE_STATEMENTS:
        t, rss = one_shot([NQ, "--no-rc", "--corpus", store, "--format", "json", "-c", statement])
        r, _ = one_shot(["rg", "-c", *rg, jsonl])
        print(f"  {name:<24}{statement[:44]:<46}{t * 1000:7.1f}  {r * 1000:7.1f}  {t / r:8.2f}  {rss / 1e6:8.0f} MB")
    os.remove(jsonl)
    day = write_day(folder)
    print(f"  one more day of 300 articles (load on the store in place): {append_day(store, day):.2f} s")


def postgres_cases(folder, store):
    """The same one-shot statements on the store saved to PostgreSQL (NQ_BENCH_POSTGRES, a throwaway
    cluster Scripts/bench starts), beside the SQLite store and ripgrep; and the corpus analysed into
    PostgreSQL by two shard processes at once."""
    url = os.environ.get("NQ_BENCH_POSTGRES")
    if not url:
        return
    t0 = time.time()
    subprocess.run([NQ, "--no-rc", "--corpus", store, "-c", f'save "{url}"'], check=True, capture_output=True)
    copy_s = time.time() - t0
    jsonl = os.path.join(folder, "corpus.jsonl")
    write_jsonl(folder, jsonl)
    print(f"\nthe store in PostgreSQL (a local server; copied from the SQLite store in {copy_s:.1f} s), one whole process per "
          f"statement, median of {ONE_SHOT_RUNS} (ms)")
    print(f"  {'':<24}{'statement':<46}{'pg':>7}  {'sqlite':>7}  {'rg':>7}  {'pg ÷ rg':>8}  {'pg ÷ sqlite':>11}")
    for name, statement, rg in STORE_STATEMENTS:
        p, _ = one_shot([NQ, "--no-rc", "--corpus", url, "--format", "json", "-c", statement])
        q, _ = one_shot([NQ, "--no-rc", "--corpus", store, "--format", "json", "-c", statement])
        r, _ = one_shot(["rg", "-c", *rg, jsonl])
        print(f"  {name:<24}{statement[:44]:<46}{p * 1000:7.1f}  {q * 1000:7.1f}  {r * 1000:7.1f}  {p / r:8.2f}  {p / q:11.2f}")
    os.remove(jsonl)
    # Two shard processes at once into an empty database, then one process: the time of each.
    base = url.rsplit("/", 1)[0]
    for db in ("nq_bench_shards", "nq_bench_one"):
        subprocess.run(["psql", "-q", url, "-c", f"DROP DATABASE IF EXISTS {db}", "-c", f"CREATE DATABASE {db}"], check=True, capture_output=True)
    shards = f"{base}/nq_bench_shards"
    t0 = time.time()
    procs = [subprocess.Popen([NQ, "--no-rc", "--corpus", shards, "--shard", f"{k}/2", "-c", f'load "{folder}"'],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for k in (1, 2)]
    for pr in procs:
        pr.wait()
    two = time.time() - t0
    t0 = time.time()
    subprocess.run([NQ, "--no-rc", "--corpus", f"{base}/nq_bench_one", "-c", f'load "{folder}"'], check=True, capture_output=True)
    one = time.time() - t0
    counts = []
    for db in ("nq_bench_shards", "nq_bench_one"):
        out = subprocess.run([NQ, "--no-rc", "--corpus", f"{base}/{db}", "--format", "csv", "-c", "count articles", "-c", "count quotes",
                              "-c", "count mentions"], check=True, capture_output=True, text=True).stdout.split()
        counts.append([x for x in out if x != "count"])
    # check-analysis-style dumps of both, sorted (the articles' ids differ: the shards commit in any order).
    def dump(db):
        out = []
        for statement in ["find quotes show path, speaker, kind, text", "find mentions show path, entity, type, text",
                          "find entities show name, type, mentions, articles", "find speakers show name, quotes, articles"]:
            out += subprocess.run([NQ, "--no-rc", "--corpus", f"{base}/{db}", "--format", "tsv", "-c", statement],
                                  check=True, capture_output=True, text=True).stdout.splitlines()
        return sorted(out)
    same = dump("nq_bench_shards") == dump("nq_bench_one")
    # One shard run again: nothing changes.
    subprocess.run([NQ, "--no-rc", "--corpus", shards, "--shard", "1/2", "-c", f'load "{folder}"'], check=True, capture_output=True)
    again = subprocess.run([NQ, "--no-rc", "--corpus", shards, "--format", "csv", "-c", "count articles", "-c", "count quotes",
                            "-c", "count mentions"], check=True, capture_output=True, text=True).stdout.split()
    print(f"  analysed into PostgreSQL: 2 shard processes at once {two:.1f} s, one process {one:.1f} s; "
          f"rows (articles, quotes, mentions) {counts[0]} vs {counts[1]}; dumps of quotes, mentions, entities and speakers "
          f"{'the same' if same else 'DIFFERENT'}; shard 1 run again: rows {[x for x in again if x != 'count']}")


def big_store(folder, store, articles, text_bytes, target_gb=1.0):
    """A store of at least `target_gb` GB of article text: the saved store's rows repeated by SQL (ids moved
    on; built here, once), then a count answered in place: time and peak memory of the whole process."""
    import sqlite3
    copies = max(1, int(target_gb * 1e9 / text_bytes) + 1)
    big = os.path.join(folder, "big.nqdb")
    shutil.copyfile(store, big)
    start = time.perf_counter()
    db = sqlite3.connect(big)
    n = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    tables = {t: db.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
              for t in ["sections", "paragraphs", "sentences", "quotes", "mentions"]}
    cols = {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in ["articles", "texts", *tables]}
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    for k in range(1, copies):
        for t in ["articles", "texts"]:
            sel = ", ".join(f"id + {k * n}" if c == "id" else f'"{c}"' for c in cols[t])
            db.execute(f"INSERT INTO {t} SELECT {sel} FROM {t} WHERE id <= {n}")
        for t, m in tables.items():
            sel = ", ".join(f"id + {k * m}" if c == "id" else (f"article_id + {k * n}" if c == "article_id" else f'"{c}"')
                            for c in cols[t])
            db.execute(f"INSERT INTO {t} SELECT {sel} FROM {t} WHERE id <= {m}")
        db.execute(f"INSERT INTO postings SELECT word, article + {k * n} FROM postings WHERE article <= {n}")
    db.commit()
    db.close()
    built = time.perf_counter() - start
    gb = copies * text_bytes / 1e9
    print(f"\na large store: the saved store's rows {copies} times ({copies * articles:,} articles, {gb:.2f} GB of text, "
          f"{os.path.getsize(big) / 1e9:.1f} GB file; built by SQL in {built:.0f} s)")
    for statement in ['count mentions Trump by article', 'count quotes where speaker = "Donald Trump" by month',
                      'count mentions where type = "place" by entity limit 10']:
        t, rss = one_shot([NQ, "--no-rc", "--corpus", big, "--format", "json", "-c", statement], runs=3)
        print(f"  {statement[:54]:<56}{t:6.2f} s  peak RSS {rss / 1e6:5.0f} MB  (whole process, median of 3)")
    day = write_day(folder)
    print(f"  one more day of 300 articles (load on the store in place): {append_day(big, day):.2f} s "
          f"(its names and vocabulary are the saved store's: the rows were repeated, not analysed)")
    os.remove(big)


def html_case(folder):
    """Saved pages read, cleaned and analysed: MB/s of HTML, against ripgrep reading the same bytes."""
    if not os.path.isdir(HTML_PAGES):
        print(f"\n(no HTML case: {HTML_PAGES} not found; set NQ_BENCH_HTML to a folder of saved pages)")
        return
    html = sum(os.path.getsize(os.path.join(HTML_PAGES, n)) for n in os.listdir(HTML_PAGES)) / 1e6
    print(f"\nweb pages: {len(os.listdir(HTML_PAGES))} files, {html:.1f} MB of HTML ({HTML_PAGES})")
    runs = [peak_rss([NQ, "--no-rc", "--corpus", HTML_PAGES, "-c", "count articles"]) for _ in range(LOADS)]
    t = statistics.median(r[0] for r in runs)
    rg = statistics.mean(timed(["rg", "-c", "-i", "the", HTML_PAGES])[0] for _ in range(3))
    print(f"  pages read, cleaned, analysed   {html / t:8.1f} MB/s  {t:.2f} s (median of {LOADS}); ripgrep -c over the same "
          f"files {rg:.2f} s: nq ÷ rg {t / rg:.1f}; peak RSS {max(r[1] for r in runs) / 1e6:.0f} MB")
    # The last: every record but one a 404, so nothing is kept: the memory of reading the archive alone.
    for copies, compress, status in [(1, False, "200 OK"), (4, False, "200 OK"), (1, True, "200 OK"), (4, False, "404 Not Found")]:
        path = os.path.join(folder, f"pages-{copies}.warc" + (".gz" if compress else ""))
        size = write_warc(HTML_PAGES, path, copies, compress, status) / 1e6
        t, rss = peak_rss([NQ, "--no-rc", "--corpus", path, "-c", "count articles"])
        os.remove(path)
        name = f"WARC of {copies} cop{'y' if copies == 1 else 'ies'}" + (", gzipped" if compress else "") + \
            (", all but one 404" if status.startswith("404") else "")
        print(f"  {name:<30}  {size / t:8.1f} MB/s  {t:.2f} s for {size:.0f} MB of HTML; peak RSS {rss / 1e6:.0f} MB")


def main():
    folder = tempfile.mkdtemp(prefix="nq-bench-")
    try:
        articles, text_bytes = make_corpus(folder)
        mb = text_bytes / 1e6
        print(f"corpus: {articles} articles, {mb:.1f} MB of article text, in {folder} (removed at the end)")
        print(f"machine: {os.cpu_count()} cores\n")

        # Three loads (this machine's timings vary from run to run): the median, and the range.
        loads = [timed([NQ, "--no-rc", "--corpus", folder, "-c", "count articles"]) for _ in range(LOADS)]
        load_s = statistics.median(t for t, _, _ in loads)
        load_range = f"{min(t for t, _, _ in loads):.2f}–{max(t for t, _, _ in loads):.2f} s"
        load_rss = loads[-1][1]  # the largest child so far: the largest of the loads
        startup = statistics.mean(timed([NQ, "--no-rc", "-c", "count articles"])[0] for _ in range(3))
        store = os.path.join(folder, "corpus.nqdb")
        save_s = timed([NQ, "--no-rc", "--corpus", folder, "-c", f'save "{store}"'])[0] - load_s
        reopen = statistics.mean(timed([NQ, "--no-rc", "--corpus", store, "-c", "count articles"])[0] for _ in range(3))

        rows = [("load + analysis", f"{mb / load_s:.1f} MB/s", f"{load_s:.2f} s for {mb:.1f} MB (median of {LOADS}: {load_range})"),
                ("articles per second", f"{articles / load_s:,.0f}", ""),
                ("peak memory (RSS)", f"{load_rss / 1e6:.0f} MB", f"{load_rss / text_bytes:.1f} × the text"),
                ("start-up on the demo corpus", f"{startup * 1000:.0f} ms", ""),
                ("save the store", f"{max(0, save_s):.2f} s", ""),
                ("reopen the saved store", f"{reopen:.2f} s", "process start to first answer")]
        width = max(len(r[0]) for r in rows) + 2
        for name, value, note in rows:
            print(f"{name:<{width}}{value:>12}  {note}")

        print("\nstatements after loading (mean of %d, ms)      nq     ripgrep   nq ÷ rg" % RUNS)
        analysed = statement_times(folder, STATEMENTS)
        stored = statement_times(store, STATEMENTS[-1:])
        for name, statement, rg in STATEMENTS:
            ms = analysed[name]
            line = f"  {name:<24}{statement[:40]:<42}{ms:9.1f}"
            if rg:
                r = rg_ms(rg, folder)
                line += f"  {r:9.1f}  {ms / r:8.2f}"
            print(line)
        name, statement, rg = STATEMENTS[-1]
        r = rg_ms(rg, folder)
        print(f"  {'… on the saved store':<24}{statement[:40]:<42}{stored[name]:9.1f}  {r:9.1f}  {stored[name] / r:8.2f}")
        store_cases(folder, store)
        postgres_cases(folder, store)
        if os.environ.get("NQ_BENCH_BIG", "1") != "0":
            big_store(folder, store, articles, text_bytes)
        html_case(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
