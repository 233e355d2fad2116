#!/usr/bin/env python3
"""Writes a stand-in for SEC's bulk companyfacts.zip: 19,000 CIK##########.json files of the
real archive's shape, from ../shared/bench/gen_companyfacts.py.

How the sizes are chosen: the real archive (about 19,000 filers; about 1.1 GB zipped, ~10 GB
of JSON) is mostly small filers with a few years of a few dozen concepts, a long tail of
large companies with hundreds of concepts over 15 years, and a few tens of MB for the
largest. Here: 70% small (40-120 concepts x 6-16 facts, ~20-150 KB), 25% medium (150-400 x
15-40, ~0.4-2.5 MB), 4.5% large (500-800 x 40-80, ~3-9 MB), 0.5% very large (900-1,400 x
100-200, ~12-40 MB). Generating 19,000 distinct documents in Python would take hours, so 120
templates are generated across those classes and each file is a template with its own CIK
and entity name (the parser sees the same bytes it would in a file of that size).

    python3 Benchmarks/scripts/make_universe_archive.py --out /tmp/companyfacts-standin.zip [--files 19000]
"""
import argparse, importlib.util, json, os, random, sys, time, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "..", "..", "..", "shared", "bench", "gen_companyfacts.py")

CLASSES = [  # share, concepts range, facts range
    (0.70, (40, 120), (6, 16)),
    (0.25, (150, 400), (15, 40)),
    (0.045, (500, 800), (40, 80)),
    (0.005, (900, 1400), (100, 200)),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--files", type=int, default=19000)
    ap.add_argument("--templates", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("gen", GEN)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    rng = random.Random(a.seed)
    started = time.time()
    templates = []  # (class index, json text with a placeholder CIK)
    for index in range(a.templates):
        share_sum, cls = 0.0, 0
        pick = index / a.templates
        for i, (share, _, _) in enumerate(CLASSES):
            share_sum += share
            if pick < share_sum:
                cls = i
                break
        _, concepts, facts = CLASSES[cls]
        doc = gen.generate(rng.randint(*concepts), rng.randint(*facts), rng.randint(1, 10**9))
        doc["cik"] = 0
        doc["entityName"] = "@@NAME@@"
        text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).replace('"cik":0', '"cik":@@CIK@@', 1)
        templates.append((cls, text))
    by_class = [[t for c, t in templates if c == i] for i in range(len(CLASSES))]
    total = 0
    with zipfile.ZipFile(a.out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for n in range(a.files):
            r = rng.random()
            acc, cls = 0.0, 0
            for i, (share, _, _) in enumerate(CLASSES):
                acc += share
                if r < acc:
                    cls = i
                    break
            pool = by_class[cls] or by_class[0]
            cik = 2_000_000 + n
            text = rng.choice(pool).replace("@@CIK@@", str(cik), 1).replace("@@NAME@@", f"Stand-in Filer {n}", 1)
            data = text.encode()
            total += len(data)
            archive.writestr(f"CIK{cik:010d}.json", data)
    print(json.dumps({"out": a.out, "files": a.files, "json_bytes": total, "json_GB": round(total / 1e9, 2),
                      "zip_bytes": os.path.getsize(a.out), "seconds": round(time.time() - started, 1)}))


if __name__ == "__main__":
    main()
