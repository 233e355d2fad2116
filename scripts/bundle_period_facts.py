#!/usr/bin/env python3
"""Writes Sources/CapexData/Dataset/period_facts.csv: every filed value of the kept lines for a
period of one to four quarters, from the SEC companyfacts files in ../shared/data/sec
(companyfacts/ and companyfacts-trimmed/), followed by the curated rows of
Sources/CapexData/Dataset/curated_period_facts.csv (quarters of companies without companyfacts
here, each row with its filing or release).

Extraction only: which concept and which filing a quarter uses is decided by CapexGap when it
reads the facts (QuarterDerivation), the same way for bundled and imported data. The concepts
kept are those of Sources/CapexData/Dataset/sec_concepts.csv.

    python3 scripts/bundle_period_facts.py            # from the package root
"""
import csv, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATASET = os.path.join(ROOT, "Sources/CapexData/Dataset")
SHARED = os.path.join(os.path.dirname(ROOT), "shared/data/sec")
HEADER = ["ticker", "cik", "company", "metric", "period_start", "period_end", "value_usd_m", "form", "accession", "filed",
          "evidence", "tier", "source_title", "source_url", "concept", "note"]
FIRST_PERIOD_END = "2014-01-01"
QUARTER_DAYS = [(84, 98), (175, 189), (266, 280), (350, 380)]


def days(start, end):
    from datetime import date
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    return (b - a).days + 1


def is_period(start, end):
    n = days(start, end)
    return any(low <= n <= high for low, high in QUARTER_DAYS)


def millions(value):
    text = f"{value / 1e6:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def main():
    concepts = {}
    with open(os.path.join(DATASET, "sec_concepts.csv"), newline="") as f:
        for row in csv.DictReader(f):
            taxonomy, name = row["concept"].split(":", 1)
            concepts.setdefault((taxonomy, name), []).append(row["metric"])
    tickers = {}
    with open(os.path.join(DATASET, "companies.csv"), newline="") as f:
        for row in csv.DictReader(f):
            tickers[int(row["cik"])] = row["ticker"]
    rows = []
    for folder in ("companyfacts", "companyfacts-trimmed"):
        path = os.path.join(SHARED, folder)
        if not os.path.isdir(path):
            sys.exit(f"{path} is missing: the shared SEC files are needed to regenerate the bundled facts")
        for name in sorted(os.listdir(path)):
            with open(os.path.join(path, name)) as f:
                document = json.load(f)
            cik = int(document["cik"])
            company = document.get("entityName", "")
            ticker = tickers.get(cik)
            if ticker is None:
                sys.exit(f"{name}: CIK {cik} is not in companies.csv")
            for (taxonomy, concept), metrics in sorted(concepts.items()):
                facts = document.get("facts", {}).get(taxonomy, {}).get(concept, {}).get("units", {}).get("USD", [])
                for fact in facts:
                    start, end = fact.get("start"), fact["end"]
                    if not start or end < FIRST_PERIOD_END or not is_period(start, end):
                        continue
                    folder_name = fact["accn"].replace("-", "")
                    for metric in metrics:
                        rows.append({
                            "ticker": ticker, "cik": cik, "company": company, "metric": metric,
                            "period_start": start, "period_end": end, "value_usd_m": millions(fact["val"]),
                            "form": fact["form"], "accession": fact["accn"], "filed": fact["filed"],
                            "evidence": "reported", "tier": "P",
                            "source_title": f"SEC Form {fact['form']}, {company}, accession {fact['accn']}, filed {fact['filed']}",
                            "source_url": f"https://www.sec.gov/Archives/edgar/data/{cik}/{folder_name}/",
                            "concept": f"{taxonomy}:{concept}", "note": f"SEC companyfacts ({folder}/{name})",
                        })
    with open(os.path.join(DATASET, "curated_period_facts.csv"), newline="") as f:
        curated = list(csv.DictReader(f))
    seen, unique = set(), []
    for row in rows + curated:
        key = tuple(str(row[column]) for column in HEADER[:11] + ["concept"])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    with open(os.path.join(DATASET, "period_facts.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\r\n")
        writer.writeheader()
        for row in unique:
            writer.writerow({key: row.get(key, "") for key in HEADER})
    print(f"period_facts.csv: {len(rows)} rows from companyfacts, {len(curated)} curated, {len(unique)} written")


if __name__ == "__main__":
    main()
