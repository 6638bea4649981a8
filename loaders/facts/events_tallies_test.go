package facts

import (
	"strings"
	"testing"
	"time"
)

// Statistics continued in prose, comparisons with an earlier period, grants
// counted by consulates and state bodies, convictions as rulings.
func TestEventTallies(t *testing.T) {
	ents := append([]ent{"France|Country|FR", "Lithuania|Country|LT", "Polish Border Guard|Organization", "Georgian Interior Ministry|Organization",
		"Migration Office|Organization", "Polish interior ministry|Organization",
		"Omsk Garrison Military Court|Organization", "Tomsk Garrison Military Court|Organization", "Perm Garrison Military Court|Organization",
		"Storskog|Place|NO"}, eventEnts...)
	pub := time.Date(2025, 4, 9, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name      string
		sentences []string
		want      []string
		not       []string
	}{
		{
			name: "grants counted after claims; a later figure of applicants continues the claims, not the grants",
			sentences: []string{
				"[Germany] counted 780 asylum applications from [Russian|~Russia] nationals, but fewer than 60 were approved.",
				"In [Poland], officials recorded 610 [Russian|~Russia] applicants."},
			want: []string{
				"AsylumGrant origin=Russia count=60 (fewer than)",
				"AsylumApplication origin=Russia destination=Poland count=610"},
			not: []string{"AsylumGrant agent=Poland origin=Russia count=610"},
		},
		{
			name: "claims a state body received are claims in its state; an unnumbered mention of claims is none",
			sentences: []string{
				"The [Polish Border Guard] received 1,050 asylum applications from [Russians|~Russia] in 2024.",
				"A new law lets the [Polish Border Guard] stop accepting asylum requests at the border."},
			want: []string{"AsylumApplication origin=Russia destination=Poland count=1050 date=2024"},
			not:  []string{"AsylumApplication destination=Poland"},
		},
		{
			name: "a call-up that marks a time takes no date of the act it dates; one dated right after it keeps it",
			sentences: []string{
				"In 2024, more [Russians|~Russia] applied for asylum in [Armenia] than after the mobilisation.",
				"Some 61 [Russians|~Russia] applied for asylum in [Armenia] between the mobilisation and the end of 2024.",
				"Many fled after the mobilisation of September 2022."},
			want: []string{"Mobilization agent=Russia location=Russia date=2022-09"},
			not:  []string{"Mobilization agent=Russia location=Russia date=2024"},
		},
		{
			name: "a figure in the key points and again in the entry that says who gave it is one event",
			sentences: []string{
				"- About 2,000 [Russians|~Russia] entered [Georgia] on Wednesday, officials say",
				paragraphBreak,
				"The [Georgian Interior Ministry] said about 2,000 [Russian|~Russia] citizens entered [Georgia] on Wednesday."},
			want: []string{"Emigration origin=Russia destination=Georgia source=Georgian Interior Ministry count=2000 (about) date=2025-04-09"},
			not:  []string{"Emigration origin=Russia destination=Georgia count=2000 (about) date=2025-04-09"},
		},
		{
			name: "a crossing closed to a people; a refusing country behind a 'whose' clause and a first verb",
			sentences: []string{
				"[Norway], whose only crossing with [Russia] is at [Storskog], has kept it open but stopped admitting [Russian|~Russia] tourists in May 2023.",
				"[Finland] closed [Storskog] to [Russian|~Russia] drivers in June 2023."},
			want: []string{"EntryRefusal agent=Norway origin=Russia date=2023-05", "EntryRefusal agent=Finland origin=Russia date=2023-06"},
		},
		{
			name: "a border kept closed, and people stopped at it by a state's guards, are refusals",
			sentences: []string{
				"[Finland] will keep all crossing points on its border with [Russia] closed, the minister said.",
				"[Norwegian|~Norway] border guards stopped 164 people who tried to cross from [Russia] this year."},
			want: []string{"EntryRefusal agent=Finland", "EntryRefusal agent=Norway count=164 date=2025"},
		},
		{
			name:      "a reported count of detentions is an event even where no place is told",
			sentences: []string{"At least 40 deserters who had fled abroad were detained by local police in 2024, [Exit Watch] said."},
			want:      []string{"Detention source=Exit Watch count=40 (at least) date=2024"},
		},
		{
			name: "a unit of a ministry reports the figure, and the ministry's state is where the claims were made",
			sentences: []string{
				"The [Migration Office] of the [Polish interior ministry] registered 186 applications from [Russian|~Russia] citizens in 2024."},
			want: []string{"AsylumApplication origin=Russia destination=Poland source=Migration Office count=186 date=2024"},
		},
		{
			name: "a small figure before crossings counts places, a large one people",
			sentences: []string{
				"[Finland] closed its four southeastern crossings to [Russians|~Russia] on 18 November.",
				"[Poland] counted 17,000 border crossings by [Russians|~Russia] in 2024."},
			want: []string{"EntryRefusal agent=Finland origin=Russia date=2024-11-18",
				"Emigration origin=Russia destination=Poland count=17000 date=2024"},
			not: []string{"EntryRefusal agent=Finland origin=Russia count=4 date=2024-11-18"},
		},
		{
			name: "a ministry's figures as sentences: the corresponding figure, passive claims and grants, transfers broken down",
			sentences: []string{
				"[Germany] received 1,620 applications by [Russian|~Russia] nationals in 2024, its ministry said.",
				"The corresponding figure was 1,530 in 2023.",
				"[Germany] is the largest host, and [Germany] counts them all.",
				"In all, 187 applications were lodged at the border.",
				"Of the 26 applicants who said they had deserted, 19 were granted asylum.",
				"Asylum status was granted in 396 cases.",
				"The office issued 1,611 decisions on applications by [Russian|~Russia] nationals.",
				"Its embassy still accepts 300 visa applications from [Russians|~Russia] a month.",
				"The [Norwegian Immigration Directorate] decided 5,890 asylum cases in 2024 and granted protection in 3,150 of them.",
				"[Germany] transferred 38 applicants to other member states in 2024, chiefly to [Poland] (17) and [Latvia] (9)."},
			want: []string{
				"AsylumApplication origin=Russia destination=Germany count=1530 date=2023",
				"AsylumApplication destination=Germany count=187", "AsylumGrant agent=Germany count=19", "AsylumGrant agent=Germany count=396",
				"Deportation agent=Germany origin=Germany count=38 date=2024", "Deportation agent=Germany origin=Germany destination=Poland count=17 date=2024",
				"Deportation agent=Germany origin=Germany destination=Latvia count=9 date=2024", "AsylumGrant agent=Norway count=3150 date=2024"},
			not: []string{"AsylumApplication origin=Russia count=1611", "Deportation agent=Germany origin=Germany destination=Poland count=38 date=2024",
				"AsylumApplication origin=Russia count=300"},
		},
		{
			name: "\"Of them, 612 left in 2024 alone\": a part of the figure before, for its period",
			sentences: []string{
				"[Exit Watch] has assisted 1,486 soldiers in leaving the [Russian army] since 2022.",
				"Of them, 612 left in 2024 alone."},
			want: []string{"Desertion origin=Russia count=612 date=2024"},
		},
		{
			name: "figures by period: \"and to 648 in 2025\", and a colon listing periods after a cue with no figure",
			sentences: []string{
				"[Poland]'s guards refused entry to 712 [Russian|~Russia] citizens in 2024 and to 648 in 2025.",
				"[Lithuania] refused entry to more [Russians|~Russia] than its neighbours: 1,215 in 2024 and 1,388 in 2025."},
			want: []string{"EntryRefusal agent=Poland origin=Russia count=648 date=2025", "EntryRefusal agent=Lithuania origin=Russia count=1215 date=2024",
				"EntryRefusal agent=Lithuania origin=Russia count=1388 date=2025"},
		},
		{
			name: "a statistic continued for other countries in the same and the next sentence",
			sentences: []string{
				"[Exit Watch] counted about 9,000 asylum claims by [Russians|~Russia] in [Germany] in 2024, followed by [Poland] with over 2,000 and [Finland] with 450.",
				"[Sweden] recorded some 700, while [Denmark] registered 120."},
			want: []string{
				"AsylumApplication origin=Russia destination=Poland source=Exit Watch count=2000 (more than) date=2024",
				"AsylumApplication origin=Russia destination=Finland source=Exit Watch count=450 date=2024",
				"AsylumApplication origin=Russia destination=Sweden source=Exit Watch count=700 (about) date=2024",
				"AsylumApplication origin=Russia destination=Denmark source=Exit Watch count=120 date=2024"},
		},
		{
			name: "a grant continued for a second country; an opening 'In X,' heads a later figure",
			sentences: []string{
				"[Germany] granted protection to 1,500 [Russians|~Russia] in 2024 and [Poland] to 300.",
				"In [Finland], whose border with [Russia] has been closed since December 2023, officials granted roughly 90."},
			want: []string{
				"AsylumGrant agent=Poland origin=Russia count=300 date=2024",
				"AsylumGrant agent=Finland origin=Russia count=90 (about) date=2024"},
			not: []string{"AsylumGrant agent=Russia="},
		},
		{
			name: "figures for other periods joined to a counted one, and a count credited by an outlet's count",
			sentences: []string{
				"[Russian|~Russia] military courts handed down 9,100 verdicts last year against soldiers who left their units, according to a count published on Monday by the outlet [Data Desk].",
				"[Exit Watch] counted 14 desertion verdicts in 2023 and 52 in 2024, as well as 30 so far this year.",
				"Courts received 10,200 AWOL cases from investigators in 2024, against 6,900 the year before.",
				"[Finland] received 3,210 applications from [Russians|~Russia] in 2024, compared with 2,640 a year earlier."},
			want: []string{
				"CourtRuling location=Russia source=Data Desk count=9100 date=2024",
				"CourtRuling location=Russia source=Exit Watch count=14 date=2023",
				"CourtRuling location=Russia source=Exit Watch count=52 date=2024",
				"CourtRuling location=Russia source=Exit Watch count=30 date=2025",
				"CriminalCase location=Russia count=10200 date=2024",
				"CriminalCase location=Russia count=6900 date=2023",
				"AsylumApplication origin=Russia destination=Finland count=3210 date=2024",
				"AsylumApplication origin=Russia destination=Finland count=2640 date=2023"},
			not: []string{"Desertion"},
		},
		{
			name: "convictions counted without a place are the named courts' country, not the country most named",
			sentences: []string{
				"[Russian|~Russia] military courts have convicted many servicemen since 2022.",
				"He served in [Ukraine] and was wounded in [Ukraine] twice.",
				"Another soldier deserted in [Ukraine].",
				"- 2024: 10,468 convictions;"},
			want: []string{"CourtRuling location=Russia count=10468"},
			not:  []string{"CourtRuling location=Ukraine count=10468"},
		},
		{
			name: "'it was' a figure for the statistic before; cases sent to courts; cases in the state whose army is named",
			sentences: []string{
				"Since the call-up [Data Desk] has counted at least 15,000 cases sent to military courts against soldiers of the [Russian army|Russian army].",
				"In 2024 alone it was more than 9,000, the outlet's analyst [Ivan Sokolov] said."},
			want: []string{
				"CriminalCase location=Russia source=Data Desk count=15000 (at least)",
				"CriminalCase location=Russia source=Ivan Sokolov count=9000 (more than) date=2024"},
		},
		{
			name: "a part of a figure at a site is an event of its own, and the site is the part's only",
			sentences: []string{
				"In [Finland], officials said 140 [Russians|~Russia] had applied for asylum in 2024, 35 of them on arrival at [Helsinki airport].",
				"At least 14 [Russians|~Russia] were detained in [Armenia], and three were handed over to [Russia], two of them at [Yerevan]."},
			want: []string{
				"AsylumApplication origin=Russia destination=Finland count=140 date=2024",
				"AsylumApplication origin=Russia destination=Finland location=Helsinki airport count=35 date=2024"},
			not: []string{
				"AsylumApplication origin=Russia destination=Finland location=Helsinki airport count=140 date=2024",
				"Detention location=Yerevan count=2"},
		},
		{
			name: "a figure compared with an earlier period is the same statistic then",
			sentences: []string{
				"[Estonia] turned back 2,100 [Russian|~Russia] citizens in 2024, up from about 1,700 in 2023."},
			want: []string{
				"EntryRefusal agent=Estonia origin=Russia count=2100 date=2024",
				"EntryRefusal agent=Estonia origin=Russia count=1700 (about) date=2023"},
		},
		{
			name: "who refuses entry: the acting or reporting body's state, or the crossing's country",
			sentences: []string{
				"Guards refused entry to 700 [Russian|~Russia] citizens at airports, the [Polish Border Guard] said.",
				"Officers at the [Tallinn] crossing turned back 2,900 [Russian|~Russia] citizens in 2024, compared with about 2,500 in the whole of 2023.",
				"The [Polish Border Guard] turned back 1,100 [Russians|~Russia] in 2023."},
			want: []string{
				"EntryRefusal agent=Poland origin=Russia count=700",
				"EntryRefusal agent=Poland origin=Russia count=1100 date=2023",
				"EntryRefusal agent=Estonia origin=Russia count=2900 date=2024",
				"EntryRefusal agent=Estonia origin=Russia count=2500 (about) date=2023"},
		},
		{
			name:      "people held by police and handed over, counted",
			sentences: []string{"Seven [Russians|~Russia] had been held by police in [Armenia], and two were handed over to [Russian|~Russia] officers."},
			want:      []string{"Detention location=Armenia count=7", "Deportation destination=Russia count=2"},
		},
		{
			name: "arrivals a minister counts in 'his country', a ministry's arrivals 'from' a country, a union entered",
			sentences: []string{
				"[Estonia]'s interior minister [Pavel Ilyin] said more than 20,000 [Russians|~Russia] had entered his country.",
				"The [Georgian Interior Ministry] reported that almost 10,000 people a day were arriving from [Russia].",
				"[Data Desk] counted about 66,000 [Russian|~Russia] citizens entering [Europe] that week."},
			want: []string{
				"Emigration origin=Russia destination=Estonia source=Pavel Ilyin count=20000 (more than)",
				"Emigration origin=Russia destination=Georgia source=Georgian Interior Ministry count=10000 (almost)"},
		},
		{
			name: "a total broken down by country after a colon; cases under an article; such cases; a penal colony",
			sentences: []string{
				"At least 27 deserters were returned to [Russia] in 2024: 11 from [Kazakhstan], 8 from [Armenia] and 3 from [Georgia].",
				"[Russian|~Russia] military courts received at least 14,200 cases under Article 337 in 2024.",
				"In 2023 they registered 2,900 such cases.",
				"Only 310 [Russian|~Russia] deserters were sent to a penal colony in 2024."},
			want: []string{
				"Deportation destination=Russia count=27 (at least) date=2024",
				"Deportation agent=Kazakhstan origin=Kazakhstan destination=Russia count=11 date=2024",
				"Deportation agent=Armenia origin=Armenia destination=Russia count=8 date=2024",
				"Deportation agent=Georgia origin=Georgia destination=Russia count=3 date=2024",
				"CriminalCase location=Russia count=14200 (at least) date=2024",
				"CriminalCase location=Russia count=2900 date=2023",
				"CourtRuling location=Russia count=310 date=2024"},
		},
		{
			name: "nationalities counted after the one told ('after Syrians, with 1,236'); 'lodged 742 applications'; no dateline date",
			sentences: []string{
				"OSLO, 15 January 2025 (Agency) - [Russian|~Russia] citizens lodged 742 applications in [Norway] in 2024, behind [Germans|~Germany], with 1,236, and [Poles|~Poland], with 806.",
				"[Estonians|~Estonia] (455) followed."},
			want: []string{
				"AsylumApplication origin=Russia destination=Norway count=742 date=2024",
				"AsylumApplication origin=Germany destination=Norway count=1236 date=2024",
				"AsylumApplication origin=Poland destination=Norway count=806 date=2024",
				"AsylumApplication origin=Estonia destination=Norway count=455 date=2024"},
		},
		{
			name: "residence permits count those who settled; a figure that fell to another is the later period's",
			sentences: []string{
				"[Serbia] is popular.",
				"[Serbia] has issued temporary residence permits to more than 33,000 [Russian|~Russia] citizens.",
				"[Armenia] was the first stop for many.",
				"The number of [Russians|~Russia] holding residence permits reached about 15,000 at the end of 2023 and fell to 11,000 by the end of 2024."},
			want: []string{
				"Emigration origin=Russia destination=Serbia count=33000 (more than)",
				"Emigration origin=Russia destination=Armenia count=15000 (about) date=2023",
				"Emigration origin=Russia destination=Armenia count=11000 date=2024"},
		},
		{
			name:      "removals a state's service carried out, counted",
			sentences: []string{"[Poland] tightened its rules.", "The [Polish Border Guard] carried out 3,402 forced returns in 2024."},
			want:      []string{"Deportation agent=Poland origin=Poland count=3402 date=2024"},
		},
		{
			name:      "'more than' qualifies a figure and compares nothing",
			sentences: []string{"[Kazakhstan], which took in more than 200,000 [Russians|~Russia] in 2022, granted none asylum."},
			want:      []string{"Emigration origin=Russia destination=Kazakhstan count=200000 (more than) date=2022"},
		},
		{
			name: "a comparison's year does not date the figure",
			sentences: []string{
				"[Sweden] received 2,400 asylum claims from [Russians|~Russia] last year, 15 percent more than in 2023."},
			want: []string{"AsylumApplication origin=Russia destination=Sweden count=2400 date=2024"},
		},
		{
			name: "lengths, and figures a country 'has', continue nothing",
			sentences: []string{
				"About 60,000 [Russians|~Russia] went to [Kazakhstan] in 2022.",
				"[Kazakhstan], which shares a border of 7,500 kilometres with [Russia], has 20,000,000 inhabitants."},
			want: []string{"Emigration origin=Russia destination=Kazakhstan count=60000 (about) date=2022"},
			not:  []string{"Emigration origin=Russia destination=Kazakhstan count=20000000", "Emigration origin=Russia destination=Kazakhstan count=7500"},
		},
		{
			name: "visas counted in figures, by a demonym's consulates, to a group of people",
			sentences: []string{
				"Many [Russians|~Russia] have left.",
				"[France] has issued 65 humanitarian visas to deserters since 2022.",
				"[French|~France] consulates in [Armenia] and [Kazakhstan] have issued about 20 visas to soldiers, [Exit Watch] said."},
			want: []string{
				"VisaGrant agent=France origin=Russia count=65",
				"VisaGrant agent=France origin=Russia source=Exit Watch count=20 (about)"},
			not: []string{"VisaGrant agent=Kazakhstan="},
		},
		{
			name: "a state body granting without its state named acts for the country of the paragraph",
			sentences: []string{
				"[Lithuania] takes a strict line.",
				"The [Federal Migration Office] granted asylum to 41 [Russians|~Russia] in 2023."},
			want: []string{"AsylumGrant agent=Lithuania origin=Russia count=41 date=2023"},
		},
		{
			name: "convictions are court rulings, counted at home; cases of desertion are criminal cases",
			sentences: []string{
				"Many [Russians|~Russia] have left.",
				"More than 900 people have been convicted in [Russian|~Russia] courts of refusing to fight, [Exit Watch] said.",
				"By the count of the independent project [Data Desk], about 4,000 cases of desertion reached military courts in 2024."},
			want: []string{
				"CourtRuling location=Russia source=Exit Watch count=900 (more than)",
				"CriminalCase location=Russia source=Data Desk count=4000 (about) date=2024"},
			not: []string{"Desertion"},
		},
		{
			name: "figures listed by year after a colon: each item is the statistic above for its year",
			sentences: []string{
				"Military courts in [Russia] have convicted more soldiers every year:",
				paragraphBreak,
				"- 2022: 1,094 convictions, most of them after October;",
				"- 2023: 5,926;",
				"- January to June 2024: about 6,800 convictions."},
			want: []string{
				"CourtRuling location=Russia count=1094 date=2022",
				"CourtRuling location=Russia count=5926 date=2023",
				"CourtRuling location=Russia count=6800 (about) date=2024"},
		},
		{
			name: "an item that is no period, or a figure not the item's, is no statistic",
			sentences: []string{
				"Military courts in [Russia] have convicted more soldiers every year:",
				paragraphBreak,
				"- 2022: 1,094 convictions;",
				"- Appeals: 212 were heard;",
				"- 2023: after 40 days, 15 were freed."},
			want: []string{"CourtRuling location=Russia count=1094 date=2022"},
			not:  []string{"CourtRuling location=Russia count=212", "CourtRuling location=Russia count=15"},
		},
		{
			name: "convictions counted with no court or country are those of the courts told of before",
			sentences: []string{
				"Courts in [Kazakhstan] handed down more verdicts for illegal crossing in 2025 than ever before.",
				paragraphBreak,
				"We read every verdict the courts published and compared our totals with the official ones.",
				"The ministry did not reply to our questions.",
				paragraphBreak,
				"Convictions for illegal crossing have risen every year:",
				paragraphBreak,
				"- 2022: 150 convictions;",
				"- 2023: 740.",
				paragraphBreak,
				"Smuggling is charged far less often: 11 convictions in 2022 and 62 in 2023."},
			want: []string{
				"CourtRuling location=Kazakhstan count=740 date=2023",
				"CourtRuling location=Kazakhstan count=11 date=2022",
				"CourtRuling location=Kazakhstan count=62 date=2023"},
		},
		{
			name: "in a story of asylum claims, people counted who have applied claimed it; a visa or a job is no claim",
			sentences: []string{
				"Most men who reach [Armenia] ask for asylum sooner or later.",
				"About 200 [Russians|~Russia] have applied since 2022, the lawyer said.",
				"Another 40 [Russians|~Russia] have applied for work permits, and 12 [Russian|~Russia] men had applied to the courts."},
			want: []string{"AsylumApplication origin=Russia count=200 (about)"},
			not:  []string{"AsylumApplication origin=Russia count=40", "AsylumApplication origin=Russia count=12"},
		},
		{
			name: "a country heading a count of applications with \"with\" is where they were lodged",
			sentences: []string{
				"Claims for asylum by [Russians|~Russia] kept rising in 2024.",
				"[Germany] remained the main destination with 7,640 applications, followed by [France] with 3,915."},
			want: []string{
				"AsylumApplication destination=Germany count=7640",
				"AsylumApplication destination=France count=3915"},
		},
		{
			name: "courts that follow the first with their own figures share its statistic; a court's tally has no place of its own",
			sentences: []string{
				"In 2024 the [Omsk Garrison Military Court] issued 512 verdicts for going absent.",
				"It was followed by the [Tomsk Garrison Military Court] with 470 and the [Perm Garrison Military Court] with about 300."},
			want: []string{
				"CourtRuling agent=Omsk Garrison Military Court count=512 date=2024",
				"CourtRuling agent=Tomsk Garrison Military Court count=470 date=2024",
				"CourtRuling agent=Perm Garrison Military Court count=300 (about) date=2024"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := testDoc(t, pub, ents, tc.sentences...)
			got := map[string]bool{}
			for _, e := range Events(doc) {
				got[evString(e)] = true
			}
			checkFound(t, got, tc.want, nil)
			for g := range got {
				for _, n := range tc.not {
					if strings.HasPrefix(g, n) {
						t.Errorf("unexpected %q", g)
					}
				}
			}
		})
	}
}

