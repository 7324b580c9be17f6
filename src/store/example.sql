-- example.sql — the example organisation: Zorggroep De Linde
--
-- Copyright 2026 The DPP2 Toolkit authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A fictional Dutch care organisation. All people are invented. Card
-- history is not written here: the store derives it from the cards and
-- sprints, so burndown charts always agree with the board.

INSERT INTO organisation (id, name, sector, description) VALUES
  (1, 'Zorggroep De Linde', 'Ouderenzorg en thuiszorg',
   'Zorggroep De Linde biedt verpleeghuiszorg op twee locaties in Utrecht en Zeist en thuiszorg in vier wijken. Ruim 600 medewerkers en 250 vrijwilligers werken samen met bewoners en hun naasten.');

INSERT INTO person (id, name, email, job_title, department, workplace) VALUES
  (1, 'Marieke Jansen', 'm.jansen@delinde.example', 'Bestuurder', 'Raad van Bestuur', 'Centraal bureau'),
  (2, 'Ton van den Berg', 't.vandenberg@delinde.example', 'Manager zorg', 'Verpleeghuiszorg', 'Locatie De Linde'),
  (3, 'Fatima Bouzid', 'f.bouzid@delinde.example', 'Adviseur leren en ontwikkelen', 'HR & Opleidingen', 'Centraal bureau'),
  (4, 'Sanne de Vries', 's.devries@delinde.example', 'Teamleider', 'Verpleeghuiszorg', 'Locatie De Linde'),
  (5, 'Mohamed El Amrani', 'm.elamrani@delinde.example', 'Teamleider', 'Thuiszorg', 'Wijkteam Overvecht'),
  (6, 'Joyce Bakker', 'j.bakker@delinde.example', 'Verzorgende IG', 'Verpleeghuiszorg', 'Locatie De Linde'),
  (7, 'Kevin Smit', 'k.smit@delinde.example', 'Verpleegkundige', 'Verpleeghuiszorg', 'Locatie De Linde'),
  (8, 'Ilse Visser', 'i.visser@delinde.example', 'Fysiotherapeut', 'Behandeldienst', 'Locatie De Linde'),
  (9, 'Ahmet Yılmaz', 'a.yilmaz@delinde.example', 'Verzorgende IG', 'Verpleeghuiszorg', 'Locatie De Linde'),
  (10, 'Lotte Mulder', 'l.mulder@delinde.example', 'Helpende Plus', 'Verpleeghuiszorg', 'Locatie De Linde'),
  (11, 'Priya Ramdin', 'p.ramdin@delinde.example', 'Specialist ouderengeneeskunde', 'Behandeldienst', 'Locatie Het Anker'),
  (12, 'Bram de Groot', 'b.degroot@delinde.example', 'Ergotherapeut', 'Behandeldienst', 'Locatie Het Anker'),
  (13, 'Esther Meijer', 'e.meijer@delinde.example', 'Wijkverpleegkundige', 'Thuiszorg', 'Wijkteam Overvecht'),
  (14, 'Daan Hendriks', 'd.hendriks@delinde.example', 'Verzorgende IG', 'Thuiszorg', 'Wijkteam Overvecht'),
  (15, 'Nadia Haddou', 'n.haddou@delinde.example', 'Verzorgende IG', 'Thuiszorg', 'Wijkteam Zuilen'),
  (16, 'Ruud Peters', 'r.peters@delinde.example', 'Praktijkopleider', 'HR & Opleidingen', 'Centraal bureau'),
  (17, 'Anouk van Dijk', 'a.vandijk@delinde.example', 'Leerling verpleegkundige (BBL)', 'Thuiszorg', 'Wijkteam Zuilen'),
  (18, 'Wim Dekker', 'w.dekker@delinde.example', 'Kwaliteitsadviseur', 'Kwaliteit & Veiligheid', 'Centraal bureau'),
  (19, 'Sophie Vermeulen', 's.vermeulen@delinde.example', 'HR-adviseur', 'HR & Opleidingen', 'Centraal bureau'),
  (20, 'Jeroen Bos', 'j.bos@delinde.example', 'Verpleegkundige', 'Verpleeghuiszorg', 'Locatie Het Anker'),
  (21, 'Gülşen Kaya', 'g.kaya@delinde.example', 'Helpende', 'Thuiszorg', 'Wijkteam Overvecht'),
  (22, 'Marco de Wit', 'm.dewit@delinde.example', 'Apotheker', 'Behandeldienst', 'Centraal bureau'),
  (23, 'Linda Koster', 'l.koster@delinde.example', 'Verzorgende IG', 'Verpleeghuiszorg', 'Locatie Het Anker'),
  (24, 'Thijs van Leeuwen', 't.vanleeuwen@delinde.example', 'Planner', 'Thuiszorg', 'Wijkteam Zuilen'),
  (25, 'Yvonne Prins', 'y.prins@delinde.example', 'Vrijwilligerscoördinator', 'Welzijn', 'Locatie De Linde');

