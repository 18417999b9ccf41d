"""Search benchmark: ``search_articles`` beside a raw FTS5 query on the same index, in the same run.

Run: ``.venv/bin/python tests/benchmarks/search.py [--articles N] [--repeats R] [--profile]``.

Two corpora:
- a generated one, 5,000 articles over the six languages (words drawn from a
  Zipf distribution over inline word lists; uz-Cyrl made from uz-Latn by
  transliteration, as the content pipeline makes it);
- the bundled ``content/`` tree, loaded with the content loader when it is there.

For every query the floor is the raw statement with the match string already
built, ``SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY
rank LIMIT 20``, and the same with our language's rowid range (what search must
do too). Targets reported against: p99 <= 10 ms, and <= 2x the floor.
Prints a table, writes benchmark-results/search.json. Not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk import languages  # noqa: E402
from kiosk.content.search import _rowid_block, rebuild_index, search_articles, to_match_query  # noqa: E402
from kiosk.paths import DataPaths  # noqa: E402
from kiosk.store import Store, open_store  # noqa: E402
from kiosk.text.uzbek import latin_to_cyrillic  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402

TARGET_P99_MS = 10.0
TARGET_RATIO = 2.0
LIMIT = 20

# -- word lists -------------------------------------------------------------------------
# Function words first: the Zipf draw makes early words common.

UZ_FUNCTION = ("va bilan uchun bu siz sizning har bir kerak mumkin emas boʻladi haqida oldin keyin agar yoki ham "
               "lekin faqat barcha yangi muhim qanday qayerda nima kim").split()
UZ_NOUNS = ("ish ishchi mehnat shartnoma pasport viza patent registratsiya roʻyxat hujjat maosh pul bank karta "
            "agentlik litsenziya firibgarlik politsiya elchixona konsullik sugʻurta kasalxona shifokor salomatlik "
            "yoʻl chipta aeroport chegara bojxona uy ijara oila bola qarz kredit foiz toʻlov oʻqish til imtihon "
            "sertifikat koʻrik huquq qonun jarima sud advokat yordam telefon raqam manzil muddat kun oy yil soat "
            "xavfsizlik vatan jamgʻarma ish beruvchi migrant taklif vakansiya kompaniya xizmat markaz shahar "
            "viloyat tuman idora ariza nusxa surat imzo muhr bayonnoma tarjima notarius guvohnoma diplom "
            "tajriba kasb mutaxassis haydovchi quruvchi oshpaz farrosh tikuvchi dehqon ombor zavod").split()
UZ_VERBS = ("qiling oling bering soʻrang tekshiring saqlang yozing oʻqing toʻlang imzolang qaytaring chaqiring "
            "boring keling ishlang yashang koʻring biling ayting").split()
UZ_SUFFIXES = ("", "", "", "lar", "ni", "ga", "da", "dan", "ning", "ingiz", "larni", "imiz")

RU_WORDS = ("и в на с по для не что это как к от из о у за при если или но все вы ваш ваши должен нужно можно "
            "работа работы работу работодатель работодателя патент патента патентом регистрация регистрации "
            "регистрацию миграционная миграционной карта карты паспорт паспорта паспортом виза визы визу "
            "договор договора договором трудовой трудового зарплата зарплаты зарплату штраф штрафа штрафы "
            "уведомление уведомления полиция полиции посольство консульство страховка страховки медицинская "
            "помощь помощи больница врач здоровье билет билеты аэропорт граница таможня жилье жилья аренда "
            "квартира семья дети долг кредит банк карту перевод переводы деньги денег экзамен русский язык "
            "языка сертификат справка справки закон закона права право суд адвокат юрист телефон номер адрес "
            "срок сроки день дней месяц месяца год года час безопасность родина возвращение агентство "
            "агентства лицензия лицензии мошенничество мошенники обязательно обязательная обязательный "
            "получить получите оформить оформление подать подайте проверить проверьте сохранить сохраните "
            "заявление заявления документ документы документов вакансия компания услуга центр город область "
            "район учет учёт пребывания месту иностранный гражданин граждан мигрант мигранты").split()

KY_WORDS = ("жана менен үчүн бул сиз сиздин ар бир керек мүмкүн эмес болот жөнүндө мурун кийин эгер же да "
            "бирок гана бардык жаңы маанилүү кантип кайда эмне ким жумуш жумушчу эмгек келишим паспорт виза "
            "патент каттоо документ айлык акча банк карта агенттик лицензия алдамчылык милиция элчилик "
            "консулдук камсыздандыруу оорукана дарыгер ден соолук жол билет аэропорт чек ара бажы үй ижара "
            "үй-бүлө бала карыз кредит пайыз төлөм окуу тил сынак күбөлүк мыйзам айып сот жардам телефон "
            "дарек мөөнөт күн ай жыл саат коопсуздук мекен кайтуу Кыргызстан Россия Казакстан мигрант "
            "иш берүүчү кызмат борбор шаар облус район арыз көчүрмө сүрөт кол тамга котормо тажрыйба кесип "
            "айдоочу куруучу ашпозчу текшериңиз сактаңыз алыңыз бериңиз сураңыз окуңуз төлөңүз").split()
KY_SUFFIXES = ("", "", "", "лар", "ды", "га", "да", "дан", "дын", "ыңыз", "дарды")

TG_WORDS = ("ва бо барои ин шумо шумо ҳар як лозим мумкин не мешавад дар бораи пеш баъд агар ё ҳам аммо "
            "фақат ҳама нав муҳим чӣ тавр куҷо чӣ кӣ кор коргар меҳнат шартнома шиноснома раводид патент "
            "бақайдгирӣ ҳуҷҷат маош пул бонк корт агентӣ иҷозатнома қаллобӣ милиса сафорат консулгарӣ "
            "суғурта беморхона духтур саломатӣ роҳ чипта фурудгоҳ сарҳад гумрук хона иҷора оила кӯдак қарз "
            "қарзи фоиз пардохт таҳсил забон имтиҳон шаҳодатнома қонун ҷарима суд ёрӣ телефон суроға мӯҳлат "
            "рӯз моҳ сол соат амният ватан бозгашт Тоҷикистон Русия муҳоҷир корфармо хизмат марказ шаҳр "
            "вилоят ноҳия ариза нусха сурат имзо тарҷума таҷриба касб ронанда бинокор ошпаз санҷед нигоҳ "
            "доред гиред диҳед пурсед хонед пардозед").split()
TG_SUFFIXES = ("", "", "", "ҳо", "ро", "и", "ҳоро", "ҳои")

EN_WORDS = ("the and of to a in for your you is be it with on that not do if or at are this by from can "
            "must should ask keep before after work worker job employer contract passport visa permit "
            "registration document documents salary wages money bank card agency licence fraud police embassy "
            "consulate insurance hospital doctor health travel ticket airport border customs house rent family "
            "children debt loan interest payment study language exam certificate medical check rights law fine "
            "court lawyer help phone number address deadline day days month months year hour safety home return "
            "savings transfer company service centre city region office application copy photo signature "
            "translation notary experience profession driver builder cook cleaner farmer warehouse factory "
            "recruitment agreement overtime holiday sick leave accident injury complaint hotline support "
            "migrant abroad country destination arrival departure check verify sign read pay send call").split()


def zipf_sampler(words: list[str], rng: random.Random) -> Callable[[int], list[str]]:
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(words))]
    return lambda count: rng.choices(words, weights=weights, k=count)


def vocabulary(language: str, rng: random.Random) -> list[str]:
    if language == "uz-Latn":
        nouns = [noun + suffix for noun in UZ_NOUNS for suffix in UZ_SUFFIXES]
        rng.shuffle(nouns)
        return UZ_FUNCTION + UZ_VERBS + nouns
    if language == "ky":
        words = KY_WORDS[:30] + [w + s for w in KY_WORDS[30:] for s in KY_SUFFIXES]
    elif language == "tg":
        words = TG_WORDS[:30] + [w + s for w in TG_WORDS[30:] for s in TG_SUFFIXES]
    elif language == "ru":
        words = list(RU_WORDS)
    else:
        words = list(EN_WORDS)
    head, tail = words[:30], words[30:]
    rng.shuffle(tail)
    return head + tail


def sentence(draw: Callable[[int], list[str]], rng: random.Random) -> str:
    words = draw(rng.randint(6, 16))
    if rng.random() < 0.2:
        at = rng.randrange(len(words))
        words[at] = f"**{words[at]}**"
    text = " ".join(words)
    return text[:1].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])


def article_markdown(draw: Callable[[int], list[str]], rng: random.Random) -> tuple[str, str]:
    title = " ".join(draw(rng.randint(3, 7))).capitalize()
    blocks = []
    words = 0
    target = rng.randint(150, 500)
    while words < target:
        kind = rng.random()
        if kind < 0.15:
            block = "## " + " ".join(draw(rng.randint(2, 5))).capitalize()
        elif kind < 0.35:
            block = "\n".join("- " + sentence(draw, rng) for _ in range(rng.randint(2, 5)))
        else:
            block = " ".join(sentence(draw, rng) for _ in range(rng.randint(2, 5)))
        words += len(block.split())
        blocks.append(block)
    return title, "\n\n".join(blocks)


def generate(store: Store, total: int, seed: int = 7) -> dict[str, list[str]]:
    """Insert ``total`` articles spread over the six languages; return each language's vocabulary."""
    rng = random.Random(seed)
    per_language = total // 6
    vocabularies = {tag: vocabulary(tag, rng) for tag in languages.TAGS if tag != "uz-Cyrl"}
    vocabularies["uz-Cyrl"] = [latin_to_cyrillic(word) for word in vocabularies["uz-Latn"]]
    rows = []
    for tag in ("uz-Latn", "ru", "ky", "tg", "en"):
        draw = zipf_sampler(vocabularies[tag], rng)
        count = per_language + (total - 6 * per_language if tag == "en" else 0)
        for n in range(count):
            title, body = article_markdown(draw, rng)
            rows.append((f"a{n}", tag, f"t{n % 8}", n, title, body))
            if tag == "uz-Latn":
                rows.append((f"a{n}", "uz-Cyrl", f"t{n % 8}", n, latin_to_cyrillic(title), latin_to_cyrillic(body)))
    with store.transaction() as db:
        db.conn.executemany("INSERT INTO topics(id, position, icon) VALUES (?, ?, 'x')",
                            [(f"t{i}", i) for i in range(8)])
        db.conn.executemany(
            "INSERT INTO articles(id, language, topic_id, position, title, body, updated, sources) "
            "VALUES (?, ?, ?, ?, ?, ?, '2025-01-01', '[]')",
            rows,
        )
    return vocabularies


