"""Linter speed: prints figures, asserts nothing (the machine is shared and noisy).

    .venv/bin/python benchmarks/bench_lint.py [--words 50000] [--lang nl] [--repeat 15]

Figures:
* pipeline load: ``import spacy`` and ``get_linter(lang)`` in a fresh process,
  plus the first lint after loading (hidden start-up costs would show there);
* a specification of ~50,000 words (requirements of ~40 words generated from
  templates written for this benchmark, about a quarter of them with a flaw):
  full lint time vs spaCy's bare tokenizer on the same texts, both warm, best
  of ``--repeat`` runs measured in alternation (so both see the same machine load), the
  ratio of the best times and the median ratio of the rounds (each round runs the tokenizer
  and then the linter, so a burst of load on this shared machine hits both); plus the
  first (cold) lint;
* re-lint of one edited ~40-word requirement: median and 95th percentile of
  single calls, each with a different edit (as when typing).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import subprocess
import sys
import textwrap
import time

TEMPLATES = {
    "nl": {
        "subject": [
            "De opdrachtnemer",
            "De leverancier",
            "Het systeem",
            "De oplossing",
            "De applicatie",
            "Het platform",
            "De dienstverlener",
            "De inschrijver",
            "De helpdesk",
            "Het zaaksysteem",
            "De beheerorganisatie",
            "De monteur",
            "Het portaal",
            "De rapportagemodule",
            "De koppeling",
        ],
        "verb": [
            "registreert",
            "levert",
            "ondersteunt",
            "archiveert",
            "controleert",
            "bewaakt",
            "meldt",
            "exporteert",
            "importeert",
            "publiceert",
            "valideert",
            "verwerkt",
            "versleutelt",
            "toont",
            "bewaart",
            "herstelt",
            "plant",
            "rapporteert",
            "signaleert",
            "actualiseert",
        ],
        "object": [
            "alle zaken",
            "de documenten",
            "wijzigingen in de basisregistraties",
            "storingen met prioriteit 1",
            "de vergunningaanvragen",
            "facturen",
            "gebruikersaccounts",
            "de metadata volgens het TMLO",
            "logbestanden",
            "de kaartlagen uit de BGT",
            "besluiten",
            "inspectierapporten",
            "meldingen openbare ruimte",
            "contracten",
            "de gegevens uit de BRP",
            "afvalcontainers",
            "klantcontacten",
            "bezwaarschriften",
            "de planning van het onderhoud",
            "de bestanden in het e-depot",
        ],
        "tail": [
            "binnen 4 werkuren na de melding",
            "op werkdagen tussen 8.00 en 18.00 uur",
            "met een beschikbaarheid van 99,8 % per kalendermaand",
            "zonder tussenkomst van de leverancier",
            "via een beveiligde verbinding (TLS 1.3)",
            "in een open bestandsformaat",
            "aan de opdrachtgever",
            "elk kwartaal in een schriftelijke rapportage",
            "op basis van de zaaktypecatalogus",
            "waarbij de gebruiker de status kan volgen",
            "inclusief de historie van de afgelopen 7 jaar",
            "uiterlijk 10 werkdagen voor de start van de migratie",
            "conform de Archiefwet",
            "met een responstijd van maximaal 2 seconden",
            "voor ten minste 350 gelijktijdige gebruikers",
        ],
        "flaw": [
            "zo snel mogelijk",
            "op een gebruiksvriendelijke manier",
            "via TOPdesk",
            "waar mogelijk",
            "in een overzichtelijke tabel",
            "met behulp van kunstmatige intelligentie",
            "tijdig",
            "conform NEN-EN 15038",
            "en andere relevante gegevens",
            "met een Nederlandse vestiging in de regio",
        ],
        "join": ["en", "waarna het systeem", "zodat de gebruiker", "terwijl de beheerder"],
    },
    "en": {
        "subject": [
            "The contractor",
            "The vendor",
            "The system",
            "The solution",
            "The application",
            "The platform",
            "The service provider",
            "The offeror",
            "The help desk",
            "The case system",
            "The support team",
        ],
        "verb": [
            "records",
            "delivers",
            "supports",
            "archives",
            "checks",
            "monitors",
            "reports",
            "exports",
            "imports",
            "publishes",
            "validates",
            "processes",
            "encrypts",
            "displays",
            "stores",
            "restores",
            "schedules",
        ],
        "object": [
            "all cases",
            "the documents",
            "changes to the registers",
            "priority 1 incidents",
            "permit applications",
            "invoices",
            "user accounts",
            "the metadata",
            "log files",
            "map layers",
            "decisions",
            "inspection reports",
            "service requests",
            "contracts",
            "payments",
            "appeals",
        ],
        "tail": [
            "within 4 business hours of the report",
            "on working days between 8 am and 6 pm",
            "with 99.8 % availability per calendar month",
            "without help from the vendor",
            "over an encrypted connection (TLS 1.3)",
            "in an open file format",
            "to the agency",
            "every quarter in a written report",
            "so that the user can follow the status",
            "including the history of the last 7 years",
            "no later than 10 working days before migration",
            "with a response time of at most 2 seconds",
            "for at least 350 concurrent users",
        ],
        "flaw": [
            "as soon as possible",
            "in a user friendly way",
            "in JIRA",
            "wherever possible",
            "in a timely manner",
            "using machine learning",
            "etc.",
            "per EN 15038",
            "by U.S. citizens only",
            "using agile principles",
        ],
        "join": ["and", "after which the system", "so that the user", "while the administrator"],
    },
}


def make_spec(lang: str, words: int, seed: int = 7) -> list[str]:
    """Requirements of ~40 words until ``words`` words; a quarter carry one flaw phrase."""
    rnd = random.Random(seed)
    t = TEMPLATES[lang]
    reqs: list[str] = []
    count = 0
    while count < words:
        parts = []
        while len(" ".join(parts).split()) < 34:
            clause = " ".join(rnd.choice(t[part]) for part in ("subject", "verb", "object", "tail"))
            parts.append(clause)
        text = f" {rnd.choice(t['join'])} ".join(parts[:2]) + "."
        if rnd.random() < 0.25:
            text = text[:-1] + " " + rnd.choice(t["flaw"]) + "."
        text = text.replace(" 7 ", f" {rnd.randint(2, 15)} ").replace(" 350 ", f" {rnd.randint(50, 5000)} ")
        reqs.append(text)
        count += len(text.split())
    return reqs


def best_pair(first, second, repeat: int) -> tuple[float, float, list[float]]:
    """Best times of two functions, measured in alternation so that both see the same machine load,
    and the ratio second/first of each round (a round's two runs follow each other directly).

    Garbage is collected before each run, so that neither pays for the other's objects.
    """
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for func, out in ((first, times[0]), (second, times[1])):
            gc.collect()
            start = time.perf_counter()
            func()
            out.append(time.perf_counter() - start)
    ratios = [b / a for a, b in zip(*times, strict=True) if a > 0]
    return min(times[0]), min(times[1]), ratios


def load_figures(lang: str) -> tuple[float, float, float]:
    code = textwrap.dedent(f"""
        import time
        t0 = time.perf_counter()
        import spacy
        t1 = time.perf_counter()
        from innodraft.lint import get_linter
        linter = get_linter({lang!r})
        t2 = time.perf_counter()
        linter.lint("De leverancier levert een systeem dat zo snel mogelijk reageert via TOPdesk.")
        t3 = time.perf_counter()
        print(t1 - t0, t2 - t1, t3 - t2)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    a, b, c = (float(x) for x in out.split())
    return a, b, c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--lang", choices=["nl", "en"], default="nl")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--edits", type=int, default=300)
    args = ap.parse_args()

    imp, load, first = load_figures(args.lang)
    print(f"pipeline load ({args.lang}, fresh process):")
    print(f"  import spacy (the library itself):    {imp:.2f} s")
    print(f"  load the pipeline (get_linter):        {load:.2f} s   (target <= 1 s)")
    print(f"  first lint after loading:              {first * 1000:.1f} ms")
    print(f"  total until the first result:          {imp + load + first:.2f} s")

    from innodraft.lint import get_linter

    linter = get_linter(args.lang)
    spec = make_spec(args.lang, args.words)
    n_words = sum(len(r.split()) for r in spec)
    tokenizer = linter.nlp.tokenizer
    start = time.perf_counter()
    results = linter.lint_many(spec)
    cold = time.perf_counter() - start
    tok, lint, ratios = best_pair(
        lambda: list(tokenizer.pipe(spec)), lambda: linter.lint_many(spec), args.repeat
    )
    flagged = sum(1 for r in results if r)
    findings = sum(len(r) for r in results)
    print(
        f"specification: {len(spec)} requirements, {n_words} words, "
        f"{flagged} with findings, {findings} findings"
    )
    print(f"bare tokenizer (warm, best of {args.repeat}): {tok:.3f} s")
    print(
        f"lint (warm, best of {args.repeat}):           {lint:.3f} s   ratio to tokenizer {lint / tok:.2f}x"
    )
    print(
        f"ratio per round (tokenizer, then lint): median {statistics.median(ratios):.2f}x, "
        f"range {min(ratios):.2f}-{max(ratios):.2f}x over {len(ratios)} rounds   (target <= 3x)"
    )
    print(f"lint (first run, cold caches):       {cold:.3f} s")

    rnd = random.Random(3)
    base = spec[len(spec) // 2].split()
    words = [w for r in spec[:200] for w in r.split()]
    times = []
    for _ in range(args.edits):
        edited = list(base)
        edited[rnd.randrange(len(edited))] = rnd.choice(words)
        text = " ".join(edited)
        start = time.perf_counter()
        linter.lint(text)
        times.append(time.perf_counter() - start)
    times.sort()
    print(
        f"re-lint one edited requirement ({len(base)} words): "
        f"median {statistics.median(times) * 1000:.2f} ms, "
        f"p95 {times[int(len(times) * 0.95)] * 1000:.2f} ms over {args.edits} edits"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
