"""A realistic test project (Dutch or English) for the export tests."""

from __future__ import annotations

import datetime as dt

from innodraft.core.enums import (
    AwardBasis,
    ContractType,
    Language,
    PriceMethod,
    RequirementKind,
    SuitabilityKind,
    Verification,
)
from innodraft.core.model import (
    AcceptedFinding,
    AwardCriterion,
    AwardModel,
    ExclusionGround,
    Meta,
    Milestone,
    Need,
    Outcome,
    PriceModel,
    Project,
    Requirement,
    ScaleLevel,
    Selection,
    SubCriterion,
    SuitabilityRequirement,
)

SCALE = (
    (0, "onvoldoende", "De aanpak ontbreekt of sluit niet aan op de resultaten."),
    (2, "matig", "De aanpak raakt de resultaten maar blijft algemeen."),
    (4, "voldoende", "De aanpak is concreet voor de belangrijkste resultaten."),
    (6, "ruim voldoende", "De aanpak is concreet en onderbouwd voor alle resultaten."),
    (8, "goed", "Als 6, met aantoonbare meerwaarde voor minstens één resultaat."),
    (10, "uitstekend", "Als 8, met meerwaarde voor alle resultaten en een beheerst risicoprofiel."),
)

REQUIREMENT_TEXTS = (
    ("Verlichting", "Verlichtingsniveau", "De verlichting voldoet aan klasse M4 van NEN-EN 13201 op alle "
     "hoofdwegen.", RequirementKind.KNOCKOUT, Verification.DOCUMENT),
    ("Verlichting", "Dimmen", "De armaturen kunnen op afstand dimmen tussen 20 % en 100 % van het "
     "nominale vermogen, per armatuur en per groep.", RequirementKind.KNOCKOUT, Verification.DEMONSTRATION),
    ("Verlichting", "Lichthinder", "De opdrachtnemer beperkt lichthinder voor omwonenden en dieren; "
     "beschrijf hoe.", RequirementKind.AWARD, Verification.DOCUMENT),
    ("Energie", "Energieverbruik", "Het energieverbruik per lichtpunt daalt binnen twee jaar met ten "
     "minste 40 % ten opzichte van 2025.", RequirementKind.KNOCKOUT, Verification.MONITORING),
    ("Energie", "Rapportage", "De opdrachtnemer rapporteert elk kwartaal het energieverbruik per "
     "lichtpunt in een open formaat (CSV).", RequirementKind.KNOCKOUT, Verification.MONITORING),
    ("Energie", "Philips CityTouch", "Het beheersysteem is Philips CityTouch of gelijkwaardig.",
     RequirementKind.KNOCKOUT, Verification.DEMONSTRATION),
    ("Beheer", "Storingen", "Storingen worden binnen 24 uur na melding verholpen, 7 dagen per week.",
     RequirementKind.KNOCKOUT, Verification.MONITORING),
    ("Beheer", "Circulariteit", "De opdrachtnemer neemt armaturen aan het einde van de levensduur terug "
     "en hergebruikt ten minste 80 % van het materiaal.", RequirementKind.AWARD, Verification.DOCUMENT),
    ("Beheer", "Achtergrond", "De gemeente beheert ongeveer 12.000 lichtpunten.",
     RequirementKind.INFORMATION, Verification.NONE),
)


def sample_project(lang: str = "nl", method: PriceMethod = PriceMethod.RELATIVE,
                   requirements: int | None = None) -> Project:
    """A complete, consistent project; ``requirements`` repeats the texts to reach a count."""
    texts = list(REQUIREMENT_TEXTS)
    count = requirements if requirements is not None else len(texts)
    reqs = []
    for i in range(count):
        category, title, text, kind, verification = texts[i % len(texts)]
        reqs.append(Requirement(
            id=f"E-{i + 1:03d}", title=title, text=text, kind=kind, category=category,
            rationale="Draagt bij aan de energiedoelen van de gemeente." if i % 3 == 0 else "",
            verification=verification, verification_detail="Meetrapport per kwartaal" if i % 4 == 0 else "",
            outcome_id="O-1" if i % 2 == 0 else None,
            accepted=[AcceptedFinding(rule="nl.brand.without-equivalent", match="Philips CityTouch",
                                      justification="Bestaand beheersysteem; koppeling is noodzakelijk.",
                                      author="J. de Vries", accepted_at=dt.datetime(2026, 3, 4, 10, 30))]
            if title == "Philips CityTouch" else []))
    discount = method is PriceMethod.FICTITIOUS_DISCOUNT
    return Project(
        meta=Meta(title="Slimme openbare verlichting", reference="INK-2026-014",
                  authority_name="Gemeente Voorbeeld", contract_type=ContractType.SERVICES,
                  cpv_codes=["34993000-4", "50232100-1"], language=Language(lang), author="A. Inkoper",
                  document_version="0.9", created=dt.date(2026, 1, 12),
                  planned_publication=dt.date(2026, 9, 1)),
        need=Need(problem="De openbare verlichting is verouderd en verbruikt te veel energie.\n\n"
                          "Storingen worden laat opgemerkt.",
                  outcomes=[Outcome(id="O-1", text="Minder energieverbruik", indicator="kWh per lichtpunt",
                                    target="-40 % in 2028"),
                            Outcome(id="O-2", text="Snelle storingsafhandeling", indicator="hersteltijd",
                                    target="< 24 uur")],
                  context="De gemeente wil in 2030 energieneutraal zijn.",
                  left_open="Hoe de besparing wordt bereikt, laat de gemeente aan de markt."),
        requirements=reqs,
        selection=Selection(
            exclusion_grounds=[ExclusionGround(id="X-1", text="Deelneming aan een criminele organisatie, "
                                               "fraude, omkoping of witwassen.", basis="Aw 2.86"),
                               ExclusionGround(id="X-2", text="Ernstige beroepsfout.", mandatory=False,
                                               basis="Aw 2.87 lid 1 sub c")],
            suitability=[SuitabilityRequirement(id="S-1", kind=SuitabilityKind.REFERENCE,
                                                text="Eén referentie van een vergelijkbare opdracht.",
                                                count=1, years=3, motivation="Toont ervaring met slimme "
                                                "verlichting aan.")]),
        award=AwardModel(
            basis=AwardBasis.BPKV,
            criteria=[AwardCriterion(id="G-1", title="Plan van aanpak energie",
                                     weight=40 if not discount else 60,
                                     description="Hoe bereikt u de besparing?", requirement_ids=["E-003"],
                                     sub_criteria=[SubCriterion(id="SG-1", title="Aanpak", weight=60),
                                                   SubCriterion(id="SG-2", title="Risico's", weight=40)]),
                      AwardCriterion(id="G-2", title="Circulariteit", weight=20 if not discount else 40,
                                     description="Terugname en hergebruik.", requirement_ids=["E-008"])],
            price=PriceModel(method=method, weight=40 if not discount else 0,
                             discount_total=200_000 if discount else 0),
            scale=[ScaleLevel(score=score, label=name, descriptor=text) for score, name, text in SCALE],
            evaluators=["Anna", "Bram", "Chris"], spread_threshold=2.0),
        timeline=[Milestone(id="T-1", key="publication", label="Publicatie", date=dt.date(2026, 9, 1)),
                  Milestone(id="T-2", key="questions", label="Sluiting vragen", date=dt.date(2026, 9, 15)),
                  Milestone(id="T-3", key="tenders", label="Sluiting inschrijving",
                            date=dt.date(2026, 10, 8))],
        counters={"E": count, "O": 2, "X": 2, "S": 1, "G": 2, "SG": 2, "T": 3},
    )