# -- queries ------------------------------------------------------------------------------

LATIN_FOR_CYRILLIC = {
    "ru": ["patent", "registratsiya", "registraciya", "migratsionnaya karta", "rabota", "shtraf", "dogovor",
           "zarplata", "pasport", "uvedomlenie", "obyazatelno", "registr", "migrats", "trudovoy dogovor"],
    "ky": ["jumush", "zhumush", "kelishim", "pasport", "myyzam", "karyz", "agenttik"],
    "tg": ["hujjat", "muhojir", "shartnoma", "qarz", "patent", "korfarmo", "sugurta"],
}
CROSS_SCRIPT = {
    "uz-Cyrl": ["patent", "toʻlov", "oʻqish", "shartnoma", "hujjat", "registratsiya", "sugʻurta", "ish beruvchi"],
    "uz-Latn": ["патент", "тўлов", "ўқиш", "шартнома", "ҳужжат", "рўйхат", "суғурта", "иш берувчи"],
}


# For a typo, the floor is the raw query for the word meant: what search ends up asking FTS5.
FLOOR_TEXT: dict[tuple[str, str], str] = {}


def make_queries(vocabularies: dict[str, list[str]], rng: random.Random) -> list[tuple[str, str, str]]:
    """(category, language, query) for every kind of query a traveller types."""
    queries: list[tuple[str, str, str]] = []
    for tag in languages.TAGS:
        # Content words a person would search for: skip the most common function words.
        content = [word for word in vocabularies[tag][25:200] if len(word) >= 4]
        for word in rng.sample(content, 6):
            queries.append(("whole word", tag, word))
        for word in rng.sample([w for w in content if len(w) >= 8], 6):
            queries.append(("prefix 3-8", tag, word[: rng.randint(3, 8)]))
        for _ in range(4):
            first, second = rng.sample(content, 2)
            queries.append(("two words", tag, f"{first} {second[: max(3, len(second) - 2)]}"))
        function = vocabularies[tag][:25]
        for _ in range(4):
            # How people describe a problem: several words, some that carry no meaning.
            words = [*rng.sample(content, 3), *rng.sample(function, 2)]
            rng.shuffle(words)
            queries.append(("phrase of 5", tag, " ".join(words)))
        for word in rng.sample([w for w in content if len(w) >= 6], 4):
            # One letter dropped inside the word: the search widens it to the word meant.
            at = rng.randint(1, len(word) - 2)
            typo = word[:at] + word[at + 1 :]
            FLOOR_TEXT[(tag, typo)] = word
            queries.append(("typo", tag, typo))
    for tag, typed in CROSS_SCRIPT.items():
        queries += [("cross-script uz", tag, query) for query in typed]
    for tag, typed in LATIN_FOR_CYRILLIC.items():
        queries += [("Latin for Cyrillic", tag, query) for query in typed]
    return queries


