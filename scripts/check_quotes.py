#!/usr/bin/env python3
"""Check that every excerpt in a membership dataset is quoted word for word from its source file.

Usage: check_quotes.py DATASET.json SOURCES_DIR

For each excerpt, looks up its article's `source_file` and checks that the excerpt's `text` is an
exact substring of SOURCES_DIR/<source_file> (read as UTF-8). Prints every failure and exits 1 if
there is any, 0 otherwise. Standard library only.
"""

import json
import os
import sys


def check(dataset_path, sources_dir):
    with open(dataset_path, encoding="utf-8") as f:
        data = json.load(f)

    failures = []
    articles = {}
    for article in data.get("articles", []):
        articles[article.get("id")] = article

    cache = {}
    excerpts = data.get("excerpts", [])
    for excerpt in excerpts:
        ex_id = excerpt.get("id", "<no id>")
        article = articles.get(excerpt.get("article"))
        if article is None:
            failures.append(f"{ex_id}: article {excerpt.get('article')!r} is not in the dataset")
            continue
        source_file = article.get("source_file", "")
        path = os.path.join(sources_dir, source_file)
        if path not in cache:
            try:
                with open(path, encoding="utf-8") as f:
                    cache[path] = f.read()
            except OSError as err:
                cache[path] = None
                failures.append(f"{source_file}: cannot read source file: {err}")
        source = cache[path]
        if source is None:
            failures.append(f"{ex_id}: source file {source_file!r} of article {article.get('id')!r} is unreadable")
            continue
        text = excerpt.get("text", "")
        if not text.strip():
            failures.append(f"{ex_id}: empty text")
        elif text not in source:
            failures.append(f"{ex_id}: text is not an exact substring of {source_file}: {text[:80]!r}...")

    for failure in failures:
        print(f"{dataset_path}: {failure}")
    print(f"{dataset_path}: {len(excerpts)} excerpts checked, {len(failures)} failure(s)")
    return not failures


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    return 0 if check(argv[1], argv[2]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
