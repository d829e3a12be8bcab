-- The facts of 1 report(s), for SQLite, PostgreSQL or DuckDB.
BEGIN TRANSACTION;

-- The reports every quote points into.
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  pos INTEGER NOT NULL UNIQUE, -- place in the dataset, from 0
  title TEXT NOT NULL,
  year INTEGER NOT NULL, -- the year the report is written in
  text TEXT NOT NULL -- the full text, byte for byte
);

-- People, groups, organisations, governments, forces and media the report names.
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  pos INTEGER NOT NULL UNIQUE, -- place in the dataset, from 0
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL, -- lower case, typographic quotes as plain ones, for comparing
  named BOOLEAN NOT NULL, -- whether the report gives a proper name
  kind TEXT NOT NULL CHECK (kind IN ('person', 'group', 'organization', 'government', 'military', 'intelligence', 'media')),
  country TEXT,
  country_folded TEXT, -- lower case, typographic quotes as plain ones, for comparing
  role TEXT,
  role_folded TEXT, -- lower case, typographic quotes as plain ones, for comparing
  affiliation TEXT REFERENCES actors (id), -- the actor it belongs to
  quote TEXT NOT NULL,
  quote_folded TEXT NOT NULL, -- lower case, typographic quotes as plain ones, for comparing
  report TEXT NOT NULL REFERENCES reports (id),
  quote_start INTEGER NOT NULL, -- byte offset of the quote in the report's text
  quote_end INTEGER NOT NULL -- byte offset just past it
);

-- Who facts come from.
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  pos INTEGER NOT NULL UNIQUE, -- place in the dataset, from 0
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL, -- lower case, typographic quotes as plain ones, for comparing
  kind TEXT NOT NULL CHECK (kind IN ('activist', 'organization', 'lawmaker', 'head_of_state', 'government', 'officials', 'intelligence', 'assessment', 'state_media', 'captives', 'photographs', 'report')),
  confirmable BOOLEAN, -- whether the report says it can be confirmed independently; NULL where it says neither
  quote TEXT NOT NULL,
  quote_folded TEXT NOT NULL, -- lower case, typographic quotes as plain ones, for comparing
  report TEXT NOT NULL REFERENCES reports (id),
  quote_start INTEGER NOT NULL, -- byte offset of the quote in the report's text
  quote_end INTEGER NOT NULL -- byte offset just past it
);

-- The actors behind a source.
CREATE TABLE source_actors (
  source TEXT NOT NULL REFERENCES sources (id),
  pos INTEGER NOT NULL, -- place in the list, from 0
  actor TEXT NOT NULL REFERENCES actors (id),
  PRIMARY KEY (source, pos)
);

-- What happened, dated as precisely as the report says.
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  pos INTEGER NOT NULL UNIQUE, -- place in the dataset, from 0
  title TEXT NOT NULL,
  title_folded TEXT NOT NULL, -- lower case, typographic quotes as plain ones, for comparing
  date TEXT, -- as the report says it; `[2025]` is a year the report implies
  date_precision TEXT CHECK (date_precision IN ('year', 'part_of_year', 'month', 'part_of_month', 'day')),
  date_earliest DATE, -- first day it can mean
  date_latest DATE, -- last day it can mean
  date_year_inferred BOOLEAN,
  ongoing BOOLEAN NOT NULL, -- whether it began at `date` and still holds
  place TEXT,
  place_folded TEXT, -- lower case, typographic quotes as plain ones, for comparing
  quote TEXT NOT NULL,
  quote_folded TEXT NOT NULL, -- lower case, typographic quotes as plain ones, for comparing
  report TEXT NOT NULL REFERENCES reports (id),
  quote_start INTEGER NOT NULL, -- byte offset of the quote in the report's text
  quote_end INTEGER NOT NULL -- byte offset just past it
);

-- Who took part in an event.
CREATE TABLE event_actors (
  event TEXT NOT NULL REFERENCES events (id),
  pos INTEGER NOT NULL, -- place in the list, from 0
  actor TEXT NOT NULL REFERENCES actors (id),
  PRIMARY KEY (event, pos)
);

-- Who the report has an event from.
CREATE TABLE event_sources (
  event TEXT NOT NULL REFERENCES events (id),
  pos INTEGER NOT NULL, -- place in the list, from 0
  source TEXT NOT NULL REFERENCES sources (id),
  PRIMARY KEY (event, pos)
);

-- The figures about the deployment and its losses, side by side; none is preferred.
CREATE TABLE estimates (
  id TEXT PRIMARY KEY,
  pos INTEGER NOT NULL UNIQUE, -- place in the dataset, from 0
  topic TEXT NOT NULL CHECK (topic IN ('deployment', 'casualties')),
  measure TEXT NOT NULL CHECK (measure IN ('troops', 'killed', 'wounded')),
  value BIGINT NOT NULL, -- the figure as the report states it
  qualifier TEXT NOT NULL CHECK (qualifier IN ('exact', 'about', 'more_than', 'at_least', 'fewer_than', 'at_most')),
  low BIGINT, -- lower bound the wording implies
  low_inclusive BOOLEAN,
  high BIGINT, -- upper bound the wording implies
  high_inclusive BOOLEAN,
  period TEXT,
  period_folded TEXT, -- lower case, typographic quotes as plain ones, for comparing
  since TEXT, -- as the report says it; `[2025]` is a year the report implies
  since_precision TEXT CHECK (since_precision IN ('year', 'part_of_year', 'month', 'part_of_month', 'day')),
  since_earliest DATE, -- first day it can mean
  since_latest DATE, -- last day it can mean
  since_year_inferred BOOLEAN,
  during TEXT, -- as the report says it; `[2025]` is a year the report implies
  during_precision TEXT CHECK (during_precision IN ('year', 'part_of_year', 'month', 'part_of_month', 'day')),
  during_earliest DATE, -- first day it can mean
  during_latest DATE, -- last day it can mean
  during_year_inferred BOOLEAN,
  source TEXT NOT NULL REFERENCES sources (id),
  quote TEXT NOT NULL,
  quote_folded TEXT NOT NULL, -- lower case, typographic quotes as plain ones, for comparing
  report TEXT NOT NULL REFERENCES reports (id),
  quote_start INTEGER NOT NULL, -- byte offset of the quote in the report's text
  quote_end INTEGER NOT NULL -- byte offset just past it
);

-- Figures the report says come from the same report or time frame.
CREATE TABLE estimate_reported_with (
  estimate TEXT NOT NULL REFERENCES estimates (id),
  pos INTEGER NOT NULL, -- place in the list, from 0
  reported_with TEXT NOT NULL REFERENCES estimates (id),
  PRIMARY KEY (estimate, pos)
);

-- Where the report states an estimate's figure again.
CREATE TABLE estimate_restated (
  estimate TEXT NOT NULL REFERENCES estimates (id),
  pos INTEGER NOT NULL, -- place in the list, from 0
  quote TEXT NOT NULL,
  report TEXT NOT NULL REFERENCES reports (id),
  quote_start INTEGER NOT NULL, -- byte offset of the quote in the report's text
  quote_end INTEGER NOT NULL, -- byte offset just past it
  PRIMARY KEY (estimate, pos)
);

-- Statements the report attributes to a source.
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  pos INTEGER NOT NULL UNIQUE, -- place in the dataset, from 0
  text TEXT NOT NULL,
  text_folded TEXT NOT NULL, -- lower case, typographic quotes as plain ones, for comparing
  source TEXT NOT NULL REFERENCES sources (id),
  date TEXT, -- as the report says it; `[2025]` is a year the report implies
  date_precision TEXT CHECK (date_precision IN ('year', 'part_of_year', 'month', 'part_of_month', 'day')),
  date_earliest DATE, -- first day it can mean
  date_latest DATE, -- last day it can mean
  date_year_inferred BOOLEAN,
  status TEXT NOT NULL CHECK (status IN ('stated', 'reported', 'alleged', 'unconfirmed')),
  quote TEXT NOT NULL,
  quote_folded TEXT NOT NULL, -- lower case, typographic quotes as plain ones, for comparing
  report TEXT NOT NULL REFERENCES reports (id),
  quote_start INTEGER NOT NULL, -- byte offset of the quote in the report's text
  quote_end INTEGER NOT NULL -- byte offset just past it
);

-- Who a claim is about.
CREATE TABLE claim_about (
  claim TEXT NOT NULL REFERENCES claims (id),
  pos INTEGER NOT NULL, -- place in the list, from 0
  actor TEXT NOT NULL REFERENCES actors (id),
  PRIMARY KEY (claim, pos)
);

-- Where the report makes a claim's statement again.
CREATE TABLE claim_restated (
  claim TEXT NOT NULL REFERENCES claims (id),
  pos INTEGER NOT NULL, -- place in the list, from 0
  quote TEXT NOT NULL,
  report TEXT NOT NULL REFERENCES reports (id),
  quote_start INTEGER NOT NULL, -- byte offset of the quote in the report's text
  quote_end INTEGER NOT NULL, -- byte offset just past it
  PRIMARY KEY (claim, pos)
);