# -- measuring --------------------------------------------------------------------------------

FLOOR_SQL = "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT 20"
FLOOR_IN_LANGUAGE_SQL = ("SELECT rowid FROM article_search WHERE article_search MATCH ? "
                         "AND rowid >= ? AND rowid < ? ORDER BY rank LIMIT 20")


def measure(store: Store, queries: list[tuple[str, str, str]], repeats: int) -> dict[str, dict[str, list[float]]]:
    """Times in ms per category, for ours and the two floors, interleaved so drift hits all alike."""
    db = store.db.conn
    results: dict[str, dict[str, list[float]]] = {}
    for category, tag, query in queries:
        match = to_match_query(FLOOR_TEXT.get((tag, query), query), tag)
        if match is None:
            continue
        first = _rowid_block(tag)
        slot = results.setdefault(category, {"ours": [], "floor": [], "floor_lang": [], "hits": []})
        slot["hits"].append(float(len(search_articles(store, query, tag, LIMIT))))
        for _ in range(3):  # warm the page cache and the statement cache
            search_articles(store, query, tag, LIMIT)
            db.execute(FLOOR_SQL, [match]).fetchall()
        for _ in range(repeats):
            start = time.perf_counter_ns()
            search_articles(store, query, tag, LIMIT)
            middle = time.perf_counter_ns()
            db.execute(FLOOR_SQL, [match]).fetchall()
            end = time.perf_counter_ns()
            db.execute(FLOOR_IN_LANGUAGE_SQL, [match, first, first + (1 << 32)]).fetchall()
            last = time.perf_counter_ns()
            slot["ours"].append((middle - start) / 1e6)
            slot["floor"].append((end - middle) / 1e6)
            slot["floor_lang"].append((last - end) / 1e6)
    return results


