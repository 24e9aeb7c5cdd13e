"""Every fixed text of the exported documents, in Dutch and English.

One table, ``LABELS[key] = (nl, en)``; :func:`label` picks the language and
fills ``{placeholders}``. Enum values have keys ``<enum>.<value>``
(``kind.knockout``). Tests check that every key has both languages and that
both carry the same placeholders.
"""

from __future__ import annotations

import string
from enum import Enum

LANGUAGES = ("nl", "en")
"""Languages of the documents; the column order of :data:`LABELS`."""

LABELS: dict[str, tuple[str, str]] = {
    # document kinds, cover, version block
    "doc.tender": ("Aanbestedingsleidraad", "Tender document"),
    "doc.pve": ("Programma van Eisen", "Programme of Requirements"),
    "doc.review": ("Reviewexemplaar", "Review copy"),
    "doc.grid": ("Beoordelingsmodel", "Evaluation grid"),
    "doc.untitled": ("(opdracht zonder titel)", "(untitled contract)"),
    "doc.subject": ("{kind} voor de opdracht {title}", "{kind} for the contract {title}"),
    "cover.version_block": ("Documentgegevens", "Document details"),
    "cover.document": ("Document", "Document"),
    "cover.reference": ("Kenmerk", "Reference"),
    "cover.authority": ("Aanbestedende dienst", "Contracting authority"),
    "cover.version": ("Versie", "Version"),
    "cover.date": ("Datum", "Date"),
    "cover.author": ("Opgesteld door", "Prepared by"),
    "cover.review_note": (
        "Dit exemplaar is bestemd voor de juridische en inhoudelijke toets. De bevindingen van de "
        "eisencontrole staan als opmerkingen in de marge, op precies de woorden waar ze over gaan. "
        "Niet publiceren.",
        "This copy is meant for the legal and content review. The requirement checker's findings are "
        "comments in the margin, anchored on exactly the words they concern. Do not publish."),
    "cover.review_counts": ("{findings} bevindingen bij {requirements} eisen, waarvan {accepted} bewust "
                            "geaccepteerd.",
                            "{findings} findings on {requirements} requirements, {accepted} of them "
                            "accepted on purpose."),
    "toc.title": ("Inhoud", "Contents"),
    "toc.placeholder": ("De inhoudsopgave wordt bijgewerkt bij het openen in Word (F9).",
                        "The table of contents is updated when the document is opened in Word (F9)."),
    "footer.page": ("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "todo": ("[nog in te vullen]", "[to be completed]"),
    "none": ("Geen.", "None."),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    # chapter 1: introduction
    "intro.title": ("Inleiding", "Introduction"),
    "intro.text": (
        "Dit document beschrijft de opdracht, de procedure en de planning, de selectie, de gunning en de "
        "eisen waaraan de opdracht moet voldoen. Elke eis heeft een vast nummer (zoals E-001) dat niet "
        "verandert; gebruik die nummers in vragen en in de inschrijving.",
        "This document describes the contract, the procedure and timeline, the selection, the award and "
        "the requirements the contract must meet. Every requirement has a fixed number (such as E-001) "
        "that does not change; please use these numbers in questions and in the tender."),
    "intro.details": ("Gegevens van de opdracht", "Contract details"),
    "intro.contract": ("Opdracht", "Contract"),
    "intro.authority_type": ("Soort aanbestedende dienst", "Type of contracting authority"),
    "intro.contract_type": ("Soort opdracht", "Type of contract"),
    "intro.cpv": ("CPV-codes", "CPV codes"),
    "intro.lots": ("Percelen", "Lots"),
    "intro.lot": ("Perceel", "Lot"),
    "intro.no_lots": ("De opdracht is niet in percelen verdeeld.", "The contract is not divided into lots."),
    "authority.central": ("centrale overheid", "central government"),
    "authority.sub_central": ("decentrale overheid", "sub-central authority"),
    "authority.utility": ("speciale-sectorbedrijf", "utility"),
    "contract.works": ("werken", "works"),
    "contract.supplies": ("leveringen", "supplies"),
    "contract.services": ("diensten", "services"),
    "contract.social_services": ("sociale en andere specifieke diensten",
                                 "social and other specific services"),
    # chapter 2: need
    "need.title": ("Behoefte en beoogde resultaten", "Need and intended outcomes"),
    "need.problem": ("Aanleiding en probleem", "Background and problem"),
    "need.context": ("Context", "Context"),
    "need.ambition": ("Ambitie", "Ambition"),
    "need.outcomes": ("Beoogde resultaten", "Intended outcomes"),
    "need.outcomes_intro": ("De opdracht is geslaagd als de volgende resultaten worden bereikt.",
                            "The contract succeeds when the following outcomes are achieved."),
    "need.left_open": ("Ruimte voor de markt", "Room for the market"),
    "col.nr": ("Nr.", "No."),
    "col.outcome": ("Resultaat", "Outcome"),
    "col.indicator": ("Indicator", "Indicator"),
    "col.target": ("Streefwaarde", "Target"),
    # chapter 3: procedure
    "proc.title": ("Procedure en planning", "Procedure and timeline"),
    "proc.procedure": ("Procedure", "Procedure"),
    "proc.chosen": ("De opdracht wordt aanbesteed via de {procedure}.",
                    "The contract is awarded through the {procedure}."),
    "proc.basis": ("Grondslag: {basis}.", "Legal basis: {basis}."),
    "proc.grounds": ("Deze procedure is toegestaan op de volgende grond:",
                     "This procedure is allowed on this ground:"),
    "proc.timeline": ("Planning", "Timeline"),
    "proc.timeline_intro": ("De aanbestedende dienst hanteert de volgende planning. Wijzigingen worden via "
                            "het aanbestedingsplatform bekendgemaakt.",
                            "The contracting authority follows this timeline. Changes are announced through "
                            "the tender platform."),
    "proc.earliest_mark": ("(vroegst mogelijk)", "(earliest possible)"),
    "proc.from": ("vanaf {date}", "from {date}"),
    "proc.until": ("uiterlijk {date}", "by {date}"),
    "proc.recommended_other": ("Het procedure-advies beveelt de {procedure} aan.",
                               "The procedure advice recommends the {procedure}."),
    "proc.problems": ("Aandachtspunten uit het procedure-advies (alleen in dit reviewexemplaar):",
                      "Points from the procedure advice (in this review copy only):"),
    "proc.no_timeline": ("De planning wordt nog vastgesteld.", "The timeline is still to be set."),
    "col.activity": ("Activiteit", "Activity"),
    "col.date": ("Datum", "Date"),
    "col.lawful": ("Wettelijke termijn", "Statutory limit"),
    "col.basis": ("Grondslag", "Basis"),
    "proc.communication": ("Communicatie en vragen", "Communication and questions"),
    "proc.communication_text": (
        "Vragen over deze aanbesteding worden uitsluitend schriftelijk gesteld via het "
        "aanbestedingsplatform, onder vermelding van het nummer van de eis of paragraaf. Alle vragen en "
        "antwoorden worden geanonimiseerd gebundeld in een nota van inlichtingen, die deel uitmaakt van de "
        "aanbestedingsstukken.",
        "Questions about this tender are asked in writing only, through the tender platform, quoting the "
        "number of the requirement or section. All questions and answers are collected anonymously in a "
        "clarification note (nota van inlichtingen), which forms part of the tender documents."),
    "proc.electronic": ("Inschrijven gebeurt elektronisch via het aanbestedingsplatform.",
                        "Tenders are submitted electronically through the tender platform."),
    # chapter 4: selection
    "sel.title": ("Uitsluiting en geschiktheid", "Exclusion and suitability"),
    "sel.exclusion": ("Uitsluitingsgronden", "Exclusion grounds"),
    "sel.exclusion_intro": (
        "Een inschrijver op wie een van de onderstaande gronden van toepassing is, wordt uitgesloten van "
        "deelname, tenzij de wet ruimte biedt voor herstelmaatregelen (self-cleaning).",
        "A tenderer to whom one of the grounds below applies is excluded, unless the law allows "
        "remedial measures (self-cleaning)."),
    "sel.suitability": ("Geschiktheidseisen", "Suitability requirements"),
    "sel.suitability_intro": (
        "De inschrijver moet aantonen dat hij over de volgende geschiktheid beschikt. Elke eis staat in "
        "verhouding tot de opdracht; de motivering staat erbij.",
        "The tenderer must show the following suitability. Each requirement is proportionate to the "
        "contract; its motivation is given with it."),
    "sel.espd": (
        "Inschrijvers verklaren met het Uniform Europees Aanbestedingsdocument (UEA) dat zij niet "
        "uitgesloten zijn en aan de geschiktheidseisen voldoen. Bewijsstukken worden in beginsel alleen "
        "opgevraagd bij de inschrijver aan wie de aanbestedende dienst voornemens is te gunnen.",
        "Tenderers declare in the European Single Procurement Document (ESPD) that they are not excluded "
        "and meet the suitability requirements. Evidence is in principle requested only from the tenderer "
        "to whom the contracting authority intends to award the contract."),
    "sel.max_candidates": ("Er worden ten hoogste {count} gegadigden uitgenodigd om in te schrijven.",
                           "At most {count} candidates are invited to submit a tender."),
    "col.ground": ("Uitsluitingsgrond", "Exclusion ground"),
    "col.mandatory": ("Soort", "Type"),
    "sel.mandatory": ("verplicht", "mandatory"),
    "sel.optional": ("facultatief", "discretionary"),
    "col.kind": ("Soort", "Type"),
    "col.requirement": ("Eis", "Requirement"),
    "col.motivation": ("Motivering", "Motivation"),
    "sel.amount": ("bedrag: {value}", "amount: {value}"),
    "sel.count": ("aantal: {value}", "number: {value}"),
    "sel.years": ("periode: {value} jaar", "period: {value} years"),
    "suit.turnover": ("omzet", "turnover"),
    "suit.reference": ("referentie", "reference"),
    "suit.experience": ("ervaring", "experience"),
    "suit.certificate": ("certificaat", "certificate"),
    "suit.insurance": ("verzekering", "insurance"),
    "suit.professional": ("beroepsbevoegdheid", "professional authorisation"),
    "suit.staff": ("personeel", "staff"),
    "suit.other": ("overig", "other"),
    # chapter 5: award
    "award.title": ("Gunning", "Award"),
    "award.basis": ("Gunningscriterium", "Award criterion"),
    "award.basis.bpkv": (
        "De opdracht wordt gegund aan de inschrijving met de beste prijs-kwaliteitverhouding "
        "(artikel 2.114 Aanbestedingswet 2012).",
        "The contract is awarded to the tender with the best price-quality ratio (article 2.114 of the "
        "Dutch Public Procurement Act 2012)."),
    "award.basis.lowest_price": (
        "De opdracht wordt gegund aan de geldige inschrijving met de laagste prijs (artikel 2.114 "
        "Aanbestedingswet 2012).",
        "The contract is awarded to the valid tender with the lowest price (article 2.114 of the Dutch "
        "Public Procurement Act 2012)."),
    "award.basis.lowest_cost": (
        "De opdracht wordt gegund aan de geldige inschrijving met de laagste kosten op basis van "
        "kosteneffectiviteit (artikel 2.114 Aanbestedingswet 2012).",
        "The contract is awarded to the valid tender with the lowest cost on a cost-effectiveness basis "
        "(article 2.114 of the Dutch Public Procurement Act 2012)."),
    "award.motivation": ("Motivering van deze keuze (artikel 2.114, vierde lid):",
                         "Reasons for this choice (article 2.114(4)):"),
    "award.criteria": ("Gunningscriteria en weging", "Award criteria and weighting"),
    "award.criteria_intro": ("De inschrijvingen worden beoordeeld op de volgende criteria. De weging is "
                             "een percentage van de totale score.",
                             "Tenders are evaluated on the following criteria. Each weight is a "
                             "percentage of the total score."),
    "award.criteria_intro_discount": (
        "De kwaliteit wordt beoordeeld op de volgende criteria; samen tellen zij op tot 100 % van de "
        "kwaliteitsscore. De kwaliteitsscore wordt omgerekend naar een fictieve korting op de prijs.",
        "Quality is evaluated on the following criteria, which together make up 100 % of the quality "
        "score. The quality score is converted into a fictitious discount on the price."),
    "col.criterion": ("Criterium", "Criterion"),
    "col.description": ("Omschrijving", "Description"),
    "col.weight": ("Weging", "Weight"),
    "award.sub_weight": ("{weight} van {parent}", "{weight} of {parent}"),
    "award.linked": ("Beoordeeld aan de hand van: {ids}.", "Evaluated against: {ids}."),
    "award.price_row": ("Prijs", "Price"),
    "award.total_row": ("Totaal", "Total"),
    "price.relative": ("relatieve prijsbeoordeling", "relative price scoring"),
    "price.linear": ("lineaire prijsbeoordeling", "linear price scoring"),
    "price.fictitious_discount": ("fictieve korting", "fictitious discount"),
    "award.scale": ("Beoordelingsschaal", "Scoring scale"),
    "award.scale_intro": ("Elk criterium wordt gescoord op de volgende schaal. De omschrijving bij elke "
                          "score is bindend voor de beoordelaars.",
                          "Each criterion is scored on the following scale. The descriptor of each "
                          "score binds the evaluators."),
    "col.score": ("Score", "Score"),
    "col.label": ("Waardering", "Rating"),
    "col.descriptor": ("Omschrijving", "Descriptor"),
    "award.evaluation": ("Beoordelingsprocedure", "Evaluation procedure"),
    "award.evaluation_text": (
        "Een beoordelingscommissie van {count} leden beoordeelt de kwaliteit. Elk lid scoort eerst "
        "afzonderlijk en zonder kennis van de prijzen. Daarna stelt de commissie per criterium in "
        "consensus één score vast en legt de motivering vast. Loopt de score van de leden meer dan "
        "{threshold} punten uiteen, dan wordt het verschil altijd besproken.",
        "An evaluation committee of {count} members evaluates quality. Each member first scores "
        "individually, without knowing the prices. The committee then agrees one score per criterion by "
        "consensus and records the reasons. When the members' scores differ by more than {threshold} "
        "points, the difference is always discussed."),
    "award.price": ("Prijs en berekening van de score", "Price and calculation of the score"),
    "award.quality_formula_intro": ("Kwaliteitspunten per criterium:", "Quality points per criterion:"),
    "award.quality_formula": ("kwaliteitspunten = score ÷ {max_score} × weging",
                              "quality points = score ÷ {max_score} × weight"),
    "award.method.relative": (
        "De prijs wordt relatief beoordeeld: de laagste prijs krijgt {points} punten, een hogere prijs "
        "naar verhouding minder.",
        "Price is scored relatively: the lowest price receives {points} points, a higher price "
        "proportionally fewer."),
    "award.formula.relative": ("prijspunten = laagste prijs ÷ prijs van de inschrijving × {points}",
                               "price points = lowest price ÷ price of the tender × {points}"),
    "award.method.linear": (
        "De prijs wordt lineair beoordeeld: de laagste prijs krijgt {points} punten, de hoogste prijs 0 "
        "punten, en prijzen daartussen naar verhouding.",
        "Price is scored linearly: the lowest price receives {points} points, the highest price 0 points, "
        "and prices in between proportionally."),
    "award.formula.linear": (
        "prijspunten = (hoogste prijs − prijs van de inschrijving) ÷ (hoogste prijs − laagste prijs) × "
        "{points}",
        "price points = (highest price − price of the tender) ÷ (highest price − lowest price) × {points}"),
    "award.method.fictitious_discount": (
        "De kwaliteit wordt uitgedrukt in geld (fictieve korting). Een inschrijving met de maximale "
        "kwaliteitsscore krijgt een fictieve korting van {amount}; een lagere score naar verhouding "
        "minder. De inschrijving met de laagste fictieve prijs wint.",
        "Quality is expressed in money (fictitious discount). A tender with the maximum quality score "
        "receives a fictitious discount of {amount}; a lower score proportionally less. The tender with "
        "the lowest fictitious price wins."),
    "award.formula.fictitious_discount": (
        "fictieve prijs = prijs − kwaliteitsscore (in % van het maximum) × {amount}",
        "fictitious price = price − quality score (as % of the maximum) × {amount}"),
    "award.total_formula": ("totaalscore = kwaliteitspunten + prijspunten; de hoogste totaalscore wint.",
                            "total score = quality points + price points; the highest total wins."),
    "award.lowest_text": ("De geldige inschrijving met de laagste prijs wint; kwaliteit wordt uitsluitend "
                          "getoetst aan de knock-outeisen.",
                          "The valid tender with the lowest price wins; quality is tested only against "
                          "the knock-out requirements."),
    "award.example": ("Rekenvoorbeeld", "Worked example"),
    "award.example_intro": ("Het onderstaande voorbeeld is fictief en dient alleen om de berekening te "
                            "verduidelijken.",
                            "The example below is fictitious and only illustrates the calculation."),
    "col.tenderer": ("Inschrijver", "Tenderer"),
    "col.price": ("Prijs", "Price"),
    "col.quality": ("Kwaliteitspunten", "Quality points"),
    "col.quality_share": ("Kwaliteit (% van max.)", "Quality (% of max.)"),
    "col.price_points": ("Prijspunten", "Price points"),
    "col.total": ("Totaal", "Total"),
    "col.discount": ("Fictieve korting", "Fictitious discount"),
    "col.fictitious_price": ("Fictieve prijs", "Fictitious price"),
    "col.rank": ("Rang", "Rank"),
    "tenderer.code": ("Inschrijver {code}", "Tenderer {code}"),
    # chapter 6: requirements
    "pve.title": ("Programma van Eisen", "Programme of Requirements"),
    "pve.intro": (
        "Hieronder staan alle eisen met hun vaste nummer. Een knock-outeis moet volledig worden nagekomen; "
        "een inschrijving die daar niet aan voldoet, is ongeldig. Een gunningscriterium (wens) wordt "
        "beoordeeld volgens hoofdstuk {award_chapter}. Informatie is niet bindend. De kolom Verificatie "
        "zegt hoe de nakoming wordt vastgesteld.",
        "All requirements are listed below with their fixed number. A knock-out requirement must be met in "
        "full; a tender that does not meet it is invalid. An award criterion is evaluated as described in "
        "chapter {award_chapter}. Information is not binding. The Verification column says how compliance "
        "is established."),
    "pve.intro_standalone": (
        "Dit Programma van Eisen bevat alle eisen met hun vaste nummer. Een knock-outeis moet volledig "
        "worden nagekomen; een inschrijving die daar niet aan voldoet, is ongeldig. Een gunningscriterium "
        "(wens) wordt beoordeeld volgens de aanbestedingsleidraad. Informatie is niet bindend.",
        "This Programme of Requirements lists every requirement with its fixed number. A knock-out "
        "requirement must be met in full; a tender that does not meet it is invalid. An award criterion "
        "is evaluated as described in the tender document. Information is not binding."),
    "pve.separate": ("Het Programma van Eisen is een afzonderlijk document dat deel uitmaakt van de "
                     "aanbestedingsstukken.",
                     "The Programme of Requirements is a separate document that forms part of the "
                     "tender documents."),
    "pve.counts": ("{total} eisen: {knockout} knock-outeisen, {award} gunningscriteria en {info} "
                   "ter informatie.",
                   "{total} requirements: {knockout} knock-out requirements, {award} award criteria and "
                   "{info} for information."),
    "pve.requirements": ("Eisen", "Requirements"),
    "pve.general": ("Algemeen", "General"),
    "pve.empty": ("Er zijn nog geen eisen opgenomen.", "No requirements have been added yet."),
    "col.verification": ("Verificatie", "Verification"),
    "pve.rationale": ("Toelichting: {text}", "Rationale: {text}"),
    "pve.outcome": ("Draagt bij aan resultaat {id}.", "Contributes to outcome {id}."),
    "pve.verification": ("Verificatie: {text}", "Verification: {text}"),
    "kind.knockout": ("Knock-out", "Knock-out"),
    "kind.award_criterion": ("Gunningscriterium", "Award criterion"),
    "kind.information": ("Informatie", "Information"),
    "verif.": ("—", "—"),
    "verif.declaration": ("Eigen verklaring", "Declaration"),
    "verif.document": ("Documentcontrole", "Document review"),
    "verif.demonstration": ("Demonstratie", "Demonstration"),
    "verif.inspection": ("Inspectie", "Inspection"),
    "verif.test": ("Test", "Test"),
    "verif.analysis": ("Analyse", "Analysis"),
    "verif.reference": ("Referentiecontrole", "Reference check"),
    "verif.monitoring": ("Monitoring tijdens uitvoering", "Monitoring during the contract"),
    # review copy
    "review.title": ("Overzicht van de bevindingen", "Overview of the findings"),
    "review.intro": ("Alle bevindingen van de eisencontrole, per eis. Bewust geaccepteerde bevindingen "
                     "staan erbij met hun motivering.",
                     "All findings of the requirement checker, per requirement. Findings accepted on "
                     "purpose are listed with their justification."),
    "review.none": ("De eisencontrole vond niets.", "The requirement checker found nothing."),
    "col.rule": ("Regel", "Rule"),
    "col.finding": ("Bevinding", "Finding"),
    "col.status": ("Status", "Status"),
    "review.open": ("open", "open"),
    "severity.error": ("fout", "error"),
    "severity.warning": ("waarschuwing", "warning"),
    "severity.info": ("hint", "hint"),
    "review.accepted": ("geaccepteerd", "accepted"),
    "review.basis": ("Grondslag: {text}", "Basis: {text}"),
    "review.suggestion": ("Suggestie: {text}", "Suggestion: {text}"),
    "review.replacement": ("Voorstel: „{text}”", "Proposed wording: “{text}”"),
    "review.accepted_by": ("Geaccepteerd{who}: {text}", "Accepted{who}: {text}"),
    "review.no_linter": ("De eisencontrole is in deze installatie niet beschikbaar; alleen de "
                         "geaccepteerde bevindingen zijn opgenomen.",
                         "The requirement checker is not available in this installation; only accepted "
                         "findings are included."),
    # Excel evaluation grid
    "xl.sheet.instructions": ("Instructies", "Instructions"),
    "xl.sheet.criteria": ("Criteria", "Criteria"),
    "xl.sheet.consensus": ("Consensus", "Consensus"),
    "xl.sheet.price": ("Prijs", "Price"),
    "xl.sheet.result": ("Resultaat", "Result"),
    "xl.sheet.evaluator": ("Beoordelaar {n}", "Evaluator {n}"),
    "xl.title": ("Beoordelingsmodel – {title}", "Evaluation grid – {title}"),
    "xl.project": ("Opdracht", "Contract"),
    "xl.version": ("Versie {version}, {date}", "Version {version}, {date}"),
    "xl.steps": ("Werkwijze", "How to use this workbook"),
    "xl.step1": ("1. Elke beoordelaar vult alleen het eigen tabblad in: per criterium en inschrijver een "
                 "score uit de keuzelijst en een motivering.",
                 "1. Each evaluator fills in only their own sheet: for each criterion and tenderer a score "
                 "from the drop-down list and the reasons for it."),
    "xl.step2": ("2. Het tabblad Consensus toont per criterium alle scores, het gemiddelde en de spreiding. "
                 "Een signaal betekent dat de scores meer dan de drempel uiteenlopen: bespreek het verschil.",
                 "2. The Consensus sheet shows every score per criterion, the mean and the spread. A flag "
                 "means the scores differ by more than the threshold: discuss the difference."),
    "xl.step3": ("3. Leg in het tabblad Consensus per criterium de consensusscore en de motivering vast.",
                 "3. Record the agreed score and its reasons per criterion on the Consensus sheet."),
    "xl.step4": ("4. Vul pas daarna de prijzen in op het tabblad Prijs.",
                 "4. Only then enter the prices on the Price sheet."),
    "xl.step5": ("5. Het tabblad Resultaat berekent de totaalscores en de rangorde. Alle berekende cellen "
                 "zijn formules en vergrendeld.",
                 "5. The Result sheet calculates the totals and the ranking. Every calculated cell is a "
                 "formula and locked."),
    "xl.step6": ("Inschrijvers staan onder een code (A, B, C ...). Bewaar de sleutel van code naar naam "
                 "buiten dit bestand.",
                 "Tenderers appear under a code (A, B, C ...). Keep the key from code to name outside this "
                 "file."),
    "xl.legend": ("Legenda", "Legend"),
    "xl.legend_input": ("invoercel", "input cell"),
    "xl.legend_formula": ("berekend (formule, vergrendeld)", "calculated (formula, locked)"),
    "xl.method": ("Beoordelingsmethode", "Scoring method"),
    "xl.protection": ("De bladen zijn beveiligd zonder wachtwoord, zodat formules niet per ongeluk worden "
                      "overschreven.",
                      "The sheets are protected without a password so formulas are not overwritten by "
                      "accident."),
    "xl.no_quality": ("Er zijn geen kwaliteitscriteria: alleen de prijs telt.",
                      "There are no quality criteria: only the price counts."),
    "xl.criteria_title": ("Gunningscriteria en weging", "Award criteria and weighting"),
    "xl.col.item": ("Nr.", "No."),
    "xl.col.criterion_id": ("Criterium", "Criterion"),
    "xl.col.criterion": ("Omschrijving", "Title"),
    "xl.col.sub": ("Subcriterium", "Sub-criterion"),
    "xl.col.crit_weight": ("Weging criterium (%)", "Criterion weight (%)"),
    "xl.col.share": ("Aandeel in criterium (%)", "Share of criterion (%)"),
    "xl.col.weight": ("Weging (%)", "Weight (%)"),
    "xl.col.check": ("Controle", "Check"),
    "xl.total": ("Totaal", "Total"),
    "xl.ok": ("OK", "OK"),
    "xl.not_100": ("≠ 100 %", "≠ 100%"),
    "xl.scale": ("Beoordelingsschaal", "Scoring scale"),
    "xl.max_score": ("Maximale score", "Maximum score"),
    "xl.evaluator_title": ("Beoordelingsformulier", "Evaluation form"),
    "xl.evaluator_name": ("Beoordelaar", "Evaluator"),
    "xl.no_conflict": ("Ik heb geen belangenconflict met de inschrijvers (ja/nee)",
                       "I have no conflict of interest with the tenderers (yes/no)"),
    "xl.evaluator_help": ("Kies per criterium en inschrijver een score uit de lijst en motiveer die in de "
                          "cel ernaast. Gele cellen zijn invoercellen.",
                          "For each criterion and tenderer choose a score from the list and give your "
                          "reasons in the cell next to it. Yellow cells are input cells."),
    "xl.col.score": ("Score", "Score"),
    "xl.col.motivation": ("Motivering", "Reasons"),
    "xl.scored": ("Gescoord", "Scored"),
    "xl.indicative": ("Gewogen kwaliteit (indicatief)", "Weighted quality (indicative)"),
    "xl.dv_title": ("Score", "Score"),
    "xl.dv_prompt": ("Kies een score van de beoordelingsschaal.", "Choose a score from the scoring scale."),
    "xl.dv_error": ("Alleen scores van de beoordelingsschaal zijn toegestaan.",
                    "Only scores from the scoring scale are allowed."),
    "xl.dv_price": ("Vul een prijs in (een getal groter dan 0).", "Enter a price (a number above 0)."),
    "xl.consensus_title": ("Consensus per criterium", "Consensus per criterion"),
    "xl.threshold": ("Drempel spreiding (punten)", "Spread threshold (points)"),
    "xl.col.tenderer": ("Inschrijver", "Tenderer"),
    "xl.col.mean": ("Gemiddelde", "Mean"),
    "xl.col.spread": ("Spreiding", "Spread"),
    "xl.col.flag": ("Signaal", "Flag"),
    "xl.col.agreed": ("Consensusscore", "Agreed score"),
    "xl.col.agreed_motivation": ("Motivering consensus", "Reasons for the agreed score"),
    "xl.col.points": ("Kwaliteitspunten", "Quality points"),
    "xl.flag": ("BESPREKEN", "DISCUSS"),
    "xl.price_title": ("Prijsbeoordeling", "Price evaluation"),
    "xl.col.price": ("Inschrijfprijs (excl. btw)", "Tender price (excl. VAT)"),
    "xl.col.price_points": ("Prijspunten", "Price points"),
    "xl.col.quality_share": ("Kwaliteit (% van max.)", "Quality (% of max.)"),
    "xl.col.discount": ("Fictieve korting", "Fictitious discount"),
    "xl.col.fictitious": ("Fictieve prijs", "Fictitious price"),
    "xl.lowest": ("Laagste prijs", "Lowest price"),
    "xl.highest": ("Hoogste prijs", "Highest price"),
    "xl.max_price_points": ("Maximale prijspunten", "Maximum price points"),
    "xl.discount_amount": ("Fictieve korting bij maximale kwaliteit",
                           "Fictitious discount at maximum quality"),
    "xl.result_title": ("Resultaat en rangorde", "Result and ranking"),
    "xl.col.quality_points": ("Kwaliteitspunten", "Quality points"),
    "xl.col.total": ("Totaalscore", "Total score"),
    "xl.col.rank": ("Rang", "Rank"),
    "xl.col.complete": ("Kwaliteit volledig", "Quality complete"),
    "xl.winner": ("Eerste in rangorde", "First in ranking"),
    "xl.lower_wins": ("De laagste waarde wint.", "The lowest value wins."),
    "xl.higher_wins": ("De hoogste totaalscore wint.", "The highest total score wins."),
}
"""``key -> (Dutch, English)``."""


def label(key: str, lang: str, **params: object) -> str:
    """The text for ``key`` in ``lang`` (``nl``/``en``), with ``params`` filled in.

    Raises:
        KeyError: unknown key (a programming error, caught by the tests).
    """
    text = LABELS[key][1 if lang == "en" else 0]
    return text.format(**params) if params else text


def enum_label(prefix: str, value: Enum, lang: str) -> str:
    """The label of an enum member, e.g. ``enum_label("kind", RequirementKind.AWARD, "nl")``."""
    return label(f"{prefix}.{value.value}", lang)


def placeholders(text: str) -> set[str]:
    """Names of the ``{placeholders}`` in ``text``."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