// A headline grant and the body's one grant without a figure are one event.
func TestHeadlineGrantMerge(t *testing.T) {
	doc := testDoc(t, time.Date(2023, 5, 10, 0, 0, 0, 0, time.UTC), eventEnts,
		"[Russian|~Russia] deserter granted asylum in [Norway]",
		"[Norway]'s immigration directorate granted him protection in March 2023, his lawyer said.")
	var grants []string
	for _, e := range Events(doc) {
		if e.Kind == "AsylumGrant" {
			grants = append(grants, evString(e))
		}
	}
	if len(grants) != 1 || grants[0] != "AsylumGrant agent=Norway origin=Russia date=2023-03" {
		t.Errorf("grants = %q, want one AsylumGrant agent=Norway origin=Russia date=2023-03", grants)
	}
}

// A definite description opening a sentence ("The former sergeant …") stands
// for the person named before, as "he" does; a named person's desertion
// told twice is one event.
func TestPersonDescriptions(t *testing.T) {
	ents := append([]ent{"Mongolia|Country|MN", "Aldar Bayar|Person"}, eventEnts...)
	pub := time.Date(2025, 5, 16, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name      string
		sentences []string
		want      []string
		not       []string
	}{
		{
			name: "the former sergeant walked out of the army",
			sentences: []string{
				"[Aldar Bayar] now lives in [Tbilisi].",
				"The former sergeant walked out of the [Russian army] in late 2022 and crossed into [Mongolia]."},
			want: []string{"Desertion subject=Aldar Bayar origin=Russia date=2022"},
		},
		{
			name: "the 27-year-old after an opening adverbial; a unit left",
			sentences: []string{
				"[Oleg Petrov] served near [Izium].",
				"In March 2023, the 27-year-old left his brigade and hid."},
			want: []string{"Desertion subject=Oleg Petrov origin=Russia date=2023-03"},
		},
		{
			name: "two people named before make a description unclear",
			sentences: []string{
				"In [Tbilisi], [Exit Watch] put [Oleg Petrov] in touch with [Ivan Sokolov].",
				"The soldier deserted in 2023."},
			not: []string{"Desertion subject=Oleg Petrov", "Desertion subject=Ivan Sokolov"},
		},
		{
			name: "one desertion told twice",
			sentences: []string{
				"[Oleg Petrov] deserted from the [Russian army] in 2023.",
				"[Oleg Petrov], who had deserted, crossed into [Armenia], [Exit Watch] said."},
			want: []string{"Desertion subject=Oleg Petrov origin=Russia date=2023"}, // one person's desertion is told: the teller is no source of it
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := testDoc(t, pub, ents, tc.sentences...)
			got := map[string]bool{}
			n := 0
			for _, e := range Events(doc) {
				got[evString(e)] = true
				if e.Kind == "Desertion" && e.Subject != "" {
					n++
				}
			}
			checkFound(t, got, tc.want, nil)
			for g := range got {
				for _, x := range tc.not {
					if strings.HasPrefix(g, x) {
						t.Errorf("unexpected %q", g)
					}
				}
			}
			if n > 1 {
				t.Errorf("%d desertions of a named person, want at most one: %v", n, got)
			}
		})
	}
}