INSERT INTO team (id, name, purpose, leader_id) VALUES
  (1, 'LPT Valpreventie De Linde',
   'Samen leren hoe we vallen van bewoners voorkomen, vooral ''s avonds en ''s nachts, en wat werkt vastleggen als best practice.', 4),
  (2, 'LPT Goed Begonnen',
   'Nieuwe collega''s in de wijkteams een sterke start geven, zodat ze blijven en groeien.', 5);

INSERT INTO team_member (id, team_id, person_id, role) VALUES
  (1, 1, 4, 'Teamleider'),
  (2, 1, 6, 'Aandachtsvelder valpreventie'),
  (3, 1, 7, 'Lid'),
  (4, 1, 8, 'Inhoudelijk expert'),
  (5, 1, 9, 'Lid'),
  (6, 1, 10, 'Lid'),
  (7, 1, 18, 'Adviseur kwaliteit'),
  (8, 2, 5, 'Teamleider'),
  (9, 2, 13, 'Lid'),
  (10, 2, 14, 'Buddy'),
  (11, 2, 15, 'Buddy'),
  (12, 2, 16, 'Praktijkopleider'),
  (13, 2, 17, 'Lid (nieuwe collega)'),
  (14, 2, 19, 'Adviseur HR');

-- disciplines: 1 personal mastery, 2 team learning, 4 shared vision,
-- 8 mental models, 16 systems thinking
INSERT INTO goal (id, title, description, ambition, owner_id, status, start_date, target_date,
                  kpi_name, kpi_unit, kpi_baseline, kpi_target, kpi_current, disciplines, position) VALUES
  (1, 'Minder valincidenten bij bewoners',
   'Het aantal valincidenten in de verpleeghuizen daalt, zonder dat bewoners minder vrijheid krijgen.',
   'In 2027 voelt elke bewoner zich veilig én vrij om te bewegen, omdat elk team weet wat werkt tegen vallen.',
   2, 1, '2026-09-01', '2027-06-30',
   'Valincidenten', 'per 1.000 ligdagen', 4.2, 2.5, 3.6, 26, 0),
  (2, 'Nieuwe medewerkers blijven',
   'Minder nieuwe collega''s vertrekken in hun eerste jaar; hun kennis blijft in de organisatie.',
   'Wie bij De Linde begint, leert vanaf dag één samen met een buddy en wil blijven.',
   19, 1, '2026-10-01', '2027-12-31',
   'Verloop in het eerste jaar', '%', 24, 15, 21, 5, 1);

