<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AcceptDialog</name>
        <message>
            <source>Accept finding</source>
            <translation>Bevinding accepteren</translation>
        </message>
        <message>
            <source>Why is this wording needed? The justification is kept with the requirement, shown in the review copy, and applies to exactly this text.</source>
            <translation>Waarom is deze formulering nodig? De onderbouwing wordt bij de eis bewaard, staat in het reviewexemplaar en geldt alleen voor precies deze tekst.</translation>
        </message>
        <message>
            <source>e.g. The new lamps must fit the existing masts of this type; a functional description is not possible. Equivalent products are accepted.</source>
            <translation>bijv. De nieuwe lampen moeten op de bestaande masten van dit type passen; een functionele omschrijving is niet mogelijk. Gelijkwaardige producten worden geaccepteerd.</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Onderbouwing</translation>
        </message>
        <message>
            <source>Required: why the flagged words are kept</source>
            <translation>Verplicht: waarom de gemarkeerde woorden blijven staan</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepteren</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nieuw</translation>
        </message>
        <message>
            <source>Start a new project</source>
            <translation>Een nieuw project beginnen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Openen…</translation>
        </message>
        <message>
            <source>Open a project file</source>
            <translation>Een projectbestand openen</translation>
        </message>
        <message>
            <source>Open &amp;example project</source>
            <translation>&amp;Voorbeeldproject openen</translation>
        </message>
        <message>
            <source>Open the bundled example project</source>
            <translation>Het meegeleverde voorbeeldproject openen</translation>
        </message>
        <message>
            <source>&amp;Import Word or Excel…</source>
            <translation>&amp;Importeren uit Word of Excel…</translation>
        </message>
        <message>
            <source>Read requirements from a .docx or .xlsx file</source>
            <translation>Eisen inlezen uit een .docx- of .xlsx-bestand</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Op&amp;slaan</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Het project opslaan</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Opslaan &amp;als…</translation>
        </message>
        <message>
            <source>Save the project under another name</source>
            <translation>Het project onder een andere naam opslaan</translation>
        </message>
        <message>
            <source>&amp;Recover autosaved work…</source>
            <translation>Automatisch opgeslagen werk &amp;herstellen…</translation>
        </message>
        <message>
            <source>Show autosaved projects that were not saved</source>
            <translation>Automatisch opgeslagen projecten tonen die niet zijn opgeslagen</translation>
        </message>
        <message>
            <source>&amp;Export documents…</source>
            <translation>Documenten &amp;exporteren…</translation>
        </message>
        <message>
            <source>Go to the Export step</source>
            <translation>Naar de stap Exporteren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>A&amp;fsluiten</translation>
        </message>
        <message>
            <source>Close innodraft</source>
            <translation>innodraft afsluiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Op&amp;nieuw</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Voorkeuren…</translation>
        </message>
        <message>
            <source>Language, organisation, template and defaults</source>
            <translation>Taal, organisatie, sjabloon en standaardwaarden</translation>
        </message>
        <message>
            <source>Add &amp;requirement</source>
            <translation>Eis &amp;toevoegen</translation>
        </message>
        <message>
            <source>Add a requirement on the Requirements step</source>
            <translation>Een eis toevoegen in de stap Eisen</translation>
        </message>
        <message>
            <source>Next &amp;finding</source>
            <translation>Volgende &amp;bevinding</translation>
        </message>
        <message>
            <source>Jump to the next open lint finding</source>
            <translation>Naar de volgende open bevinding van de controle</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Vorige stap</translation>
        </message>
        <message>
            <source>&amp;About innodraft</source>
            <translation>&amp;Over innodraft</translation>
        </message>
        <message>
            <source>Go to step %1</source>
            <translation>Naar stap %1</translation>
        </message>
    </context>
    <context>
        <name>AwardPage</name>
        <message>
            <source>Selection and award</source>
            <translation>Selectie en gunning</translation>
        </message>
        <message>
            <source>Ask only what is needed to trust a supplier with this contract, and score what really distinguishes the offers.</source>
            <translation>Vraag alleen wat nodig is om een leverancier deze opdracht toe te vertrouwen, en beoordeel wat de aanbiedingen echt onderscheidt.</translation>
        </message>
        <message>
            <source>Exclusion grounds</source>
            <translation>Uitsluitingsgronden</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Ground</source>
            <translation>Grond</translation>
        </message>
        <message>
            <source>Mandatory</source>
            <translation>Verplicht</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Grondslag</translation>
        </message>
        <message>
            <source>Suitability requirements</source>
            <translation>Geschiktheidseisen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Proportionality.&lt;/b&gt; A turnover demand may be at most three times the contract value (Aw 2.90), references should cover the last three years for supplies and services and five for works, and certificates need “or equivalent”. Checks appear below the table as you edit.</source>
            <translation>&lt;b&gt;Proportionaliteit.&lt;/b&gt; Een omzeteis is ten hoogste drie keer de opdrachtwaarde (Aw 2.90), referenties gaan over de laatste drie jaar voor leveringen en diensten en vijf jaar voor werken, en certificaten krijgen „of gelijkwaardig”. De controles verschijnen onder de tabel terwijl u werkt.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Eis</translation>
        </message>
        <message>
            <source>Amount (EUR)</source>
            <translation>Bedrag (EUR)</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Jaren</translation>
        </message>
        <message>
            <source>Maximum candidates</source>
            <translation>Maximum aantal gegadigden</translation>
        </message>
        <message>
            <source>Edit maximum candidates</source>
            <translation>Maximum aantal gegadigden wijzigen</translation>
        </message>
        <message>
            <source>Restricted procedures: how many candidates are invited (— for no limit)</source>
            <translation>Niet-openbare procedures: hoeveel gegadigden worden uitgenodigd (— voor geen maximum)</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Gunning</translation>
        </message>
        <message>
            <source>Edit award basis</source>
            <translation>Gunningscriterium wijzigen</translation>
        </message>
        <message>
            <source>Award basis</source>
            <translation>Gunningscriterium</translation>
        </message>
        <message>
            <source>Best price-quality ratio is the default (Aw 2.114)</source>
            <translation>Beste prijs-kwaliteitverhouding is de standaard (Aw 2.114)</translation>
        </message>
        <message>
            <source>Edit motivation</source>
            <translation>Motivering wijzigen</translation>
        </message>
        <message>
            <source>Required for lowest price or lowest cost: why quality does not count (Aw 2.114 lid 4)</source>
            <translation>Verplicht bij laagste prijs of laagste kosten: waarom kwaliteit niet meetelt (Aw 2.114 lid 4)</translation>
        </message>
        <message>
            <source>Motivation:</source>
            <translation>Motivering:</translation>
        </message>
        <message>
            <source>Motivation of the award basis</source>
            <translation>Motivering van het gunningscriterium</translation>
        </message>
        <message>
            <source>Quality criteria and weights</source>
            <translation>Kwaliteitscriteria en wegingen</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterium</translation>
        </message>
        <message>
            <source>Weight (%)</source>
            <translation>Weging (%)</translation>
        </message>
        <message>
            <source>What is assessed</source>
            <translation>Wat wordt beoordeeld</translation>
        </message>
        <message>
            <source>Award criteria</source>
            <translation>Gunningscriteria</translation>
        </message>
        <message>
            <source>Weight check</source>
            <translation>Controle van de wegingen</translation>
        </message>
        <message>
            <source>Scoring scale</source>
            <translation>Beoordelingsschaal</translation>
        </message>
        <message>
            <source>Add level</source>
            <translation>Niveau toevoegen</translation>
        </message>
        <message>
            <source>Remove level</source>
            <translation>Niveau verwijderen</translation>
        </message>
        <message>
            <source>Use standard scale 0–10</source>
            <translation>Standaardschaal 0–10 gebruiken</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prijs</translation>
        </message>
        <message>
            <source>Edit price method</source>
            <translation>Prijsmethode wijzigen</translation>
        </message>
        <message>
            <source>Price method</source>
            <translation>Prijsmethode</translation>
        </message>
        <message>
            <source>Edit price weight</source>
            <translation>Prijsweging wijzigen</translation>
        </message>
        <message>
            <source>Price weight:</source>
            <translation>Weging prijs:</translation>
        </message>
        <message>
            <source>Price weight</source>
            <translation>Weging prijs</translation>
        </message>
        <message>
            <source>Edit discount value</source>
            <translation>Kortingswaarde wijzigen</translation>
        </message>
        <message>
            <source>Value of full quality:</source>
            <translation>Waarde van volledige kwaliteit:</translation>
        </message>
        <message>
            <source>Value of full quality</source>
            <translation>Waarde van volledige kwaliteit</translation>
        </message>
        <message>
            <source>Fictitious discount in euro for a perfect quality score</source>
            <translation>Fictieve korting in euro voor een maximale kwaliteitsscore</translation>
        </message>
        <message>
            <source>Worked example</source>
            <translation>Rekenvoorbeeld</translation>
        </message>
        <message>
            <source>Worked example:</source>
            <translation>Rekenvoorbeeld:</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Beoordeling</translation>
        </message>
        <message>
            <source>Evaluators</source>
            <translation>Beoordelaars</translation>
        </message>
        <message>
            <source>Edit evaluators</source>
            <translation>Beoordelaars wijzigen</translation>
        </message>
        <message>
            <source>Names or codes, comma-separated; empty uses the default count</source>
            <translation>Namen of codes, gescheiden door komma’s; leeg gebruikt het standaardaantal</translation>
        </message>
        <message>
            <source>Consensus flag above a spread of</source>
            <translation>Consensusvlag bij een spreiding boven</translation>
        </message>
        <message>
            <source>Edit spread threshold</source>
            <translation>Spreidingsdrempel wijzigen</translation>
        </message>
        <message>
            <source>Unacceptable</source>
            <translation>Onaanvaardbaar</translation>
        </message>
        <message>
            <source>No answer, or the answer does not address the criterion.</source>
            <translation>Geen antwoord, of het antwoord gaat niet over het criterium.</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Slecht</translation>
        </message>
        <message>
            <source>Addresses the criterion only in general terms; no concrete measures.</source>
            <translation>Gaat alleen in algemene termen op het criterium in; geen concrete maatregelen.</translation>
        </message>
        <message>
            <source>Insufficient</source>
            <translation>Onvoldoende</translation>
        </message>
        <message>
            <source>Some concrete measures, but important risks or outcomes are missed.</source>
            <translation>Enkele concrete maatregelen, maar belangrijke risico’s of resultaten ontbreken.</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>Voldoende</translation>
        </message>
        <message>
            <source>Concrete, credible measures that reach the outcomes asked for.</source>
            <translation>Concrete, geloofwaardige maatregelen die de gevraagde resultaten halen.</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Goed</translation>
        </message>
        <message>
            <source>Reaches the outcomes with clear added value, substantiated and verifiable.</source>
            <translation>Haalt de resultaten met duidelijke meerwaarde, onderbouwd en toetsbaar.</translation>
        </message>
        <message>
            <source>Excellent</source>
            <translation>Uitstekend</translation>
        </message>
        <message>
            <source>Clearly exceeds the outcomes; innovative, substantiated and verifiable.</source>
            <translation>Overtreft de resultaten duidelijk; vernieuwend, onderbouwd en toetsbaar.</translation>
        </message>
        <message>
            <source>Add exclusion ground</source>
            <translation>Uitsluitingsgrond toevoegen</translation>
        </message>
        <message>
            <source>Add suitability requirement</source>
            <translation>Geschiktheidseis toevoegen</translation>
        </message>
        <message>
            <source>Add award criterion</source>
            <translation>Gunningscriterium toevoegen</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>Nieuw criterium</translation>
        </message>
        <message>
            <source>Quality criteria total %1 %</source>
            <translation>Kwaliteitscriteria samen %1 %</translation>
        </message>
        <message>
            <source>Quality %1 % + price %2 % = %3 %</source>
            <translation>Kwaliteit %1 % + prijs %2 % = %3 %</translation>
        </message>
        <message>
            <source>No quality criteria weighed yet.</source>
            <translation>Nog geen kwaliteitscriteria gewogen.</translation>
        </message>
        <message>
            <source>weights total 100 %</source>
            <translation>wegingen tellen op tot 100 %</translation>
        </message>
        <message>
            <source>(the worked example appears when the export module is installed)</source>
            <translation>(het rekenvoorbeeld verschijnt als de exportmodule is geïnstalleerd)</translation>
        </message>
        <message>
            <source>Tenderer</source>
            <translation>Inschrijver</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Kwaliteit</translation>
        </message>
        <message>
            <source>Fictitious price</source>
            <translation>Fictieve prijs</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punten</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Write the tender documents: a Word document for publication, a review copy with every finding as a comment for the legal reviewer, and an Excel evaluation grid.</source>
            <translation>Maak de aanbestedingsstukken: een Word-document voor publicatie, een reviewexemplaar met elke bevinding als opmerking voor de juridische toets, en een beoordelingsmatrix in Excel.</translation>
        </message>
        <message>
            <source>Before you export</source>
            <translation>Voordat u exporteert</translation>
        </message>
        <message>
            <source>Consistency problems</source>
            <translation>Inconsistenties</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documenten</translation>
        </message>
        <message>
            <source>Tender document (Word)</source>
            <translation>Aanbestedingsleidraad (Word)</translation>
        </message>
        <message>
            <source>Need, procedure, selection, award and the Programma van Eisen</source>
            <translation>Behoefte, procedure, selectie, gunning en het Programma van Eisen</translation>
        </message>
        <message>
            <source>Review copy with comments (Word)</source>
            <translation>Reviewexemplaar met opmerkingen (Word)</translation>
        </message>
        <message>
            <source>The same document with each lint finding as a comment</source>
            <translation>Hetzelfde document met elke bevinding als opmerking</translation>
        </message>
        <message>
            <source>Evaluation grid (Excel)</source>
            <translation>Beoordelingsmatrix (Excel)</translation>
        </message>
        <message>
            <source>Evaluator sheets, consensus, price and result with formulas</source>
            <translation>Bladen per beoordelaar, consensus, prijs en uitslag met formules</translation>
        </message>
        <message>
            <source>Evaluator sheets</source>
            <translation>Bladen voor beoordelaars</translation>
        </message>
        <message>
            <source>Used when the project names no evaluators</source>
            <translation>Gebruikt als het project geen beoordelaars noemt</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Choose the export folder</source>
            <translation>De exportmap kiezen</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Folder the documents are written to</source>
            <translation>Map waarin de documenten worden geschreven</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Bestandsnaam</translation>
        </message>
        <message>
            <source>Start of the file names; existing files are replaced</source>
            <translation>Begin van de bestandsnamen; bestaande bestanden worden vervangen</translation>
        </message>
        <message>
            <source>Run the export</source>
            <translation>Export starten</translation>
        </message>
        <message>
            <source>Export documents</source>
            <translation>Documenten exporteren</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Map openen</translation>
        </message>
        <message>
            <source>Open the export folder</source>
            <translation>De exportmap openen</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Voortgang van de export</translation>
        </message>
        <message>
            <source>Exports never change the project. Check the review copy with your legal reviewer before you publish; accepted findings appear there with their justification.</source>
            <translation>Exporteren verandert het project nooit. Bespreek het reviewexemplaar met uw juridisch adviseur voordat u publiceert; geaccepteerde bevindingen staan erin met hun onderbouwing.</translation>
        </message>
        <message>
            <source>No consistency problems found.</source>
            <translation>Geen inconsistenties gevonden.</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>Exportmap</translation>
        </message>
        <message>
            <source>Choose at least one document.</source>
            <translation>Kies ten minste één document.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Bezig met exporteren…</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>%1 wordt geëxporteerd…</translation>
        </message>
        <message>
            <source>%1 documents written.</source>
            <translation>%1 documenten geschreven.</translation>
        </message>
        <message>
            <source>The review copy has %1 comments.</source>
            <translation>Het reviewexemplaar heeft %1 opmerkingen.</translation>
        </message>
        <message>
            <source>The export module is not available: %1</source>
            <translation>De exportmodule is niet beschikbaar: %1</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Exporteren mislukt: %1</translation>
        </message>
    </context>
    <context>
        <name>FileOps</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Save the changes to “%1” before closing it?</source>
            <translation>Wijzigingen in „%1” opslaan voordat het wordt gesloten?</translation>
        </message>
        <message>
            <source>If you don't save, your changes are lost.</source>
            <translation>Als u niet opslaat, gaan uw wijzigingen verloren.</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Project openen</translation>
        </message>
        <message>
            <source>innodraft projects (*.innodraft);;All files (*)</source>
            <translation>innodraft-projecten (*.innodraft);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Cannot open project</source>
            <translation>Project kan niet worden geopend</translation>
        </message>
        <message>
            <source>Cannot open example</source>
            <translation>Voorbeeld kan niet worden geopend</translation>
        </message>
        <message>
            <source>Import specification</source>
            <translation>Specificatie importeren</translation>
        </message>
        <message>
            <source>Word and Excel files (*.docx *.xlsx)</source>
            <translation>Word- en Excel-bestanden (*.docx *.xlsx)</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Importeren niet mogelijk</translation>
        </message>
        <message>
            <source>The import module is not installed.</source>
            <translation>De importmodule is niet geïnstalleerd.</translation>
        </message>
        <message>
            <source>project</source>
            <translation>project</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Project opslaan als</translation>
        </message>
        <message>
            <source>innodraft projects (*.innodraft)</source>
            <translation>innodraft-projecten (*.innodraft)</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Opslaan niet mogelijk</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>There is no autosaved work to recover.</source>
            <translation>Er is geen automatisch opgeslagen werk om te herstellen.</translation>
        </message>
        <message>
            <source>Cannot recover</source>
            <translation>Herstellen niet mogelijk</translation>
        </message>
        <message>
            <source>The autosave is damaged.</source>
            <translation>De automatische opslag is beschadigd.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>Severity</source>
            <translation>Ernst</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>geaccepteerd</translation>
        </message>
        <message>
            <source>Basis:</source>
            <translation>Grondslag:</translation>
        </message>
        <message>
            <source>Suggestion:</source>
            <translation>Voorstel:</translation>
        </message>
        <message>
            <source>Accepted:</source>
            <translation>Geaccepteerd:</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Explanation of the selected finding</source>
            <translation>Toelichting bij de gekozen bevinding</translation>
        </message>
        <message>
            <source>Apply suggestion</source>
            <translation>Voorstel toepassen</translation>
        </message>
        <message>
            <source>Accept…</source>
            <translation>Accepteren…</translation>
        </message>
        <message>
            <source>Withdraw acceptance</source>
            <translation>Acceptatie intrekken</translation>
        </message>
        <message>
            <source>Replace the flagged words with the rule's suggestion</source>
            <translation>De gemarkeerde woorden vervangen door het voorstel van de regel</translation>
        </message>
        <message>
            <source>Accept finding</source>
            <translation>Bevinding accepteren</translation>
        </message>
        <message>
            <source>Keep the flagged words on purpose, with a justification</source>
            <translation>De gemarkeerde woorden bewust laten staan, met een onderbouwing</translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>Geen bevindingen.</translation>
        </message>
        <message>
            <source>%1 open, %2 accepted</source>
            <translation>%1 open, %2 geaccepteerd</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 open</translation>
        </message>
        <message>
            <source>Select a finding to see why it matters and how to fix it.</source>
            <translation>Kies een bevinding om te zien waarom die ertoe doet en hoe u het oplost.</translation>
        </message>
        <message>
            <source>Nothing to report.</source>
            <translation>Niets te melden.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>How to fix</source>
            <translation>Zo lost u het op</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Grondslag</translation>
        </message>
        <message>
            <source>Replacement</source>
            <translation>Vervanging</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Geaccepteerd</translation>
        </message>
    </context>
    <context>
        <name>GuidedDialog</name>
        <message>
            <source>New requirement</source>
            <translation>Nieuwe eis</translation>
        </message>
        <message>
            <source>From an outcome</source>
            <translation>Vanuit een resultaat</translation>
        </message>
        <message>
            <source>Pattern library</source>
            <translation>Patronenbibliotheek</translation>
        </message>
        <message>
            <source>The organisation's pattern file could not be read: %1</source>
            <translation>Het patronenbestand van de organisatie kon niet worden gelezen: %1</translation>
        </message>
        <message>
            <source>Also add the suggested award criterion</source>
            <translation>Ook het voorgestelde gunningscriterium toevoegen</translation>
        </message>
        <message>
            <source>Add requirement</source>
            <translation>Eis toevoegen</translation>
        </message>
        <message>
            <source>(type an outcome below)</source>
            <translation>(typ hieronder een resultaat)</translation>
        </message>
        <message>
            <source>e.g. keeps every street light working</source>
            <translation>bijv. houdt elk lichtpunt werkend</translation>
        </message>
        <message>
            <source>e.g. share of working lights</source>
            <translation>bijv. aandeel werkende lichtpunten</translation>
        </message>
        <message>
            <source>e.g. at least 98 % each month</source>
            <translation>bijv. ten minste 98 % per maand</translation>
        </message>
        <message>
            <source>e.g. monthly report from the management system</source>
            <translation>bijv. maandrapportage uit het beheersysteem</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>One of the desired outcomes of the Need step</source>
            <translation>Een van de gewenste resultaten uit de stap Behoefte</translation>
        </message>
        <message>
            <source>Outcome text</source>
            <translation>Tekst van het resultaat</translation>
        </message>
        <message>
            <source>The result the buyer wants</source>
            <translation>Het resultaat dat de opdrachtgever wil</translation>
        </message>
        <message>
            <source>1. Function</source>
            <translation>1. Functie</translation>
        </message>
        <message>
            <source>What the solution must do</source>
            <translation>Wat de oplossing moet doen</translation>
        </message>
        <message>
            <source>2. Indicator</source>
            <translation>2. Indicator</translation>
        </message>
        <message>
            <source>What is measured</source>
            <translation>Wat wordt gemeten</translation>
        </message>
        <message>
            <source>2. Performance level</source>
            <translation>2. Prestatieniveau</translation>
        </message>
        <message>
            <source>Which level counts as success</source>
            <translation>Welk niveau als geslaagd telt</translation>
        </message>
        <message>
            <source>3. Verification</source>
            <translation>3. Verificatie</translation>
        </message>
        <message>
            <source>How compliance is checked</source>
            <translation>Hoe wordt gecontroleerd of eraan is voldaan</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Aangetoond met</translation>
        </message>
        <message>
            <source>Which evidence or measurement</source>
            <translation>Welk bewijs of welke meting</translation>
        </message>
        <message>
            <source>A functional requirement says what must be achieved, at which level, and how you will check it — and leaves the solution to the market.</source>
            <translation>Een functionele eis zegt wat bereikt moet worden, op welk niveau en hoe u dat controleert — en laat de oplossing aan de markt.</translation>
        </message>
        <message>
            <source>Requirement text (edit freely):</source>
            <translation>Tekst van de eis (vrij aan te passen):</translation>
        </message>
        <message>
            <source>Requirement text</source>
            <translation>Tekst van de eis</translation>
        </message>
        <message>
            <source>Search patterns…</source>
            <translation>Patronen zoeken…</translation>
        </message>
        <message>
            <source>Search patterns</source>
            <translation>Patronen zoeken</translation>
        </message>
        <message>
            <source>Patterns by theme</source>
            <translation>Patronen per thema</translation>
        </message>
        <message>
            <source>Selected pattern</source>
            <translation>Gekozen patroon</translation>
        </message>
        <message>
            <source>%1 patterns</source>
            <translation>%1 patronen</translation>
        </message>
        <message>
            <source>Choose a pattern.</source>
            <translation>Kies een patroon.</translation>
        </message>
        <message>
            <source>Prescriptive (avoid):</source>
            <translation>Voorschrijvend (vermijden):</translation>
        </message>
        <message>
            <source>Functional (use):</source>
            <translation>Functioneel (gebruiken):</translation>
        </message>
        <message>
            <source>Verification:</source>
            <translation>Verificatie:</translation>
        </message>
        <message>
            <source>Suggested award criterion:</source>
            <translation>Voorgesteld gunningscriterium:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Bron:</translation>
        </message>
        <message>
            <source>Fill in after adding:</source>
            <translation>Na toevoegen invullen:</translation>
        </message>
    </context>
    <context>
        <name>ItemList</name>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 verwijderen</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>%1 verplaatsen</translation>
        </message>
    </context>
    <context>
        <name>ItemTableModel</name>
        <message>
            <source>Edit %1</source>
            <translation>%1 wijzigen</translation>
        </message>
    </context>
    <context>
        <name>LintService</name>
        <message>
            <source>Loading the linter…</source>
            <translation>De controle wordt geladen…</translation>
        </message>
        <message>
            <source>Linter not available: %s</source>
            <translation>Controle niet beschikbaar: %s</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Steps</source>
            <translation>Stappen</translation>
        </message>
        <message>
            <source>The seven steps from need to tender; each is always reachable</source>
            <translation>De zeven stappen van behoefte tot aanbesteding; elke stap is altijd bereikbaar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Recent geopend</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ga naar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hoofdwerkbalk</translation>
        </message>
        <message>
            <source>Linter status</source>
            <translation>Status van de controle</translation>
        </message>
        <message>
            <source>Document score</source>
            <translation>Score van het document</translation>
        </message>
        <message>
            <source>Autosaved</source>
            <translation>Automatisch opgeslagen</translation>
        </message>
        <message>
            <source>Linter starting…</source>
            <translation>Controle start…</translation>
        </message>
        <message>
            <source>Linter ready</source>
            <translation>Controle gereed</translation>
        </message>
        <message>
            <source>Score %1 · %2 errors · %3 warnings</source>
            <translation>Score %1 · %2 fouten · %3 waarschuwingen</translation>
        </message>
        <message>
            <source>No open findings.</source>
            <translation>Geen open bevindingen.</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <source>The settings could not be saved: %1</source>
            <translation>De instellingen konden niet worden opgeslagen: %1</translation>
        </message>
        <message>
            <source>About innodraft</source>
            <translation>Over innodraft</translation>
        </message>
        <message>
            <source>&lt;h3&gt;innodraft %1&lt;/h3&gt;&lt;p&gt;Tender-drafting assistant for public buyers: from a need to a functional specification, with live linting, procedure advice and Word/Excel tender documents.&lt;/p&gt;&lt;p&gt;Works fully offline; your texts never leave this computer.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;innodraft %1&lt;/h3&gt;&lt;p&gt;Hulp bij het opstellen van aanbestedingen voor publieke inkopers: van behoefte naar functionele specificatie, met controle tijdens het typen, procedureadvies en aanbestedingsstukken in Word en Excel.&lt;/p&gt;&lt;p&gt;Werkt volledig offline; uw teksten verlaten deze computer nooit.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>(no recent files)</source>
            <translation>(geen recente bestanden)</translation>
        </message>
    </context>
    <context>
        <name>MarketPage</name>
        <message>
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>Ask the market before you fix requirements: what exists, what is feasible, what it costs. Knock-out requirements without market knowledge are often stricter than needed.</source>
            <translation>Vraag de markt voordat u eisen vastlegt: wat bestaat er, wat is haalbaar, wat kost het. Knock-outeisen zonder marktkennis zijn vaak strenger dan nodig.</translation>
        </message>
        <message>
            <source>A market consultation is allowed before any procedure (Aw 2.25). Record what you asked and learned; share information given to one party with all tenderers later, so a consulted supplier gets no advantage (Aw 2.51).</source>
            <translation>Een marktconsultatie mag voorafgaand aan elke procedure (Aw 2.25). Leg vast wat u vroeg en leerde; deel informatie die één partij kreeg later met alle inschrijvers, zodat een geconsulteerde leverancier geen voorsprong krijgt (Aw 2.51).</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partij</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <source>Consultation log</source>
            <translation>Logboek marktconsultatie</translation>
        </message>
        <message>
            <source>Selected entry</source>
            <translation>Gekozen item</translation>
        </message>
        <message>
            <source>Edit subject</source>
            <translation>Onderwerp wijzigen</translation>
        </message>
        <message>
            <source>Edit party</source>
            <translation>Partij wijzigen</translation>
        </message>
        <message>
            <source>What was asked, discussed or noted</source>
            <translation>Wat is gevraagd, besproken of genoteerd</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notitie wijzigen</translation>
        </message>
        <message>
            <source>What the market answered</source>
            <translation>Wat de markt antwoordde</translation>
        </message>
        <message>
            <source>Edit answer</source>
            <translation>Antwoord wijzigen</translation>
        </message>
        <message>
            <source>Note or question</source>
            <translation>Notitie of vraag</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <source>Add market note</source>
            <translation>Marktnotitie toevoegen</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nieuw item</translation>
        </message>
    </context>
    <context>
        <name>NeedPage</name>
        <message>
            <source>Need</source>
            <translation>Behoefte</translation>
        </message>
        <message>
            <source>Describe the problem and the results you want, not the solution you have in mind. Suppliers often know better ways to reach an outcome than the buyer does.</source>
            <translation>Beschrijf het probleem en de resultaten die u wilt, niet de oplossing die u voor ogen hebt. Leveranciers kennen vaak betere wegen naar een resultaat dan de opdrachtgever.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Probleem</translation>
        </message>
        <message>
            <source>What goes wrong today, for whom, and what does it cost?</source>
            <translation>Wat gaat er nu mis, voor wie, en wat kost dat?</translation>
        </message>
        <message>
            <source>Edit problem</source>
            <translation>Probleem wijzigen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Start from the problem.&lt;/b&gt; A problem statement invites several solutions; a product description invites one. PIANOo calls this functional specifying: state &lt;i&gt;what&lt;/i&gt; must be achieved and leave the &lt;i&gt;how&lt;/i&gt; to the market.</source>
            <translation>&lt;b&gt;Begin bij het probleem.&lt;/b&gt; Een probleemstelling lokt meerdere oplossingen uit; een productbeschrijving maar één. PIANOo noemt dit functioneel specificeren: beschrijf &lt;i&gt;wat&lt;/i&gt; bereikt moet worden en laat het &lt;i&gt;hoe&lt;/i&gt; aan de markt.</translation>
        </message>
        <message>
            <source>The problem the purchase must solve</source>
            <translation>Het probleem dat de inkoop moet oplossen</translation>
        </message>
        <message>
            <source>Desired outcomes</source>
            <translation>Gewenste resultaten</translation>
        </message>
        <message>
            <source>&lt;b&gt;Outcomes are measurable.&lt;/b&gt; For each outcome give the indicator you will measure and the level that counts as success, e.g. “citizens reach the counter within 10 minutes” with indicator “waiting time” and target “≤ 10 min for 95 % of visits”. Requirements and award criteria later refer to these outcomes.</source>
            <translation>&lt;b&gt;Resultaten zijn meetbaar.&lt;/b&gt; Geef per resultaat de indicator die u meet en het niveau dat als geslaagd telt, bijv. „inwoners zijn binnen 10 minuten aan de beurt” met indicator „wachttijd” en doel „≤ 10 min bij 95 % van de bezoeken”. Eisen en gunningscriteria verwijzen later naar deze resultaten.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Target level</source>
            <translation>Doelniveau</translation>
        </message>
        <message>
            <source>Context and ambition</source>
            <translation>Context en ambitie</translation>
        </message>
        <message>
            <source>Users, existing systems, locations, policy goals, constraints…</source>
            <translation>Gebruikers, bestaande systemen, locaties, beleidsdoelen, randvoorwaarden…</translation>
        </message>
        <message>
            <source>Edit context</source>
            <translation>Context wijzigen</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Context</translation>
        </message>
        <message>
            <source>Describe the environment the solution must work in. Name existing systems as &lt;i&gt;interfaces to connect to&lt;/i&gt;, not as products to copy.</source>
            <translation>Beschrijf de omgeving waarin de oplossing moet werken. Noem bestaande systemen als &lt;i&gt;koppelvlakken om op aan te sluiten&lt;/i&gt;, niet als producten om na te bouwen.</translation>
        </message>
        <message>
            <source>Sustainability, social return, innovation targets…</source>
            <translation>Duurzaamheid, social return, innovatiedoelen…</translation>
        </message>
        <message>
            <source>Edit ambition</source>
            <translation>Ambitie wijzigen</translation>
        </message>
        <message>
            <source>Ambition</source>
            <translation>Ambitie</translation>
        </message>
        <message>
            <source>Ambitions that matter become award criteria: suppliers who do better score better, instead of everyone meeting one fixed minimum.</source>
            <translation>Ambities die ertoe doen worden gunningscriteria: wie het beter doet scoort beter, in plaats van dat iedereen één vast minimum haalt.</translation>
        </message>
        <message>
            <source>Technology, materials, working method, staffing…</source>
            <translation>Techniek, materialen, werkwijze, personele inzet…</translation>
        </message>
        <message>
            <source>Edit what is left open</source>
            <translation>Openlaten wijzigen</translation>
        </message>
        <message>
            <source>Left open to the market</source>
            <translation>Opengelaten voor de markt</translation>
        </message>
        <message>
            <source>&lt;b&gt;Say explicitly what you leave open.&lt;/b&gt; Every prescribed material, technology or method excludes suppliers with another good answer, and brand or type names are only allowed with “or equivalent” (Aw 2.76).</source>
            <translation>&lt;b&gt;Zeg uitdrukkelijk wat u openlaat.&lt;/b&gt; Elk voorgeschreven materiaal, elke techniek of werkwijze sluit leveranciers met een ander goed antwoord uit, en merk- of typenamen mogen alleen met „of gelijkwaardig” (Aw 2.76).</translation>
        </message>
        <message>
            <source>Add outcome</source>
            <translation>Resultaat toevoegen</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>%1 is set</source>
            <translation>%1 is ingevuld</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Taal van het systeem</translation>
        </message>
        <message>
            <source>Language of the program</source>
            <translation>Taal van het programma</translation>
        </message>
        <message>
            <source>The language of menus and dialogs; the tender documents keep the language set in each project</source>
            <translation>De taal van menu’s en vensters; de aanbestedingsstukken houden de taal die per project is ingesteld</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Used in exported documents</source>
            <translation>Gebruikt in geëxporteerde documenten</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Uw naam</translation>
        </message>
        <message>
            <source>Recorded when you accept a lint finding</source>
            <translation>Vastgelegd als u een bevinding accepteert</translation>
        </message>
        <message>
            <source>Built-in house style</source>
            <translation>Ingebouwde huisstijl</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <source>Choose a Word template</source>
            <translation>Een Word-sjabloon kiezen</translation>
        </message>
        <message>
            <source>Word template</source>
            <translation>Word-sjabloon</translation>
        </message>
        <message>
            <source>A .docx or .dotx with your organisation's styles</source>
            <translation>Een .docx of .dotx met de stijlen van uw organisatie</translation>
        </message>
        <message>
            <source>Dutch rules</source>
            <translation>Nederlandse regels</translation>
        </message>
        <message>
            <source>English rules</source>
            <translation>Engelse regels</translation>
        </message>
        <message>
            <source>Rule packs</source>
            <translation>Regelpakketten</translation>
        </message>
        <message>
            <source>Which rule packs the linter runs</source>
            <translation>Welke regelpakketten de controle gebruikt</translation>
        </message>
        <message>
            <source>Evaluators (default)</source>
            <translation>Beoordelaars (standaard)</translation>
        </message>
        <message>
            <source>Number of evaluator sheets in the Excel grid when a project names none</source>
            <translation>Aantal beoordelaarsbladen in de Excel-matrix als een project er geen noemt</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>off</source>
            <translation>uit</translation>
        </message>
        <message>
            <source>Autosave every</source>
            <translation>Automatisch opslaan elke</translation>
        </message>
        <message>
            <source>Seconds between autosaves; 0 turns autosave off</source>
            <translation>Seconden tussen automatische opslag; 0 zet het uit</translation>
        </message>
        <message>
            <source>Settings with a lock are set by your organisation and cannot be changed here.</source>
            <translation>Instellingen met een slotje zijn door uw organisatie vastgelegd en kunnen hier niet worden gewijzigd.</translation>
        </message>
        <message>
            <source>Locked by your organisation (site configuration)</source>
            <translation>Vastgelegd door uw organisatie (siteconfiguratie)</translation>
        </message>
        <message>
            <source>Word documents (*.docx *.dotx)</source>
            <translation>Word-documenten (*.docx *.dotx)</translation>
        </message>
    </context>
    <context>
        <name>ProcedurePage</name>
        <message>
            <source>Procedure</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <source>Which procedures the law allows for this purchase, which one fits best and why, and the earliest dates the statutory time limits permit.</source>
            <translation>Welke procedures de wet voor deze inkoop toestaat, welke het best past en waarom, en de vroegste data die de wettelijke termijnen toelaten.</translation>
        </message>
        <message>
            <source>Facts for the advice</source>
            <translation>Feiten voor het advies</translation>
        </message>
        <message>
            <source>How new is the solution</source>
            <translation>Hoe nieuw is de oplossing</translation>
        </message>
        <message>
            <source>Edit innovation profile</source>
            <translation>Innovatieprofiel wijzigen</translation>
        </message>
        <message>
            <source>Available on the market, adaptation, development or research</source>
            <translation>Beschikbaar op de markt, aanpassing, ontwikkeling of onderzoek</translation>
        </message>
        <message>
            <source>The need can be specified precisely up front</source>
            <translation>De behoefte is vooraf precies te specificeren</translation>
        </message>
        <message>
            <source>If not, dialogue or negotiation may be allowed (Aw 2.28)</source>
            <translation>Zo niet, dan kunnen dialoog of onderhandeling zijn toegestaan (Aw 2.28)</translation>
        </message>
        <message>
            <source>Buy the result after development</source>
            <translation>Het resultaat na ontwikkeling afnemen</translation>
        </message>
        <message>
            <source>Innovation partnership: develop and then purchase (Aw 2.31a)</source>
            <translation>Innovatiepartnerschap: ontwikkelen en daarna afnemen (Aw 2.31a)</translation>
        </message>
        <message>
            <source>A plan or design is wanted first</source>
            <translation>Eerst is een plan of ontwerp gewenst</translation>
        </message>
        <message>
            <source>Design contest</source>
            <translation>Prijsvraag</translation>
        </message>
        <message>
            <source>Urgency that can be substantiated</source>
            <translation>Aantoonbare spoed</translation>
        </message>
        <message>
            <source>Allows shorter time limits</source>
            <translation>Maakt kortere termijnen mogelijk</translation>
        </message>
        <message>
            <source>Electronic submission</source>
            <translation>Elektronisch inschrijven</translation>
        </message>
        <message>
            <source>Shortens some time limits by 5 days</source>
            <translation>Verkort sommige termijnen met 5 dagen</translation>
        </message>
        <message>
            <source>Prior information notice published</source>
            <translation>Vooraankondiging gepubliceerd</translation>
        </message>
        <message>
            <source>Edit procedure facts</source>
            <translation>Procedurefeiten wijzigen</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advies</translation>
        </message>
        <message>
            <source>Threshold check</source>
            <translation>Drempelwaardetoets</translation>
        </message>
        <message>
            <source>Recommended procedure</source>
            <translation>Aanbevolen procedure</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Waarschuwingen</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Toegestaan</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Redenen</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Wettelijke grondslag</translation>
        </message>
        <message>
            <source>Procedures with reasons</source>
            <translation>Procedures met redenen</translation>
        </message>
        <message>
            <source>Fill in the value and the planned publication date on the Project step to get advice.</source>
            <translation>Vul bij de stap Project de waarde en de geplande publicatiedatum in om advies te krijgen.</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>Uw keuze</translation>
        </message>
        <message>
            <source>(not chosen yet)</source>
            <translation>(nog niet gekozen)</translation>
        </message>
        <message>
            <source>Choose procedure</source>
            <translation>Procedure kiezen</translation>
        </message>
        <message>
            <source>The procedure you choose</source>
            <translation>De procedure die u kiest</translation>
        </message>
        <message>
            <source>Use recommendation</source>
            <translation>Aanbeveling overnemen</translation>
        </message>
        <message>
            <source>Edit rationale</source>
            <translation>Motivering wijzigen</translation>
        </message>
        <message>
            <source>Why this procedure: for the proces-verbaal (the memo below can be a start)</source>
            <translation>Waarom deze procedure: voor het proces-verbaal (het memo hieronder is een begin)</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Mijlpaal</translation>
        </message>
        <message>
            <source>Earliest</source>
            <translation>Vroegst</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Timeline with statutory dates</source>
            <translation>Planning met wettelijke data</translation>
        </message>
        <message>
            <source>Plan these dates</source>
            <translation>Deze data plannen</translation>
        </message>
        <message>
            <source>Set the project's planned milestones to the statutory dates</source>
            <translation>De geplande mijlpalen van het project op de wettelijke data zetten</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>The memo explains the choice with its legal grounds. Copy it into the rationale or the proces-verbaal and adjust it to your situation.</source>
            <translation>Het memo licht de keuze toe met de wettelijke gronden. Neem het over in de motivering of het proces-verbaal en pas het aan op uw situatie.</translation>
        </message>
        <message>
            <source>Advice memo</source>
            <translation>Adviesmemo</translation>
        </message>
        <message>
            <source>Copy memo into rationale</source>
            <translation>Memo overnemen in de motivering</translation>
        </message>
        <message>
            <source>The procedure advisor is not installed.</source>
            <translation>De procedurewijzer is niet geïnstalleerd.</translation>
        </message>
        <message>
            <source>Publication of the notice</source>
            <translation>Publicatie van de aankondiging</translation>
        </message>
        <message>
            <source>Requests to participate</source>
            <translation>Verzoeken tot deelneming</translation>
        </message>
        <message>
            <source>Questions deadline</source>
            <translation>Sluiting vragenronde</translation>
        </message>
        <message>
            <source>Answers (Nota van Inlichtingen)</source>
            <translation>Antwoorden (Nota van Inlichtingen)</translation>
        </message>
        <message>
            <source>Tender deadline</source>
            <translation>Sluiting inschrijving</translation>
        </message>
        <message>
            <source>Award decision</source>
            <translation>Gunningsbeslissing</translation>
        </message>
        <message>
            <source>End of standstill period</source>
            <translation>Einde opschortende termijn</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Overeenkomst</translation>
        </message>
        <message>
            <source>No advice yet</source>
            <translation>Nog geen advies</translation>
        </message>
        <message>
            <source>EU procedure required</source>
            <translation>Europese procedure verplicht</translation>
        </message>
        <message>
            <source>Below the EU threshold: national rules apply</source>
            <translation>Onder de Europese drempel: nationale regels gelden</translation>
        </message>
        <message>
            <source>Estimated value %1 against the threshold of %2 (valid %3 to %4; %5)</source>
            <translation>Geraamde waarde %1 tegenover de drempel van %2 (geldig %3 tot en met %4; %5)</translation>
        </message>
        <message>
            <source>Recommended:</source>
            <translation>Aanbevolen:</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>niet geverifieerd</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>niet toegestaan</translation>
        </message>
        <message>
            <source>Planned before the statutory earliest date</source>
            <translation>Gepland vóór de wettelijk vroegste datum</translation>
        </message>
        <message>
            <source>Planned after the latest allowed date</source>
            <translation>Gepland na de uiterst toegestane datum</translation>
        </message>
        <message>
            <source>Differs from the planned publication date</source>
            <translation>Wijkt af van de geplande publicatiedatum</translation>
        </message>
        <message>
            <source>Copy memo</source>
            <translation>Memo overnemen</translation>
        </message>
        <message>
            <source>Plan the statutory dates</source>
            <translation>Wettelijke data plannen</translation>
        </message>
    </context>
    <context>
        <name>ProjectDocument</name>
        <message>
            <source>Untitled</source>
            <translation>Naamloos</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>%s wijzigen</translation>
        </message>
    </context>
    <context>
        <name>ProjectPage</name>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Who buys what, and for how much. The estimated value decides whether an EU procedure is required.</source>
            <translation>Wie koopt wat in, en voor hoeveel. De geraamde waarde bepaalt of een Europese procedure verplicht is.</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Titel wijzigen</translation>
        </message>
        <message>
            <source>Title of the tender</source>
            <translation>Titel van de aanbesteding</translation>
        </message>
        <message>
            <source>e.g. Smart public lighting</source>
            <translation>bijv. Slimme openbare verlichting</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <source>Edit reference</source>
            <translation>Kenmerk wijzigen</translation>
        </message>
        <message>
            <source>Your file or case number</source>
            <translation>Uw dossier- of zaaknummer</translation>
        </message>
        <message>
            <source>Contracting authority</source>
            <translation>Aanbestedende dienst</translation>
        </message>
        <message>
            <source>Edit authority</source>
            <translation>Aanbestedende dienst wijzigen</translation>
        </message>
        <message>
            <source>Name of the contracting authority</source>
            <translation>Naam van de aanbestedende dienst</translation>
        </message>
        <message>
            <source>Type of authority</source>
            <translation>Soort aanbestedende dienst</translation>
        </message>
        <message>
            <source>Edit authority type</source>
            <translation>Soort aanbestedende dienst wijzigen</translation>
        </message>
        <message>
            <source>Central government, decentral authority or utility: decides the EU threshold</source>
            <translation>Centrale overheid, decentrale overheid of speciale-sectorbedrijf: bepaalt de Europese drempel</translation>
        </message>
        <message>
            <source>Type of contract</source>
            <translation>Soort opdracht</translation>
        </message>
        <message>
            <source>Edit contract type</source>
            <translation>Soort opdracht wijzigen</translation>
        </message>
        <message>
            <source>Works, supplies or services</source>
            <translation>Werken, leveringen of diensten</translation>
        </message>
        <message>
            <source>Edit CPV codes</source>
            <translation>CPV-codes wijzigen</translation>
        </message>
        <message>
            <source>CPV codes</source>
            <translation>CPV-codes</translation>
        </message>
        <message>
            <source>Comma-separated CPV codes</source>
            <translation>CPV-codes, gescheiden door komma’s</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Taal van de documenten</translation>
        </message>
        <message>
            <source>Edit language</source>
            <translation>Taal wijzigen</translation>
        </message>
        <message>
            <source>Language of the tender documents and of the lint rules; independent of the language of this program</source>
            <translation>Taal van de aanbestedingsstukken en van de controleregels; los van de taal van dit programma</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Edit author</source>
            <translation>Auteur wijzigen</translation>
        </message>
        <message>
            <source>Document version</source>
            <translation>Documentversie</translation>
        </message>
        <message>
            <source>Edit version</source>
            <translation>Versie wijzigen</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Edit date</source>
            <translation>Datum wijzigen</translation>
        </message>
        <message>
            <source>Planned publication</source>
            <translation>Geplande publicatie</translation>
        </message>
        <message>
            <source>Edit publication date</source>
            <translation>Publicatiedatum wijzigen</translation>
        </message>
        <message>
            <source>Planned dispatch of the notice: decides which thresholds apply and drives the timeline</source>
            <translation>Geplande verzending van de aankondiging: bepaalt welke drempels gelden en de planning</translation>
        </message>
        <message>
            <source>Estimated value (EUR excluding VAT)</source>
            <translation>Geraamde waarde (EUR exclusief btw)</translation>
        </message>
        <message>
            <source>Count everything the contract can be worth: options and extensions included (Aw 2.15). Services without a total price count the monthly amount over the term, at most 48 months (Aw 2.17). Splitting a contract to stay below a threshold is not allowed.</source>
            <translation>Tel alles mee wat de opdracht waard kan zijn, opties en verlengingen inbegrepen (Aw 2.15). Diensten zonder totaalprijs tellen het maandbedrag over de looptijd, ten hoogste 48 maanden (Aw 2.17). Een opdracht splitsen om onder een drempel te blijven mag niet.</translation>
        </message>
        <message>
            <source>Edit value</source>
            <translation>Waarde wijzigen</translation>
        </message>
        <message>
            <source>Firm part</source>
            <translation>Vast deel</translation>
        </message>
        <message>
            <source>Value of the firm part over its fixed term</source>
            <translation>Waarde van het vaste deel over de vaste looptijd</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opties</translation>
        </message>
        <message>
            <source>Extensions</source>
            <translation>Verlengingen</translation>
        </message>
        <message>
            <source>Optional extension periods</source>
            <translation>Optionele verlengingsperioden</translation>
        </message>
        <message>
            <source> months</source>
            <translation> maanden</translation>
        </message>
        <message>
            <source>Fixed term</source>
            <translation>Vaste looptijd</translation>
        </message>
        <message>
            <source>Fixed term in months; leave at — when there is none</source>
            <translation>Vaste looptijd in maanden; laat op — als die er niet is</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Maandwaarde</translation>
        </message>
        <message>
            <source>Only for services without a total price; leave at — otherwise</source>
            <translation>Alleen voor diensten zonder totaalprijs; laat anders op —</translation>
        </message>
        <message>
            <source>Indefinite term</source>
            <translation>Onbepaalde looptijd</translation>
        </message>
        <message>
            <source>No end date (counts 48 months)</source>
            <translation>Geen einddatum (telt 48 maanden)</translation>
        </message>
        <message>
            <source>Development phases</source>
            <translation>Ontwikkelfasen</translation>
        </message>
        <message>
            <source>Innovation partnership: all research and development phases (Aw 2.22)</source>
            <translation>Innovatiepartnerschap: alle onderzoeks- en ontwikkelfasen (Aw 2.22)</translation>
        </message>
        <message>
            <source>Prizes and payments</source>
            <translation>Prijzen en vergoedingen</translation>
        </message>
        <message>
            <source>Design contest prizes (Aw 2.22)</source>
            <translation>Prijzengeld van een prijsvraag (Aw 2.22)</translation>
        </message>
        <message>
            <source>Estimated total value</source>
            <translation>Geraamde totale waarde</translation>
        </message>
        <message>
            <source>Estimated total:</source>
            <translation>Geraamd totaal:</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Value (EUR)</source>
            <translation>Waarde (EUR)</translation>
        </message>
        <message>
            <source>Add lot</source>
            <translation>Perceel toevoegen</translation>
        </message>
        <message>
            <source>New lot</source>
            <translation>Nieuw perceel</translation>
        </message>
        <message>
            <source>firm part</source>
            <translation>vast deel</translation>
        </message>
        <message>
            <source>monthly value × months</source>
            <translation>maandwaarde × maanden</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opties</translation>
        </message>
        <message>
            <source>extensions</source>
            <translation>verlengingen</translation>
        </message>
        <message>
            <source>development phases</source>
            <translation>ontwikkelfasen</translation>
        </message>
        <message>
            <source>prizes</source>
            <translation>prijzen</translation>
        </message>
        <message>
            <source>lots together %1</source>
            <translation>percelen samen %1</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover unsaved work</source>
            <translation>Niet-opgeslagen werk herstellen</translation>
        </message>
        <message>
            <source>innodraft did not close properly last time. These projects have changes that were autosaved but not saved to their file:</source>
            <translation>innodraft is de vorige keer niet goed afgesloten. Deze projecten hebben wijzigingen die automatisch zijn bewaard maar niet in hun bestand zijn opgeslagen:</translation>
        </message>
        <message>
            <source>These autosaved projects have changes that were not saved to their file:</source>
            <translation>Deze automatisch bewaarde projecten hebben wijzigingen die niet in hun bestand zijn opgeslagen:</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>nooit opgeslagen</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Naamloos</translation>
        </message>
        <message>
            <source>autosaved %1</source>
            <translation>automatisch bewaard %1</translation>
        </message>
        <message>
            <source>Autosaved projects</source>
            <translation>Automatisch bewaarde projecten</translation>
        </message>
        <message>
            <source>The original files are not changed until you save.</source>
            <translation>De oorspronkelijke bestanden veranderen pas als u opslaat.</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Discard all</source>
            <translation>Alles weggooien</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Niet nu</translation>
        </message>
    </context>
    <context>
        <name>RequirementEditor</name>
        <message>
            <source>Edit requirement title</source>
            <translation>Titel van de eis wijzigen</translation>
        </message>
        <message>
            <source>Short title (optional)</source>
            <translation>Korte titel (optioneel)</translation>
        </message>
        <message>
            <source>Requirement title</source>
            <translation>Titel van de eis</translation>
        </message>
        <message>
            <source>Type requirement</source>
            <translation>Eis typen</translation>
        </message>
        <message>
            <source>State what must be achieved and how it is verified, e.g. “At least 95 % of the street lights work at any time; the contractor reports monthly.”</source>
            <translation>Beschrijf wat bereikt moet worden en hoe dat wordt aangetoond, bijv. „Ten minste 95 % van de lichtpunten werkt op elk moment; de opdrachtnemer rapporteert maandelijks.”</translation>
        </message>
        <message>
            <source>Requirement text</source>
            <translation>Tekst van de eis</translation>
        </message>
        <message>
            <source>Linted as you type; flagged words are underlined. Hover for the explanation.</source>
            <translation>Wordt gecontroleerd terwijl u typt; gemarkeerde woorden zijn onderstreept. Wijs ze aan voor de toelichting.</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Tekst:</translation>
        </message>
        <message>
            <source>Edit kind</source>
            <translation>Soort wijzigen</translation>
        </message>
        <message>
            <source>Edit priority</source>
            <translation>Prioriteit wijzigen</translation>
        </message>
        <message>
            <source>Edit verification</source>
            <translation>Verificatie wijzigen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Knock-out requirement, award criterion or information</source>
            <translation>Knock-outeis, gunningscriterium of informatie</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Must, should, could or won't</source>
            <translation>Must, should, could of won’t</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verificatie</translation>
        </message>
        <message>
            <source>How compliance is checked</source>
            <translation>Hoe wordt gecontroleerd of eraan is voldaan</translation>
        </message>
        <message>
            <source>Edit verification detail</source>
            <translation>Toelichting verificatie wijzigen</translation>
        </message>
        <message>
            <source>e.g. monthly availability report</source>
            <translation>bijv. maandelijkse beschikbaarheidsrapportage</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Aangetoond met</translation>
        </message>
        <message>
            <source>Link outcome</source>
            <translation>Resultaat koppelen</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>The desired outcome this requirement serves</source>
            <translation>Het gewenste resultaat waaraan deze eis bijdraagt</translation>
        </message>
        <message>
            <source>Edit category</source>
            <translation>Categorie wijzigen</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Edit rationale</source>
            <translation>Motivering wijzigen</translation>
        </message>
        <message>
            <source>Why this requirement is needed</source>
            <translation>Waarom deze eis nodig is</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Findings of this requirement</source>
            <translation>Bevindingen bij deze eis</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>(geen tekst)</translation>
        </message>
        <message>
            <source>Apply suggestion</source>
            <translation>Voorstel toepassen</translation>
        </message>
        <message>
            <source>Accept finding</source>
            <translation>Bevinding accepteren</translation>
        </message>
        <message>
            <source>Withdraw acceptance</source>
            <translation>Acceptatie intrekken</translation>
        </message>
    </context>
    <context>
        <name>RequirementsModel</name>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Eis</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Lint score: 100 minus points per open finding</source>
            <translation>Score: 100 min punten per open bevinding</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open lint findings (accepted ones are not counted)</source>
            <translation>Open bevindingen (geaccepteerde tellen niet mee)</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPage</name>
        <message>
            <source>Requirements</source>
            <translation>Eisen</translation>
        </message>
        <message>
            <source>Each requirement is checked as you type: brand names without “or equivalent”, prescribed solutions, vague words and disproportionate demands are underlined.</source>
            <translation>Elke eis wordt gecontroleerd terwijl u typt: merknamen zonder „of gelijkwaardig”, voorgeschreven oplossingen, vage woorden en onevenredige eisen worden onderstreept.</translation>
        </message>
        <message>
            <source>Filter requirements…</source>
            <translation>Eisen filteren…</translation>
        </message>
        <message>
            <source>Filter requirements</source>
            <translation>Eisen filteren</translation>
        </message>
        <message>
            <source>Show requirements whose id, title or text contains this</source>
            <translation>Eisen tonen waarvan het id, de titel of de tekst dit bevat</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filteren op soort</translation>
        </message>
        <message>
            <source>With findings</source>
            <translation>Met bevindingen</translation>
        </message>
        <message>
            <source>Only requirements with open findings</source>
            <translation>Alleen eisen met open bevindingen</translation>
        </message>
        <message>
            <source>All requirements; select one to edit it</source>
            <translation>Alle eisen; kies er een om te bewerken</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Add an empty requirement</source>
            <translation>Een lege eis toevoegen</translation>
        </message>
        <message>
            <source>Guided…</source>
            <translation>Begeleid…</translation>
        </message>
        <message>
            <source>Build a requirement from an outcome</source>
            <translation>Een eis opbouwen vanuit een resultaat</translation>
        </message>
        <message>
            <source>Patterns…</source>
            <translation>Patronen…</translation>
        </message>
        <message>
            <source>Pick a functional requirement pattern</source>
            <translation>Een patroon voor een functionele eis kiezen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Remove the selected requirement</source>
            <translation>De gekozen eis verwijderen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Eis</translation>
        </message>
        <message>
            <source>Findings in the whole project</source>
            <translation>Bevindingen in het hele project</translation>
        </message>
        <message>
            <source>All findings</source>
            <translation>Alle bevindingen</translation>
        </message>
        <message>
            <source>Add requirement</source>
            <translation>Eis toevoegen</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 verwijderen</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>%1 verplaatsen</translation>
        </message>
        <message>
            <source>All findings (%1)</source>
            <translation>Alle bevindingen (%1)</translation>
        </message>
    </context>
    <context>
        <name>ScaleModel</name>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Descriptor</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Edit scoring scale</source>
            <translation>Beoordelingsschaal wijzigen</translation>
        </message>
        <message>
            <source>Add scale level</source>
            <translation>Schaalniveau toevoegen</translation>
        </message>
        <message>
            <source>Remove scale level</source>
            <translation>Schaalniveau verwijderen</translation>
        </message>
        <message>
            <source>Use standard scale</source>
            <translation>Standaardschaal gebruiken</translation>
        </message>
    </context>
    <context>
        <name>SuitabilityChecks</name>
        <message>
            <source>Proportionality checks</source>
            <translation>Proportionaliteitscontroles</translation>
        </message>
        <message>
            <source>Checks appear when the linter has loaded.</source>
            <translation>De controles verschijnen zodra de controle is geladen.</translation>
        </message>
        <message>
            <source>No proportionality problems found.</source>
            <translation>Geen proportionaliteitsproblemen gevonden.</translation>
        </message>
        <message>
            <source>No proportionality problems found for %1.</source>
            <translation>Geen proportionaliteitsproblemen gevonden bij %1.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Central government</source>
            <translation>Centrale overheid</translation>
        </message>
        <message>
            <source>Sub-central authority (municipality, province, water board)</source>
            <translation>Decentrale overheid (gemeente, provincie, waterschap)</translation>
        </message>
        <message>
            <source>Utility (special sector)</source>
            <translation>Speciale-sectorbedrijf</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Werken</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Leveringen</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Diensten</translation>
        </message>
        <message>
            <source>Social and other specific services</source>
            <translation>Sociale en andere specifieke diensten</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>Available on the market</source>
            <translation>Beschikbaar op de markt</translation>
        </message>
        <message>
            <source>Adaptation of existing solutions</source>
            <translation>Aanpassing van bestaande oplossingen</translation>
        </message>
        <message>
            <source>Development needed</source>
            <translation>Ontwikkeling nodig</translation>
        </message>
        <message>
            <source>Research and development</source>
            <translation>Onderzoek en ontwikkeling</translation>
        </message>
        <message>
            <source>Knock-out</source>
            <translation>Knock-out</translation>
        </message>
        <message>
            <source>Award criterion</source>
            <translation>Gunningscriterium</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informatie</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Must</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Should</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Could</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Won’t</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(niet ingesteld)</translation>
        </message>
        <message>
            <source>Own declaration</source>
            <translation>Eigen verklaring</translation>
        </message>
        <message>
            <source>Document review</source>
            <translation>Documentbeoordeling</translation>
        </message>
        <message>
            <source>Demonstration</source>
            <translation>Demonstratie</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>Inspectie</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Reference check</source>
            <translation>Referentiecontrole</translation>
        </message>
        <message>
            <source>Monitoring during the contract</source>
            <translation>Meting tijdens de uitvoering</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Ervaring</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificaat</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Verzekering</translation>
        </message>
        <message>
            <source>Professional registration</source>
            <translation>Beroepsregistratie</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personeel</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Best price-quality ratio</source>
            <translation>Beste prijs-kwaliteitverhouding</translation>
        </message>
        <message>
            <source>Lowest cost (life-cycle)</source>
            <translation>Laagste kosten (levenscyclus)</translation>
        </message>
        <message>
            <source>Lowest price</source>
            <translation>Laagste prijs</translation>
        </message>
        <message>
            <source>Relative (lowest / price)</source>
            <translation>Relatief (laagste / prijs)</translation>
        </message>
        <message>
            <source>Linear between lowest and highest</source>
            <translation>Lineair tussen laagste en hoogste</translation>
        </message>
        <message>
            <source>Fictitious discount (value in euro)</source>
            <translation>Fictieve korting (waarde in euro)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fout</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Brand or type</source>
            <translation>Merk of type</translation>
        </message>
        <message>
            <source>Prescriptive</source>
            <translation>Voorschrijvend</translation>
        </message>
        <message>
            <source>Vague</source>
            <translation>Vaag</translation>
        </message>
        <message>
            <source>Proportionality</source>
            <translation>Proportionaliteit</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Discriminatie</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Vormvereiste</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Stijl</translation>
        </message>
    </context>
</TS>