// In an interview the figures an answer gives are the interviewee's.
func TestInterviewAnswersCreditTheInterviewee(t *testing.T) {
	doc := testDoc(t, time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC), eventEnts,
		"[Viktor Marov] has represented deserters in [Yerevan] since 2022.",
		"We asked him about his clients.",
		"How many have asked for protection?",
		"About 200 [Russians|~Russia] have applied for asylum in [Armenia] since 2022.",
		"Were any sent back?",
		"[Oleg Petrov] was deported to [Russia] in January.",
		"Do the courts help?",
		"Where do they go?",
		"Many [Russians|~Russia] have fled to [Armenia] or further.")
	got := map[string]bool{}
	for _, e := range Events(doc) {
		got[evString(e)] = true
	}
	checkFound(t, got,
		[]string{"AsylumApplication origin=Russia destination=Armenia source=Viktor Marov count=200 (about)",
			"Deportation subject=Oleg Petrov destination=Russia date=2024-01", "Emigration origin=Russia destination=Armenia"},
		[]string{"Deportation subject=Oleg Petrov destination=Russia source=Viktor Marov date=2024-01",
			"Emigration origin=Russia destination=Armenia source=Viktor Marov"}) // a claim with no figure is no statistic to credit
}

// Timelines and headlines tell events in the present tense.
func TestPresentTenseCues(t *testing.T) {
	ents := append([]ent{"Hanover Administrative Court|Organization"}, eventEnts...)
	doc := testDoc(t, time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC), ents,
		"24 February 2022: [Russian|~Russia] forces invade [Ukraine].",
		"Within weeks, thousands of [Russians|~Russia] leave for [Georgia] and [Armenia].",
		"19 September 2022: [Estonia] and [Latvia] stop admitting [Russian|~Russia] citizens with tourist visas.",
		"Sept. 27, 2022 — [Georgia] says about 10,000 [Russians|~Russia] are now entering the country every day.",
		"December 2023: [Russian|~Russia] military police detain [Oleg Petrov] in [Yerevan].",
		"June 12, 2024 — The [Hanover Administrative Court] orders the office to recognise a deserter as a refugee.",
		"[Ivan Sokolov] was arrested in [Tbilisi] after a court issued an arrest warrant.",
		"Oct. 4, 2022 — [Kazakhstan] says 200,000 [Russians|~Russia] have arrived since the call-up began.")
	got := map[string]bool{}
	for _, e := range Events(doc) {
		got[evString(e)] = true
	}
	checkFound(t, got, []string{
		"Invasion agent=Russia location=Ukraine date=2022-02-24",
		"Emigration origin=Russia destination=Georgia",
		"Emigration origin=Russia destination=Armenia",
		"EntryRefusal agent=Estonia origin=Russia date=2022-09-19",
		"EntryRefusal agent=Latvia origin=Russia date=2022-09-19",
		"Emigration origin=Russia destination=Georgia count=10000 (about) date=2022-09-27",
		"Detention subject=Oleg Petrov location=Yerevan date=2023-12",
		"CourtRuling agent=Hanover Administrative Court date=2024-06-12",
	}, nil)
	n := 0
	for g := range got {
		if strings.HasPrefix(g, "Detention subject=Ivan Sokolov") {
			n++
		}
		if strings.HasPrefix(g, "Mobilization") && strings.HasSuffix(g, "date=2022-10-04") {
			t.Errorf("a call-up referred to takes no entry's date: %q", g)
		}
	}
	if n != 1 {
		t.Errorf("an arrest warrant is no second detention: %v", got)
	}
}