def summarise(results: dict[str, dict[str, list[float]]]) -> dict[str, dict[str, float]]:
    everything: dict[str, list[float]] = {"ours": [], "floor": [], "floor_lang": [], "hits": []}
    for slot in results.values():
        for key, values in slot.items():
            everything[key] += values
    table = {}
    for category, slot in [*results.items(), ("all queries", everything)]:
        row = {f"{key}_{name}": percentile(slot[key], q)
               for key in ("ours", "floor", "floor_lang") for name, q in (("p50", 0.5), ("p99", 0.99))}
        row["ratio_p50"] = row["ours_p50"] / row["floor_lang_p50"]
        row["ratio_p99"] = row["ours_p99"] / row["floor_lang_p99"]
        row["ratio_p50_vs_unfiltered"] = row["ours_p50"] / row["floor_p50"]
        row["mean_hits"] = statistics.mean(slot["hits"])
        row["samples"] = len(slot["ours"])
        table[category] = row
    return table


def print_table(title: str, table: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print(f"{'ms':<20} {'ours p50':>9} {'p99':>7} {'floor p50':>10} {'p99':>7} {'floor+lang p50':>15} {'p99':>7}"
          f" {'ratio p50':>10} {'p99':>6} {'hits':>5}")
    for category, row in table.items():
        print(f"{category:<20} {row['ours_p50']:>9.3f} {row['ours_p99']:>7.3f} {row['floor_p50']:>10.3f}"
              f" {row['floor_p99']:>7.3f} {row['floor_lang_p50']:>15.3f} {row['floor_lang_p99']:>7.3f}"
              f" {row['ratio_p50']:>9.2f}x {row['ratio_p99']:>5.2f}x {row['mean_hits']:>5.1f}")
    overall = table["all queries"]
    p99_ok = overall["ours_p99"] <= TARGET_P99_MS
    ratio_ok = overall["ratio_p99"] <= TARGET_RATIO and overall["ratio_p50"] <= TARGET_RATIO
    print(f"target p99 <= {TARGET_P99_MS:g} ms: {'met' if p99_ok else 'MISSED'} ({overall['ours_p99']:.2f} ms); "
          f"target <= {TARGET_RATIO:g}x the floor (with the language range): "
          f"{'met' if ratio_ok else 'MISSED'} (p50 {overall['ratio_p50']:.2f}x, p99 {overall['ratio_p99']:.2f}x)")


def bundled_content(store: Store) -> str | None:
    """Load content/ with the content loader; return why not, or None when loaded."""
    try:
        from kiosk.content.articles import read_tree
        from kiosk.content.bundle import apply_tree
        from kiosk.paths import BUNDLED_CONTENT_DIR
    except ImportError as error:
        return f"the content loader is not there yet ({error})"
    if not (BUNDLED_CONTENT_DIR / "articles").is_dir():
        return f"no {BUNDLED_CONTENT_DIR / 'articles'}"
    try:
        apply_tree(store, read_tree(BUNDLED_CONTENT_DIR))
    except Exception as error:  # a benchmark reports, it does not stop
        return f"the bundled content did not load: {type(error).__name__}: {error}"
    return None


def bundled_queries(store: Store, rng: random.Random) -> list[tuple[str, str, str]]:
    queries = []
    for tag in languages.TAGS:
        titles = [str(row[0]) for row in store.db.execute(
            "SELECT title FROM articles WHERE language = ?", [tag])]
        words = sorted({word for title in titles for word in title.split() if len(word) >= 4})
        if not words:
            continue
        for word in rng.sample(words, min(8, len(words))):
            queries.append(("whole word", tag, word.strip(".,:;!?()").lower()))
            queries.append(("prefix 3-8", tag, word[: rng.randint(3, min(8, len(word)))]))
        for _ in range(4):
            queries.append(("two words", tag, " ".join(rng.sample(words, 2))))
    return queries


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--profile", action="store_true", help="print where search_articles spends its time")
    args = parser.parse_args()
    rng = random.Random(11)
    report: dict[str, object] = {"articles": args.articles, "repeats": args.repeats, "limit": LIMIT,
                                 "targets": {"p99_ms": TARGET_P99_MS, "ratio": TARGET_RATIO}}

    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(DataPaths(Path(scratch) / "generated"))
        start = time.perf_counter()
        vocabularies = generate(store, args.articles)
        generated_s = time.perf_counter() - start
        start = time.perf_counter()
        indexed = rebuild_index(store)
        rebuild_s = time.perf_counter() - start
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = store.path.stat().st_size
        index_size = sum(row[0] for row in store.db.execute(
            "SELECT pgsize FROM dbstat WHERE name LIKE 'article_search%'"))
        vocabulary_size = sum(row[0] for row in store.db.execute(
            "SELECT pgsize FROM dbstat WHERE name LIKE 'article_search_words%' OR name LIKE 'article_search_grams%'"))
        print(f"generated corpus: {indexed} articles indexed in {rebuild_s:.1f} s "
              f"(generated in {generated_s:.1f} s); database {size / 1e6:.1f} MB, "
              f"of which the search tables {index_size / 1e6:.1f} MB "
              f"(the typo vocabulary {vocabulary_size / 1e6:.1f} MB of it)")
        queries = make_queries(vocabularies, rng)
        table = summarise(measure(store, queries, args.repeats))
        print_table(f"generated corpus, {len(queries)} queries x {args.repeats} runs, limit {LIMIT}", table)
        report["generated"] = {"indexed": indexed, "rebuild_s": rebuild_s, "database_bytes": size,
                               "search_table_bytes": index_size, "vocabulary_bytes": vocabulary_size,
                               "queries": [list(query) for query in queries], "table": table}
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(5):
                for _, tag, query in queries:
                    search_articles(store, query, tag, LIMIT)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
        store.close()

        store = open_store(DataPaths(Path(scratch) / "bundled"))
        why_not = bundled_content(store)
        if why_not is not None:
            print(f"\nbundled content: skipped, {why_not}")
            report["bundled"] = {"skipped": why_not}
        else:
            indexed = rebuild_index(store)
            queries = bundled_queries(store, rng)
            table = summarise(measure(store, queries, args.repeats))
            print_table(f"bundled content/, {indexed} articles, {len(queries)} queries x {args.repeats} runs",
                        table)
            report["bundled"] = {"indexed": indexed, "queries": [list(query) for query in queries],
                                 "table": table}
        store.close()

    write_results("search", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