INSERT INTO reports VALUES ('nk-pows-seek-south-korea', 0, 'North Korean POWs seek South Korea', 2025, 'North Korean POWs seek South Korea is the central new development confirmed by an activist involved in a documentary project. Two soldiers from North Korea, captured by Ukrainian forces earlier this year, told a South Korean producer during late-October interviews near Kyiv that they want to go to the South. The group Gyeore-eol Nation United, which supports North Korean defectors, helped coordinate the filming and described the appeal as explicit and emotional.
The shift matters because only one of the two had previously expressed interest in going to the South. In February, a South Korean lawmaker who met the pair relayed that only a single captive had voiced that intention. The new statements indicate that both now want the same outcome. The activist account also describes mental health strain after a long period in custody, which may be shaping the urgency of their request.
Prior stance and the path to the new request
The first reports about the two captives appeared in January, when Ukraine’s president wrote online that Ukrainian troops had captured North Korean soldiers in the Kursk region inside Russia. The men were reportedly part of a North Korean contingent deployed to support Russia’s war. North Korea’s leadership later praised deployed personnel as “heroes,” while Seoul’s intelligence and independent analysts continued to track casualty figures and unit movements.
In February, South Korean lawmaker Yu Yong-weon visited the detainees and said returning them to the North would be a death sentence. At that time, he said one prisoner spoke of hopes for a civilian life, including a home and family in the South. The updated testimony from late October shows that both captives have aligned on the same goal. North Korean POWs seek South Korea is now a joint request, not a split view between two individuals.
Where the prisoners are held and who interviewed them
The interviews took place at a detention facility near Kyiv where the prisoners have been held since early 2025. According to the activist account, a South Korean documentary producer conducted on-camera conversations with each man. Photos provided by defectors’ groups show the captives receiving donated food and clothing during the visit. In one image, a hand-drawn portrait of Kim Jong-un is visible above a bed inside the room.
The activist Jang Se-yul, who leads a defectors’ organization, says that after the interview session both prisoners directly asked to be taken to South Korea. North Korean POWs seek South Korea is how he summarized their final message to the producer. He says the team shared video messages and letters from North Korean defectors to encourage the detainees. Ukrainian officials, he adds, described signs of psychological instability and self-harm attempts during detention.
Legal and diplomatic context around a transfer
The South Korean government has previously stated that the country’s constitution recognizes North Koreans as also being South Korean citizens. Officials in Seoul have notified Ukraine that they are willing to receive the captives if their intention is confirmed through proper channels. The statement suggests a possible legal path, but it does not resolve the practical steps required between Kyiv and Seoul.
Any movement will depend on Ukraine’s procedures for prisoners captured on its territory or transferred to its custody, as well as on international law and the war context. There has been no public confirmation of progress on a transfer timeline. North Korean POWs seek South Korea captures the request, but the final decision sits with Ukraine’s authorities, and potentially with partner governments involved in prisoner matters during active conflict.
How the North Korean deployment became part of the war
Several intelligence assessments during 2024 and 2025 described a substantial North Korean military presence supporting Russia, including thousands of personnel working close to the border regions. One set of reports, repeated by South Korean and Western agencies, said more than 10,000 North Korean troops were sent, many to the Kursk area. Later South Korean briefings raised the figure to about 15,000 since October last year, which would indicate an expanded deployment over time.
Casualty estimates vary between sources. Some intelligence updates have cited about 2,000 North Korean soldiers killed. Other assessments point to around 600 killed and more than 4,000 injured. Both sets of numbers describe heavy losses for units that North Korea has presented at home as fulfilling an important duty. The prisoners in Ukraine were reportedly part of those formations, and their capture placed them under Ukrainian control for the rest of this year.
Treatment, health status, and requests from detention
During the late-October visit, the activist group said the captives appeared physically stable, with one exception. The soldier who had a jaw wound at the time of capture now shows healing but with some bone distortion. They asked through intermediaries for medicine for eye conditions, warm clothing, trousers, cigarettes, pens and books. Ukrainian officials have reportedly monitored their condition closely, given the signs of psychological distress.
North Korean POWs seek South Korea is not simply a political message. It is tied to the day-to-day realities of detention in wartime. The producer’s team provided basic supplies and gathered testimony for a documentary about defectors. The group says it wants to show the human consequences of North Korea’s decision to send troops abroad, including the pressures soldiers face if capture becomes likely.
Orders and pressure reported by the captives
Accounts given to visiting South Koreans earlier this year described instructions allegedly given to North Korean soldiers to avoid capture at all costs, including by killing themselves with grenades if wounded and isolated. A South Korean lawmaker who relayed those claims called forced return a de facto death sentence. North Korean POWs seek South Korea can be read partly against this background, where refusing repatriation is seen by the prisoners as a way to avoid punishment.
While these reports cannot be confirmed independently from inside North Korea, they match the broader pattern of extreme control described in other soldier testimonies that surface when soldiers are taken prisoner abroad. The alleged orders function as both a deterrent against surrender and a warning about consequences if a soldier appears alive in enemy custody. That dynamic adds urgency to any request for transfer to the South.
How Seoul and Kyiv could proceed from here
If Ukraine confirms the prisoners’ intent through formal statements and consents to a transfer, Seoul could arrange reception and processing in line with South Korean law. The constitutional position that views North Koreans as South Korean citizens helps to provide a legal basis. However, the wartime setting means that Ukrainian prosecutors, military authorities, and possibly international partners must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols.
South Korean agencies will also consider security screening and health checks for the two men. North Korean POWs seek South Korea describes their end goal, but transit, identity verification, debriefing and resettlement procedures will require coordination. None of the sources reports a fixed date or a signed agreement. For now, officials in Seoul say they have expressed willingness to receive the men if all conditions are met.
Conflicting numbers and what they tell us
The sources diverge on the size of the North Korean deployment and on the casualty totals. One report emphasizes more than 10,000 troops sent in 2024, with around 2,000 dead to date. Another raises the total deployed to about 15,000 since October last year, with around 600 dead and over 4,000 wounded. Differences may reflect different time frames, methods, or access to information.
Such gaps are common in wartime reporting. Analysts typically look at overlapping ranges instead of single-point estimates. If there are at least several thousand troops and hundreds to thousands of casualties, then the scale of North Korea’s involvement is significant. North Korean POWs seek South Korea also implies that at least some personnel, once outside their home command structure, will consider alternatives when they see a path to resettlement.
Political narratives in Pyongyang and Moscow
State media in North Korea has celebrated the overseas units, describing them as assigned to the most important duty. Russian and North Korean leaders have strengthened military ties through public ceremonies and statements. These narratives conflict with the reality of prisoners in Ukrainian custody asking to go to the South. North Korean POWs seek South Korea is not a message that Pyongyang wants to circulate, because it breaks the image of unity and resolve.
For Moscow, the presence of foreign allied troops is designed to project depth and partnership. The visibility of captured foreign soldiers introduces another layer to prisoner exchanges, information operations, and battlefield morale. Ukraine’s decision to publicize captures, including the earlier message by President Volodymyr Zelensky, shows that Kyiv sees strategic value in highlighting who is fighting on Russia’s side and what happens when those troops are detained.
');

INSERT INTO actors VALUES ('captured-soldiers', 0, 'Two soldiers from North Korea', 'two soldiers from north korea', FALSE, 'group', 'north_korea', 'north_korea', 'soldiers captured by Ukrainian forces, held as prisoners near Kyiv', 'soldiers captured by ukrainian forces, held as prisoners near kyiv', NULL, 'Two soldiers from North Korea', 'two soldiers from north korea', 'nk-pows-seek-south-korea', 126, 155);
INSERT INTO actors VALUES ('ukraine', 18, 'Ukraine', 'ukraine', TRUE, 'government', 'ukraine', 'ukraine', 'holds the prisoners (also “Kyiv”)', 'holds the prisoners (also "kyiv")', NULL, 'have notified Ukraine', 'have notified ukraine', 'nk-pows-seek-south-korea', 3033, 3054);
INSERT INTO actors VALUES ('ukrainian-forces', 1, 'Ukrainian forces', 'ukrainian forces', FALSE, 'military', 'ukraine', 'ukraine', 'captured the two soldiers (also “Ukrainian troops”)', 'captured the two soldiers (also "ukrainian troops")', 'ukraine', 'Ukrainian forces', 'ukrainian forces', 'nk-pows-seek-south-korea', 169, 185);
INSERT INTO actors VALUES ('documentary-producer', 2, 'A South Korean documentary producer', 'a south korean documentary producer', FALSE, 'person', 'south_korea', 'south_korea', 'South Korean producer who interviewed the captives on camera', 'south korean producer who interviewed the captives on camera', NULL, 'a South Korean producer', 'a south korean producer', 'nk-pows-seek-south-korea', 210, 233);
INSERT INTO actors VALUES ('gyeore-eol-nation-united', 3, 'Gyeore-eol Nation United', 'gyeore-eol nation united', TRUE, 'organization', NULL, NULL, 'supports North Korean defectors; helped coordinate the filming of the late-October interviews', 'supports north korean defectors; helped coordinate the filming of the late-october interviews', NULL, 'The group Gyeore-eol Nation United, which supports North Korean defectors', 'the group gyeore-eol nation united, which supports north korean defectors', 'nk-pows-seek-south-korea', 310, 383);
INSERT INTO actors VALUES ('north-korea', 26, 'North Korea', 'north korea', TRUE, 'government', 'north_korea', 'north_korea', 'sent troops abroad (also “Pyongyang”)', 'sent troops abroad (also "pyongyang")', NULL, 'North Korea’s decision to send troops abroad', 'north korea''s decision to send troops abroad', 'nk-pows-seek-south-korea', 5550, 5596);
INSERT INTO actors VALUES ('north-korean-contingent', 4, 'The North Korean contingent', 'the north korean contingent', FALSE, 'military', 'north_korea', 'north_korea', 'deployed to support Russia’s war', 'deployed to support russia''s war', 'north-korea', 'a North Korean contingent deployed to support Russia’s war', 'a north korean contingent deployed to support russia''s war', 'nk-pows-seek-south-korea', 1162, 1222);
INSERT INTO actors VALUES ('north-korea-leadership', 5, 'North Korea’s leadership', 'north korea''s leadership', FALSE, 'government', 'north_korea', 'north_korea', NULL, NULL, 'north-korea', 'North Korea’s leadership', 'north korea''s leadership', 'nk-pows-seek-south-korea', 1224, 1250);
INSERT INTO actors VALUES ('south-korean-government', 16, 'The South Korean government', 'the south korean government', FALSE, 'government', 'south_korea', 'south_korea', 'also “Seoul”', 'also "seoul"', NULL, 'The South Korean government', 'the south korean government', 'nk-pows-seek-south-korea', 2868, 2895);
INSERT INTO actors VALUES ('seoul-intelligence', 6, 'Seoul’s intelligence', 'seoul''s intelligence', FALSE, 'intelligence', 'south_korea', 'south_korea', 'tracks casualty figures and unit movements', 'tracks casualty figures and unit movements', 'south-korean-government', 'Seoul’s intelligence', 'seoul''s intelligence', 'nk-pows-seek-south-korea', 1307, 1329);
INSERT INTO actors VALUES ('independent-analysts', 7, 'Independent analysts', 'independent analysts', FALSE, 'group', NULL, NULL, 'track casualty figures and unit movements', 'track casualty figures and unit movements', NULL, 'independent analysts', 'independent analysts', 'nk-pows-seek-south-korea', 1334, 1354);
INSERT INTO actors VALUES ('yu-yong-weon', 8, 'Yu Yong-weon', 'yu yong-weon', TRUE, 'person', 'south_korea', 'south_korea', 'South Korean lawmaker who visited the detainees in February (also “a South Korean lawmaker who met the pair”)', 'south korean lawmaker who visited the detainees in february (also "a south korean lawmaker who met the pair")', NULL, 'South Korean lawmaker Yu Yong-weon', 'south korean lawmaker yu yong-weon', 'nk-pows-seek-south-korea', 1424, 1458);
INSERT INTO actors VALUES ('defectors-groups', 9, 'Defectors’ groups', 'defectors'' groups', FALSE, 'organization', NULL, NULL, 'provided photos of the visit', 'provided photos of the visit', NULL, 'defectors’ groups', 'defectors'' groups', 'nk-pows-seek-south-korea', 2161, 2180);
INSERT INTO actors VALUES ('kim-jong-un', 10, 'Kim Jong-un', 'kim jong-un', TRUE, 'person', NULL, NULL, 'subject of a hand-drawn portrait visible above a bed inside the room', 'subject of a hand-drawn portrait visible above a bed inside the room', NULL, 'Kim Jong-un', 'kim jong-un', 'nk-pows-seek-south-korea', 2292, 2303);
INSERT INTO actors VALUES ('jang-se-yul-organization', 12, 'The defectors’ organization Jang Se-yul leads', 'the defectors'' organization jang se-yul leads', FALSE, 'organization', NULL, NULL, 'a defectors’ organization, led by Jang Se-yul', 'a defectors'' organization, led by jang se-yul', NULL, 'who leads a defectors’ organization', 'who leads a defectors'' organization', 'nk-pows-seek-south-korea', 2370, 2407);
INSERT INTO actors VALUES ('jang-se-yul', 11, 'Jang Se-yul', 'jang se-yul', TRUE, 'person', NULL, NULL, 'activist who leads a defectors’ organization (also “an activist involved in a documentary project”, “the activist account”)', 'activist who leads a defectors'' organization (also "an activist involved in a documentary project", "the activist account")', 'jang-se-yul-organization', 'The activist Jang Se-yul, who leads a defectors’ organization', 'the activist jang se-yul, who leads a defectors'' organization', 'nk-pows-seek-south-korea', 2344, 2407);
INSERT INTO actors VALUES ('the-team', 13, 'The team', 'the team', FALSE, 'group', NULL, NULL, 'shared video messages and letters from North Korean defectors to encourage the detainees', 'shared video messages and letters from north korean defectors to encourage the detainees', NULL, 'the team', 'the team', 'nk-pows-seek-south-korea', 2606, 2614);
INSERT INTO actors VALUES ('north-korean-defectors', 14, 'North Korean defectors', 'north korean defectors', FALSE, 'group', NULL, NULL, 'whose video messages and letters were shared with the detainees', 'whose video messages and letters were shared with the detainees', NULL, 'letters from North Korean defectors', 'letters from north korean defectors', 'nk-pows-seek-south-korea', 2641, 2676);
INSERT INTO actors VALUES ('ukrainian-officials', 15, 'Ukrainian officials', 'ukrainian officials', FALSE, 'government', 'ukraine', 'ukraine', NULL, NULL, 'ukraine', 'Ukrainian officials, he adds', 'ukrainian officials, he adds', 'nk-pows-seek-south-korea', 2705, 2733);
INSERT INTO actors VALUES ('seoul-officials', 17, 'Officials in Seoul', 'officials in seoul', FALSE, 'government', 'south_korea', 'south_korea', NULL, NULL, 'south-korean-government', 'Officials in Seoul', 'officials in seoul', 'nk-pows-seek-south-korea', 3014, 3032);
INSERT INTO actors VALUES ('ukraine-authorities', 19, 'Ukraine’s authorities', 'ukraine''s authorities', FALSE, 'government', 'ukraine', 'ukraine', 'where the final decision on a transfer sits', 'where the final decision on a transfer sits', 'ukraine', 'Ukraine’s authorities', 'ukraine''s authorities', 'nk-pows-seek-south-korea', 3620, 3643);
INSERT INTO actors VALUES ('partner-governments', 20, 'Partner governments involved in prisoner matters', 'partner governments involved in prisoner matters', FALSE, 'government', NULL, NULL, NULL, NULL, NULL, 'partner governments involved in prisoner matters', 'partner governments involved in prisoner matters', 'nk-pows-seek-south-korea', 3666, 3714);
INSERT INTO actors VALUES ('south-korean-agencies-repeating', 21, 'South Korean agencies that repeated one set of reports', 'south korean agencies that repeated one set of reports', FALSE, 'government', 'south_korea', 'south_korea', 'repeated reports of more than 10,000 North Korean troops sent', 'repeated reports of more than 10,000 north korean troops sent', NULL, 'South Korean and Western agencies', 'south korean and western agencies', 'nk-pows-seek-south-korea', 4024, 4057);
INSERT INTO actors VALUES ('western-agencies', 22, 'Western agencies', 'western agencies', FALSE, 'government', NULL, NULL, 'repeated reports of more than 10,000 North Korean troops sent', 'repeated reports of more than 10,000 north korean troops sent', NULL, 'Western agencies', 'western agencies', 'nk-pows-seek-south-korea', 4041, 4057);
INSERT INTO actors VALUES ('activist-group', 23, 'The activist group', 'the activist group', FALSE, 'organization', NULL, NULL, 'described the captives’ condition during the late-October visit; wants to show the human consequences of North Korea’s decision to send troops abroad (also “the group”)', 'described the captives'' condition during the late-october visit; wants to show the human consequences of north korea''s decision to send troops abroad (also "the group")', NULL, 'the activist group', 'the activist group', 'nk-pows-seek-south-korea', 4831, 4849);
INSERT INTO actors VALUES ('intermediaries', 24, 'Intermediaries', 'intermediaries', FALSE, 'group', NULL, NULL, 'passed on the captives’ requests', 'passed on the captives'' requests', NULL, 'through intermediaries', 'through intermediaries', 'nk-pows-seek-south-korea', 5031, 5053);
INSERT INTO actors VALUES ('producer-team', 25, 'The producer’s team', 'the producer''s team', FALSE, 'group', NULL, NULL, 'provided basic supplies and gathered testimony for a documentary about defectors', 'provided basic supplies and gathered testimony for a documentary about defectors', 'documentary-producer', 'The producer’s team', 'the producer''s team', 'nk-pows-seek-south-korea', 5388, 5409);
INSERT INTO actors VALUES ('visiting-south-koreans', 27, 'Visiting South Koreans', 'visiting south koreans', FALSE, 'group', 'south_korea', 'south_korea', 'heard the captives’ accounts earlier this year', 'heard the captives'' accounts earlier this year', NULL, 'visiting South Koreans', 'visiting south koreans', 'nk-pows-seek-south-korea', 5726, 5748);
INSERT INTO actors VALUES ('lawmaker-who-relayed-claims', 28, 'A South Korean lawmaker who relayed those claims', 'a south korean lawmaker who relayed those claims', FALSE, 'person', 'south_korea', 'south_korea', 'South Korean lawmaker', 'south korean lawmaker', NULL, 'A South Korean lawmaker who relayed those claims', 'a south korean lawmaker who relayed those claims', 'nk-pows-seek-south-korea', 5933, 5981);
INSERT INTO actors VALUES ('ukrainian-prosecutors', 29, 'Ukrainian prosecutors', 'ukrainian prosecutors', FALSE, 'government', 'ukraine', 'ukraine', 'must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols', 'must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols', 'ukraine', 'Ukrainian prosecutors', 'ukrainian prosecutors', 'nk-pows-seek-south-korea', 6993, 7014);
INSERT INTO actors VALUES ('military-authorities', 30, 'Military authorities', 'military authorities', FALSE, 'military', NULL, NULL, 'must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols', 'must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols', NULL, 'military authorities', 'military authorities', 'nk-pows-seek-south-korea', 7016, 7036);
INSERT INTO actors VALUES ('international-partners', 31, 'International partners', 'international partners', FALSE, 'government', NULL, NULL, 'possibly must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols', 'possibly must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols', NULL, 'possibly international partners', 'possibly international partners', 'nk-pows-seek-south-korea', 7042, 7073);
INSERT INTO actors VALUES ('south-korean-agencies', 32, 'South Korean agencies', 'south korean agencies', FALSE, 'government', 'south_korea', 'south_korea', 'will consider security screening and health checks for the two men', 'will consider security screening and health checks for the two men', 'south-korean-government', 'South Korean agencies will also consider', 'south korean agencies will also consider', 'nk-pows-seek-south-korea', 7176, 7216);
INSERT INTO actors VALUES ('north-korean-state-media', 33, 'North Korean state media', 'north korean state media', FALSE, 'media', 'north_korea', 'north_korea', NULL, NULL, 'north-korea', 'State media in North Korea', 'state media in north korea', 'nk-pows-seek-south-korea', 8539, 8565);
INSERT INTO actors VALUES ('russia', 35, 'Russia', 'russia', TRUE, 'government', 'russia', 'russia', 'also “Moscow”', 'also "moscow"', NULL, 'For Moscow', 'for moscow', 'nk-pows-seek-south-korea', 9005, 9015);
INSERT INTO actors VALUES ('russian-leaders', 34, 'Russian leaders', 'russian leaders', FALSE, 'government', 'russia', 'russia', NULL, NULL, 'russia', 'Russian and North Korean leaders', 'russian and north korean leaders', 'nk-pows-seek-south-korea', 8657, 8689);
INSERT INTO actors VALUES ('volodymyr-zelensky', 36, 'Volodymyr Zelensky', 'volodymyr zelensky', TRUE, 'person', 'ukraine', 'ukraine', 'Ukraine’s president', 'ukraine''s president', 'ukraine', 'President Volodymyr Zelensky', 'president volodymyr zelensky', 'nk-pows-seek-south-korea', 9318, 9346);

INSERT INTO sources VALUES ('this-report', 0, 'The report itself, in its own voice', 'the report itself, in its own voice', 'report', NULL, 'North Korean POWs seek South Korea is the central new development', 'north korean pows seek south korea is the central new development', 'nk-pows-seek-south-korea', 0, 65);
INSERT INTO sources VALUES ('captives-late-october', 1, 'The two captives, in the late-October interviews', 'the two captives, in the late-october interviews', 'captives', NULL, 'told a South Korean producer during late-October interviews near Kyiv', 'told a south korean producer during late-october interviews near kyiv', 'nk-pows-seek-south-korea', 205, 274);
INSERT INTO sources VALUES ('gyeore-eol-nation-united', 2, 'Gyeore-eol Nation United', 'gyeore-eol nation united', 'organization', NULL, 'The group Gyeore-eol Nation United', 'the group gyeore-eol nation united', 'nk-pows-seek-south-korea', 310, 344);
INSERT INTO sources VALUES ('zelensky-online-post', 3, 'Ukraine’s president, writing online', 'ukraine''s president, writing online', 'head_of_state', NULL, 'Ukraine’s president wrote online', 'ukraine''s president wrote online', 'nk-pows-seek-south-korea', 1003, 1037);
INSERT INTO sources VALUES ('north-korea-leadership', 4, 'North Korea’s leadership', 'north korea''s leadership', 'government', NULL, 'North Korea’s leadership later praised', 'north korea''s leadership later praised', 'nk-pows-seek-south-korea', 1224, 1264);
INSERT INTO sources VALUES ('yu-yong-weon', 5, 'Yu Yong-weon', 'yu yong-weon', 'lawmaker', NULL, 'South Korean lawmaker Yu Yong-weon visited the detainees and said', 'south korean lawmaker yu yong-weon visited the detainees and said', 'nk-pows-seek-south-korea', 1424, 1489);
INSERT INTO sources VALUES ('photos-from-defectors-groups', 6, 'Photos provided by defectors’ groups', 'photos provided by defectors'' groups', 'photographs', NULL, 'Photos provided by defectors’ groups', 'photos provided by defectors'' groups', 'nk-pows-seek-south-korea', 2142, 2180);
INSERT INTO sources VALUES ('jang-se-yul', 7, 'Jang Se-yul (“the activist account”)', 'jang se-yul ("the activist account")', 'activist', NULL, 'The activist Jang Se-yul, who leads a defectors’ organization, says', 'the activist jang se-yul, who leads a defectors'' organization, says', 'nk-pows-seek-south-korea', 2344, 2413);
INSERT INTO sources VALUES ('ukrainian-officials', 8, 'Ukrainian officials (as relayed by Jang Se-yul)', 'ukrainian officials (as relayed by jang se-yul)', 'officials', NULL, 'Ukrainian officials, he adds, described', 'ukrainian officials, he adds, described', 'nk-pows-seek-south-korea', 2705, 2744);
INSERT INTO sources VALUES ('south-korean-government', 9, 'The South Korean government', 'the south korean government', 'government', NULL, 'The South Korean government has previously stated', 'the south korean government has previously stated', 'nk-pows-seek-south-korea', 2868, 2917);
INSERT INTO sources VALUES ('officials-in-seoul', 10, 'Officials in Seoul', 'officials in seoul', 'government', NULL, 'Officials in Seoul have notified Ukraine', 'officials in seoul have notified ukraine', 'nk-pows-seek-south-korea', 3014, 3054);
INSERT INTO sources VALUES ('intelligence-assessments-2024-2025', 11, 'Several intelligence assessments during 2024 and 2025', 'several intelligence assessments during 2024 and 2025', 'intelligence', NULL, 'Several intelligence assessments during 2024 and 2025', 'several intelligence assessments during 2024 and 2025', 'nk-pows-seek-south-korea', 3794, 3847);
INSERT INTO sources VALUES ('one-set-of-reports', 12, 'One set of reports, repeated by South Korean and Western agencies', 'one set of reports, repeated by south korean and western agencies', 'intelligence', NULL, 'One set of reports, repeated by South Korean and Western agencies', 'one set of reports, repeated by south korean and western agencies', 'nk-pows-seek-south-korea', 3992, 4057);
INSERT INTO sources VALUES ('later-south-korean-briefings', 13, 'Later South Korean briefings', 'later south korean briefings', 'intelligence', NULL, 'Later South Korean briefings', 'later south korean briefings', 'nk-pows-seek-south-korea', 4136, 4164);
INSERT INTO sources VALUES ('some-intelligence-updates', 14, 'Some intelligence updates', 'some intelligence updates', 'intelligence', NULL, 'Some intelligence updates', 'some intelligence updates', 'nk-pows-seek-south-korea', 4320, 4345);
INSERT INTO sources VALUES ('other-assessments', 15, 'Other assessments', 'other assessments', 'assessment', NULL, 'Other assessments', 'other assessments', 'nk-pows-seek-south-korea', 4399, 4416);
INSERT INTO sources VALUES ('north-korea', 16, 'North Korea, as it has presented the units at home', 'north korea, as it has presented the units at home', 'government', NULL, 'units that North Korea has presented at home', 'units that north korea has presented at home', 'nk-pows-seek-south-korea', 4520, 4564);
INSERT INTO sources VALUES ('activist-group', 17, 'The activist group (“the group”)', 'the activist group ("the group")', 'organization', NULL, 'the activist group said', 'the activist group said', 'nk-pows-seek-south-korea', 4831, 4854);
INSERT INTO sources VALUES ('captives-accounts', 18, 'Accounts given to visiting South Koreans earlier this year', 'accounts given to visiting south koreans earlier this year', 'captives', FALSE, 'Accounts given to visiting South Koreans earlier this year', 'accounts given to visiting south koreans earlier this year', 'nk-pows-seek-south-korea', 5708, 5766);
INSERT INTO sources VALUES ('lawmaker-who-relayed-claims', 19, 'A South Korean lawmaker who relayed those claims', 'a south korean lawmaker who relayed those claims', 'lawmaker', FALSE, 'A South Korean lawmaker who relayed those claims called', 'a south korean lawmaker who relayed those claims called', 'nk-pows-seek-south-korea', 5933, 5988);
INSERT INTO sources VALUES ('other-soldier-testimonies', 20, 'Other soldier testimonies from soldiers taken prisoner abroad', 'other soldier testimonies from soldiers taken prisoner abroad', 'captives', NULL, 'other soldier testimonies that surface when soldiers are taken prisoner abroad', 'other soldier testimonies that surface when soldiers are taken prisoner abroad', 'nk-pows-seek-south-korea', 6334, 6412);
INSERT INTO sources VALUES ('north-korean-state-media', 21, 'North Korean state media', 'north korean state media', 'state_media', NULL, 'State media in North Korea has celebrated', 'state media in north korea has celebrated', 'nk-pows-seek-south-korea', 8539, 8580);

INSERT INTO source_actors VALUES ('captives-late-october', 0, 'captured-soldiers');
INSERT INTO source_actors VALUES ('gyeore-eol-nation-united', 0, 'gyeore-eol-nation-united');
INSERT INTO source_actors VALUES ('zelensky-online-post', 0, 'volodymyr-zelensky');
INSERT INTO source_actors VALUES ('north-korea-leadership', 0, 'north-korea-leadership');
INSERT INTO source_actors VALUES ('yu-yong-weon', 0, 'yu-yong-weon');
INSERT INTO source_actors VALUES ('photos-from-defectors-groups', 0, 'defectors-groups');
INSERT INTO source_actors VALUES ('jang-se-yul', 0, 'jang-se-yul');
INSERT INTO source_actors VALUES ('ukrainian-officials', 0, 'ukrainian-officials');
INSERT INTO source_actors VALUES ('south-korean-government', 0, 'south-korean-government');
INSERT INTO source_actors VALUES ('officials-in-seoul', 0, 'seoul-officials');
INSERT INTO source_actors VALUES ('one-set-of-reports', 0, 'south-korean-agencies-repeating');
INSERT INTO source_actors VALUES ('one-set-of-reports', 1, 'western-agencies');
INSERT INTO source_actors VALUES ('north-korea', 0, 'north-korea');
INSERT INTO source_actors VALUES ('activist-group', 0, 'activist-group');
INSERT INTO source_actors VALUES ('captives-accounts', 0, 'captured-soldiers');
INSERT INTO source_actors VALUES ('lawmaker-who-relayed-claims', 0, 'lawmaker-who-relayed-claims');
INSERT INTO source_actors VALUES ('north-korean-state-media', 0, 'north-korean-state-media');

INSERT INTO events VALUES ('capture', 0, 'Ukrainian forces capture two North Korean soldiers in the Kursk region', 'ukrainian forces capture two north korean soldiers in the kursk region', 'January [2025]', 'month', '2025-01-01', '2025-01-31', TRUE, FALSE, 'the Kursk region inside Russia', 'the kursk region inside russia', 'captured by Ukrainian forces earlier this year', 'captured by ukrainian forces earlier this year', 'nk-pows-seek-south-korea', 157, 203);
INSERT INTO events VALUES ('late-october-interviews', 1, 'A South Korean producer interviews the two captives on camera near Kyiv', 'a south korean producer interviews the two captives on camera near kyiv', 'late October [2025]', 'part_of_month', '2025-10-21', '2025-10-31', TRUE, FALSE, 'a detention facility near Kyiv', 'a detention facility near kyiv', 'during late-October interviews near Kyiv', 'during late-october interviews near kyiv', 'nk-pows-seek-south-korea', 234, 274);
INSERT INTO events VALUES ('zelensky-post', 2, 'Ukraine’s president writes online that Ukrainian troops captured North Korean soldiers', 'ukraine''s president writes online that ukrainian troops captured north korean soldiers', 'January [2025]', 'month', '2025-01-01', '2025-01-31', TRUE, FALSE, 'online', 'online', 'The first reports about the two captives appeared in January, when Ukraine’s president wrote online', 'the first reports about the two captives appeared in january, when ukraine''s president wrote online', 'nk-pows-seek-south-korea', 936, 1037);
INSERT INTO events VALUES ('deployment', 3, 'North Korea deploys troops to support Russia’s war', 'north korea deploys troops to support russia''s war', '2024', 'year', '2024-01-01', '2024-12-31', FALSE, FALSE, 'Russia, many to the Kursk area', 'russia, many to the kursk area', 'deployed to support Russia’s war', 'deployed to support russia''s war', 'nk-pows-seek-south-korea', 1188, 1222);
INSERT INTO events VALUES ('heroes-praise', 4, 'North Korea’s leadership praises the deployed personnel as “heroes”', 'north korea''s leadership praises the deployed personnel as "heroes"', NULL, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, 'North Korea’s leadership later praised deployed personnel', 'north korea''s leadership later praised deployed personnel', 'nk-pows-seek-south-korea', 1224, 1283);
INSERT INTO events VALUES ('casualty-tracking', 5, 'Seoul’s intelligence and independent analysts track casualty figures and unit movements', 'seoul''s intelligence and independent analysts track casualty figures and unit movements', NULL, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, 'continued to track casualty figures and unit movements', 'continued to track casualty figures and unit movements', 'nk-pows-seek-south-korea', 1355, 1409);
INSERT INTO events VALUES ('february-visit', 6, 'Yu Yong-weon visits the detainees', 'yu yong-weon visits the detainees', 'February [2025]', 'month', '2025-02-01', '2025-02-28', TRUE, FALSE, NULL, NULL, 'In February, South Korean lawmaker Yu Yong-weon visited the detainees', 'in february, south korean lawmaker yu yong-weon visited the detainees', 'nk-pows-seek-south-korea', 1411, 1480);
INSERT INTO events VALUES ('detention', 7, 'The two captives are held at a detention facility near Kyiv', 'the two captives are held at a detention facility near kyiv', 'early 2025', 'part_of_year', '2025-01-01', '2025-04-30', FALSE, TRUE, 'a detention facility near Kyiv', 'a detention facility near kyiv', 'where the prisoners have been held since early 2025', 'where the prisoners have been held since early 2025', 'nk-pows-seek-south-korea', 1969, 2020);
INSERT INTO events VALUES ('donated-food-clothing', 8, 'The captives receive donated food and clothing during the visit', 'the captives receive donated food and clothing during the visit', 'late October [2025]', 'part_of_month', '2025-10-21', '2025-10-31', TRUE, FALSE, 'a detention facility near Kyiv', 'a detention facility near kyiv', 'show the captives receiving donated food and clothing during the visit', 'show the captives receiving donated food and clothing during the visit', 'nk-pows-seek-south-korea', 2181, 2251);
INSERT INTO events VALUES ('video-messages-letters', 9, 'The team shares video messages and letters from North Korean defectors with the detainees', 'the team shares video messages and letters from north korean defectors with the detainees', NULL, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, 'the team shared video messages and letters from North Korean defectors to encourage the detainees', 'the team shared video messages and letters from north korean defectors to encourage the detainees', 'nk-pows-seek-south-korea', 2606, 2703);
INSERT INTO events VALUES ('seoul-notice', 10, 'Officials in Seoul notify Ukraine they are willing to receive the captives', 'officials in seoul notify ukraine they are willing to receive the captives', NULL, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, 'have notified Ukraine that they are willing to receive the captives', 'have notified ukraine that they are willing to receive the captives', 'nk-pows-seek-south-korea', 3033, 3100);
INSERT INTO events VALUES ('briefings-raise-figure', 11, 'Later South Korean briefings raise the deployment figure to about 15,000', 'later south korean briefings raise the deployment figure to about 15,000', NULL, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, 'Later South Korean briefings raised the figure to about 15,000', 'later south korean briefings raised the figure to about 15,000', 'nk-pows-seek-south-korea', 4136, 4198);
INSERT INTO events VALUES ('supplies-and-testimony', 12, 'The producer’s team provides basic supplies and gathers testimony for a documentary', 'the producer''s team provides basic supplies and gathers testimony for a documentary', NULL, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, 'The producer’s team provided basic supplies and gathered testimony for a documentary about defectors', 'the producer''s team provided basic supplies and gathered testimony for a documentary about defectors', 'nk-pows-seek-south-korea', 5388, 5490);
INSERT INTO events VALUES ('accounts-to-visiting-south-koreans', 13, 'The captives give accounts to visiting South Koreans', 'the captives give accounts to visiting south koreans', '[2025]', 'year', '2025-01-01', '2025-12-31', TRUE, FALSE, NULL, NULL, 'Accounts given to visiting South Koreans earlier this year described', 'accounts given to visiting south koreans earlier this year described', 'nk-pows-seek-south-korea', 5708, 5776);
INSERT INTO events VALUES ('state-media-celebration', 14, 'North Korean state media celebrates the overseas units', 'north korean state media celebrates the overseas units', NULL, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, 'State media in North Korea has celebrated the overseas units', 'state media in north korea has celebrated the overseas units', 'nk-pows-seek-south-korea', 8539, 8599);
INSERT INTO events VALUES ('military-ties-ceremonies', 15, 'Russian and North Korean leaders strengthen military ties through public ceremonies and statements', 'russian and north korean leaders strengthen military ties through public ceremonies and statements', NULL, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, 'Russian and North Korean leaders have strengthened military ties through public ceremonies and statements', 'russian and north korean leaders have strengthened military ties through public ceremonies and statements', 'nk-pows-seek-south-korea', 8657, 8762);

INSERT INTO event_actors VALUES ('capture', 0, 'ukrainian-forces');
INSERT INTO event_actors VALUES ('capture', 1, 'captured-soldiers');
INSERT INTO event_actors VALUES ('late-october-interviews', 0, 'documentary-producer');
INSERT INTO event_actors VALUES ('late-october-interviews', 1, 'captured-soldiers');
INSERT INTO event_actors VALUES ('late-october-interviews', 2, 'gyeore-eol-nation-united');
INSERT INTO event_actors VALUES ('zelensky-post', 0, 'volodymyr-zelensky');
INSERT INTO event_actors VALUES ('deployment', 0, 'north-korea');
INSERT INTO event_actors VALUES ('deployment', 1, 'north-korean-contingent');
INSERT INTO event_actors VALUES ('heroes-praise', 0, 'north-korea-leadership');
INSERT INTO event_actors VALUES ('heroes-praise', 1, 'north-korean-contingent');
INSERT INTO event_actors VALUES ('casualty-tracking', 0, 'seoul-intelligence');
INSERT INTO event_actors VALUES ('casualty-tracking', 1, 'independent-analysts');
INSERT INTO event_actors VALUES ('february-visit', 0, 'yu-yong-weon');
INSERT INTO event_actors VALUES ('february-visit', 1, 'captured-soldiers');
INSERT INTO event_actors VALUES ('detention', 0, 'captured-soldiers');
INSERT INTO event_actors VALUES ('detention', 1, 'ukraine');
INSERT INTO event_actors VALUES ('donated-food-clothing', 0, 'captured-soldiers');
INSERT INTO event_actors VALUES ('video-messages-letters', 0, 'the-team');
INSERT INTO event_actors VALUES ('video-messages-letters', 1, 'north-korean-defectors');
INSERT INTO event_actors VALUES ('video-messages-letters', 2, 'captured-soldiers');
INSERT INTO event_actors VALUES ('seoul-notice', 0, 'seoul-officials');
INSERT INTO event_actors VALUES ('seoul-notice', 1, 'ukraine');
INSERT INTO event_actors VALUES ('supplies-and-testimony', 0, 'producer-team');
INSERT INTO event_actors VALUES ('supplies-and-testimony', 1, 'captured-soldiers');
INSERT INTO event_actors VALUES ('accounts-to-visiting-south-koreans', 0, 'captured-soldiers');
INSERT INTO event_actors VALUES ('accounts-to-visiting-south-koreans', 1, 'visiting-south-koreans');
INSERT INTO event_actors VALUES ('state-media-celebration', 0, 'north-korean-state-media');
INSERT INTO event_actors VALUES ('state-media-celebration', 1, 'north-korean-contingent');
INSERT INTO event_actors VALUES ('military-ties-ceremonies', 0, 'russian-leaders');
INSERT INTO event_actors VALUES ('military-ties-ceremonies', 1, 'north-korea-leadership');

INSERT INTO event_sources VALUES ('capture', 0, 'this-report');
INSERT INTO event_sources VALUES ('capture', 1, 'zelensky-online-post');
INSERT INTO event_sources VALUES ('late-october-interviews', 0, 'captives-late-october');
INSERT INTO event_sources VALUES ('late-october-interviews', 1, 'jang-se-yul');
INSERT INTO event_sources VALUES ('late-october-interviews', 2, 'gyeore-eol-nation-united');
INSERT INTO event_sources VALUES ('late-october-interviews', 3, 'activist-group');
INSERT INTO event_sources VALUES ('zelensky-post', 0, 'zelensky-online-post');
INSERT INTO event_sources VALUES ('deployment', 0, 'this-report');
INSERT INTO event_sources VALUES ('deployment', 1, 'intelligence-assessments-2024-2025');
INSERT INTO event_sources VALUES ('deployment', 2, 'one-set-of-reports');
INSERT INTO event_sources VALUES ('deployment', 3, 'later-south-korean-briefings');
INSERT INTO event_sources VALUES ('heroes-praise', 0, 'north-korea-leadership');
INSERT INTO event_sources VALUES ('casualty-tracking', 0, 'this-report');
INSERT INTO event_sources VALUES ('february-visit', 0, 'yu-yong-weon');
INSERT INTO event_sources VALUES ('detention', 0, 'this-report');
INSERT INTO event_sources VALUES ('donated-food-clothing', 0, 'photos-from-defectors-groups');
INSERT INTO event_sources VALUES ('video-messages-letters', 0, 'jang-se-yul');
INSERT INTO event_sources VALUES ('seoul-notice', 0, 'officials-in-seoul');
INSERT INTO event_sources VALUES ('briefings-raise-figure', 0, 'later-south-korean-briefings');
INSERT INTO event_sources VALUES ('supplies-and-testimony', 0, 'this-report');
INSERT INTO event_sources VALUES ('accounts-to-visiting-south-koreans', 0, 'captives-accounts');
INSERT INTO event_sources VALUES ('state-media-celebration', 0, 'north-korean-state-media');
INSERT INTO event_sources VALUES ('military-ties-ceremonies', 0, 'this-report');

INSERT INTO estimates VALUES ('troops-more-than-10000', 0, 'deployment', 'troops', 10000, 'more_than', 10000, FALSE, NULL, NULL, 'sent in 2024', 'sent in 2024', NULL, NULL, NULL, NULL, NULL, '2024', 'year', '2024-01-01', '2024-12-31', FALSE, 'one-set-of-reports', 'said more than 10,000 North Korean troops were sent, many to the Kursk area', 'said more than 10,000 north korean troops were sent, many to the kursk area', 'nk-pows-seek-south-korea', 4059, 4134);
INSERT INTO estimates VALUES ('troops-about-15000', 1, 'deployment', 'troops', 15000, 'about', NULL, NULL, NULL, NULL, 'since October last year', 'since october last year', 'October [2024]', 'month', '2024-10-01', '2024-10-31', TRUE, NULL, NULL, NULL, NULL, NULL, 'later-south-korean-briefings', 'raised the figure to about 15,000 since October last year', 'raised the figure to about 15,000 since october last year', 'nk-pows-seek-south-korea', 4165, 4222);
INSERT INTO estimates VALUES ('killed-about-2000', 2, 'casualties', 'killed', 2000, 'about', NULL, NULL, NULL, NULL, 'to date', 'to date', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'some-intelligence-updates', 'have cited about 2,000 North Korean soldiers killed', 'have cited about 2,000 north korean soldiers killed', 'nk-pows-seek-south-korea', 4346, 4397);
INSERT INTO estimates VALUES ('killed-about-600', 3, 'casualties', 'killed', 600, 'about', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'other-assessments', 'point to around 600 killed', 'point to around 600 killed', 'nk-pows-seek-south-korea', 4417, 4443);
INSERT INTO estimates VALUES ('wounded-more-than-4000', 4, 'casualties', 'wounded', 4000, 'more_than', 4000, FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'other-assessments', 'more than 4,000 injured', 'more than 4,000 injured', 'nk-pows-seek-south-korea', 4448, 4471);

INSERT INTO estimate_reported_with VALUES ('troops-more-than-10000', 0, 'killed-about-2000');
INSERT INTO estimate_reported_with VALUES ('troops-about-15000', 0, 'killed-about-600');
INSERT INTO estimate_reported_with VALUES ('troops-about-15000', 1, 'wounded-more-than-4000');
INSERT INTO estimate_reported_with VALUES ('killed-about-2000', 0, 'troops-more-than-10000');
INSERT INTO estimate_reported_with VALUES ('killed-about-600', 0, 'troops-about-15000');
INSERT INTO estimate_reported_with VALUES ('killed-about-600', 1, 'wounded-more-than-4000');
INSERT INTO estimate_reported_with VALUES ('wounded-more-than-4000', 0, 'troops-about-15000');
INSERT INTO estimate_reported_with VALUES ('wounded-more-than-4000', 1, 'killed-about-600');

INSERT INTO estimate_restated VALUES ('troops-more-than-10000', 0, 'more than 10,000 troops sent in 2024', 'nk-pows-seek-south-korea', 7763, 7799);
INSERT INTO estimate_restated VALUES ('troops-about-15000', 0, 'raises the total deployed to about 15,000 since October last year', 'nk-pows-seek-south-korea', 7841, 7906);
INSERT INTO estimate_restated VALUES ('killed-about-2000', 0, 'around 2,000 dead to date', 'nk-pows-seek-south-korea', 7806, 7831);
INSERT INTO estimate_restated VALUES ('killed-about-600', 0, 'around 600 dead', 'nk-pows-seek-south-korea', 7913, 7928);
INSERT INTO estimate_restated VALUES ('wounded-more-than-4000', 0, 'over 4,000 wounded', 'nk-pows-seek-south-korea', 7933, 7951);

INSERT INTO claims VALUES ('both-want-south', 0, 'Both captured soldiers told a South Korean producer during late-October interviews near Kyiv that they want to go to the South.', 'both captured soldiers told a south korean producer during late-october interviews near kyiv that they want to go to the south.', 'captives-late-october', 'late October [2025]', 'part_of_month', '2025-10-21', '2025-10-31', TRUE, 'reported', 'told a South Korean producer during late-October interviews near Kyiv that they want to go to the South', 'told a south korean producer during late-october interviews near kyiv that they want to go to the south', 'nk-pows-seek-south-korea', 205, 308);
INSERT INTO claims VALUES ('appeal-explicit-emotional', 1, 'Gyeore-eol Nation United, which helped coordinate the filming, described the captives’ appeal as explicit and emotional.', 'gyeore-eol nation united, which helped coordinate the filming, described the captives'' appeal as explicit and emotional.', 'gyeore-eol-nation-united', NULL, NULL, NULL, NULL, NULL, 'stated', 'helped coordinate the filming and described the appeal as explicit and emotional', 'helped coordinate the filming and described the appeal as explicit and emotional', 'nk-pows-seek-south-korea', 385, 465);
INSERT INTO claims VALUES ('february-single-captive', 2, 'In February, Yu Yong-weon, the South Korean lawmaker who met the pair, relayed that only one of the two captives had voiced the intention to go to the South.', 'in february, yu yong-weon, the south korean lawmaker who met the pair, relayed that only one of the two captives had voiced the intention to go to the south.', 'yu-yong-weon', 'February [2025]', 'month', '2025-02-01', '2025-02-28', TRUE, 'stated', 'relayed that only a single captive had voiced that intention', 'relayed that only a single captive had voiced that intention', 'nk-pows-seek-south-korea', 624, 684);
INSERT INTO claims VALUES ('mental-health-strain', 3, 'The captives are under mental health strain after a long period in custody.', 'the captives are under mental health strain after a long period in custody.', 'jang-se-yul', NULL, NULL, NULL, NULL, NULL, 'stated', 'The activist account also describes mental health strain after a long period in custody', 'the activist account also describes mental health strain after a long period in custody', 'nk-pows-seek-south-korea', 751, 838);
INSERT INTO claims VALUES ('zelensky-captured-nk-soldiers', 4, 'Ukrainian troops captured North Korean soldiers in the Kursk region inside Russia.', 'ukrainian troops captured north korean soldiers in the kursk region inside russia.', 'zelensky-online-post', 'January [2025]', 'month', '2025-01-01', '2025-01-31', TRUE, 'stated', 'wrote online that Ukrainian troops had captured North Korean soldiers in the Kursk region inside Russia', 'wrote online that ukrainian troops had captured north korean soldiers in the kursk region inside russia', 'nk-pows-seek-south-korea', 1025, 1128);
INSERT INTO claims VALUES ('captives-part-of-contingent', 5, 'The captured men were reportedly part of a North Korean contingent deployed to support Russia’s war; the report says so again of the units whose losses the casualty figures describe.', 'the captured men were reportedly part of a north korean contingent deployed to support russia''s war; the report says so again of the units whose losses the casualty figures describe.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'reported', 'The men were reportedly part of a North Korean contingent deployed to support Russia’s war', 'the men were reportedly part of a north korean contingent deployed to support russia''s war', 'nk-pows-seek-south-korea', 1130, 1222);
INSERT INTO claims VALUES ('leadership-praised-heroes', 6, 'North Korea’s leadership praised the deployed personnel as “heroes”.', 'north korea''s leadership praised the deployed personnel as "heroes".', 'north-korea-leadership', NULL, NULL, NULL, NULL, NULL, 'stated', 'later praised deployed personnel as “heroes,”', 'later praised deployed personnel as "heroes,"', 'nk-pows-seek-south-korea', 1251, 1300);
INSERT INTO claims VALUES ('death-sentence', 7, 'Returning the two captives to North Korea would be a death sentence.', 'returning the two captives to north korea would be a death sentence.', 'yu-yong-weon', 'February [2025]', 'month', '2025-02-01', '2025-02-28', TRUE, 'stated', 'said returning them to the North would be a death sentence', 'said returning them to the north would be a death sentence', 'nk-pows-seek-south-korea', 1485, 1543);
INSERT INTO claims VALUES ('civilian-life-hopes', 8, 'One of the prisoners spoke of hopes for a civilian life, including a home and family in the South.', 'one of the prisoners spoke of hopes for a civilian life, including a home and family in the south.', 'yu-yong-weon', 'February [2025]', 'month', '2025-02-01', '2025-02-28', TRUE, 'stated', 'he said one prisoner spoke of hopes for a civilian life, including a home and family in the South', 'he said one prisoner spoke of hopes for a civilian life, including a home and family in the south', 'nk-pows-seek-south-korea', 1559, 1656);
INSERT INTO claims VALUES ('on-camera-conversations', 9, 'A South Korean documentary producer conducted on-camera conversations with each of the two men.', 'a south korean documentary producer conducted on-camera conversations with each of the two men.', 'jang-se-yul', NULL, NULL, NULL, NULL, NULL, 'stated', 'According to the activist account, a South Korean documentary producer conducted on-camera conversations with each man', 'according to the activist account, a south korean documentary producer conducted on-camera conversations with each man', 'nk-pows-seek-south-korea', 2022, 2140);
INSERT INTO claims VALUES ('photos-donated-food-clothing', 10, 'Photos show the captives receiving donated food and clothing during the visit.', 'photos show the captives receiving donated food and clothing during the visit.', 'photos-from-defectors-groups', NULL, NULL, NULL, NULL, NULL, 'stated', 'Photos provided by defectors’ groups show the captives receiving donated food and clothing during the visit', 'photos provided by defectors'' groups show the captives receiving donated food and clothing during the visit', 'nk-pows-seek-south-korea', 2142, 2251);
INSERT INTO claims VALUES ('kim-portrait-visible', 11, 'In one image, a hand-drawn portrait of Kim Jong-un is visible above a bed inside the room.', 'in one image, a hand-drawn portrait of kim jong-un is visible above a bed inside the room.', 'photos-from-defectors-groups', NULL, NULL, NULL, NULL, NULL, 'stated', 'In one image, a hand-drawn portrait of Kim Jong-un is visible above a bed inside the room', 'in one image, a hand-drawn portrait of kim jong-un is visible above a bed inside the room', 'nk-pows-seek-south-korea', 2253, 2342);
INSERT INTO claims VALUES ('both-directly-asked', 12, 'Jang Se-yul, the activist involved in the documentary project, says that after the interview session both prisoners directly asked to be taken to South Korea; the report opens with his confirmation, and he summarized their final message to the producer as “North Korean POWs seek South Korea”.', 'jang se-yul, the activist involved in the documentary project, says that after the interview session both prisoners directly asked to be taken to south korea; the report opens with his confirmation, and he summarized their final message to the producer as "north korean pows seek south korea".', 'jang-se-yul', NULL, NULL, NULL, NULL, NULL, 'stated', 'after the interview session both prisoners directly asked to be taken to South Korea', 'after the interview session both prisoners directly asked to be taken to south korea', 'nk-pows-seek-south-korea', 2419, 2503);
INSERT INTO claims VALUES ('video-messages-letters', 13, 'The team shared video messages and letters from North Korean defectors to encourage the detainees.', 'the team shared video messages and letters from north korean defectors to encourage the detainees.', 'jang-se-yul', NULL, NULL, NULL, NULL, NULL, 'stated', 'He says the team shared video messages and letters from North Korean defectors to encourage the detainees', 'he says the team shared video messages and letters from north korean defectors to encourage the detainees', 'nk-pows-seek-south-korea', 2598, 2703);
INSERT INTO claims VALUES ('instability-self-harm', 14, 'Ukrainian officials described signs of psychological instability and self-harm attempts during the captives’ detention (relayed by Jang Se-yul).', 'ukrainian officials described signs of psychological instability and self-harm attempts during the captives'' detention (relayed by jang se-yul).', 'ukrainian-officials', NULL, NULL, NULL, NULL, NULL, 'reported', 'described signs of psychological instability and self-harm attempts during detention', 'described signs of psychological instability and self-harm attempts during detention', 'nk-pows-seek-south-korea', 2735, 2819);
INSERT INTO claims VALUES ('constitution-citizens', 15, 'South Korea’s constitution recognizes North Koreans as also being South Korean citizens.', 'south korea''s constitution recognizes north koreans as also being south korean citizens.', 'south-korean-government', NULL, NULL, NULL, NULL, NULL, 'stated', 'the country’s constitution recognizes North Koreans as also being South Korean citizens', 'the country''s constitution recognizes north koreans as also being south korean citizens', 'nk-pows-seek-south-korea', 2923, 3012);
INSERT INTO claims VALUES ('willing-to-receive', 16, 'Officials in Seoul have notified Ukraine that they are willing to receive the captives if their intention is confirmed through proper channels; they say it again at the report’s end, as willingness to receive the men if all conditions are met.', 'officials in seoul have notified ukraine that they are willing to receive the captives if their intention is confirmed through proper channels; they say it again at the report''s end, as willingness to receive the men if all conditions are met.', 'officials-in-seoul', NULL, NULL, NULL, NULL, NULL, 'stated', 'Officials in Seoul have notified Ukraine that they are willing to receive the captives if their intention is confirmed through proper channels', 'officials in seoul have notified ukraine that they are willing to receive the captives if their intention is confirmed through proper channels', 'nk-pows-seek-south-korea', 3014, 3156);
INSERT INTO claims VALUES ('transfer-depends-on-procedures', 17, 'Any movement of the captives will depend on Ukraine’s procedures for prisoners captured on its territory or transferred to its custody, and on international law and the war context.', 'any movement of the captives will depend on ukraine''s procedures for prisoners captured on its territory or transferred to its custody, and on international law and the war context.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'stated', 'Any movement will depend on Ukraine’s procedures for prisoners captured on its territory or transferred to its custody, as well as on international law and the war context', 'any movement will depend on ukraine''s procedures for prisoners captured on its territory or transferred to its custody, as well as on international law and the war context', 'nk-pows-seek-south-korea', 3281, 3454);
INSERT INTO claims VALUES ('no-transfer-timeline', 18, 'There has been no public confirmation of progress on a transfer timeline.', 'there has been no public confirmation of progress on a transfer timeline.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'stated', 'There has been no public confirmation of progress on a transfer timeline', 'there has been no public confirmation of progress on a transfer timeline', 'nk-pows-seek-south-korea', 3456, 3528);
INSERT INTO claims VALUES ('final-decision-ukraine', 19, 'The final decision on a transfer sits with Ukraine’s authorities, and potentially with partner governments involved in prisoner matters.', 'the final decision on a transfer sits with ukraine''s authorities, and potentially with partner governments involved in prisoner matters.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'stated', 'the final decision sits with Ukraine’s authorities, and potentially with partner governments involved in prisoner matters', 'the final decision sits with ukraine''s authorities, and potentially with partner governments involved in prisoner matters', 'nk-pows-seek-south-korea', 3591, 3714);
INSERT INTO claims VALUES ('thousands-of-personnel', 20, 'There is a substantial North Korean military presence supporting Russia, including thousands of personnel working close to the border regions.', 'there is a substantial north korean military presence supporting russia, including thousands of personnel working close to the border regions.', 'intelligence-assessments-2024-2025', NULL, NULL, NULL, NULL, NULL, 'stated', 'described a substantial North Korean military presence supporting Russia, including thousands of personnel working close to the border regions', 'described a substantial north korean military presence supporting russia, including thousands of personnel working close to the border regions', 'nk-pows-seek-south-korea', 3848, 3990);
INSERT INTO claims VALUES ('important-duty-at-home', 21, 'North Korea has presented the deployed units at home as fulfilling an important duty.', 'north korea has presented the deployed units at home as fulfilling an important duty.', 'north-korea', NULL, NULL, NULL, NULL, NULL, 'stated', 'units that North Korea has presented at home as fulfilling an important duty', 'units that north korea has presented at home as fulfilling an important duty', 'nk-pows-seek-south-korea', 4520, 4596);
INSERT INTO claims VALUES ('physically-stable', 22, 'During the late-October visit the captives appeared physically stable, with one exception.', 'during the late-october visit the captives appeared physically stable, with one exception.', 'activist-group', 'late October [2025]', 'part_of_month', '2025-10-21', '2025-10-31', TRUE, 'stated', 'the activist group said the captives appeared physically stable, with one exception', 'the activist group said the captives appeared physically stable, with one exception', 'nk-pows-seek-south-korea', 4831, 4914);
INSERT INTO claims VALUES ('jaw-wound-healing', 23, 'The soldier who had a jaw wound at the time of capture now shows healing, but with some bone distortion.', 'the soldier who had a jaw wound at the time of capture now shows healing, but with some bone distortion.', 'activist-group', NULL, NULL, NULL, NULL, NULL, 'stated', 'The soldier who had a jaw wound at the time of capture now shows healing but with some bone distortion', 'the soldier who had a jaw wound at the time of capture now shows healing but with some bone distortion', 'nk-pows-seek-south-korea', 4916, 5018);
INSERT INTO claims VALUES ('requests-supplies', 24, 'The captives asked through intermediaries for medicine for eye conditions, warm clothing, trousers, cigarettes, pens and books.', 'the captives asked through intermediaries for medicine for eye conditions, warm clothing, trousers, cigarettes, pens and books.', 'activist-group', NULL, NULL, NULL, NULL, NULL, 'stated', 'They asked through intermediaries for medicine for eye conditions, warm clothing, trousers, cigarettes, pens and books', 'they asked through intermediaries for medicine for eye conditions, warm clothing, trousers, cigarettes, pens and books', 'nk-pows-seek-south-korea', 5020, 5138);
INSERT INTO claims VALUES ('officials-monitored-condition', 25, 'Ukrainian officials have reportedly monitored the captives’ condition closely, given the signs of psychological distress.', 'ukrainian officials have reportedly monitored the captives'' condition closely, given the signs of psychological distress.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'reported', 'Ukrainian officials have reportedly monitored their condition closely, given the signs of psychological distress', 'ukrainian officials have reportedly monitored their condition closely, given the signs of psychological distress', 'nk-pows-seek-south-korea', 5140, 5252);
INSERT INTO claims VALUES ('show-human-consequences', 26, 'The activist group wants to show the human consequences of North Korea’s decision to send troops abroad, including the pressures soldiers face if capture becomes likely.', 'the activist group wants to show the human consequences of north korea''s decision to send troops abroad, including the pressures soldiers face if capture becomes likely.', 'activist-group', NULL, NULL, NULL, NULL, NULL, 'stated', 'The group says it wants to show the human consequences of North Korea’s decision to send troops abroad, including the pressures soldiers face if capture becomes likely', 'the group says it wants to show the human consequences of north korea''s decision to send troops abroad, including the pressures soldiers face if capture becomes likely', 'nk-pows-seek-south-korea', 5492, 5661);
INSERT INTO claims VALUES ('avoid-capture-orders', 27, 'North Korean soldiers were allegedly instructed to avoid capture at all costs, including by killing themselves with grenades if wounded and isolated.', 'north korean soldiers were allegedly instructed to avoid capture at all costs, including by killing themselves with grenades if wounded and isolated.', 'captives-accounts', '[2025]', 'year', '2025-01-01', '2025-12-31', TRUE, 'unconfirmed', 'described instructions allegedly given to North Korean soldiers to avoid capture at all costs, including by killing themselves with grenades if wounded and isolated', 'described instructions allegedly given to north korean soldiers to avoid capture at all costs, including by killing themselves with grenades if wounded and isolated', 'nk-pows-seek-south-korea', 5767, 5931);
INSERT INTO claims VALUES ('forced-return-death-sentence', 28, 'Forcing the captives to return to North Korea would be a de facto death sentence.', 'forcing the captives to return to north korea would be a de facto death sentence.', 'lawmaker-who-relayed-claims', NULL, NULL, NULL, NULL, NULL, 'stated', 'called forced return a de facto death sentence', 'called forced return a de facto death sentence', 'nk-pows-seek-south-korea', 5982, 6028);
INSERT INTO claims VALUES ('refusing-repatriation-avoids-punishment', 29, 'The prisoners see refusing repatriation as a way to avoid punishment.', 'the prisoners see refusing repatriation as a way to avoid punishment.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'stated', 'refusing repatriation is seen by the prisoners as a way to avoid punishment', 'refusing repatriation is seen by the prisoners as a way to avoid punishment', 'nk-pows-seek-south-korea', 6115, 6190);
INSERT INTO claims VALUES ('pattern-of-extreme-control', 30, 'Other soldier testimonies, which surface when soldiers are taken prisoner abroad, describe a broader pattern of extreme control.', 'other soldier testimonies, which surface when soldiers are taken prisoner abroad, describe a broader pattern of extreme control.', 'other-soldier-testimonies', NULL, NULL, NULL, NULL, NULL, 'stated', 'the broader pattern of extreme control described in other soldier testimonies that surface when soldiers are taken prisoner abroad', 'the broader pattern of extreme control described in other soldier testimonies that surface when soldiers are taken prisoner abroad', 'nk-pows-seek-south-korea', 6282, 6412);
INSERT INTO claims VALUES ('seoul-could-arrange-reception', 31, 'If Ukraine confirms the prisoners’ intent through formal statements and consents to a transfer, Seoul could arrange reception and processing in line with South Korean law.', 'if ukraine confirms the prisoners'' intent through formal statements and consents to a transfer, seoul could arrange reception and processing in line with south korean law.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'stated', 'If Ukraine confirms the prisoners’ intent through formal statements and consents to a transfer, Seoul could arrange reception and processing in line with South Korean law', 'if ukraine confirms the prisoners'' intent through formal statements and consents to a transfer, seoul could arrange reception and processing in line with south korean law', 'nk-pows-seek-south-korea', 6669, 6841);
INSERT INTO claims VALUES ('transfer-must-be-verified', 32, 'Because of the wartime setting, Ukrainian prosecutors, military authorities, and possibly international partners must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols.', 'because of the wartime setting, ukrainian prosecutors, military authorities, and possibly international partners must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'stated', 'the wartime setting means that Ukrainian prosecutors, military authorities, and possibly international partners must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols', 'the wartime setting means that ukrainian prosecutors, military authorities, and possibly international partners must verify that a transfer does not conflict with ongoing investigations or with prisoner protocols', 'nk-pows-seek-south-korea', 6962, 7174);
INSERT INTO claims VALUES ('screening-and-health-checks', 33, 'South Korean agencies will also consider security screening and health checks for the two men.', 'south korean agencies will also consider security screening and health checks for the two men.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'stated', 'South Korean agencies will also consider security screening and health checks for the two men', 'south korean agencies will also consider security screening and health checks for the two men', 'nk-pows-seek-south-korea', 7176, 7269);
INSERT INTO claims VALUES ('transfer-requires-coordination', 34, 'Transit, identity verification, debriefing and resettlement procedures will require coordination.', 'transit, identity verification, debriefing and resettlement procedures will require coordination.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'stated', 'transit, identity verification, debriefing and resettlement procedures will require coordination', 'transit, identity verification, debriefing and resettlement procedures will require coordination', 'nk-pows-seek-south-korea', 7336, 7432);
INSERT INTO claims VALUES ('no-fixed-date-or-agreement', 35, 'None of the sources reports a fixed date or a signed agreement for a transfer.', 'none of the sources reports a fixed date or a signed agreement for a transfer.', 'this-report', NULL, NULL, NULL, NULL, NULL, 'stated', 'None of the sources reports a fixed date or a signed agreement', 'none of the sources reports a fixed date or a signed agreement', 'nk-pows-seek-south-korea', 7434, 7496);
INSERT INTO claims VALUES ('most-important-duty', 36, 'North Korean state media has celebrated the overseas units, describing them as assigned to the most important duty.', 'north korean state media has celebrated the overseas units, describing them as assigned to the most important duty.', 'north-korean-state-media', NULL, NULL, NULL, NULL, NULL, 'stated', 'has celebrated the overseas units, describing them as assigned to the most important duty', 'has celebrated the overseas units, describing them as assigned to the most important duty', 'nk-pows-seek-south-korea', 8566, 8655);

INSERT INTO claim_about VALUES ('both-want-south', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('both-want-south', 1, 'documentary-producer');
INSERT INTO claim_about VALUES ('appeal-explicit-emotional', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('february-single-captive', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('mental-health-strain', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('zelensky-captured-nk-soldiers', 0, 'ukrainian-forces');
INSERT INTO claim_about VALUES ('zelensky-captured-nk-soldiers', 1, 'captured-soldiers');
INSERT INTO claim_about VALUES ('captives-part-of-contingent', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('captives-part-of-contingent', 1, 'north-korean-contingent');
INSERT INTO claim_about VALUES ('leadership-praised-heroes', 0, 'north-korean-contingent');
INSERT INTO claim_about VALUES ('death-sentence', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('civilian-life-hopes', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('on-camera-conversations', 0, 'documentary-producer');
INSERT INTO claim_about VALUES ('on-camera-conversations', 1, 'captured-soldiers');
INSERT INTO claim_about VALUES ('photos-donated-food-clothing', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('kim-portrait-visible', 0, 'kim-jong-un');
INSERT INTO claim_about VALUES ('kim-portrait-visible', 1, 'captured-soldiers');
INSERT INTO claim_about VALUES ('both-directly-asked', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('both-directly-asked', 1, 'documentary-producer');
INSERT INTO claim_about VALUES ('video-messages-letters', 0, 'the-team');
INSERT INTO claim_about VALUES ('video-messages-letters', 1, 'north-korean-defectors');
INSERT INTO claim_about VALUES ('video-messages-letters', 2, 'captured-soldiers');
INSERT INTO claim_about VALUES ('instability-self-harm', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('willing-to-receive', 0, 'seoul-officials');
INSERT INTO claim_about VALUES ('willing-to-receive', 1, 'ukraine');
INSERT INTO claim_about VALUES ('willing-to-receive', 2, 'captured-soldiers');
INSERT INTO claim_about VALUES ('transfer-depends-on-procedures', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('transfer-depends-on-procedures', 1, 'ukraine');
INSERT INTO claim_about VALUES ('no-transfer-timeline', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('final-decision-ukraine', 0, 'ukraine-authorities');
INSERT INTO claim_about VALUES ('final-decision-ukraine', 1, 'partner-governments');
INSERT INTO claim_about VALUES ('thousands-of-personnel', 0, 'north-korean-contingent');
INSERT INTO claim_about VALUES ('important-duty-at-home', 0, 'north-korean-contingent');
INSERT INTO claim_about VALUES ('physically-stable', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('jaw-wound-healing', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('requests-supplies', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('requests-supplies', 1, 'intermediaries');
INSERT INTO claim_about VALUES ('officials-monitored-condition', 0, 'ukrainian-officials');
INSERT INTO claim_about VALUES ('officials-monitored-condition', 1, 'captured-soldiers');
INSERT INTO claim_about VALUES ('show-human-consequences', 0, 'north-korea');
INSERT INTO claim_about VALUES ('show-human-consequences', 1, 'north-korean-contingent');
INSERT INTO claim_about VALUES ('avoid-capture-orders', 0, 'north-korean-contingent');
INSERT INTO claim_about VALUES ('forced-return-death-sentence', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('refusing-repatriation-avoids-punishment', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('seoul-could-arrange-reception', 0, 'ukraine');
INSERT INTO claim_about VALUES ('seoul-could-arrange-reception', 1, 'south-korean-government');
INSERT INTO claim_about VALUES ('seoul-could-arrange-reception', 2, 'captured-soldiers');
INSERT INTO claim_about VALUES ('transfer-must-be-verified', 0, 'ukrainian-prosecutors');
INSERT INTO claim_about VALUES ('transfer-must-be-verified', 1, 'military-authorities');
INSERT INTO claim_about VALUES ('transfer-must-be-verified', 2, 'international-partners');
INSERT INTO claim_about VALUES ('screening-and-health-checks', 0, 'south-korean-agencies');
INSERT INTO claim_about VALUES ('screening-and-health-checks', 1, 'captured-soldiers');
INSERT INTO claim_about VALUES ('transfer-requires-coordination', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('no-fixed-date-or-agreement', 0, 'captured-soldiers');
INSERT INTO claim_about VALUES ('most-important-duty', 0, 'north-korean-contingent');

INSERT INTO claim_restated VALUES ('captives-part-of-contingent', 0, 'The prisoners in Ukraine were reportedly part of those formations', 'nk-pows-seek-south-korea', 4598, 4663);
INSERT INTO claim_restated VALUES ('both-directly-asked', 0, 'confirmed by an activist involved in a documentary project', 'nk-pows-seek-south-korea', 66, 124);
INSERT INTO claim_restated VALUES ('both-directly-asked', 1, 'is how he summarized their final message to the producer', 'nk-pows-seek-south-korea', 2540, 2596);
INSERT INTO claim_restated VALUES ('willing-to-receive', 0, 'officials in Seoul say they have expressed willingness to receive the men if all conditions are met', 'nk-pows-seek-south-korea', 7507, 7606);
COMMIT;