// A month without its year takes the year of the story told just before it.
func TestStoryYear(t *testing.T) {
	doc := testDoc(t, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), eventEnts,
		"In August 2023 investigators opened a criminal case against [Oleg Petrov], and in September a court in [Moscow city court|Moscow city court] sentenced him.",
		"In October 2023 [Ivan Sokolov] left.",
		"Police detained him in [Tbilisi] on 4 November.")
	got := map[string]bool{}
	for _, e := range Events(doc) {
		got[evString(e)] = true
	}
	checkFound(t, got, []string{"Detention subject=Ivan Sokolov location=Tbilisi date=2023-11-04"}, nil)
	rulings := 0
	for g := range got {
		if strings.HasPrefix(g, "CourtRuling") {
			rulings++
			if !strings.HasSuffix(g, "date=2023-09") {
				t.Errorf("the court's September is 2023's: %q", g)
			}
		}
	}
	if rulings == 0 {
		t.Errorf("no court ruling read: %v", got)
	}
}

// A month told after a sentence that gives a date in passing takes its
// year, unless the month is one of the last few before publication (news
// of the last weeks after a background).
func TestStoryYearAfterADateInPassing(t *testing.T) {
	pub := time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name      string
		sentences []string
		want      string
	}{
		{"a story told on", []string{"His unit was pulled back to rest in September 2023.", "On 2 October [Ivan Sokolov] walked out of the barracks and did not return."},
			"Desertion subject=Ivan Sokolov origin=Russia date=2023-10-02"},
		{"recent news after a background", []string{"The case was opened by investigators in January 2024.", "[Ivan Sokolov] was detained in [Tbilisi] on February 9."},
			"Detention subject=Ivan Sokolov location=Tbilisi date=2025-02-09"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, e := range Events(testDoc(t, pub, eventEnts, tc.sentences...)) {
				got[evString(e)] = true
			}
			checkFound(t, got, []string{tc.want}, nil)
		})
	}
}

