"""Generate a large, realistic library for the benchmarks, fast.

    python -m bench.generate --objects 100000 --assets 5000 -o bench/corpus/large.cslib

The file is made by `Library.create` (so schema, application id, locale and meta rows are
the real ones); then rows are bulk-inserted with SQLAlchemy Core `insert()` executemany
into the real tables, and the FTS5 `search_index` gets exactly the rows that
`search.reindex` would write (body = the content's `search_text()` plus the asset's file
name). Image assets are small distinct PNGs stored with `blobstore.put_bytes`. At the end
a few objects are re-indexed with the real `search.reindex` (rolled back) to prove the
generated index rows are identical, and one course is added with the real model
functions.

Shape: courses -> lessons -> pages -> blocks (text, question, media, callout), tags on
most containers and some blocks, a French target locale with the whole of ~25% of the
courses translated, ~1% of blocks in the trash, a few blocks reused on two pages.
"""

from __future__ import annotations

import argparse
import io
import random
import sqlite3
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import create_engine, event, insert, text
from sqlalchemy.orm import Session

from authoring.model import blobstore, content, search
from authoring.model.ids import _encode
from authoring.model.library import Library
from authoring.model.locales import source_hash
from authoring.model.schema import (
    AssetFile,
    LearningObject,
    Link,
    Locale,
    Tag,
    Translation,
)
from bench.vocab import TextMaker

DEFAULT_OUTPUT = Path("bench/corpus/large.cslib")
TAG_POOL_SIZE = 240
AUTHORS = ["amira.haddad", "ben.okafor", "chloe.martin", "dev.patel", "eva.novak",
           "felix.wong", "grace.kim", "hugo.silva", ""]
STATES = ["draft"] * 6 + ["in_review"] * 2 + ["approved"] * 3
QUESTION_TYPES = ["single"] * 5 + ["multiple"] * 2 + ["true_false"] * 2 + ["fill_in", "matching",
                                                                           "ordering"]
FTS_INSERT = ("INSERT INTO search_index (title, body, tags, facets, object_id, locale) "
              "VALUES (:title, :body, :tags, :facets, :object_id, :locale)")