INSERT INTO learning_case (id, goal_id, title, description, acceptance_criteria, team_id, status, priority, position, estimate) VALUES
  (1, 1, 'Valpreventie in de avond- en nachtdienst',
   'De meeste valincidenten gebeuren tussen 20.00 en 07.00 uur. Welke aanpak werkt in de nacht?',
   '[x] Valincidenten van de laatste zes maanden zijn geanalyseerd
[x] Drie interventies zijn gekozen met de nachtdienst
[ ] Interventies zijn vier weken uitgeprobeerd op afdeling De Eik
[ ] Resultaat is besproken in het MDO', 1, 1, 2, 0, 13),
  (2, 1, 'Veilig gebruik van tilliften en sensoren',
   'Bewegingssensoren en tilliften worden niet overal goed gebruikt.',
   '[ ] Alle collega''s van De Eik kunnen de sensor instellen
[ ] Een instructiekaart hangt bij elke tillift', 1, 0, 1, 1, 8),
  (3, 1, 'Medicatiereview bij valrisico',
   'Samen met apotheker en specialist ouderengeneeskunde medicatie bespreken die valrisico verhoogt.',
   '[ ] Werkwijze medicatiereview is vastgesteld
[ ] Tien bewoners met hoog valrisico zijn besproken', 1, 0, 1, 2, 5),
  (4, 2, 'Inwerken met een buddy in de wijk',
   'Nieuwe collega''s in de thuiszorg lopen de eerste zes weken mee met een vaste buddy.',
   '[x] Buddy''s zijn gekozen en voorbereid
[ ] Inwerkplanning per week staat klaar
[ ] Eerste drie nieuwe collega''s zijn ingewerkt', 2, 1, 2, 0, 8),
  (5, 2, 'Het eerste gesprek: verwachtingen over en weer',
   'Een goed intake- en verwachtingengesprek voorkomt vroeg vertrek.',
   '[ ] Gesprekskaart is gemaakt
[ ] Teamleiders hebben de gesprekskaart geoefend', 2, 0, 1, 1, 3);

INSERT INTO board_column (id, team_id, name, position, wip_limit, is_done) VALUES
  (1, 1, 'Te doen', 0, 0, 0),
  (2, 1, 'Mee bezig', 1, 3, 0),
  (3, 1, 'Review', 2, 2, 0),
  (4, 1, 'Klaar', 3, 0, 1),
  (5, 2, 'Te doen', 0, 0, 0),
  (6, 2, 'Mee bezig', 1, 3, 0),
  (7, 2, 'Review', 2, 2, 0),
  (8, 2, 'Klaar', 3, 0, 1);

-- state: 0 planned, 1 active, 2 closed
INSERT INTO sprint (id, team_id, name, goal, start_date, end_date, state, review, retrospective) VALUES
  (1, 1, 'Sprint 1 — Beeld van het probleem',
   'We weten wanneer, waar en waarom bewoners vallen.',
   '2026-11-02', '2026-11-20', 2,
   'Analyse van 87 valincidenten besproken met de nachtdienst. Twee op de drie incidenten gebeuren bij toiletgang in de nacht. Drie interventies gekozen: nachtlampjes met sensor, vast toiletrondje om 02.00 uur en stevige pantoffels.',
   'Wat ging goed: de nachtdienst deed voor het eerst mee aan de analyse. Wat leerden we: cijfers alleen overtuigen niet, de verhalen van collega''s wel. Volgende keer: eerder de fysiotherapeut erbij halen.'),
  (2, 1, 'Sprint 2 — Uitproberen op De Eik',
   'De drie interventies zijn twee weken uitgeprobeerd op afdeling De Eik.',
   '2026-11-23', '2026-12-11', 1, '', ''),
  (3, 1, 'Sprint 3 — Vastleggen en delen',
   'Wat werkt is beschreven als best practice en gedeeld met Het Anker.',
   '2026-12-14', '2027-01-08', 0, '', '');

-- kind: 0 task, 1 learning activity, 2 best-practice candidate
INSERT INTO card (id, case_id, sprint_id, column_id, position, title, description, assignee_id, points, due_date, blocked, blocked_reason, kind, checklist) VALUES
  -- Sprint 1, closed: everything done
  (1, 1, 1, 4, 0, 'Valincidenten analyseren', 'MIC-meldingen van de afgelopen zes maanden op tijdstip, plaats en oorzaak.', 18, 5, '', 0, '', 0, '[x] Meldingen exporteren
[x] Indelen per dienst
[x] Bespreken met kwaliteit'),
  (2, 1, 1, 4, 1, 'Intake gesprek met de nachtdienst', 'Wat zien de collega''s van de nacht gebeuren?', 4, 3, '', 0, '', 1, ''),
  (3, 1, 1, 4, 2, 'Meelopen met een nachtdienst', 'Twee teamleden lopen een nacht mee en noteren risico''s.', 6, 3, '', 0, '', 1, ''),
  (4, 1, 1, 4, 3, 'Literatuur valpreventie samenvatten', 'Richtlijn Preventie van valincidenten bij ouderen, in één A4.', 8, 2, '', 0, '', 1, ''),
  (5, 1, 1, 4, 4, 'Drie interventies kiezen', 'Samen met de nachtdienst, op basis van de analyse.', 4, 2, '', 0, '', 0, ''),
  (6, 3, 1, 4, 5, 'Afspraak met de apotheker', 'Werkwijze medicatiereview voorbereiden.', 22, 1, '', 0, '', 0, ''),
  -- Sprint 2, active: cards in every column
  (7, 1, 2, 1, 0, 'Pantoffelcheck bij alle bewoners', 'Stevige, passende pantoffels of schoenen naast elk bed.', 10, 2, '2026-12-09', 0, '', 0, ''),
  (8, 2, 2, 1, 1, 'Instructie bewegingssensor', 'Korte instructie voor alle collega''s van De Eik.', 8, 3, '2026-12-10', 0, '', 1, ''),
  (9, 1, 2, 2, 0, 'Nachtlampjes met sensor plaatsen', 'Bij 24 bewoners van De Eik, in overleg met de technische dienst.', 7, 3, '2026-12-04', 1, 'Wacht op levering van de lampjes', 0, '[x] Bestelling geplaatst
[ ] Lampjes geleverd
[ ] Geplaatst'),
  (10, 1, 2, 2, 1, 'Toiletrondje om 02.00 uur invoeren', 'Vaste ronde, ook bij bewoners die niet bellen.', 9, 5, '2026-12-08', 0, '', 2, ''),
  (11, 1, 2, 3, 0, 'Valrisico-score bij opname', 'Elke nieuwe bewoner krijgt een valrisico-inschatting.', 6, 3, '', 0, '', 0, ''),
  (12, 3, 2, 3, 1, 'Medicatiereview: eerste vijf bewoners', 'Met Priya en Marco, in het MDO.', 11, 3, '', 0, '', 1, ''),
  (13, 1, 2, 4, 0, 'Nulmeting valincidenten De Eik', 'Aantal incidenten per 1.000 ligdagen voor de start.', 18, 2, '', 0, '', 0, ''),
  (14, 1, 2, 4, 1, 'Uitleg aan bewoners en familie', 'Brief en gesprek bij de koffie.', 4, 2, '', 0, '', 0, ''),
  -- Sprint 3, planned
  (15, 1, 3, 1, 0, 'Best practice beschrijven: nachtelijk toiletrondje', 'Wat, waarom, hoe, en wat je nodig hebt aan kennis, vaardigheden en gedrag.', 6, 3, '', 0, '', 2, ''),
  (16, 1, 3, 1, 1, 'Presentatie voor Het Anker', 'Resultaten delen met het team van Het Anker.', 4, 2, '', 0, '', 1, ''),
  (17, 2, 3, 1, 2, 'Instructiekaart tillift maken', 'Plastificeren en ophangen bij elke tillift.', 12, 2, '', 0, '', 0, ''),
  -- Backlog
  (18, 2, NULL, NULL, 0, 'Sensoren evalueren met de leverancier', '', 8, 3, '', 0, '', 0, ''),
  (19, 3, NULL, NULL, 1, 'Medicatiereview: werkwijze vastleggen', '', 22, 2, '', 0, '', 2, ''),
  (20, 4, NULL, NULL, 2, 'Buddy''s kiezen en voorbereiden', 'Ervaren collega''s die het leuk vinden om te begeleiden.', 5, 3, '', 0, '', 0, ''),
  (21, 4, NULL, NULL, 3, 'Inwerkplanning eerste zes weken', '', 16, 5, '', 0, '', 0, ''),
  (22, 5, NULL, NULL, 4, 'Gesprekskaart "Wat verwacht jij?"', 'Vragen voor het eerste gesprek, in gewone taal.', 19, 2, '', 0, '', 1, '');

-- status: 0 draft, 1 approved, 2 rolled out
INSERT INTO best_practice (id, case_id, title, description, status) VALUES
  (1, 1, 'Vast toiletrondje in de nacht',
   'Om 02.00 uur gaat de nachtdienst langs bij bewoners met verhoogd valrisico en biedt toiletgang aan, ook als zij niet bellen. Kennis: waarom nachtelijke toiletgang tot vallen leidt. Vaardigheid: rustig wekken en begeleiden. Gedrag: het rondje elke nacht lopen en afwijkingen melden.', 1),
  (2, 1, 'Valrisico-inschatting bij opname',
   'Binnen 24 uur na opname vult de EVV''er de valrisico-inschatting in en bespreekt de uitkomst met de fysiotherapeut.', 2),
  (3, 4, 'Buddy in de eerste zes weken',
   'Elke nieuwe collega in de wijk krijgt een vaste buddy die de eerste zes weken meeloopt en wekelijks terugkijkt.', 0);