// A court sits in its city when the text names one; a date of another
// clause joined by ", and" does not date the ruling.
func TestCourtCityAndClauseDate(t *testing.T) {
	ents := append([]ent{"Tbilisi City Court|Organization"}, eventEnts...)
	doc := testDoc(t, time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC), ents,
		"In February 2024 [Oleg Petrov] applied for asylum in [Georgia].",
		"The ministry rejected the claim in June, and the [Tbilisi City Court] upheld the refusal in October.")
	got := map[string]bool{}
	for _, e := range Events(doc) {
		got[evString(e)] = true
	}
	checkFound(t, got, []string{"CourtRuling agent=Tbilisi City Court location=Tbilisi date=2024-10"}, nil)
}

// Single-sentence event rules of the session of 2026-12-08, each with the
// events it must and must not give (published 2025-02-03).
func TestEventReadings(t *testing.T) {
	for _, tc := range []struct {
		name      string
		ents      []ent
		sentences []string
		want, not []string
	}{
		{
			// "a military court in Rostov-on-Don" rules unnamed, where it
			// sits; a court with a name is the ruling's agent
			name: "a court the text only describes",
			ents: []ent{"military court in Rostov-on-Don|Organization", "Rostov-on-Don|Place|RU", "Tver Garrison Military Court|Organization", "Tver|Place|RU"},
			sentences: []string{"A [military court in Rostov-on-Don] sentenced [Ivan Sokolov] to six years in a penal colony in August 2024.",
				"The [Tver Garrison Military Court] sentenced [Oleg Petrov] to five years in January."},
			want: []string{"CourtRuling subject=Ivan Sokolov location=Rostov-on-Don date=2024-08",
				"CourtRuling agent=Tver Garrison Military Court subject=Oleg Petrov location=Tver date=2025-01"},
			not: []string{"CourtRuling agent=military court in Rostov-on-Don subject=Ivan Sokolov location=Rostov-on-Don date=2024-08"},
		},
		{
			// "claims in Europe" is a figure of no one country (the gold
			// marks regions optional)
			name: "a world region is no event's destination",
			ents: []ent{"Europe|Place"},
			sentences: []string{"[Russian|~Russia] citizens lodged about 10,000 asylum applications in [Europe] in 2024.",
				"[Oleg Petrov] applied for asylum in [Georgia] in May."},
			want: []string{"AsylumApplication origin=Russia count=10000 (about) date=2024", "AsylumApplication destination=Georgia date=2024-05"},
			not:  []string{"AsylumApplication origin=Russia destination=Europe count=10000 (about) date=2024"},
		},
		{
			name: "soldiers who fled the war deserted; families who fled it left",
			sentences: []string{"A volunteer project in [Tbilisi] houses [Russian|~Russia] families who had fled the war.",
				"[Georgia] granted visas to four [Russian|~Russia] soldiers who fled the war."},
			want: []string{"Desertion origin=Russia count=4", "Emigration origin=Russia"},
			not:  []string{"Desertion origin=Russia"},
		},
		{
			name:      "the army men deserted from is not who reported the figure",
			ents:      []ent{"Russian armed forces|Organization"},
			sentences: []string{"Only 312 of last year's applicants told interviewers that they had deserted from the [Russian armed forces|Russian armed forces], the ministry said."},
			want:      []string{"Desertion origin=Russia count=312 date=2024"},
			not:       []string{"Desertion origin=Russia source=Russian armed forces count=312 date=2024"},
		},
		{
			// "left his unit in October and crossed into X in November"
			// crossed in November
			name:      "a date before the cue across a bare \"and\" dates the verb before it",
			sentences: []string{"[Oleg Petrov] walked away from his regiment in October and crossed into [Georgia] near the mountain village of Stepantsminda in November."},
			want:      []string{"Emigration destination=Georgia date=2024-11"},
			not:       []string{"Emigration destination=Georgia date=2024-10"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := testDoc(t, time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC), append(tc.ents, eventEnts...), tc.sentences...)
			got := map[string]bool{}
			for _, e := range Events(doc) {
				got[evString(e)] = true
			}
			checkFound(t, got, tc.want, tc.not)
		})
	}
}