class Generator:
    def __init__(self, objects: int, assets: int, seed: int, french_share: float) -> None:
        self.target_objects = objects
        self.target_assets = min(assets, objects)
        self.rng = random.Random(seed)
        self.text = TextMaker(seed)
        self.french_share = french_share
        self.clock = datetime.now(timezone.utc) - timedelta(days=730)
        self.step = timedelta(days=700) / max(objects, 1)
        self.ids: set[str] = set()
        self.tag_pool = self._tag_pool()
        # rows per table
        self.objects: list[dict] = []
        self.links: list[dict] = []
        self.tags: list[dict] = []
        self.translations: list[dict] = []
        self.fts: list[dict] = []
        self.asset_ids: list[str] = []
        self.asset_names: dict[str, str] = {}
        self.stats = {k: 0 for k in ("course", "lesson", "page", "text", "question", "media",
                                     "callout", "asset", "trashed", "reused", "fr_objects")}

    # ------------------------------------------------------------------ helpers

    def _tag_pool(self) -> list[str]:
        words = [w for w in self.text.content_words[:400]]
        pool = set()
        while len(pool) < TAG_POOL_SIZE:
            pool.add(self.rng.choice(words) if self.rng.random() < 0.7
                     else f"{self.rng.choice(words)}-{self.rng.choice(words)}")
        return sorted(pool)

    def new_id(self, at: datetime) -> str:
        millis = int(at.timestamp() * 1000)
        while True:
            oid = "o" + _encode(millis, 9) + _encode(self.rng.getrandbits(30), 6)
            if oid not in self.ids:
                self.ids.add(oid)
                return oid

    def tick(self) -> datetime:
        self.clock += self.step * self.rng.uniform(0.2, 1.8)
        return self.clock

    def add(self, kind: str, title: str, data: dict, *, tags=(), translate=False,
            trashed=False, asset_filename: str = "") -> str:
        created = self.tick()
        oid = self.new_id(created)
        body = content.clean(kind, data)
        data = body.to_data()
        state = self.rng.choice(STATES)
        self.objects.append({
            "id": oid, "kind": kind, "title": title, "data": data, "state": state,
            "head": 0 if state == "draft" else self.rng.randint(1, 4),
            "created_at": created,
            "modified_at": created + timedelta(hours=self.rng.uniform(0, 2000)),
            "created_by": self.rng.choice(AUTHORS),
            "trashed_at": created + timedelta(days=3) if trashed else None,
        })
        tags = sorted(set(tags))
        self.tags.extend({"object_id": oid, "tag": t} for t in tags)
        for position, asset_id in enumerate(body.asset_ids()):
            self.links.append({"parent_id": oid, "role": "asset", "position": position,
                               "child_id": asset_id, "pinned_version": None})
        self.stats[kind] += 1
        if trashed:
            self.stats["trashed"] += 1
            return oid
        tag_text = " ".join(tags)
        words = f"{body.search_text()} {asset_filename}".strip()
        self.fts.append({"title": title, "body": words, "tags": tag_text,
                         "facets": search.facets(kind, state, "en"),
                         "object_id": oid, "locale": "en"})
        if translate:
            self._translate(oid, kind, title, body, tag_text, asset_filename, state)
        return oid

    def _translate(self, oid, kind, title, body, tag_text, asset_filename, state) -> None:
        fields = body.translatable(title)
        if not fields:
            return
        translated: dict[str, str] = {}
        for field, source in fields.items():
            if field == "title":
                value = self.text.french_title()
            elif field in ("html",):
                value = f"<p>{self.text.french_sentences(1, 4)}</p>"
            elif field == "answers":
                value = "\n".join(self.text.french_title() for _ in source.splitlines())
            elif field.endswith((".text", ".prompt", ".match")) or field == "alt":
                value = self.text.french_title()
            else:
                value = self.text.french_sentence()
            translated[field] = value
            self.translations.append({
                "object_id": oid, "field": field, "locale": "fr", "text": value,
                "source_hash": source_hash(source), "modified_at": self.clock,
            })
        fr_title = translated.get("title", title)
        words = f"{body.translated(translated).search_text()} {asset_filename}".strip()
        self.fts.append({"title": fr_title, "body": words, "tags": tag_text,
                         "facets": search.facets(kind, state, "fr"),
                         "object_id": oid, "locale": "fr"})
        self.stats["fr_objects"] += 1

    def link_children(self, parent: str, children: list[str]) -> None:
        self.links.extend({"parent_id": parent, "role": "child", "position": i,
                           "child_id": child, "pinned_version": None}
                          for i, child in enumerate(children))

    # ------------------------------------------------------------------ assets

    def make_assets(self, session: Session) -> None:
        rng = self.rng
        records = []
        for n in range(self.target_assets):
            width, height = rng.randint(48, 160), rng.randint(40, 120)
            colour = tuple(rng.randrange(256) for _ in range(3))
            image = Image.new("RGB", (width, height), colour)
            draw = ImageDraw.Draw(image)
            for _ in range(rng.randint(1, 4)):
                box = sorted(rng.randrange(width) for _ in range(2)), sorted(
                    rng.randrange(height) for _ in range(2))
                draw.rectangle([box[0][0], box[1][0], box[0][1], box[1][1]],
                               fill=tuple(rng.randrange(256) for _ in range(3)))
            draw.text((4, 4), f"#{n}", fill=(255 - colour[0], 255 - colour[1], 255 - colour[2]))
            buffer = io.BytesIO()
            image.save(buffer, "PNG")
            data = buffer.getvalue()
            sha256, new = blobstore.put_bytes(session, data)
            if not new:
                continue
            topic = self.text.title(1, 3).lower().replace(" ", "-")
            filename = f"{topic}-{n:05d}.png"
            oid = self.add("asset", self.text.title(2, 4),
                           {"alt": self.text.title(3, 8), "credit": rng.choice(AUTHORS),
                            "licence": rng.choice(["CC-BY", "internal", ""])},
                           tags=self.text.tags(self.tag_pool, 2),
                           translate=rng.random() < self.french_share * 0.5,
                           asset_filename=filename)
            records.append({"object_id": oid, "sha256": sha256, "filename": filename,
                            "mime": "image/png", "size": len(data), "width": width,
                            "height": height})
            self.asset_ids.append(oid)
        session.execute(insert(AssetFile), records)

    # ------------------------------------------------------------------ content

    def block(self, translate: bool) -> str:
        rng, tm = self.rng, self.text
        roll = rng.random()
        tags = tm.tags(self.tag_pool, 2) if rng.random() < 0.3 else []
        trashed = rng.random() < 0.01
        kw = {"tags": tags, "translate": translate, "trashed": trashed}
        if roll < 0.55:
            paragraphs = [f"<p>{tm.sentences(1, 4)}</p>" for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.2:
                paragraphs.append("<ul>" + "".join(
                    f"<li>{tm.sentence(3, 8)}</li>" for _ in range(rng.randint(2, 5))) + "</ul>")
            if rng.random() < 0.03 and self.asset_ids:
                paragraphs.append(f'<p><img src="asset:{rng.choice(self.asset_ids)}" '
                                  f'alt="{tm.title(2, 4)}"></p>')
            if rng.random() < 0.3:
                paragraphs[0] = paragraphs[0].replace("<p>", "<p><strong>", 1).replace(
                    " ", "</strong> ", 1)
            return self.add("text", tm.title(), {"html": "".join(paragraphs)}, **kw)
        if roll < 0.77:
            return self.add("question", tm.title(), self.question_data(), **kw)
        if roll < 0.90 and self.asset_ids:
            return self.add("media", tm.title(), {
                "asset": rng.choice(self.asset_ids), "alt": tm.title(3, 8),
                "caption": tm.sentence(5, 12),
                "transcript": tm.sentences(2, 6) if rng.random() < 0.1 else "",
            }, **kw)
        return self.add("callout", tm.title(), {
            "variant": rng.choice(["note", "tip", "warning"]),
            "html": f"<p>{tm.sentences(1, 2)}</p>"}, **kw)

    def question_data(self) -> dict:
        rng, tm = self.rng, self.text
        qtype = rng.choice(QUESTION_TYPES)
        data = {"type": qtype, "prompt": tm.sentence(6, 14, "?"),
                "points": rng.choice([1, 1, 1, 2, 5]), "attempts": rng.choice([1, 1, 2, 3]),
                "feedback_correct": tm.sentence(4, 10), "feedback_incorrect": tm.sentence(5, 12)}
        if qtype in ("single", "multiple"):
            count = rng.randint(3, 5)
            right = set(rng.sample(range(count), 1 if qtype == "single" else rng.randint(1, 3)))
            data["choices"] = [{"text": tm.title(2, 7), "correct": i in right,
                                "feedback": tm.sentence(4, 9) if rng.random() < 0.3 else ""}
                               for i in range(count)]
        elif qtype == "true_false":
            data["answer"] = rng.random() < 0.5
        elif qtype == "fill_in":
            data["answers"] = [tm.title(1, 2).lower() for _ in range(rng.randint(1, 3))]
        elif qtype == "matching":
            data["pairs"] = [{"prompt": tm.title(1, 4), "match": tm.title(1, 4)}
                             for _ in range(rng.randint(3, 5))]
        else:
            data["items"] = [{"text": tm.title(2, 5)} for _ in range(rng.randint(3, 6))]
        return data

    def make_content(self) -> None:
        rng, tm = self.rng, self.text
        budget = self.target_objects - len(self.objects)
        recent_blocks: list[str] = []
        while budget > 0:
            translate = rng.random() < self.french_share
            lessons = []
            for _ in range(rng.randint(4, 10)):
                if budget <= 2:
                    break
                pages = []
                for _ in range(rng.randint(3, 8)):
                    if budget <= 3:
                        break
                    count = min(rng.randint(2, 8), budget - 3)
                    blocks = [self.block(translate) for _ in range(count)]
                    budget -= count
                    if recent_blocks and rng.random() < 0.03:
                        blocks.insert(rng.randrange(len(blocks) + 1), rng.choice(recent_blocks))
                        self.stats["reused"] += 1
                    recent_blocks = (recent_blocks + blocks)[-200:]
                    page = self.add("page", tm.title(), {},
                                    tags=tm.tags(self.tag_pool, 2) if rng.random() < 0.3 else [],
                                    translate=translate)
                    budget -= 1
                    self.link_children(page, blocks)
                    pages.append(page)
                lesson = self.add("lesson", tm.title(), {"description": tm.sentences(1, 2)},
                                  tags=tm.tags(self.tag_pool, 3), translate=translate)
                budget -= 1
                self.link_children(lesson, pages)
                lessons.append(lesson)
            course = self.add("course", tm.title(3, 7), {
                "description": tm.sentences(2, 4), "pass_mark": rng.choice([70, 75, 80, 90]),
                "completion": rng.choice(["all_pages", "quiz_passed"]),
                "navigation": rng.choice(["free", "linear"])},
                tags=tm.tags(self.tag_pool, 3), translate=translate)
            budget -= 1
            self.link_children(course, lessons)


def _bulk_engine(path: Path):
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode = OFF")
        cursor.execute("PRAGMA synchronous = OFF")
        cursor.execute("PRAGMA cache_size = -262144")
        cursor.execute("PRAGMA foreign_keys = OFF")
        cursor.close()

    return engine


def _insert(session: Session, table, rows: list[dict], batch: int = 20_000) -> None:
    for start in range(0, len(rows), batch):
        session.execute(insert(table), rows[start:start + batch])


def verify(path: Path, samples: int = 25, seed: int = 3) -> int:
    """Re-index random objects with the real `search.reindex` and compare (rolled back);
    then add one small course with the real model functions. Returns mismatches."""
    from sqlalchemy import select

    from authoring.model import objects, search
    from authoring.model.schema import LearningObject as LO

    rng = random.Random(seed)
    mismatches = 0
    with Library.open(path) as library:
        with library._sessions() as session:
            ids = session.scalars(select(LO.id).where(LO.trashed_at.is_(None))).all()
            french = session.scalars(text(
                "SELECT object_id FROM search_index WHERE locale = 'fr' LIMIT 200")).all()
            picked = rng.sample(ids, min(samples, len(ids))) + french[:5]
            query = text("SELECT title, body, tags, locale FROM search_index "
                         "WHERE object_id = :id ORDER BY locale")
            for oid in picked:
                before = session.execute(query, {"id": oid}).all()
                search.reindex(session, [session.get(LO, oid)])
                after = session.execute(query, {"id": oid}).all()
                if before != after:
                    mismatches += 1
                    print(f"  index mismatch for {oid}:\n    {before}\n    {after}")
            session.rollback()
        with library.transaction() as session:
            blocks = [objects.create(session, "text", "Model-made block",
                                     {"html": "<p>Made through objects.create.</p>"})]
            page = objects.create(session, "page", "Model-made page",
                                  children=[b.id for b in blocks])
            lesson = objects.create(session, "lesson", "Model-made lesson", children=[page.id])
            objects.create(session, "course", "Model-made course", children=[lesson.id],
                           tags=["generated"])
            assert search.search(session, "model made course", kind="course")
    return mismatches


def generate(output: Path, objects: int, assets: int, seed: int = 1,
             french_share: float = 0.25, optimize: bool = False, quiet: bool = False) -> dict:
    started = time.perf_counter()
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (output, output.with_name(output.name + "-wal"),
                     output.with_name(output.name + "-shm")):
        leftover.unlink(missing_ok=True)
    Library.create(output, "en", title=f"Benchmark library ({objects} objects)").close()
    # Leave WAL for the bulk load (journal off, no fsync); WAL is switched back on at the end.
    raw = sqlite3.connect(output)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()

    gen = Generator(objects, assets, seed, french_share)
    engine = _bulk_engine(output)
    timings = {}
    with Session(engine) as session, session.begin():
        session.execute(insert(Locale), [{"code": "fr", "is_source": False, "position": 1}])
        t = time.perf_counter()
        gen.make_assets(session)
        timings["assets"] = time.perf_counter() - t
        t = time.perf_counter()
        gen.make_content()
        timings["content"] = time.perf_counter() - t
        t = time.perf_counter()
        for table, rows in ((LearningObject, gen.objects), (Link, gen.links), (Tag, gen.tags),
                            (Translation, gen.translations)):
            _insert(session, table, rows)
        timings["tables"] = time.perf_counter() - t
        t = time.perf_counter()
        connection = session.connection()
        for start in range(0, len(gen.fts), 20_000):
            connection.execute(text(FTS_INSERT), gen.fts[start:start + 20_000])
        if optimize:
            connection.execute(text("INSERT INTO search_index(search_index) VALUES('optimize')"))
        timings["search_index"] = time.perf_counter() - t
    engine.dispose()
    raw = sqlite3.connect(output)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.close()
    elapsed = time.perf_counter() - started
    t = time.perf_counter()
    mismatches = verify(output)
    timings["verify"] = time.perf_counter() - t
    result = {"path": str(output), "objects": len(gen.objects), "links": len(gen.links),
              "tags": len(gen.tags), "translations": len(gen.translations),
              "index_rows": len(gen.fts), "stats": gen.stats, "seconds": elapsed,
              "timings": timings, "size": output.stat().st_size, "mismatches": mismatches}
    if not quiet:
        s = gen.stats
        print(f"generated {output}")
        print(f"  objects      {len(gen.objects):>8,}  (courses {s['course']:,}, lessons "
              f"{s['lesson']:,}, pages {s['page']:,}, text {s['text']:,}, questions "
              f"{s['question']:,}, media {s['media']:,}, callouts {s['callout']:,}, "
              f"assets {s['asset']:,})")
        print(f"  trashed      {s['trashed']:>8,}   reused blocks {s['reused']:,}")
        print(f"  links        {len(gen.links):>8,}")
        print(f"  tags         {len(gen.tags):>8,}  (pool of {len(gen.tag_pool)})")
        print(f"  translations {len(gen.translations):>8,}  (fr, {s['fr_objects']:,} objects)")
        print(f"  index rows   {len(gen.fts):>8,}")
        print(f"  file size    {result['size'] / 1e6:>8.1f} MB")
        print("  phases       " + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items()))
        print(f"  index check  {'OK' if not mismatches else f'{mismatches} MISMATCHES'} "
              "(generated rows == search.reindex rows)")
        print(f"generated in {elapsed:.1f} s (target < 180 s for 100k objects)")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--assets", type=int, default=5_000)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--french-share", type=float, default=0.25,
                        help="share of courses translated into French (default 0.25)")
    parser.add_argument("--optimize", action="store_true",
                        help="merge the FTS5 index into one segment at the end (not realistic)")
    args = parser.parse_args(argv)
    result = generate(args.output, args.objects, args.assets, args.seed, args.french_share,
                      args.optimize)
    return 1 if result["mismatches"] else 0


if __name__ == "__main__":
    sys.exit(main())
