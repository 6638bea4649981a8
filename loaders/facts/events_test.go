package facts

import (
	"strings"
	"testing"
	"time"
)

var eventEnts = []ent{"Russia|Country|RU", "Ukraine|Country|UA", "Finland|Country|FI", "Norway|Country|NO",
	"Poland|Country|PL", "Germany|Country|DE", "Serbia|Country|RS", "Israel|Country|IL", "Montenegro|Country|ME",
	"Armenia|Country|AM", "Exit Watch|Organization", "Russian army|Organization", "Ivan Sokolov|Person",
	"Oleg Petrov|Person", "Izium|Place|UA", "Tbilisi|Place|GE", "Helsinki airport|Place|FI", "Helsinki|Place|FI",
	"Moscow city court|Organization", "Data Desk|Organization", "Europe|Place",
	"Latvia|Country|LV", "Estonia|Country|EE", "Georgia|Country|GE", "Kremlin|Organization", "Viktor Marov|Person",
	"Pavel Ilyin|Person", "Yerevan|Place|AM", "Russian border police|Organization", "Federal Migration Office|Organization",
	"Tallinn|Place|EE", "Sweden|Country|SE", "Denmark|Country|DK", "Kazakhstan|Country|KZ",
	"Norwegian Immigration Directorate|Organization|NO", "Anna Berg|Person", "Schiphol airport|Place",
	"National Appeals Court|Organization", "European Union|Organization", "Samara|Place|RU", "Kazakh police|Organization",
	"412th Rifle Regiment|Organization", "Statstat|Organization", "Statistical Committee|Organization",
	"Italy|Country|IT", "France|Country|FR", "Italian embassy in Tbilisi|Organization|IT", "Portugal|Country|PT", "Migration Agency|Organization|PT",
	"Atyrau|Place|KZ", "Istanbul|Place|TR", "Mexico City|Place|MX", "Sochi|Place|RU",
	"Belarus|Country|BY", "Storskog|Place|NO", "European Union Agency for Asylum|Organization",
	"Immigration and Customs Enforcement|Organization", "United States|Country|US", "Russia's Ministry of Labour|Organization|RU",
	"Almaty|Place|KZ", "Lima|Place|PE", "Tbilisi police|Organization", "Kaliningrad|Place|RU", "Panemune checkpoint|Place|LT", "Soviet Union|Country|SU", "Chacalluta crossing|Place", "Tacna|Place|PE", "Arica|Place|CL"}