// Removals told by the flight out ("put them on planes to Moscow", a
// place kept as written), by "hands X, a …, back to", and a removal told
// on with "and put on a flight" is the one already read.
func TestRemovalsByFlight(t *testing.T) {
	ents := append([]ent{"Moscow|Place|RU", "Uzbekistan|Country|UZ", "Kyrgyzstan|Country|KG", "Bishkek|Place|KG"}, eventEnts...)
	doc := testDoc(t, time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC), ents,
		"Police in [Uzbekistan] detained three [Russian|~Russia] deserters this spring and put them on planes to [Moscow].",
		"In 2024 [Kyrgyzstan] handed [Ivan Sokolov], a 25-year-old contract soldier, back to [Russia].",
		"[Oleg Petrov] was handed over to [Russian|~Russia] officers at the airport in [Bishkek] on Tuesday and put on a flight to [Moscow].")
	var got []string
	seen := map[string]bool{}
	for _, e := range Events(doc) {
		if e.Kind == "Deportation" {
			got = append(got, evString(e))
			seen[evString(e)] = true
		}
	}
	checkFound(t, seen, []string{"Deportation agent=Uzbekistan origin=Uzbekistan destination=Moscow count=3 date=2025",
		"Deportation agent=Kyrgyzstan subject=Ivan Sokolov origin=Kyrgyzstan destination=Russia date=2024"}, nil)
	if len(got) != 3 {
		t.Errorf("want three removals, got %q", got)
	}
}

// "them" with no group before it is no named person: the officer who
// hands people over is not the one handed over.
func TestThemIsNoNamedPerson(t *testing.T) {
	ents := append([]ent{"Immigration Service|Organization"}, eventEnts...)
	doc := testDoc(t, time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC), ents,
		"[Oleg Petrov] commands the border station.",
		"Our job is to register them, check their identity and hand them over to the police and the [Immigration Service].")
	for _, e := range Events(doc) {
		if e.Subject == "Oleg Petrov" {
			t.Errorf("the officer read as the one handed over: %s", evString(e))
		}
	}
}

// A body returned home is no deportation; a person named inside the cue is
// who is sent back; a case "against him" is his.
func TestReturnsAndCases(t *testing.T) {
	doc := testDoc(t, time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC), eventEnts,
		"[Oleg Petrov] died in [Tbilisi] in January.",
		"His body was returned to [Yerevan] on 31 January.",
		"In August 2023 investigators opened a criminal case against him.",
		"[Armenia] sent [Ivan Sokolov] back to [Russia] in March 2024.",
		"[Pavel Ilyin] hid at his aunt's house.",
		"A criminal case for desertion was opened against him in the summer of 2024.",
		"[Viktor Marov] was mobilised in 2022.",
		"In June 2023, after weeks of shelling, he decided to desert.",
		"[Ivan Sokolov], a sailor who left his ship in May 2024, now lives in [Serbia].",
		"[Pavel Ilyin] finally made it to [Armenia] in June 2024.",
		"[Viktor Marov] hid for months.",
		"He reached [Georgia] in August 2024.")
	got := map[string]bool{}
	for _, e := range Events(doc) {
		got[evString(e)] = true
		if e.Kind == "Deportation" && e.Destination == "Yerevan" {
			t.Errorf("a body is not deported: %s", evString(e))
		}
	}
	checkFound(t, got, []string{
		"CriminalCase subject=Oleg Petrov date=2023-08",
		"Deportation agent=Armenia subject=Ivan Sokolov origin=Armenia destination=Russia date=2024-03",
		"CriminalCase subject=Pavel Ilyin date=2024",
		"Desertion subject=Viktor Marov origin=Russia date=2023-06", "Desertion subject=Ivan Sokolov origin=Russia date=2024-05",
		"Emigration destination=Armenia date=2024-06", "Emigration destination=Georgia date=2024-08"}, nil)
}