func TestEvents(t *testing.T) {
	pub := time.Date(2023, 5, 10, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name      string
		published time.Time
		sentences []string
		want      []string // evString of events that must be found
		not       []string // kinds (or evStrings) that must not be found
	}{
		{
			name:      "invasion, and the war's start dated from context",
			sentences: []string{"[Russia]'s full-scale invasion of [Ukraine] changed everything.", "Since the war began in March 2022, many have left."},
			want:      []string{"Invasion agent=Russia location=Ukraine date=2022-03"},
			not:       []string{"Invasion agent=Russia location=Ukraine"}, // the undated repeat merges into the dated one
		},
		{
			name: "removals counted as a part of those held, sent 'to A from B', and out of the state that sends them",
			sentences: []string{"[Serbia] handed over 14 of the 18 men it held.",
				"At least three men were sent to [Russia] from [Tbilisi] after their permits were cancelled.",
				"[Kazakhstan] has deported at least one deserter back to [Russia]."},
			want: []string{"Deportation agent=Serbia origin=Serbia count=14",
				"Deportation agent=Georgia origin=Georgia destination=Russia count=3 (at least)",
				"Deportation agent=Kazakhstan origin=Kazakhstan destination=Russia count=1 (at least)"},
			not: []string{"Deportation agent=Serbia origin=Serbia count=18", "Deportation agent=Serbia origin=Serbia count=14 (more than)"},
		},
		{
			name: "a case opened against someone in a town is located there, not where the people live",
			sentences: []string{"[Russia]'s investigators opened a criminal case against [Ivan Sokolov] in [Izium] in 2023.",
				"[Russia] has opened criminal cases in absentia against deserters living in [Tbilisi]."},
			want: []string{"CriminalCase subject=Ivan Sokolov location=Izium date=2023"},
			not:  []string{"CriminalCase subject=Ivan Sokolov location=Russia", "CriminalCase location=Tbilisi"},
		},
		{
			name:      "a second figure for part of a period; crossing the land border into a country; 'N of them' crossing the subject state's border",
			published: time.Date(2024, 9, 20, 12, 0, 0, 0, time.UTC),
			sentences: []string{"[Germany] received about 1,200 asylum applications from [Russians|~Russia] in 2023 and more than 700 in the first eight months of this year.",
				"More than 9,000 [Russians|~Russia] crossed the land border into [Norway] in a week.",
				"[Finland] stopped issuing visas to [Russians|~Russia] on 30 September 2022, days after more than 17,000 of them crossed the land border in a single weekend."},
			want: []string{"AsylumApplication origin=Russia destination=Germany count=700 (more than) date=2024",
				"Emigration origin=Russia destination=Norway count=9000 (more than)",
				"Emigration origin=Russia destination=Finland count=17000 (more than) date=2022-09-30"},
		},
		{
			name:      "countries passed through, or a former state, are no destination",
			published: pub,
			sentences: []string{"According to his lawyer, [Oleg Petrov] left his unit in February 2023 while on sick leave, travelled through [Belarus] and [Serbia], and entered [Montenegro] in April 2023.",
				"Most of the people the group assisted first went to countries of the former [Soviet Union]."},
			not: []string{"Emigration destination=Belarus date=2023-02", "Emigration destination=Serbia date=2023-02", "Emigration destination=Soviet Union"},
		},
		{
			name: "a removal asked for, or one nobody suffered, is none",
			sentences: []string{"[Russia] has asked [Kazakhstan] to extradite [Oleg Petrov], his lawyer said.",
				"The government of [Germany] said nobody had been returned to [Russia] during the year."},
			not: []string{"Deportation agent=Kazakhstan subject=Oleg Petrov origin=Kazakhstan", "Deportation agent=Germany origin=Germany destination=Russia"},
		},
		{
			name:      "a call-up named in a fear or a charge is none told",
			sentences: []string{"The [Refugee Appeals Board|Federal Migration Office] has ruled that fear of mobilisation alone is not enough for protection in [Denmark]."},
			not:       []string{"Mobilization", "Mobilization agent=Denmark location=Denmark"},
		},
		{
			name:      "a grant no one received is none",
			sentences: []string{"At least 14 [Russian|~Russia] servicemen have sought asylum in [Georgia] since 2022, and none has been granted protection, [Oleg Petrov] said."},
			not:       []string{"AsylumGrant agent=Georgia origin=Russia source=Oleg Petrov"},
		},
		{
			name: "a call-up men faced or cited in their claims is none told",
			sentences: []string{"[Germany] issued 900 humanitarian visas to [Russian|~Russia] men in 2024, many of them to men facing call-up.",
				"Last year [Georgia] protected about 120 [Russian|~Russia] men who cited mobilisation in their applications."},
			not: []string{"Mobilization agent=Russia location=Russia date=2024", "Mobilization agent=Russia location=Russia date=2022"},
		},
		{
			name:      "no one asks his own people's state for asylum; where a claim was made is no origin of it",
			published: time.Date(2025, 10, 10, 12, 0, 0, 0, time.UTC),
			sentences: []string{"[Russia] invaded [Ukraine] in 2022.",
				"[Oleg Petrov], 27, a former contract soldier of the [Russian army], left his unit in 2024 and spent almost a year in hiding in [Kaliningrad] before crossing on foot at the [Panemune checkpoint] in August 2025 and asking for protection.",
				"[Ivan Sokolov], a soldier who left his unit and flew to [Atyrau] in 2023, was deported from [Kazakhstan] in February 2024 after his request for refugee status was rejected."},
			want: []string{"AsylumApplication destination=Kazakhstan date=2024-02"},
			not:  []string{"AsylumApplication destination=Russia date=2025-08", "AsylumApplication origin=Kazakhstan destination=Kazakhstan date=2024-02"},
		},
		{
			name: "desertion named as an offence in law, or in a threat to anyone who deserts, is no desertion",
			sentences: []string{"Under [Russian|~Russia] law, desertion in wartime is punishable by up to 15 years in prison.",
				"Courts publish verdicts under Article 338 (desertion) of the Criminal Code.",
				"[Oleg Petrov] warned that anyone who abandoned his position would be treated as a traitor."},
			not: []string{"Desertion origin=Russia", "Desertion origin=Russia count=338", "Desertion subject=Oleg Petrov origin=Russia"},
		},
		{
			name: "fleeing a call-up for the war in a country goes nowhere there; coming back from the war is no emigration",
			sentences: []string{"[Russia] invaded [Ukraine] in 2022.",
				"A court approved the extradition of a [Russian|~Russia] man who fled mobilisation for the war in [Ukraine].",
				"His brother came back from [Ukraine] in a coffin."},
			not: []string{"Emigration origin=Russia destination=Ukraine", "Emigration origin=Ukraine"},
		},
		{
			name:      "held by a city's police: in that city",
			sentences: []string{"[Tbilisi police] held [Oleg Petrov] for eleven hours.", "The [Tbilisi police] are based in [Tbilisi]."},
			want:      []string{"Detention subject=Oleg Petrov location=Tbilisi"},
		},
		{
			name:      "desertion named by a judge is no desertion of hers",
			published: pub,
			sentences: []string{"Judge [Anna Berg] of the [National Appeals Court] heard the case.",
				"In June, a single judge of the [National Appeals Court], Judge [Anna Berg], found that all conditions for extradition had been fulfilled, noting that desertion is also a criminal offence under [Estonian|~Estonia] law."},
			not: []string{"Desertion subject=Anna Berg origin=Russia date=2022-06"},
		},
		{
			name:      "asylum asked 'there': in the country named before, not a stop on the way",
			published: pub,
			sentences: []string{"In December [Germany] gave [Oleg Petrov] a visa, and in January he applied for asylum there.",
				"[Ivan Sokolov], who reached [France] through [Georgia] and [Serbia], applied for asylum there in 2022."},
			want: []string{"AsylumApplication destination=Germany date=2023-01", "AsylumApplication destination=France date=2022"},
			not:  []string{"AsylumApplication destination=Serbia date=2022"},
		},
		{
			name:      "one carried across the border emigrated",
			published: pub,
			sentences: []string{"[Oleg Petrov] is a [Russian|~Russia] deserter.", "In August a friend drove him across the border into [Kazakhstan]."},
			want:      []string{"Emigration destination=Kazakhstan date=2022-08"},
		},
		{
			name:      "'X followed on 30 September': a day before its month, in the story's year",
			published: time.Date(2024, 3, 14, 12, 0, 0, 0, time.UTC),
			sentences: []string{"[Estonia] and [Latvia] stopped admitting [Russians|~Russia] with tourist visas on 19 September 2022.", "[Finland] followed on 30 September."},
			want:      []string{"EntryRefusal agent=Finland origin=Russia date=2022-09-30"},
		},
		{
			name:      "a state acts past its own relative clause",
			published: pub,
			sentences: []string{"Outside the EU, [Norway], whose only crossing with [Russia] is at [Storskog] in the Arctic north, has kept the checkpoint open but stopped admitting [Russian|~Russia] tourists in May 2022."},
			want:      []string{"EntryRefusal agent=Norway origin=Russia date=2022-05"},
		},
		{
			name: "wanted at home: put on a state's wanted list, or wanted where he may be sent",
			sentences: []string{"By then [Oleg Petrov] had been put on [Russia]'s wanted list for desertion.",
				"A court ruled that [Ivan Sokolov] can be handed over to [Russia], where he is wanted for evading the call-up."},
			want: []string{"CriminalCase subject=Oleg Petrov location=Russia", "CriminalCase subject=Ivan Sokolov location=Russia"},
		},
		{
			name:      "claims filed and counted; men transferred to another state",
			published: pub,
			sentences: []string{"Across the [European Union], [Russians|~Russia] filed about 11,000 first-time applications in 2022, according to [Data Desk].",
				"Four [Russian|~Russia] men had been transferred to [Poland] so far this year, [Exit Watch] said."},
			want: []string{"AsylumApplication origin=Russia destination=European Union source=Data Desk count=11000 (about) date=2022",
				"Deportation destination=Poland source=Exit Watch count=4 date=2023"},
		},
		{
			name:      "leaving a named unit is a desertion; leaving a ministry or leaving with many men told in passing is none",
			published: pub,
			sentences: []string{"[Oleg Petrov] left the [412th Rifle Regiment] in November 2022.",
				"[Ivan Sokolov] left the [Federal Migration Office] in May.",
				"[Anna Berg] represents [Russian|~Russia] men who left the [Russian army]."},
			want: []string{"Desertion subject=Oleg Petrov origin=Russia date=2022-11"},
			not:  []string{"Desertion subject=Ivan Sokolov", "Desertion subject=Anna Berg origin=Russia"},
		},
		{
			name:      "a group's own report in the first person plural is the group's",
			published: pub,
			sentences: []string{"[Exit Watch] is a monitoring group.", "- We recorded 14 detentions of [Russian|~Russia] citizens abroad in March."},
			want:      []string{"Detention source=Exit Watch count=14 date=2023-03"},
		},
		{
			name:      "a refused extradition negates nothing in the apposition of the man it spares",
			published: pub,
			sentences: []string{"The court refused to extradite [Oleg Petrov], a [Russian|~Russia] programmer who moved to [Armenia] in October 2022."},
			want:      []string{"Emigration origin=Russia destination=Armenia date=2022-10"},
			not:       []string{"Deportation"},
		},
		{
			name:      "a desertion told in its own clause before a court's is an event",
			sentences: []string{"[Oleg Petrov] had fled his unit in [Samara], and a military court there later sentenced him to six years."},
			want:      []string{"Desertion subject=Oleg Petrov origin=Russia"},
		},
		{
			name:      "the person of a removal named in apposition to its noun",
			published: pub,
			sentences: []string{"In January, [Kazakhstan] deported another [Russian|~Russia] soldier, [Oleg Petrov], to [Russia]."},
			want:      []string{"Deportation agent=Kazakhstan subject=Oleg Petrov origin=Kazakhstan destination=Russia date=2023-01"},
		},
		{
			name: "asylum asked at a border crossing is not asked of the state the leg before led to",
			sentences: []string{"[Oleg Petrov] is a [Russian|~Russia] deserter.",
				"He flew from [Almaty] to [Lima], and in May 2023 asked for asylum at the [Chacalluta crossing] between [Tacna] and [Arica]."},
			want: []string{"AsylumApplication location=Chacalluta crossing date=2023-05"},
			not:  []string{"AsylumApplication destination=Lima location=Chacalluta crossing date=2023-05"},
		},
		{
			name:      "a call-up's figure after 'of'; a list line's year dates its bare months",
			published: time.Date(2025, 2, 11, 12, 0, 0, 0, time.UTC),
			sentences: []string{"[Russia] began the mobilisation of about 200,000 reservists in March 2023.",
				"- 2022: 400 verdicts, most of them after the call-up [Russia] announced in September;"},
			want: []string{"Mobilization agent=Russia location=Russia count=200000 (about) date=2023-03",
				"Mobilization agent=Russia location=Russia date=2022-09"},
			not: []string{"Mobilization agent=Russia location=Russia date=2024-09"},
		},
		{
			name: "the people a detention counts after its verb; days held are no count",
			sentences: []string{"In 2024 [Armenian|~Armenia] officers detained two deserters.",
				"Police detained [Ivan Sokolov] for two days in March 2023."},
			want: []string{"Detention location=Armenia count=2 date=2024", "Detention subject=Ivan Sokolov date=2023-03"},
			not:  []string{"Detention subject=Ivan Sokolov count=2"},
		},
		{
			name:      "a death takes its own date, not the one of a relative clause before it",
			sentences: []string{"[Ivan Sokolov], the conscript who crossed into [Armenia] in 2022, was found shot dead in [Tbilisi] on 3 March 2024."},
			want:      []string{"Death subject=Ivan Sokolov location=Tbilisi date=2024-03-03"},
			not:       []string{"Death subject=Ivan Sokolov location=Tbilisi date=2022"},
		},
		{
			name: "a named court with its acronym and seat, or a day, before the verb; the person it sentenced",
			sentences: []string{"In 2023 the [National Appeals Court] ([NAC|National Appeals Court]) in [Tallinn] ruled that deserters qualify.",
				"The [Moscow city court] on Monday sentenced [Ivan Sokolov] to six years.",
				"On Saturday the [National Appeals Court] found [Oleg Petrov] guilty of hooliganism."},
			want: []string{"CourtRuling agent=National Appeals Court location=Tallinn date=2023",
				"CourtRuling agent=Moscow city court subject=Ivan Sokolov", "CourtRuling agent=National Appeals Court subject=Oleg Petrov location=Tallinn"},
		},
		{
			name: "counted groups reaching several countries, going through one, travelling on to a union",
			sentences: []string{"According to [Data Desk], 271 of the soldiers the group helped first reached [Armenia] or [Georgia].",
				"Another 68 went through [Latvia].",
				"Later 94 men were able to travel on to the [European Union], where 61 lodged asylum applications."},
			want: []string{"Emigration destination=Armenia source=Data Desk", "Emigration destination=Georgia source=Data Desk",
				"Emigration destination=Latvia count=68", "Emigration destination=European Union count=94"},
			not: []string{"Emigration destination=European Union count=61"},
		},
		{
			name: "people turned back by count, refusals at crossings; a figure after \"the\" counts places, not people",
			sentences: []string{"In all, 153 [Russian|~Russia] citizens were refused entry at the three crossings in April.",
				"[Poland]'s guards turned back 318 travellers at [Helsinki airport] and 22 at its other posts.",
				"[Latvia]: 48 turned back at the [Estonian|~Estonia] border",
				"The [Federal Migration Office] of [Estonia] recorded 47 refusals at the rail crossing and 12 refusals at [Tallinn].",
				"The [Federal Migration Office] of [Estonia] recorded 11 refusals of asylum claims."},
			want: []string{"EntryRefusal origin=Russia count=153", "EntryRefusal agent=Poland count=318",
				"EntryRefusal agent=Estonia count=47", "EntryRefusal agent=Estonia count=12"},
			not: []string{"EntryRefusal origin=Russia count=3", "EntryRefusal agent=Estonia count=11", "EntryRefusal agent=Latvia origin=Estonia count=48"},
		},
		{
			name: "onward legs: a stop on the way ends no leg, a dated one starts its own",
			sentences: []string{"[Ivan Sokolov] is a [Russian|~Russia] deserter.",
				"In March 2023 he flew from [Atyrau] to [Istanbul], and from [Istanbul] to [Mexico City].",
				"On 14 May 2024 [Oleg Petrov] flew from [Sochi] to [Istanbul], and on 20 May from [Istanbul] to [Tbilisi]."},
			want: []string{"Emigration origin=Atyrau destination=Mexico City date=2023-03",
				"Emigration origin=Sochi destination=Istanbul date=2024-05-14", "Emigration origin=Istanbul destination=Tbilisi date=2024-05-20"},
			not: []string{"Emigration origin=Atyrau destination=Istanbul date=2023-03", "Emigration origin=Sochi destination=Tbilisi date=2024-05-14"},
		},
		{
			name:      "'X said he …' tells X's own acts: X is no source of them",
			sentences: []string{"[Oleg Petrov] said he went home on leave, took a bus to the border and later flew from [Samara] to [Yerevan]."},
			want:      []string{"Emigration origin=Samara destination=Yerevan"},
			not:       []string{"Emigration origin=Samara destination=Yerevan source=Oleg Petrov"},
		},
		{
			name: "a part that acts is counted ('22 of whom have reached'); a country left again is not left home",
			sentences: []string{"[Exit Watch] has helped 63 servicemen, 22 of whom have reached countries of the [European Union].",
				"More than 200,000 [Russians|~Russia] entered [Kazakhstan] in 2022, and about 147,000 of them had already left it again."},
			want: []string{"Emigration destination=European Union count=22"},
			not:  []string{"Emigration destination=European Union count=63", "Emigration origin=Russia count=147000 (about)"},
		},
		{
			name: "those who settled, counted where they live; 'here' is the speaking official's country",
			sentences: []string{"About 3,800 [Russian|~Russia] citizens are now registered as living in [Tbilisi], he said.",
				"[Anna Berg], [Estonia]'s interior minister, said some 9,000 [Russians|~Russia] live here legally.",
				"Many [Russians|~Russia] live in [Tallinn]."},
			want: []string{"Emigration origin=Russia destination=Tbilisi count=3800 (about)",
				"Emigration origin=Russia destination=Estonia source=Anna Berg count=9000 (about)"},
			not: []string{"Emigration origin=Russia destination=Tallinn", "Emigration origin=Russia destination=Georgia count=3800 (about)"},
		},
		{
			name: "court acts: frees, stops a deportation, orders an expulsion, hands a term 'from' the court; 'the court' is the one told before",
			sentences: []string{"A [Tbilisi] court frees [Ivan Sokolov] in March 2023.",
				"The [National Appeals Court] on 3 April 2023 stopped the deportation of [Oleg Petrov], his lawyer said.",
				"Private [Pavel Ilyin], 23, received seven years for desertion from the [Moscow city court] in February 2023.",
				"The [National Appeals Court] heard [Viktor Marov] in May 2023.", "In June 2023 the court granted [Viktor Marov] refugee status.",
				"\"The court decides, not the police,\" she said."},
			want: []string{"CourtRuling subject=Ivan Sokolov location=Tbilisi date=2023-03",
				"CourtRuling agent=National Appeals Court subject=Oleg Petrov date=2023-04-03",
				"CourtRuling agent=Moscow city court subject=Pavel Ilyin date=2023-02",
				"CourtRuling agent=National Appeals Court subject=Viktor Marov date=2023-06"},
			not: []string{"CourtRuling agent=National Appeals Court"},
		},
		{
			name: "refusals told in the passive, and a list of refusing states before its relative clause",
			sentences: []string{"At [Tallinn] in 2023, 312 [Russians|~Russia] were turned back.",
				"[Finland], [Estonia] and [Latvia], which all border [Russia], refuse [Russians|~Russia] who arrive with tourist visas."},
			want: []string{"EntryRefusal agent=Estonia origin=Russia count=312 date=2023", "EntryRefusal agent=Finland origin=Russia",
				"EntryRefusal agent=Estonia origin=Russia", "EntryRefusal agent=Latvia origin=Russia"},
			not: []string{"EntryRefusal agent=Russia"},
		},
		{
			name: "desertion told as vanishing from a training ground, fleeing one's unit, not returning to a numbered unit, refusing to go back",
			sentences: []string{"[Ivan Sokolov] vanished from a training ground near [Samara] in August 2023.",
				"[Oleg Petrov] had lived in [Tbilisi] since he fled his unit.",
				"[Pavel Ilyin] did not return to military unit 31612 after his leave expired in December 2022.",
				"[Viktor Marov] refused to return to [Ukraine] after home leave."},
			want: []string{"Desertion subject=Ivan Sokolov origin=Russia date=2023-08", "Desertion subject=Oleg Petrov origin=Russia",
				"Desertion subject=Pavel Ilyin origin=Russia date=2022-12", "Desertion subject=Viktor Marov origin=Russia"},
		},
		{
			name:      "a leg dated on its own is a leg of its own, though a later one follows in the sentence",
			sentences: []string{"[Ivan Sokolov] crossed into [Kazakhstan] in October 2022 and reached [Germany] the following month."},
			want:      []string{"Emigration destination=Kazakhstan date=2022-10", "Emigration destination=Germany date=2022-11"},
		},
		{
			name: "wanted for desertion is a criminal case against the man wanted, where it was brought ('in Russia', 'at home' for the people followed)",
			sentences: []string{"[Ivan Sokolov], a [Russian|~Russia] soldier, is wanted in [Russia] for leaving his unit.",
				"Police in [Tbilisi] detained [Oleg Petrov], who is wanted at home for desertion."},
			want: []string{"CriminalCase subject=Ivan Sokolov location=Russia", "CriminalCase subject=Oleg Petrov location=Russia"},
			not:  []string{"CriminalCase location=Georgia"},
		},
		{
			name: "people who left wait abroad: stuck in, remained in, spent months in; a stay is not dated by what ended it",
			sentences: []string{"Most [Russian|~Russia] deserters are stuck in [Kazakhstan] or [Armenia], the group said.",
				"Many had first spent months in [Georgia] before moving on in 2023.",
				"He had spent eight months fighting in [Ukraine]."},
			want: []string{"Emigration origin=Russia destination=Kazakhstan", "Emigration origin=Russia destination=Armenia", "Emigration origin=Russia destination=Georgia"},
			not:  []string{"Emigration origin=Russia destination=Georgia date=2023", "Emigration origin=Russia destination=Ukraine"},
		},
		{
			name: "journey legs: a town left for another, on from a stop, a hop between towns abroad as written; a stop is no claimant's origin",
			sentences: []string{"Many [Russians|~Russia] have gone abroad.",
				"[Ivan Sokolov] left [Samara] for [Yerevan] in March 2022, and moved to [Germany] later that year.",
				"[Oleg Petrov] travelled on from [Kazakhstan] to [Helsinki] in 2023 and applied for asylum.",
				"[Viktor Marov] flew from [Tbilisi] to [Yerevan] in April 2023."},
			want: []string{"Emigration origin=Samara destination=Yerevan date=2022-03", "Emigration origin=Yerevan destination=Germany date=2022-03",
				"Emigration origin=Kazakhstan destination=Helsinki date=2023", "AsylumApplication destination=Finland date=2023",
				"Emigration origin=Tbilisi destination=Yerevan date=2023-04"},
			not: []string{"Emigration origin=Samara destination=Germany date=2022-03", "AsylumApplication origin=Kazakhstan destination=Finland"},
		},
		{
			name: "a judge's sentence is the court's ruling on the defendant, not on the judge; \"gave him\" is the man named before",
			sentences: []string{"The [Moscow city court] sentenced four soldiers on Monday.",
				"Judge [Anna Berg] handed down the heaviest sentence to Private [Ivan Sokolov], 31.",
				"Judge [Viktor Marov] then heard the case of Corporal [Oleg Petrov].",
				"[Viktor Marov] gave him a two-year suspended sentence."},
			want: []string{"CourtRuling agent=Moscow city court subject=Ivan Sokolov", "CourtRuling agent=Moscow city court subject=Oleg Petrov"},
			not:  []string{"CourtRuling agent=Moscow city court subject=Anna Berg", "CourtRuling agent=Moscow city court source=Viktor Marov"},
		},
		{
			name: "a detention at a site, not the town after it; not at a place of the person's relative clause; police of a state deserters are not of",
			sentences: []string{"[Ivan Sokolov] flew home in May.",
				"He was detained on arrival at [Helsinki airport] in [Helsinki].",
				"In June [Kazakh police] detained [Oleg Petrov], a conscript who had slipped away from his unit in [Izium] and reached [Kazakhstan] weeks earlier."},
			want: []string{"Detention subject=Ivan Sokolov location=Helsinki airport", "Detention subject=Oleg Petrov",
				"Desertion subject=Oleg Petrov origin=Russia"},
			not: []string{"Detention subject=Oleg Petrov location=Izium", "Desertion subject=Oleg Petrov origin=Kazakhstan"},
		},
		{
			name:      "a claim lodged with a state body is made in that body's state",
			sentences: []string{"On 4 November [Ivan Sokolov] applied for asylum to the [Norwegian Immigration Directorate|Norwegian Immigration Directorate], which rejected it."},
			want:      []string{"AsylumApplication destination=Norway"},
		},
		{
			name:      "a case against her son is not a case against her",
			sentences: []string{"An officer came to tell [Anna Berg] that a criminal case had been opened against her son."},
			not:       []string{"CriminalCase subject=Anna Berg"},
		},
		{
			name: "charged him with desertion; investigators in a town open the case there; a case against someone in a month is dated by it",
			sentences: []string{"[Ivan Sokolov], a soldier, fled to [Armenia].",
				"Back home, military investigators charged him with desertion in November 2022.",
				"Military investigators in [Izium] opened a criminal case against [Oleg Petrov] in April 2023."},
			want: []string{"CriminalCase subject=Ivan Sokolov date=2022-11", "CriminalCase subject=Oleg Petrov location=Izium date=2023-04"},
		},
		{
			name:      "a court that authorised an extradition rules; a story of bare months goes on from the last year told",
			published: time.Date(2025, 6, 17, 12, 0, 0, 0, time.UTC),
			sentences: []string{"[Ivan Sokolov] applied for asylum in [Armenia] from his cell in February 2024.",
				"The migration service rejected the claim in April.",
				"In June the [Moscow city court] authorised the extradition.",
				"He was detained there on October 9, [Anna Berg] said of the case she opened in March 2023."},
			want: []string{"CourtRuling agent=Moscow city court date=2024-06"},
			not:  []string{"CourtRuling agent=Moscow city court date=2025-06"},
		},
		{
			name:      "a group's count of deserters helped to get to a country is a counted emigration there",
			sentences: []string{"Since October [Exit Watch] has helped 19 deserters get to [Armenia]."},
			want:      []string{"Emigration destination=Armenia count=19"},
		},
		{
			name: "a group's count of soldiers helped to escape, or assisted in leaving the army, is a counted desertion from the war's army",
			sentences: []string{"[Russia]'s full-scale invasion of [Ukraine] began in 2022.",
				"[Exit Watch] says it has helped more than 1,000 soldiers escape.",
				"[Data Desk] has assisted 486 soldiers and officers in leaving the [Russian army] since 2022."},
			want: []string{"Desertion origin=Russia source=Exit Watch count=1000 (more than)", "Desertion origin=Russia count=486"},
		},
		{
			name: "visas obtained from a state, won, or issued by it as told after the visa",
			sentences: []string{"In February 2023 [Ivan Sokolov] obtained a short-stay visa from [Finland] to visit a friend.",
				"In March 2023 the family won [German|~Germany] humanitarian visas.",
				"[Viktor Marov] boarded a flight on a humanitarian visa that [Norway] had issued to him."},
			want: []string{"VisaGrant agent=Finland date=2023-02", "VisaGrant agent=Germany date=2023-03", "VisaGrant agent=Norway"},
		},
		{
			name:      "servicemen sent back to a country, counted",
			sentences: []string{"Lawyers have documented at least seven servicemen sent back to [Russia] from [Kazakhstan] since 2023."},
			want:      []string{"Deportation agent=Kazakhstan origin=Kazakhstan destination=Russia count=7 (at least)"},
		},
		{
			name: "handed over to a body of the country he is in is custody, not a removal",
			sentences: []string{"[Ivan Sokolov] asked for asylum in [Norway] in March.",
				"He was handed over to the [Norwegian Immigration Directorate|Norwegian Immigration Directorate] the same day."},
			not: []string{"Deportation"},
		},
		{
			name:      "a year before the call-up dates it, not the day of the sentence",
			sentences: []string{"Officials in [Russia] ran the 2022 mobilisation in haste, [Anna Berg] wrote on 3 May 2024."},
			want:      []string{"Mobilization agent=Russia location=Russia date=2022"},
		},
		{
			name:      "a court siding with one party rules",
			sentences: []string{"Last year the [Moscow city court] sided with the prosecutors."},
			want:      []string{"CourtRuling agent=Moscow city court"},
		},
		{
			name: "a ruling reported after the clause it rules on is no hypothesis; a 'might' before a bare comma still is",
			sentences: []string{"The board must reconsider the case, the [National Appeals Court] ruled on Tuesday.",
				"The same man might be a refugee in [Germany], turned back at the [Norwegian|~Norway] border."},
			want: []string{"CourtRuling agent=National Appeals Court"},
			not:  []string{"EntryRefusal"},
		},
		{
			name:      "applications for refugee status",
			sentences: []string{"[Armenia] received 96 applications for refugee status from [Russian|~Russia] citizens last year."},
			want:      []string{"AsylumApplication origin=Russia destination=Armenia count=96"},
		},
		{
			name: "'according to the directorate' names the directorate named before, not the last speaker",
			sentences: []string{"The [Norwegian Immigration Directorate] has processed 57 requests.",
				"The rules are strict, [Anna Berg] said.",
				"Of the 57, 49 have applied for asylum in [Norway], according to the directorate."},
			want: []string{"AsylumApplication destination=Norway source=Norwegian Immigration Directorate count=49"},
			not:  []string{"AsylumApplication destination=Norway source=Anna Berg count=49"},
		},
		{
			name: "border closures: every crossing closed, a border closed since a date",
			sentences: []string{"[Norway] closed every crossing on its land border with [Russia] in December 2023.",
				"[Finland], whose land border with [Russia] has been closed since November 2023, says the same."},
			want: []string{"EntryRefusal agent=Norway origin=Russia date=2023-12", "EntryRefusal agent=Finland origin=Russia date=2023-11"},
		},
		{
			name:      "a case opened by a state's body is in that state, not where the accused lives",
			sentences: []string{"The [Russian border police] in March opened a criminal case against [Oleg Petrov], who now lives in [Germany]."},
			want:      []string{"CriminalCase subject=Oleg Petrov location=Russia"},
			not:       []string{"CriminalCase subject=Oleg Petrov location=Germany"},
		},
		{
			name:      "a death near a town is located there, not in the country after it",
			sentences: []string{"[Ivan Sokolov] was killed near [Izium] in [Ukraine] last week."},
			want:      []string{"Death subject=Ivan Sokolov location=Izium"},
			not:       []string{"Death subject=Ivan Sokolov location=Ukraine"},
		},
		{
			name:      "a date inside the cue's own relative clause still binds",
			sentences: []string{"[Russian|~Russia] reservists, who were called up in May 2022, reached [Armenia] within days."},
			want:      []string{"Mobilization agent=Russia location=Russia date=2022-05"},
		},
		{
			name:      "a tally of verdicts against soldiers who left their units is a count of rulings, not emigration",
			sentences: []string{"In [Russia], [Exit Watch] tallied more than 1,200 court verdicts in 2022 against servicemen who had left their units."},
			want:      []string{"CourtRuling location=Russia source=Exit Watch count=1200 (more than) date=2022"},
			not:       []string{"Emigration", "CriminalCase"},
		},
		{
			name: "a call-up named as the cause of a flight or a summons in hand is no mobilisation",
			sentences: []string{"A court in [Germany] ruled in 2023 that [Russian|~Russia] men who had escaped the call-up deserved protection.",
				"Many [Russians|~Russia] who dodged mobilisation settled in [Serbia] in 2022.",
				"Men who received call-up papers in [Finland] had to show a personal risk."},
			not: []string{"Mobilization"},
		},
		{
			name: "a detention told in the headline, of an unnamed deserter and of the named one is one event",
			sentences: []string{
				"Russian deserter detained in [Tbilisi]",
				"Police detained a [Russian|~Russia] army deserter at a rented flat in [Tbilisi], a local site reported.",
				"Officers arrested [Ivan Sokolov], 29, for overstaying his visa."},
			want: []string{"Detention subject=Ivan Sokolov location=Tbilisi"},
			not:  []string{"Detention location=Tbilisi"},
		},
		{
			name: "crossings of a border named with two adjectives are arrivals in the reporting body's country; '…, the ministry said' credits the ministry named before",
			sentences: []string{
				"The [Norwegian Immigration Directorate] says more than 7,000 [Russians|~Russia] crossed the eastern land border on Tuesday.",
				"The [Federal Migration Office] has updated its count: 5,300 [Russians|~Russia] entered [Germany] in May, the office said in a statement."},
			want: []string{"Emigration origin=Russia destination=Norway source=Norwegian Immigration Directorate count=7000 (more than)",
				"Emigration origin=Russia destination=Germany source=Federal Migration Office count=5300"},
		},
		{
			name: "grants counted as a part ('granted 95 of them'), as those granted to ('to 1,140 people'), as positive decisions; a negation in a closed relative clause negates nothing; 'It' after a body's sentence is that body",
			sentences: []string{
				"In [Poland], the office recorded 610 [Russian|~Russia] applicants and granted 95 of them refugee status.",
				"[Portugal]'s [Migration Agency] received 3,050 [Russian|~Russia] applications and granted protection at first instance to 1,140 people.",
				"[Italy], which has argued that fleeing is not grounds for asylum, granted protection to 35 of some 410 [Russians|~Russia].",
				"[Data Desk] counted roughly 4,100 positive first-instance decisions for [Russians|~Russia] in 2024.",
				"The [Norwegian Immigration Directorate] received 196 applications in 2024.",
				"It granted asylum in 38 cases in 2024."},
			want: []string{"AsylumGrant agent=Poland origin=Russia count=95", "AsylumGrant agent=Portugal count=1140",
				"AsylumGrant agent=Italy origin=Russia count=35", "AsylumGrant origin=Russia source=Data Desk count=4100 (about) date=2024",
				"AsylumGrant agent=Norway count=38 date=2024"},
			not: []string{"EntryRefusal agent=Italy origin=Russia"},
		},
		{
			name: "asking a state's police or guards for protection is an application in that state; applicants counted after 'said'",
			sentences: []string{
				"In April [Ivan Sokolov] walked up to the crossing and asked [Norwegian|~Norway] border guards for asylum.",
				"The [Federal Migration Office] said at least 126 [Russian|~Russia] applicants in [Germany] had cited desertion in 2024."},
			want: []string{"AsylumApplication destination=Norway",
				"AsylumApplication origin=Russia destination=Germany source=Federal Migration Office count=126 (at least) date=2024"},
		},
		{
			name:      "a refusal counted with a qualifier of two words before the nationality",
			sentences: []string{"[Norwegian|~Norway] police have turned away more than 340 [Russians|~Russia] so far in 2023."},
			want:      []string{"EntryRefusal agent=Norway origin=Russia count=340 (more than) date=2023"},
		},
		{
			name:      "'X, together with Y and Z, has barred …': each country of the aside refuses as the subject does",
			sentences: []string{"Since 2022, [Latvia], together with [Estonia] and [Poland], has barred [Russian|~Russia] citizens from entering on tourist visas."},
			want:      []string{"EntryRefusal agent=Latvia origin=Russia", "EntryRefusal agent=Estonia origin=Russia", "EntryRefusal agent=Poland origin=Russia"},
		},
		{
			name: "detentions counted as a noun are held in the country heading their clause, and go on in a tally; a total broken down 'N in X' after a colon is in none of them",
			sentences: []string{
				"[Armenia] carried out the most detentions (41), followed by [Kazakhstan] (37) and [Georgia] (6).",
				"[Latvia] recorded 12 detentions and five deportations.",
				"Twenty-three people were detained abroad in 2024: 14 in [Kazakhstan], 6 in [Armenia] and 3 in [Georgia]."},
			want: []string{"Detention location=Armenia count=41", "Detention location=Kazakhstan count=37", "Detention location=Georgia count=6",
				"Detention location=Latvia count=12", "Detention location=Kazakhstan count=14 date=2024", "Detention location=Armenia count=6 date=2024",
				"Detention location=Georgia count=3 date=2024"},
			not: []string{"Detention location=Kazakhstan count=23 date=2024"},
		},
		{
			name:      "people of a nationality who crossed at a checkpoint arrived in the reporting body's country",
			sentences: []string{"The [Norwegian Immigration Directorate] says 7,800 [Russians|~Russia] crossed at the [Helsinki airport] in May."},
			want:      []string{"Emigration origin=Russia destination=Norway source=Norwegian Immigration Directorate count=7800"},
		},
		{
			name: "'the directorate' opening the cue's clause is the body named before, acting for its state",
			sentences: []string{
				"The [Norwegian Immigration Directorate] published its figures on Monday.",
				"In 2023 the directorate deported 412 [Russian|~Russia] citizens."},
			want: []string{"Deportation agent=Norway origin=Norway count=412 date=2023"},
		},
		{
			name: "a headline ruling naming no one sums up the ruling the body tells of a named court",
			sentences: []string{
				"[German|~Germany] court bars deportation of Russian deserter",
				"The [National Appeals Court] ruled on Monday that the man may stay in [Germany]."},
			want: []string{"CourtRuling agent=National Appeals Court location=Germany"},
			not:  []string{"CourtRuling location=Germany"},
		},
		{
			name: "'it' granted: the body that opens the sentence, not the state named after the cue",
			sentences: []string{
				"[Ivan Sokolov], a [Russian|~Russia] deserter, reached [Portugal].",
				"[Portugal]'s [Migration Agency] interviewed him twice, and in May 2025 it granted him refugee status, accepting that he faced prosecution in [Russia]."},
			want: []string{"AsylumGrant agent=Portugal date=2025-05"},
			not:  []string{"AsylumGrant agent=Russia date=2025-05"},
		},
		{
			name:      "a state that turned a person away refused him entry",
			sentences: []string{"A [Russian|~Russia] man was detained in [Yerevan] after [Georgia] turned him away."},
			want:      []string{"EntryRefusal agent=Georgia origin=Russia"},
		},
		{
			name: "a named person sentenced for desertion deserted, undated by the ruling",
			sentences: []string{
				"[Russian|~Russia] soldiers keep fleeing.",
				"In May 2025 the [Moscow city court] sentenced [Ivan Sokolov] in absentia to ten years for desertion."},
			want: []string{"Desertion subject=Ivan Sokolov origin=Russia"},
			not:  []string{"Desertion subject=Ivan Sokolov origin=Russia date=2025-05"},
		},
		{
			name: "a named person called a deserter deserted, undated by the sentence's other acts",
			sentences: []string{
				"[Russian|~Russia] soldiers keep crossing.",
				"In December 2023 police detained another deserter, 22-year-old [Ivan Sokolov], in [Tbilisi].",
				"[Oleg Petrov], a [Russian army|Russian army] deserter, was held in [Yerevan]."},
			want: []string{"Desertion subject=Ivan Sokolov origin=Russia", "Desertion subject=Oleg Petrov origin=Russia"},
			not:  []string{"Desertion subject=Ivan Sokolov origin=Russia date=2023-12"},
		},
		{
			name: "a detention at a site named after a town, and by police placed in a town before the verb",
			sentences: []string{
				"[Russian|~Russia] men queue at the border.",
				"Two men were detained by border guards at the [Samara] checkpoint.",
				"Police in [Tallinn] detained [Oleg Petrov] in May 2024."},
			want: []string{"Detention location=Samara count=2", "Detention subject=Oleg Petrov location=Tallinn date=2024-05"},
		},
		{
			name: "a case launched against a named man or him, and a man held somewhere charged with desertion; not soldiers so charged",
			sentences: []string{
				"[Ivan Sokolov], a [Russian|~Russia] soldier, deserted in 2023.",
				"In [Russia], a military investigator launched a desertion case against him in 2023.",
				"[Oleg Petrov] is now in pre-trial detention in [Samara], charged with desertion.",
				"[Anna Berg], a lawyer who has defended dozens of soldiers charged with desertion, spoke."},
			want: []string{"CriminalCase subject=Ivan Sokolov location=Russia date=2023", "CriminalCase subject=Oleg Petrov"},
			not:  []string{"CriminalCase subject=Anna Berg"},
		},
		{
			name: "a visa issued by a state or its embassy, given by it, or named by its demonym",
			sentences: []string{
				"[Russian|~Russia] deserters keep asking for visas.",
				"[Ivan Sokolov] reached [Italy] on a humanitarian visa issued by the [Italian embassy in Tbilisi] in August 2024.",
				"In January 2025 [Oleg Petrov] flew to Paris on a [French|~France] humanitarian visa.",
				"In May 2024 [Germany] issued [Viktor Marov] a humanitarian visa."},
			want: []string{"VisaGrant agent=Italy date=2024-08", "VisaGrant agent=France date=2025-01", "VisaGrant agent=Germany date=2024-05"},
		},
		{
			name: "a host's statistics of arrivals: a net inflow, people who arrived, immigrants from, people who crossed",
			sentences: []string{
				"[Georgia]'s statistics office, [Statstat], recorded a net inflow of about 62,000 [Russians|~Russia] in 2022.",
				"In neighbouring [Armenia], the [Statistical Committee] logged almost 50,000 [Russians|~Russia] who arrived in 2022.",
				"[Israel] registered almost 44,000 immigrants from [Russia] in 2022.",
				"[Kazakhstan] said that about 200,000 [Russians|~Russia] had crossed in the fortnight after the order.",
				"Tens of thousands of [Russians|~Russia] who arrived after the call-up must now leave [Latvia]."},
			want: []string{"Emigration origin=Russia destination=Georgia source=Statstat count=62000 (about) date=2022",
				"Emigration origin=Russia destination=Armenia source=Statistical Committee count=50000 (almost)",
				"Emigration origin=Russia destination=Israel count=44000 (almost) date=2022",
				"Emigration origin=Russia destination=Kazakhstan count=200000 (about)"},
			not: []string{"Emigration origin=Russia"},
		},
		{
			name: "desertion told as not going back: to a named unit, after leave, gone missing, slipped away",
			sentences: []string{
				"[Ivan Sokolov] did not return to the [412th Rifle Regiment] after home leave in May 2024.",
				"[Oleg Petrov] was given ten days' leave in January 2024 and never came back.",
				"[Viktor Marov] went missing from his base near Kursk in March 2023.",
				"In June 2023 [Pavel Ilyin] slipped away from his position during a rotation."},
			want: []string{"Desertion subject=Ivan Sokolov origin=Russia date=2024-05", "Desertion subject=Oleg Petrov origin=Russia date=2024-01",
				"Desertion subject=Viktor Marov origin=Russia date=2023-03", "Desertion subject=Pavel Ilyin origin=Russia date=2023-06"},
		},
		{
			name:      "a court's order about a soldier who, by his lawyer's account, deserted: the soldier deserted, not the lawyer",
			sentences: []string{"A court ordered the expulsion of [Ivan Sokolov], a contract soldier who, according to his lawyer [Anna Berg], had abandoned his unit in April."},
			want:      []string{"Desertion subject=Ivan Sokolov origin=Russia"},
			not:       []string{"Desertion subject=Anna Berg", "Desertion subject=Ivan Sokolov origin=Russia source=Anna Berg"},
		},
		{
			name: "deserters handed over or handed back, by authorities a demonym names, or in a passive that goes on",
			sentences: []string{
				"A report said that [Armenian|~Armenia] authorities had handed over at least three [Russian|~Russia] deserters to [Russia] in 2024.",
				"[Ivan Sokolov] was detained in [Serbia] and handed over to [Russia] in March 2025.",
				"In 2023 [Armenia] handed at least two soldiers back to [Russia]."},
			want: []string{"Deportation agent=Armenia origin=Armenia destination=Russia count=3 (at least) date=2024",
				"Deportation agent=Serbia subject=Ivan Sokolov origin=Serbia destination=Russia date=2025-03",
				"Deportation agent=Armenia origin=Armenia destination=Russia count=2 (at least) date=2023"},
		},
		{
			name: "officers who stopped or found a named man detained him",
			sentences: []string{
				"On 3 November, border officers stopped [Ivan Sokolov] at [Helsinki airport] as he was about to board a flight.",
				"Military police found [Oleg Petrov] in June at his mother's flat in [Tbilisi]."},
			want: []string{"Detention subject=Ivan Sokolov location=Helsinki airport", "Detention subject=Oleg Petrov location=Tbilisi"},
		},
		{
			name: "a soldier who surrendered to the other side deserted from his own army, not from the side he went to",
			sentences: []string{
				"A [Russian|~Russia] soldier has surrendered to [Ukrainian|~Ukraine] troops near [Izium] after calling a hotline."},
			want: []string{"Desertion origin=Russia"},
			not:  []string{"Desertion origin=Ukraine"},
		},
		{
			name:      "military police seizing a named deserter detain him",
			sentences: []string{"Military police seized a deserter, [Ivan Sokolov], in [Yerevan] in January 2024."},
			want:      []string{"Detention subject=Ivan Sokolov location=Yerevan date=2024-01"},
		},
		{
			name: "put on a flight home by police in a country: a deportation by that state to the city named",
			sentences: []string{
				"Police in [Armenia] detained [Oleg Petrov] in [Yerevan] and put him on a flight to [Helsinki], a local site reported."},
			want: []string{"Deportation agent=Armenia subject=Oleg Petrov origin=Armenia destination=Helsinki"},
		},
		{
			name: "deported by 'he' after a detention: the detained person, sent out of the country he was held in",
			sentences: []string{
				"[Oleg Petrov], a contract soldier, reached [Armenia] in May.",
				"In August police detained him in [Yerevan], and within two days he had been deported to [Russia]."},
			want: []string{"Deportation subject=Oleg Petrov origin=Armenia destination=Russia"},
		},
		{
			name: "'that September' and 'in September that year' take the year told before",
			sentences: []string{
				"[Russia] invaded [Ukraine] in February 2022, and its partial mobilisation that September drove men abroad.",
				"Courts handed down 400 verdicts in 2022, most after the call-up announced in October that year."},
			want: []string{"Mobilization agent=Russia location=Russia date=2022-09", "Mobilization agent=Russia location=Russia date=2022-10"},
			not:  []string{"Mobilization agent=Russia location=Russia date=2022-02", "Mobilization agent=Russia location=Russia date=2023-10"},
		},
		{
			name: "the state of the body reporting arrivals is not where deserters come from",
			sentences: []string{
				"The number of [Russian|~Russia] citizens seeking asylum in [Norway] rose to a record 1,274 last year, up from 806 in 2023, the [Norwegian Immigration Directorate] said on Tuesday, with a growing share of applicants telling officials they had deserted from the army or fled a call-up."},
			not: []string{"Desertion origin=Norway", "Desertion origin=Norway source=Norwegian Immigration Directorate"},
		},
		{
			name: "claims lodged in a city are claims in its country, also when a site follows",
			sentences: []string{
				"[Russians|~Russia] lodged their claims at the registration centre in [Helsinki], while 57 applied on arrival at [Helsinki airport]."},
			not: []string{"AsylumApplication origin=Russia destination=Helsinki location=Helsinki airport"},
		},
		{
			name: "a demonym naming the granting office or the place of a claim is no origin",
			sentences: []string{
				"[Oleg Petrov] applied for asylum in [Germany] the week he landed, and in July the [Federal Migration Office|Federal Migration Office], the [German|~Germany] refugee office, granted him refugee status."},
			want: []string{"AsylumApplication destination=Germany"},
			not:  []string{"AsylumApplication origin=Germany", "AsylumGrant origin=Germany"},
		},
		{
			name:      "troops crossing into a country invade it; no one emigrates",
			sentences: []string{"Three years after [Russian|~Russia] troops crossed into [Ukraine], many [Russians|~Russia] live in [Serbia]."},
			want:      []string{"Invasion agent=Russia location=Ukraine"},
			not:       []string{"Emigration origin=Russia destination=Ukraine"},
		},
		{
			name: "who tells that he asked for asylum is not the source of his own claim",
			sentences: []string{
				"[Oleg Petrov] landed in [Helsinki] in May.",
				"There [Oleg Petrov] told the police that he was a deserter and asked for asylum in [Finland]."},
			want: []string{"AsylumApplication destination=Finland"},
			not:  []string{"AsylumApplication destination=Finland source=Oleg Petrov"},
		},
		{
			name: "'he died' after a woman is named: the man told of before; who counts is not who is held",
			sentences: []string{
				"[Oleg Petrov] fled to [Georgia] in 2023.",
				"His lawyer, [Anna Berg], was waiting for a hearing when he died in [Tbilisi] in May.",
				"By [Ivan Sokolov]'s count, at least 14 [Russian|~Russia] servicemen have been detained in [Armenia]."},
			want: []string{"Death subject=Oleg Petrov location=Tbilisi", "Detention location=Armenia source=Ivan Sokolov count=14 (at least)"},
			not:  []string{"Death subject=Anna Berg location=Tbilisi"},
		},
		{
			name:      "countries that between them absorbed people each took them in",
			sentences: []string{"[Georgia], [Armenia] and [Kazakhstan] between them absorbed several hundred thousand [Russians|~Russia] within weeks."},
			want: []string{"Emigration origin=Russia destination=Georgia", "Emigration origin=Russia destination=Armenia",
				"Emigration origin=Russia destination=Kazakhstan"},
		},
		{
			name: "a unit moved to the front emigrates nowhere; a claim at an airport of no known country is made there",
			sentences: []string{
				"According to his family, his unit was moved to the [Izium] area in August 2024.",
				"From there he flew to [Schiphol airport], where he asked for asylum in August 2023."},
			not: []string{"Emigration", "AsylumApplication destination=Schiphol airport date=2023-08"},
		},
		{
			name:      "deported from a city: out of its country, by that state",
			sentences: []string{"In July [Oleg Petrov] was deported by the authorities from [Yerevan] and handed over to [Russian|~Russia] officers."},
			want:      []string{"Deportation agent=Armenia subject=Oleg Petrov origin=Armenia destination=Russia"},
			not:       []string{"Deportation subject=Oleg Petrov origin=Yerevan destination=Russia"},
		},
		{
			name: "turned back by a state's officers: that state refuses; 'in September of that year'",
			sentences: []string{
				"At the crossing we met [Oleg Petrov], 31, who was turned back by [Finnish|~Finland] officers although he held a visa.",
				"He was called up in 2022, after [Russia] ordered the mobilisation of reservists in September of that year."},
			want: []string{"EntryRefusal agent=Finland", "Mobilization agent=Russia location=Russia date=2022-09"},
			not:  []string{"EntryRefusal origin=Finland"},
		},
		{
			name: "dates told as offsets from another: 'two days later', 'a month after'",
			sentences: []string{
				"The first step came on 19 September 2022, when [Estonia] stopped admitting [Russians|~Russia].",
				"Two days later [Russia] announced a partial mobilisation."},
			want: []string{"Mobilization agent=Russia location=Russia date=2022-09-21"},
		},
		{
			name: "two states that granted, a list that kept borders closed, a state with a figure in its relative clause, a crossing shut",
			sentences: []string{
				"[Norway] and [Sweden] have granted protection to a few [Russian|~Russia] deserters, while [Finland], [Estonia] and [Latvia] have kept their borders largely closed to [Russian|~Russia] citizens.",
				"[Poland], which has a 232-kilometre border with [Belarus] and a 1,210-kilometre coast, has kept all of its crossings closed to [Russians|~Russia].",
				"[Norway] shut [Storskog], its last crossing with [Russia], to [Russian|~Russia] tourists."},
			want: []string{"AsylumGrant agent=Norway origin=Russia", "AsylumGrant agent=Sweden origin=Russia",
				"EntryRefusal agent=Finland origin=Russia", "EntryRefusal agent=Estonia origin=Russia", "EntryRefusal agent=Latvia origin=Russia",
				"EntryRefusal agent=Poland origin=Russia", "EntryRefusal agent=Norway origin=Russia"},
		},
		{
			name: "counted soldiers who left their units, or whom a group helped to desert, left the war's army",
			sentences: []string{
				"[Russia]'s invasion of [Ukraine] goes on.",
				"[Exit Watch] says it helped more than 1,500 servicemen to desert last year.",
				"Among its clients were 117 servicemen who had left their units.",
				"[Ivan Sokolov] left his airborne unit in June 2022."},
			want: []string{"Desertion origin=Russia source=Exit Watch count=1500 (more than)",
				"Desertion origin=Russia count=117", "Desertion subject=Ivan Sokolov origin=Russia date=2022-06"},
		},
		{
			name: "what a group does in general is no departure; applications taken in are claims, not arrivals",
			sentences: []string{
				"[Exit Watch], a volunteer group that helps soldiers leave [Russia], says it took 300 calls in May.",
				"[Germany], which took in 1,150 [Russian|~Russia] applications in 2024, approved just 90."},
			want: []string{"AsylumApplication origin=Russia count=1150 date=2024"},
			not:  []string{"Emigration"},
		},
		{
			name: "'a few days later' counts from the date before; a date in the next clause is that clause's",
			sentences: []string{
				"[Ivan Sokolov] deserted on 2 June 2024.",
				"A few days later he crossed into [Kazakhstan], and in August he flew on to [Armenia].",
				"[Oleg Petrov] crossed into [Georgia] by car, and in March he moved to [Armenia]."},
			want: []string{"Emigration destination=Kazakhstan date=2024-06-05", "Emigration destination=Georgia"},
			not:  []string{"Emigration destination=Kazakhstan date=2024-08", "Emigration destination=Georgia date=2024-03"},
		},
		{
			name:      "a count of detentions in a list of countries is in none of them",
			sentences: []string{"According to [Data Desk], at least 14 [Russians|~Russia] have been detained in [Kazakhstan], [Armenia] or [Georgia] since 2022."},
			want:      []string{"Detention source=Data Desk count=14 (at least)"},
			not:       []string{"Detention location=Kazakhstan source=Data Desk count=14 (at least)"},
		},
		{
			name: "dates told after the cue as the next day, or days later, from the date before it",
			sentences: []string{
				"[Ivan Sokolov] landed in [Helsinki] on 6 August 2024 and applied for asylum in [Finland] the next day.",
				"[Oleg Petrov] reached [Tbilisi] on 3 March 2024 and applied for asylum in [Georgia] two days later.",
				"[Viktor Marov] crossed into [Georgia] on 3 September 2024 and reached [Armenia] through the [Yerevan] checkpoint two days later."},
			want: []string{"AsylumApplication destination=Finland date=2024-08-07", "AsylumApplication destination=Georgia date=2024-03-05",
				"Emigration destination=Armenia date=2024-09-05"},
			not: []string{"AsylumApplication destination=Finland date=2024-08-06"},
		},
		{
			name: "a case opened by investigators named with their town is opened there",
			sentences: []string{
				"[Ivan Sokolov], a [Russian|~Russia] soldier, failed to return from leave.",
				"In September a military investigation unit in [Samara] opened a criminal case against him."},
			want: []string{"CriminalCase subject=Ivan Sokolov location=Samara"},
			not:  []string{"CriminalCase subject=Ivan Sokolov location=Russia"},
		},
		{
			name:      "a place that describes the town named after it ('the Black Sea city of X') is not where",
			sentences: []string{"[Ivan Sokolov] was found dead in the [Baltic|Europe] port city of [Tallinn] on 3 March 2024."},
			want:      []string{"Death subject=Ivan Sokolov location=Tallinn date=2024-03-03"},
			not:       []string{"Death subject=Ivan Sokolov location=Europe date=2024-03-03"},
		},
		{
			name: "an act told in a relative clause does not take the main clause's date; who asked for a detention is not where",
			sentences: []string{
				"On 3 April 2023 [Armenian|~Armenia] police detained [Ivan Sokolov], a [Russian|~Russia] who fled to [Georgia] to escape the call-up.",
				"[Oleg Petrov] was detained at the request of [Russia] on 3 March 2024."},
			want: []string{"Detention subject=Ivan Sokolov location=Armenia date=2023-04-03", "Detention subject=Oleg Petrov date=2024-03-03"},
			not:  []string{"Emigration destination=Georgia date=2023-04-03", "Detention subject=Oleg Petrov location=Russia date=2024-03-03"},
		},
		{
			name:      "a call-up a month before a departure in October is September's",
			sentences: []string{"[Oleg Petrov] left for [Armenia] in October 2022, a month after [Russia] announced the partial mobilisation."},
			want:      []string{"Mobilization agent=Russia location=Russia date=2022-09"},
			not:       []string{"Mobilization agent=Russia location=Russia date=2022-10"},
		},
		{
			name: "border closures: all of a country's crossings shut, and a border closed told in the passive",
			sentences: []string{
				"[Finland] went further a year later.",
				"[Finland] shut all its land border crossings with [Russia] in December 2023.",
				"The entire 1,340-kilometre border was closed again on 15 December 2023."},
			want: []string{"EntryRefusal agent=Finland origin=Russia date=2023-12", "EntryRefusal agent=Finland date=2023-12-15"},
			not:  []string{"EntryRefusal agent=Finland count=1340 date=2023-12-15"},
		},
		{
			name: "arrivals across 'the land frontier' go to the reporting body's country; 'the country' of a state's officials",
			sentences: []string{
				"The [Norwegian Immigration Directorate] says more than 6,000 [Russian|~Russia] citizens crossed the land frontier in the week after the call-up.",
				"[Finnish|~Finland] officials said that more than 20,000 [Russians|~Russia] had entered the country in two weeks."},
			want: []string{
				"Emigration origin=Russia destination=Norway source=Norwegian Immigration Directorate count=6000 (more than)",
				"Emigration origin=Russia destination=Finland count=20000 (more than)"},
		},
		{
			name:      "counted asylum seekers arriving at 'its' checkpoints: the country the sentence is about",
			sentences: []string{"[Finland] shut its eastern frontier in 2023 after more than 1,300 asylum seekers, most of them from Africa, arrived at its checkpoints."},
			want:      []string{"AsylumApplication destination=Finland count=1300 (more than) date=2023"},
		},
		{
			name: "a counted part of last year's applicants is a count of claims; a group's estimate is its source",
			sentences: []string{
				"[Exit Watch]'s estimate that about 2,600 of last year's applicants in [Germany] were deserters rests on a survey, said [Ivan Sokolov], the report's lead author.",
				"Most of the applicants were men."},
			want: []string{"AsylumApplication destination=Germany source=Exit Watch count=2600 (about)"},
			not:  []string{"AsylumApplication destination=Germany source=Ivan Sokolov count=2600 (about)"},
		},
		{
			name: "'since the full-scale invasion began' is the field's war when the article names both states",
			sentences: []string{
				"[Russian|~Russia] soldiers keep leaving.",
				"The group has helped 1,400 servicemen leave the army since the full-scale invasion began, it said in [Ukraine]."},
			want: []string{"Invasion agent=Russia location=Ukraine"},
		},
		{
			name:      "people who went to a town or crossing went to its country",
			sentences: []string{"More than 20,000 [Russians|~Russia] fled to [Tbilisi] in [Georgia] within a week."},
			want:      []string{"Emigration origin=Russia destination=Georgia count=20000 (more than)"},
			not:       []string{"Emigration origin=Russia destination=Tbilisi count=20000 (more than)"},
		},
		{
			name:      "one man mobilised in a city: the call-up is located there",
			sentences: []string{"[Oleg Petrov] was mobilised in [Izium] in October 2022 and sent to the front."},
			want:      []string{"Mobilization location=Izium date=2022-10"},
		},
		{
			name:      "a call-up reported as news is one",
			sentences: []string{"[Russia] ordered the call-up of reservists in October 2022."},
			want:      []string{"Mobilization agent=Russia location=Russia date=2022-10"},
		},
		{
			name:      "mobilisation with its date and its country",
			sentences: []string{"Arrivals rose after Sept. 21, 2022, when [Russia] announced a partial mobilization."},
			want:      []string{"Mobilization agent=Russia location=Russia date=2022-09-21"},
		},
		{
			name: "emigration with qualifier, count and source",
			sentences: []string{
				"More than 100,000 [Russians|~Russia] have left the country, according to [Exit Watch].",
				"Half a million [Russians|~Russia] have fled [Russia] since the war started."},
			want: []string{"Emigration origin=Russia source=Exit Watch count=100000 (more than)", "Emigration origin=Russia count=500000"},
		},
		{
			name:      "one emigration per destination",
			sentences: []string{"Many [Russian|~Russia] men went to [Serbia], [Montenegro] and [Israel]."},
			want: []string{"Emigration origin=Russia destination=Serbia", "Emigration origin=Russia destination=Montenegro",
				"Emigration origin=Russia destination=Israel"},
		},
		{
			name: "a person's journey is told without the one who tells it; only its last leg counts",
			sentences: []string{"When I landed in [Finland], I felt free.", "[Oleg Petrov] moved to [Serbia] in May, [Anna Berg] said.",
				"[Viktor Marov] crossed into [Poland] and travelled on to [Latvia] in June."},
			want: []string{"Emigration destination=Serbia", "Emigration destination=Latvia"},
			not:  []string{"Emigration destination=Finland", "Emigration destination=Serbia source=Anna Berg", "Emigration destination=Poland"},
		},
		{
			name:      "asylum applications with an almost-count and a year",
			sentences: []string{"Nearly 2,500 [Russian|~Russia] nationals applied for asylum in [Finland] in 2023."},
			want:      []string{"AsylumApplication origin=Russia destination=Finland count=2500 (almost) date=2023"},
		},
		{
			name:      "asylum requested at an airport of a city",
			sentences: []string{"Some [Russians|~Russia] request asylum at [Helsinki]'s [Helsinki airport]."},
			want:      []string{"AsylumApplication origin=Russia location=Helsinki airport"},
		},
		{
			name:      "asylum granted by the country where it happens",
			sentences: []string{"Fewer than 50 [Russians|~Russia] were granted asylum in [Norway] in 2022."},
			want:      []string{"AsylumGrant agent=Norway origin=Russia count=50 (fewer than) date=2022"},
		},
		{
			name:      "visas granted, counted in words",
			sentences: []string{"[Germany] has issued humanitarian visas to twelve [Russian|~Russia] deserters."},
			want:      []string{"VisaGrant agent=Germany origin=Russia count=12"},
		},
		{
			name: "refusals, one per country",
			sentences: []string{
				"[Norway], [Poland] and [Finland] have said they will not allow [Russian|~Russia] tourists to enter.",
				"[Germany] will not issue visas to [Russian|~Russia] conscripts."},
			want: []string{"EntryRefusal agent=Norway origin=Russia", "EntryRefusal agent=Poland origin=Russia",
				"EntryRefusal agent=Finland origin=Russia", "EntryRefusal agent=Germany origin=Russia"},
			not: []string{"VisaGrant"},
		},
		{
			name: "possibilities, wishes and questions are not events",
			sentences: []string{
				"[Germany] could grant asylum to [Russian|~Russia] deserters.",
				"Will [Poland] grant asylum to [Russians|~Russia]?",
				"Officials are in favour of granting visas to [Russian|~Russia] objectors."},
			not: []string{"AsylumGrant", "VisaGrant", "AsylumApplication"},
		},
		{
			name: "desertion of a named soldier and of counted soldiers",
			sentences: []string{
				"[Ivan Sokolov], a [Russian|~Russia] tank commander who deserted in 2022, now lives in [Armenia].",
				"Four [Russian|~Russia] soldiers who fled the front reached [Norway], [Data Desk] reported."},
			want: []string{"Desertion subject=Ivan Sokolov origin=Russia date=2022", "Desertion origin=Russia source=Data Desk count=4"},
		},
		{
			name:      "deportation and sentence",
			sentences: []string{"[Oleg Petrov] was deported from [Armenia] to [Russia], where he was sentenced to five years."},
			want: []string{"Deportation agent=Armenia subject=Oleg Petrov origin=Armenia destination=Russia",
				"CourtRuling subject=Oleg Petrov location=Russia"},
		},
		{
			name:      "death of a named deserter",
			sentences: []string{"[Ivan Sokolov] was found dead in a rented flat in [Tbilisi] in January."},
			want:      []string{"Death subject=Ivan Sokolov location=Tbilisi"},
		},
		{
			name: "cases counted by a monitor, a court, a massacre, detentions",
			sentences: []string{
				"[Exit Watch] has counted more than 9,000 criminal cases in [Russia] over desertion.",
				"The [Moscow city court] ruled that the soldier must stay in custody.",
				"Units of the [Russian army] carried out the massacre in [Izium].",
				"About 400 people were detained in [Russia] on Sunday."},
			want: []string{"CriminalCase location=Russia source=Exit Watch count=9000 (more than)",
				"CourtRuling agent=Moscow city court",
				"Massacre agent=Russian army location=Izium",
				"Detention location=Russia count=400 (about)"},
			not: []string{"Desertion"},
		},
		{
			name:      "dates resolved against the publication date",
			published: pub,
			sentences: []string{"In February, 40 [Russians|~Russia] were granted asylum in [Finland]."},
			want:      []string{"AsylumGrant agent=Finland origin=Russia count=40 date=2023-02"},
		},
		{
			name:      "no date invented without a year or a publication date",
			sentences: []string{"In February, 40 [Russians|~Russia] were granted asylum in [Finland]."},
			want:      []string{"AsylumGrant agent=Finland origin=Russia count=40"},
			not:       []string{"AsylumGrant agent=Finland origin=Russia count=40 date="},
		},
		{
			name: "a state deports, or will not",
			sentences: []string{
				"Last month [Armenia] deported a [Russian|~Russia] conscript back to [Russia].",
				"[Norway] said it will not extradite [Russians|~Russia] who refuse to fight."},
			want: []string{"Deportation agent=Armenia origin=Armenia destination=Russia"},
			not:  []string{"Deportation agent=Norway"},
		},
		{
			name: "a speaker is not the deserter; a source across a clause break is not the source",
			sentences: []string{
				"[Oleg Petrov] said his group had helped more than 900 [Russian|~Russia] soldiers desert.",
				"[Ivan Sokolov] said on Monday that talks went on, as about 5,000 [Russians|~Russia] crossed into [Finland]."},
			want: []string{"Desertion origin=Russia source=Oleg Petrov count=900 (more than)", "Emigration origin=Russia destination=Finland count=5000 (about)"},
			not:  []string{"Desertion subject=Oleg Petrov origin=Russia count=900 (more than)"},
		},
		{
			name: "a call-up belongs to the state that orders it, not to the country the sentence is about",
			sentences: []string{
				"President [Viktor Marov] of [Russia] spoke on television.",
				"[Latvia] tightened its checks in October 2022, weeks after President [Viktor Marov] announced the call-up.",
				"[Georgia] counted 5,000 arrivals after [the Kremlin|Kremlin] ordered a mobilisation."},
			want: []string{"Mobilization agent=Russia location=Russia date=2022-10"},
			not:  []string{"Mobilization agent=Latvia location=Latvia date=2022-10", "Mobilization agent=Georgia location=Georgia"},
		},
		{
			name:      "a counted call-up is a figure with its source, in the state that calls up its own",
			sentences: []string{"[Russia]'s army kept fighting.", "In May, [Viktor Marov] said that 150,000 men had been mobilised."},
			want:      []string{"Mobilization agent=Russia location=Russia source=Viktor Marov count=150000"},
		},
		{
			name: "refusals: barring people, closing a crossing, and others taking a similar step",
			sentences: []string{
				"[Estonia] barred most [Russian|~Russia] visitors in October 2022.",
				"[Latvia] and [Poland] took a similar step.",
				"[Norway] will close its last border crossing with [Russia]."},
			want: []string{"EntryRefusal agent=Estonia origin=Russia date=2022-10", "EntryRefusal agent=Latvia origin=Russia",
				"EntryRefusal agent=Poland origin=Russia", "EntryRefusal agent=Norway origin=Russia"},
		},
		{
			name: "a person taken back is deported, not an emigrant; detained and ruled on through pronouns",
			sentences: []string{
				"[Pavel Ilyin] had hidden in [Georgia] for a year.",
				"Local police detained him in [Tbilisi] in May.",
				"A court then ordered him out of the country.",
				"Officers later handed him over to the [Russian border police].",
				"Agents seized another deserter, [Oleg Petrov], in [Yerevan] and flew him back to [Russia]."},
			want: []string{"Detention subject=Pavel Ilyin location=Tbilisi", "CourtRuling subject=Pavel Ilyin location=Georgia",
				"Deportation subject=Pavel Ilyin origin=Georgia destination=Russia", "Deportation subject=Oleg Petrov destination=Russia"},
			not: []string{"Emigration"},
		},
		{
			name: "a person charged has not deserted; counted verdicts with an earlier figure",
			sentences: []string{
				"[Ivan Sokolov], a [Russian|~Russia] sergeant, now faces a charge of abandoning his unit.",
				"[Exit Watch] found 1,204 such convictions in [Russia] in 2023."},
			want: []string{"CriminalCase subject=Ivan Sokolov location=Russia",
				"CourtRuling location=Russia source=Exit Watch count=1204 date=2023"},
			not: []string{"Desertion"},
		},
		{
			name: "figures of a host country and of a national office",
			sentences: []string{
				"[Armenia], which took in about 60,000 [Russians|~Russia] in 2022, kept its borders open.",
				"[Norway] counted almost 3,000 [Russian|~Russia] arrivals over the weekend.",
				"[Germany]'s [Federal Migration Office] registered 1,850 applications from [Russians|~Russia] last year."},
			want: []string{"Emigration origin=Russia destination=Armenia count=60000 (about) date=2022",
				"Emigration origin=Russia destination=Norway count=3000 (almost)",
				"AsylumApplication origin=Russia destination=Germany source=Federal Migration Office count=1850"},
		},
		{
			name:      "arriving to claim asylum is the asylum claim, not a migration",
			sentences: []string{"More than 300 [Russian|~Russia] citizens have arrived in [Finland] to request asylum."},
			want:      []string{"AsylumApplication origin=Russia destination=Finland count=300 (more than)"},
			not:       []string{"Emigration"},
		},
		{
			name: "a month is not placed in a year before the article's latest date",
			sentences: []string{
				"The photo was taken on Oct. 4, 2022.",
				"In December, 60 [Russians|~Russia] were granted asylum in [Finland].",
				"In March, 20 [Russians|~Russia] were granted asylum in [Norway]."},
			want: []string{"AsylumGrant agent=Finland origin=Russia count=60", "AsylumGrant agent=Norway origin=Russia count=20 date=2022-03"},
		},
		{
			name: "a statistics list repeats the kind counted before, one line a country",
			sentences: []string{
				"More than 5,000 [Russians|~Russia] applied for asylum in [Norway] last year, [Data Desk] said.",
				"Figures from other countries:",
				"- [Sweden]: about 1,200, most of them in the spring.",
				"- [Denmark]: fewer than 300."},
			want: []string{"AsylumApplication origin=Russia destination=Sweden count=1200 (about)",
				"AsylumApplication origin=Russia destination=Denmark count=300 (fewer than)"},
		},
		{
			name:      "granted asylum in a country: that country grants, not the officers of another named before",
			sentences: []string{"A year after [Finnish|~Finland] border guards sent them back, the family has been granted asylum in [Germany]."},
			want:      []string{"AsylumGrant agent=Germany"},
			not:       []string{"AsylumGrant agent=Finland"},
		},
		{
			name: "a state that will require visas from a people refuses their free entry; one that does not require them refuses nothing; a visa to enter is no entry",
			sentences: []string{
				"[Montenegro] will require [Russian|~Russia] citizens to hold a visa to enter the country from 1 March.",
				"[Serbia] does not require visas from [Russians|~Russia]."},
			want: []string{"EntryRefusal agent=Montenegro origin=Russia"},
			not:  []string{"EntryRefusal agent=Serbia origin=Russia", "Emigration origin=Russia destination=Montenegro"},
		},
		{
			name: "the war told as a state's invasion with no object, or as troops fighting in the invaded country; troops elsewhere are no war",
			sentences: []string{
				"He was sent to [Ukraine]'s east at the start of [Russia]'s full-scale invasion in February 2022.",
				"Thousands were called up to fight in [Ukraine].",
				"[Germany] keeps troops in [Estonia]."},
			want: []string{"Invasion agent=Russia location=Ukraine date=2022-02"},
			not:  []string{"Invasion location=Estonia", "Invasion agent=Germany location=Estonia"},
		},
		{
			name: "a call-up in a story that names only the invaded country is not that country's",
			sentences: []string{
				"The two privates, called up during the partial mobilization announced in September 2022, did not return to their unit.",
				"One holds an award for his service in [Ukraine]."},
			not: []string{"Mobilization agent=Ukraine location=Ukraine date=2022-09"},
		},
		{
			name:      "'left the country' told by a state's body: its own country",
			sentences: []string{"[Russia's Ministry of Labour|Russia's Ministry of Labour] has estimated that about 100,000 engineers left the country in 2022."},
			want:      []string{"Emigration origin=Russia source=Russia's Ministry of Labour count=100000 (about) date=2022"},
		},
		{
			name: "returns told as sending at least one back, being put on planes, removals counted",
			sentences: []string{
				"[Kazakh|~Kazakhstan] authorities had already sent at least one deserter back to [Russia].",
				"Several men were simply put on planes to [Russia] from [Armenia].",
				"[Immigration and Customs Enforcement] said it removed 1,130 [Russian|~Russia] citizens from the [United States] in 2025."},
			want: []string{"Deportation agent=Kazakhstan origin=Kazakhstan destination=Russia count=1 (at least)",
				"Deportation agent=Armenia origin=Armenia destination=Russia",
				"Deportation agent=United States origin=United States source=Immigration and Customs Enforcement count=1130 date=2025"},
		},
		{
			name: "held for a week, taken out of the car, apprehended; a place in the next clause is that clause's",
			sentences: []string{
				"[Ivan Sokolov] is 30.",
				"Officers took him out of the car at the border in May 2024.",
				"[Kazakhstan] deported [Oleg Petrov] to [Russia] after holding him for a week.",
				"Military police detained [Viktor Marov] in April 2024, and [Pavel Ilyin] was apprehended in [Samara] in August 2024."},
			want: []string{"Detention subject=Ivan Sokolov date=2024-05", "Detention subject=Oleg Petrov",
				"Detention subject=Viktor Marov date=2024-04", "Detention subject=Pavel Ilyin location=Samara date=2024-08"},
			not: []string{"Detention subject=Viktor Marov location=Samara date=2024-04"},
		},
		{
			name: "'the agency' is the sentence's own subject when its name calls it no other kind of body",
			sentences: []string{
				"According to the [European Union Agency for Asylum], 17,000 [Russians|~Russia] applied for asylum in [Germany] in 2023.",
				"Removals followed: [Immigration and Customs Enforcement] deported more than 1,000 [Russians|~Russia] from the [United States] in 2024, according to the agency's annual report."},
			want: []string{"Deportation agent=United States origin=United States source=Immigration and Customs Enforcement count=1000 (more than) date=2024"},
		},
		{
			name: "a list line that says what its figure counts is that, whatever was counted before",
			sentences: []string{
				"- [Germany]: the federal office granted protection to 1,020 [Russians|~Russia].",
				"- [Poland]: 1,450 applications.",
				"- [Denmark]: about 300 refusals."},
			want: []string{"AsylumApplication origin=Russia destination=Poland count=1450",
				"EntryRefusal agent=Denmark origin=Russia count=300 (about)"},
			not: []string{"AsylumGrant agent=Poland origin=Russia count=1450"},
		},
		{
			name: "a list line with no counted event before it is nothing",
			sentences: []string{
				"Where the men went:",
				"- [Sweden]: 1,200."},
			not: []string{"Emigration", "AsylumApplication"},
		},
		{
			name:      "crossed into the country: the country that reports it",
			sentences: []string{"[Estonia] said that 4,100 [Russian|~Russia] citizens crossed into the country last week."},
			want:      []string{"Emigration origin=Russia destination=Estonia count=4100"},
		},
		{
			name:      "officers named by a demonym refuse entry for their state",
			sentences: []string{"[Kazakh|~Kazakhstan] officers have refused entry to dozens of [Russians|~Russia] at the crossing."},
			want:      []string{"EntryRefusal agent=Kazakhstan origin=Russia"},
			not:       []string{"EntryRefusal origin=Kazakhstan"},
		},
		{
			name: "sources: anaphora takes the one named before",
			sentences: []string{
				"[Exit Watch], a volunteer project, estimates that 80,000 [Russians|~Russia] have left.",
				"A quarter of them, according to surveys by the project, went to [Armenia]."},
			want: []string{"Emigration origin=Russia source=Exit Watch count=80000",
				"Emigration origin=Russia destination=Armenia source=Exit Watch"}, // the people of the sentence before
		},
		{
			name: "an attribution opening the sentence covers all its clauses",
			sentences: []string{
				"According to [Data Desk], most [Russians|~Russia] come by road, although some apply for asylum at [Helsinki airport]."},
			want: []string{"AsylumApplication origin=Russia location=Helsinki airport source=Data Desk"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := testDoc(t, tc.published, eventEnts, tc.sentences...)
			evs := Events(doc)
			var got []string
			for _, e := range evs {
				got = append(got, evString(e))
				if e.Evidence == nil || doc.Text[e.Evidence.Start:e.Evidence.End] != e.Evidence.Sentence {
					t.Errorf("%s: evidence %+v is not a sentence of the text", evString(e), e.Evidence)
				}
				for _, p := range e.Participants() {
					if e.Keys[p[0]] == "" {
						t.Errorf("%s: no key for %s", evString(e), p[0])
					}
				}
			}
			for _, w := range tc.want {
				if !containsString(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tc.not {
				for _, g := range got {
					if g == n || !strings.Contains(n, " ") && strings.HasPrefix(g, n+" ") ||
						strings.HasSuffix(n, "=") && strings.HasPrefix(g, n) {
						t.Errorf("unexpected %q", g)
					}
				}
			}
		})
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Specific events come first and exact repeats collapse into one.
func TestEventDedupAndOrder(t *testing.T) {
	doc := testDoc(t, time.Time{}, eventEnts,
		"Many [Russians|~Russia] have left the country.",
		"Many [Russians|~Russia] have left the country.",
		"About 200,000 [Russians|~Russia] have left the country.")
	var got []string
	for _, e := range Events(doc) {
		got = append(got, evString(e))
	}
	want := []string{"Emigration origin=Russia count=200000 (about)", "Emigration origin=Russia"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}