// Precision: moves inside a country, an interviewer, a count of interviews
// and the flight of those a return is told of are no events of their own.
func TestNotEvents(t *testing.T) {
	ents := append([]ent{"Radio North|Organization", "Anna Berg|Person"}, eventEnts...)
	for _, tc := range []struct {
		name     string
		sentence string
		not      string // kind, or kind and a participant, that must not be read
	}{
		{"a move on to cities", "Most of those arrivals moved on to [Tbilisi] or [Yerevan] within weeks.", "Emigration"},
		{"a presenter speaking to a soldier is no source", "Presenter [Anna Berg] spoke to a former [Russian|~Russia] soldier who deserted in 2024.", "Desertion origin=Russia source=Anna Berg"},
		{"interviews are no verdicts", "[Exit Watch] combined court registries, published verdicts and 212 interviews with deserters in [Russia].", "CourtRuling location=Russia count=212"},
		{"an expected figure is no event", "The ministry said it expected around 5,000 asylum applications in [Norway] in 2025.", "AsylumApplication"},
		{"seizing a town detains no one", "Rebels seized the town of [Izium] and two villages in May.", "Detention"},
		{"those returned had fled", "At least 27 deserters who had fled the country were returned to [Russia]: 11 from [Kazakhstan].", "Emigration"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := testDoc(t, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), ents, tc.sentence)
			for _, e := range Events(doc) {
				if g := evString(e); strings.HasPrefix(g, tc.not) {
					t.Errorf("unexpected %q", g)
				}
			}
		})
	}
}

// Figures listed by period after a comma share the statistic counted
// first; months listed in order share one year, the last one's before
// publication.
func TestFigureSeries(t *testing.T) {
	for _, tc := range []struct {
		name      string
		published time.Time
		sentence  string
		want      []string
	}{
		{
			name:      "years after commas",
			published: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC),
			sentence:  "[Russian|~Russia] military courts handed down 11 verdicts for desertion in 2022, 62 in 2023, 176 in 2024.",
			want: []string{"CourtRuling location=Russia count=11 date=2022", "CourtRuling location=Russia count=62 date=2023",
				"CourtRuling location=Russia count=176 date=2024"},
		},
		{
			name:      "a qualified figure after 'and' continues the series",
			published: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC),
			sentence:  "[Russian|~Russia] citizens lodged about 15,300 asylum applications in 2024, against 16,900 in 2023 and almost 17,400 in 2022.",
			want: []string{"AsylumApplication origin=Russia count=15300 (about) date=2024", "AsylumApplication origin=Russia count=16900 date=2023",
				"AsylumApplication origin=Russia count=17400 (almost) date=2022"},
		},
		{
			name:      "those who applied, out of whom some were granted protection",
			published: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC),
			sentence:  "[Sweden] granted protection to 212 [Russian|~Russia] citizens, out of about 900 who applied.",
			want:      []string{"AsylumGrant agent=Sweden origin=Russia count=212", "AsylumApplication origin=Russia destination=Sweden count=900 (about)"},
		},
		{
			name:      "claims a state body recorded, by nationality",
			published: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC),
			sentence:  "The [Norwegian Immigration Directorate] recorded 118 [Russian|~Russia] applications in 2024.",
			want:      []string{"AsylumApplication origin=Russia destination=Norway source=Norwegian Immigration Directorate count=118 date=2024"},
		},
		{
			name:      "a court's count is not located where the war is fought",
			published: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC),
			sentence:  "For desertion, the [Moscow city court] led with 29 verdicts in 2024, reflecting its proximity to the units fighting in [Ukraine].",
			want:      []string{"CourtRuling agent=Moscow city court count=29 date=2024"},
		},
		{
			name:      "months up to the one of publication are last year's",
			published: time.Date(2025, 2, 11, 0, 0, 0, 0, time.UTC),
			sentence:  "[Germany] registered 341 asylum applications from [Russians|~Russia] in January, 287 in February and 301 in March.",
			want: []string{"AsylumApplication origin=Russia destination=Germany count=341 date=2024-01",
				"AsylumApplication origin=Russia destination=Germany count=287 date=2024-02",
				"AsylumApplication origin=Russia destination=Germany count=301 date=2024-03"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, e := range Events(testDoc(t, tc.published, eventEnts, tc.sentence)) {
				got[evString(e)] = true
			}
			checkFound(t, got, tc.want, nil)
		})
	}
}
