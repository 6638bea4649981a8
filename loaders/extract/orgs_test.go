package extract

import (
	"os"
	"path/filepath"
	"testing"

	"newsgraph/loaders/gazetteer"
)

func TestOrganizations(t *testing.T) {
	runTable(t, []struct {
		text string
		want []expect
	}{
		// "on" and a name after a listed body's head go on into another
		// body's name; a day or a person's behalf does not
		{"Olga Lind, a legal officer at the European Council on Refugees and Exiles (ECRE), said so. The European Council on Thursday agreed. They wrote to the UN Human Rights Committee on Sokolov's behalf.",
			[]expect{{typ: Organization, name: "European Council on Refugees and Exiles"}, {typ: Organization, name: "European Council"},
				{typ: Organization, name: "European Council on Thursday", absent: true}, {typ: Organization, name: "UN Human Rights Committee"}}},
		// a presidency and a directorate ranked "General" open a body's name
		{"The Presidency of Migration Management said so. The Directorate General of Immigration declined. The National Directorate-General for Aliens Policing agreed.",
			[]expect{{typ: Organization, name: "Presidency of Migration Management"}, {typ: Organization, name: "Directorate General of Immigration"},
				{typ: Organization, name: "National Directorate-General for Aliens Policing"}}},
		// a capitalised word before a demonym and an organ opens the name;
		// a demonym and a lower-case organ stay a state's organ
		{"Officers of the Royal Thai Police arrested him. Yesterday Russian police said so.",
			[]expect{{typ: Organization, name: "Royal Thai Police"}, {typ: Organization, name: "Thai Police", absent: true},
				{typ: Organization, name: "Russian police"}}},
		// an ordinal ranks the body named after it
		{"She will appeal to the Second Western District Military Court in Moscow.",
			[]expect{{typ: Organization, name: "Second Western District Military Court"}, {typ: Organization, name: "Western District Military Court", absent: true}}},
		// a body's district after its head is part of its name
		{"A deputy commander of the West Estonia Border Guard District said the crossing stays closed.",
			[]expect{{typ: Organization, name: "West Estonia Border Guard District"}, {typ: Organization, name: "West Estonia Border Guard", absent: true}}},
		// a military district is an army's command, not a region
		{"Many men of the Eastern Military District were sent to the front.",
			[]expect{{typ: Organization, name: "Eastern Military District"}, {typ: Place, name: "Eastern Military District", absent: true}}},
		// the agency a dateline credits, listed or not; not a country
		{"PODGORICA, Feb 19 (Adriatic Wire) - Montenegro will require visas.",
			[]expect{{typ: Organization, name: "Adriatic Wire"}, {typ: Place, name: "Podgorica"}}},
		{"NARVA (Estonia) - The queue grew.",
			[]expect{{typ: Organization, name: "Estonia", absent: true}}},
		// a politician's party in parentheses after the name; not an age,
		// a town or a transcript's speaker label
		{"Aino Lehto (Greens) asked the minister. Ivan Lis (34) fled. Ivo Tamm (Tartu) spoke. ANNA ROSS (GUEST): Yes.",
			[]expect{{typ: Organization, name: "Greens"}, {typ: Organization, name: "Tartu", absent: true},
				{typ: Organization, name: "GUEST", absent: true}, {typ: Organization, name: "34", absent: true}}},
		// a name after the description of an organisation that opens the
		// clause; not a person after "according to the bureau,"
		{"Georgia's statistics office, Geostat, recorded a net inflow. According to the bureau, Tomin walked away.",
			[]expect{{typ: Organization, name: "Geostat"}, {typ: Organization, name: "Tomin", absent: true}}},
		// a listed organisation after a noun that introduces it keeps its
		// whole name, lower-case words and all
		{"With help from the volunteer group Go by the Forest he crossed into Kazakhstan.",
			[]expect{{typ: Organization, name: "Go by the Forest", key: "org/go-by-the-forest"}, {typ: Organization, name: "Go", absent: true}}},
		// a listed body of a state, named with that state's possessive: the
		// listed form names it, the possessive form is an alias
		{"Russia's FSB detained him; Russia's Investigative Committee opened a case.",
			[]expect{{typ: Organization, name: "FSB", alias: "Russia's FSB", exact: true},
				{typ: Organization, name: "Investigative Committee", alias: "Russia's Investigative Committee", exact: true}}},
		{"He applied to SIMA, the Service for Integration, Migration and Asylum, in May.",
			[]expect{{typ: Organization, name: "Service for Integration, Migration and Asylum", alias: "SIMA"},
				{typ: Organization, name: "Service for Integration", absent: true}}},
		{"The Statistics Department at the Supreme Court of Estonia counted 40 cases. The Statistics Department said most were appeals.",
			[]expect{{typ: Organization, name: "Statistics Department at the Supreme Court of Estonia", alias: "Statistics Department"},
				{typ: Organization, name: "Supreme Court of Estonia", absent: true}}},
		{"She is a partner at the Tallinn law firm Kask & Tamm Advokaadid, and at the groups Free Road and Safe Desk.",
			[]expect{{typ: Organization, name: "Kask & Tamm Advokaadid"}, {typ: Organization, name: "Kask", absent: true}}},
		{"He served with the 61st Separate Marine Brigade of the Northern Fleet and later the 58th Combined Arms Army; the Russian Army denies it.",
			[]expect{{typ: Organization, name: "61st Separate Marine Brigade"}, {typ: Organization, name: "Northern Fleet"},
				{typ: Organization, name: "58th Combined Arms Army"}, {typ: Organization, name: "Russian Army"},
				{typ: Organization, name: "Separate Marine Brigade of the Northern Fleet", absent: true}}},
		// a detention centre or a prison is a place, not a body
		{"He was held at the Otay Mesa Detention Center for months; the East Harbour Immigration Centre held his friend; the Migration Service refused.",
			[]expect{{typ: Place, name: "Otay Mesa Detention Center"}, {typ: Organization, name: "Otay Mesa Detention Center", absent: true},
				{typ: Place, name: "East Harbour Immigration Centre"}, {typ: Organization, name: "Migration Service"}}},
		{"The Federal Penitentiary Service said he was moved to the Kharp Regional Prison.",
			[]expect{{typ: Organization, name: "Federal Penitentiary Service"}, {typ: Place, name: "Federal Penitentiary Service", absent: true}}},
		// a name in quotation marks beside the noun that says what it is; a body's
		// name with its head before "for" is its own, the state's possessive an alias
		{"He called the state project \"Safe Return\", run by Ukraine's Coordination Headquarters for the Treatment of Prisoners of War. A film called \"Safe Harbour\" was shown.",
			[]expect{{typ: Organization, name: "Safe Return"}, {typ: Organization, name: "Safe Harbour", absent: true},
				{typ: Organization, name: "Coordination Headquarters for the Treatment of Prisoners of War", alias: "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War"}}},
		// an author "for" an outlet in apposition; a name with "for" is no person
		{"The episode was hosted by Anna Berg for Harbour Sound, an audio studio in Tallinn. Human Rights for All, a charity, helped.",
			[]expect{{typ: Person, name: "Anna Berg"}, {typ: Organization, name: "Harbour Sound"},
				{typ: Organization, name: "Anna Berg for Harbour Sound", absent: true}, {typ: Person, name: "Human Rights", absent: true}}},
		{"The show was hosted by Ilona Kuznetsova for Harbour Sound, a studio in Tallinn.",
			[]expect{{typ: Person, name: "Ilona Kuznetsova"}, {typ: Organization, name: "Harbour Sound"},
				{typ: Organization, name: "Ilona Kuznetsova for Harbour Sound", absent: true}}},
		// a demonym and a descriptor before a name describe it
		{"She advises deserters for the Austrian NGO Safe Passage Network in Vienna.",
			[]expect{{typ: Organization, name: "Safe Passage Network"}, {typ: Organization, name: "Austrian NGO Safe Passage Network", absent: true},
				{typ: Country, name: "Austria", alias: "Austrian"}}},
		// a unit named by its number, lower case: one organisation under both forms; a year is no number
		{"He served in military unit 40321 near Pskov. A friend, also of unit 40321, left in unit 2023 of the plan.",
			[]expect{{typ: Organization, name: "military unit 40321", alias: "unit 40321"}, {typ: Organization, name: "unit 2023", absent: true}}},
		{"The Asylum Service of the Latvian interior ministry registered 86 claims; the Bureau for Human Rights and Rule of Law disagreed.",
			[]expect{{typ: Organization, name: "Asylum Service"}, {typ: Organization, name: "Latvian interior ministry"},
				{typ: Organization, name: "Bureau for Human Rights and Rule of Law"}}},
		{"He had the support of the Refugee Law Clinic in Tartu.",
			[]expect{{typ: Organization, name: "Refugee Law Clinic"}}},
		{"Latvian border police turned them back; Estonian immigration police and Lithuanian migration police agreed.",
			[]expect{{typ: Organization, name: "Latvian border police"}, {typ: Organization, name: "Estonian immigration police"},
				{typ: Organization, name: "Lithuanian migration police"}}},
		{"Estonia's Directorate of Asylum refused him; Finland's Interior Ministry declined to comment.",
			[]expect{{typ: Organization, name: "Directorate of Asylum", alias: "Estonia's Directorate of Asylum"},
				{typ: Organization, name: "Finland's Interior Ministry", alias: "Interior Ministry"}}},
		{"The Records Office at Latvia's Supreme Court published the figures.",
			[]expect{{typ: Organization, name: "Records Office at Latvia's Supreme Court"}}},
		{"The Ministry of Foreign Affairs, Finland and Estonia agreed.",
			[]expect{{typ: Organization, name: "Ministry of Foreign Affairs"}}},
		{"The bill was tabled by Mieke Janssens of the Flemish Greens (Groen) and Luc Peeters of Ecolo. Jan Maes of the Workers' Party (PVDA) backed it; Ivan Orlov of Moscow did not.",
			[]expect{{typ: Person, name: "Mieke Janssens"}, {typ: Organization, name: "Flemish Greens", alias: "Groen"},
				{typ: Person, name: "Luc Peeters"}, {typ: Organization, name: "Ecolo"},
				{typ: Person, name: "Jan Maes"}, {typ: Organization, name: "Workers' Party", alias: "PVDA"},
				{typ: Organization, name: "Moscow", absent: true}}},
		{"A busy week\n\nThe Armenian Young Lawyers' Association (AYLA) said it would appeal the ruling next week. A lieutenant of the Northern Fleet fled. Officers of the Moscow city police and the Gyumri police came; Reporters Without Borders protested.",
			[]expect{{typ: Organization, name: "Armenian Young Lawyers' Association", alias: "AYLA"}, {typ: Organization, name: "Northern Fleet"},
				{typ: Organization, name: "Moscow city police"}, {typ: Place, name: "Moscow"}, {typ: Place, name: "the Moscow", absent: true},
				{typ: Organization, name: "Gyumri police"}, {typ: Place, name: "Gyumri"},
				{typ: Organization, name: "Reporters Without Borders", key: "org/reporters-without-borders"}}},
		{"A quiet week\n\nThe Armenian Young Lawyers' Association (AYLA) Appealed.",
			[]expect{{typ: Organization, name: "Armenian Young Lawyers' Association", alias: "AYLA"}}}, // a short sentence of capitals is still no headline
		{"A week of rulings\n\nA court in Gyumri ordered his release on Monday. The Gyumri City Court said he had broken no law.",
			[]expect{{typ: Organization, name: "Gyumri City Court", alias: "court in Gyumri"}}},
		{"A week of rulings\n\nA court in Gyumri ordered his release. The Gyumri City Court had jailed him; the Gyumri Court of Appeal may still hear the case.",
			[]expect{{typ: Organization, name: "court in Gyumri"}}}, // two courts of that seat: which one is not said
		{"Against the Tide (Protiv Volny), a volunteer organisation, published its figures.",
			[]expect{{typ: Organization, name: "Against the Tide"}, {typ: Organization, name: "Tide", absent: true}}},
		{"Officers of Estonia's Police and Border Guard Board turned back 23 people, the Dutch Immigration Service said.",
			[]expect{{typ: Organization, name: "Estonia's Police and Border Guard Board", alias: "Police and Border Guard Board"},
				{typ: Organization, name: "Dutch Immigration Service", alias: "Immigration Service"}}},
		{"The agency took over from the old border and immigration service, SEF, a year ago. He called the USA, the UK and the refugee council.",
			[]expect{{typ: Organization, name: "SEF"}, {typ: Organization, name: "USA", absent: true}}},
		{"A week in brief\n\nFormer Northern Fleet officer charged with desertion in absentia.",
			[]expect{{typ: Organization, name: "Northern Fleet"}, {typ: Organization, name: "Former Northern Fleet", absent: true}}},
		{"He told the Russian-language outlet Volna Media that he would appeal.",
			[]expect{{typ: Organization, name: "Volna Media"}, {typ: Organization, name: "Russian-language", absent: true}}},
		{"It would turn every Belgian consulate in Central Asia into an asylum desk.",
			[]expect{{typ: Place, name: "Central Asia"}, {typ: Organization, name: "Belgian consulate in Central", absent: true}}},
		{"He got help from Fluchtweg e.V.; the case is pending.",
			[]expect{{typ: Organization, name: "Fluchtweg e.V."}}},
		{"Its partners are the Offenbach-based Fluchtweg e.V. and the Paris-based association Voie Libre.",
			[]expect{{typ: Organization, name: "Fluchtweg e.V."}, {typ: Place, name: "Offenbach"}, {typ: Place, name: "Paris"},
				{typ: Organization, name: "Voie Libre"}, {typ: Organization, name: "Paris-based", absent: true}}},
		{"The Berlin-based Diaspora Signals Lab puts the number at 820,000. The Oslo-based Ivan Petrov agreed.",
			[]expect{{typ: Organization, name: "Diaspora Signals Lab"}, {typ: Place, name: "Berlin"},
				{typ: Person, name: "Ivan Petrov"}, {typ: Organization, name: "Ivan Petrov", absent: true}}},
		{"It works with the Almaty group Adal Zan, which monitors detentions.",
			[]expect{{typ: Place, name: "Almaty"}, {typ: Organization, name: "Adal Zan"}, {typ: Organization, name: "Almaty", absent: true}}},
		{"In Slovakia, the Office for Foreigners decides the claims.",
			[]expect{{typ: Organization, name: "Office for Foreigners"}}},
		{"The EU Commission said member states decide. The European Union has no common line, and the bloc is split.",
			[]expect{{typ: Organization, name: "EU Commission", key: "org/european-commission"},
				{typ: Organization, name: "European Commission", absent: true}, // not in the text
				{typ: Organization, name: "European Union", alias: "the bloc"}}},
		{"The bloc is split.", // no EU named: "the bloc" means nothing
			[]expect{{typ: Organization, name: "European Union", absent: true}}},
		{"Brussels wants a common answer. The EU summit takes place in Brussels.",
			[]expect{{typ: Organization, name: "EU", key: "org/european-union", alias: "Brussels"}, {typ: Place, name: "Brussels"}}},
		{"The European Union, or EU, has no common line.",
			[]expect{{typ: Organization, name: "European Union", alias: "EU"}}},
		{"Kazakhstan's Interior Ministry declined to comment. Later the Kazakh Interior Ministry said he had left.",
			[]expect{{typ: Organization, name: "Kazakhstan's Interior Ministry", key: "org/kazakh-interior-ministry", alias: "Kazakh Interior Ministry"}}},
		{"He deserted from the Russian army. The Russian military denied it, and the army said nothing.",
			[]expect{{typ: Organization, name: "Russian army", key: "org/russian-army", alias: "Russian military"},
				{typ: Country, name: "Russia", alias: "Russian"}}},
		// lower-case links inside a name explained by an apposition
		{"Right to Refuse, a human-rights group, published a report. The report by Right to Refuse was long.",
			[]expect{{typ: Organization, name: "Right to Refuse"}, {typ: Organization, name: "Refuse", absent: true}}},
		// an acronym opening a longer name is part of it, not before a title
		{"His lawyers will ask the UN Human Rights Committee to act. NATO Secretary General Jens Berg spoke.",
			[]expect{{typ: Organization, name: "UN Human Rights Committee"}, {typ: Organization, name: "Human Rights Committee", absent: true},
				{typ: Organization, name: "NATO"}}},
		// courts named by their city and kind in lower case; the city is named too
		// lower-case border guards after a demonym are a state's officers, no body; the
		// capitalised name and the possessive are the body
		{"Kazakh border guards stopped him. Latvia's border guard said so.",
			[]expect{{typ: Organization, name: "Kazakh border guards", absent: true}, {typ: Organization, name: "Latvia's border guard"}}},
		// a city district's court, named by a word that is no place; a demonym opens none
		{"On Monday the Medeu district court in Almaty held him. The Zamoskvoretsky district court ruled. A Kazakh district court agreed.",
			[]expect{{typ: Organization, name: "Medeu district court"}, {typ: Organization, name: "Zamoskvoretsky district court"},
				{typ: Person, name: "Zamoskvoretsky", absent: true}, {typ: Organization, name: "Kazakh district court", absent: true}}},
		{"The Samara garrison military court sentenced him. A hearing at the Astana city court was set. Moscow courts are busy.",
			[]expect{{typ: Organization, name: "Samara garrison military court"}, {typ: Place, name: "Samara"},
				{typ: Organization, name: "Astana city court"}, {typ: Place, name: "Astana"},
				{typ: Organization, name: "Moscow courts", absent: true}}},
		// bodies named with the city they sit in, unless they have a name of their own
		// "Higher" is a court's rank word: the city stays in a name with no other
		{"The Higher Court in Belgrade ruled on Tuesday.",
			[]expect{{typ: Organization, name: "Higher Court in Belgrade"}, {typ: Organization, name: "Higher Court", absent: true}}},
		// two capitalised words of kind make a proper name; one does not
		{"The Federal Administrative Court in Leipzig ruled in May. The High Court in Podgorica refused.",
			[]expect{{typ: Organization, name: "Federal Administrative Court"}, {typ: Place, name: "Leipzig"},
				{typ: Organization, name: "High Court in Podgorica"}, {typ: Organization, name: "Federal Administrative Court in Leipzig", absent: true}}},
		{"He went to the Dutch embassy in Tbilisi. A military court in Perm sentenced him. The Medeu District Court in Almaty ruled.",
			[]expect{{typ: Organization, name: "Dutch embassy in Tbilisi"}, {typ: Place, name: "Tbilisi"},
				{typ: Organization, name: "military court in Perm"}, {typ: Place, name: "Perm"},
				{typ: Organization, name: "Medeu District Court"}, {typ: Organization, name: "Medeu District Court in Almaty", absent: true}}},
		// a demonym before a European Parliament group is its member's nationality
		{"Rihards Kalns, a Latvian ECR lawmaker, disagreed. The Spanish Red Cross helped.",
			[]expect{{typ: Organization, name: "ECR", key: "org/european-conservatives-and-reformists"}, {typ: Organization, name: "Latvian ECR", absent: true},
				{typ: Country, name: "Latvia", alias: "Latvian"}, {typ: Organization, name: "Spanish Red Cross"}}},
		// a listed acronym written with full stops; a school named with its field
		{"The F.S.B., whose border service keeps the data, said nothing. She left a post at the Higher School of Economics in Moscow.",
			[]expect{{typ: Organization, name: "F.S.B", key: "org/fsb"}, {typ: Person, name: "F.s.b.", absent: true},
				{typ: Organization, name: "Higher School of Economics"}, {typ: Person, name: "Higher School", absent: true}}},
		// a month after "in" is a date, not a town called March, also where the sentence ends
		{"He applied at the German embassy in March and was turned down.",
			[]expect{{typ: Organization, name: "German embassy"}, {typ: Organization, name: "German embassy in March", absent: true},
				{typ: Place, name: "March", absent: true}}},
		{"In Tbilisi he applied for a visa at the French embassy in March. It came in May.",
			[]expect{{typ: Organization, name: "French embassy"}, {typ: Organization, name: "French embassy in March", absent: true},
				{typ: Place, name: "March", absent: true}}},
		{"He will appeal to the Criminal Court of Appeal. Criminal cases rose.",
			[]expect{{typ: Organization, name: "Criminal Court of Appeal"}, {typ: Organization, name: "Court of Appeal", absent: true}}},
		{"OK Russians, which surveys emigrants, found that many had left.",
			[]expect{{typ: Organization, name: "OK Russians"}}},
		// a state's own office, named as written, one per state
		{"Russia's Prosecutor General's Office asked for him. Armenia's Prosecutor General's Office refused.",
			[]expect{{typ: Organization, name: "Russia's Prosecutor General's Office"}, {typ: Organization, name: "Armenia's Prosecutor General's Office"},
				{typ: Organization, name: "Prosecutor General's Office", absent: true}}},
		// a known body keeps its own name; another state's body of that name is another
		{"Russia's Investigative Committee opened a case; Armenia's Investigative Committee did not. Russia's FSB watched.",
			[]expect{{typ: Organization, name: "Investigative Committee", key: "org/investigative-committee"},
				{typ: Organization, name: "Armenia's Investigative Committee"},
				{typ: Organization, name: "FSB", exact: true}}},
		// a state body named without its state later is the same body; its
		// capitalised name is the name
		{"Finnish border guards stopped 164 people, according to the Finnish Border Guard. The Border Guard's report came out.",
			[]expect{{typ: Organization, name: "Finnish Border Guard", alias: "Border Guard"}}},
		// a legal form ends the name; an imperative opening a sentence is no name
		{"Ask the charity Connection e.V., which helps objectors. Take Denis Orlov, a conscript.",
			[]expect{{typ: Organization, name: "Connection e.V."}, {typ: Person, name: "Denis Orlov"},
				{typ: Person, name: "Take Denis Orlov", absent: true}}},
		// a gloss between a name and its apposition; two places before one country;
		// a family named by its surname; a municipal title
		{"In 2022 he founded Tikhaya Tropa (\"Quiet Path\"), a volunteer network. It is run from Tbilisi and Riga, Latvia. The Tikhonovs queued there, said municipal manager Petri Saarinen.",
			[]expect{{typ: Organization, name: "Tikhaya Tropa"}, {typ: Place, name: "Tbilisi"}, {typ: Place, name: "Riga"},
				{typ: Place, name: "Tbilisi and Riga", absent: true}, {typ: Person, name: "Tikhonovs", absent: true},
				{typ: Person, name: "Petri Saarinen"}}},
		// an outlet named by the person who writes for it, not a place a reporter is at
		{"Nina Berg is a columnist for The Eurasia Ledger. Our reporter at Narva met her.",
			[]expect{{typ: Organization, name: "The Eurasia Ledger"}, {typ: Place, name: "Narva"},
				{typ: Organization, name: "Narva", absent: true}}},
		// another state's body of a listed name, named with "of" after it
		{"He was freed after the Investigative Committee of Armenia opened a case.",
			[]expect{{typ: Organization, name: "Investigative Committee of Armenia"}, {typ: Country, name: "Armenia"},
				{typ: Organization, name: "Investigative Committee", absent: true}}},
		// a noun that is no name alone opens one its apposition describes,
		// even at a sentence's start
		{"Refugee Ledger works in Riga. Deserter Tally, a project run by exiled journalists, counts them.",
			[]expect{{typ: Organization, name: "Deserter Tally", exact: true}, {typ: Organization, name: "Tally", absent: true}}},
		// a listed name with lower-case words before its apposition
		{"Go by the Forest, a volunteer group that helps men leave the army, said so.",
			[]expect{{typ: Organization, name: "Go by the Forest", key: "org/go-by-the-forest"}, {typ: Organization, name: "Forest", absent: true}}},
		{"Latvia's interior ministry reviews every case on its own.",
			[]expect{{typ: Organization, name: "Latvia's interior ministry", key: "org/latvian-interior-ministry"}, {typ: Country, name: "Latvia"}}},
		{"Figures published by the Russian Defence Ministry point to a fall.",
			[]expect{{typ: Organization, name: "Russian Defence Ministry", key: "org/russian-defence-ministry"}}},
		{"Officers of the Estonian Police and Border Guard Board met them.",
			[]expect{{typ: Organization, name: "Estonian Police and Border Guard Board"}, {typ: Organization, name: "Estonian Police", absent: true}}},
		{"The Norwegian Police Security Service questioned him.",
			[]expect{{typ: Organization, name: "Norwegian Police Security Service"}, {typ: Organization, name: "Norwegian police", absent: true}}},
		{"The Catalan Commission for Refugee Aid (CCAR) said many were men. CCAR has 40 staff.",
			[]expect{{typ: Organization, name: "Catalan Commission for Refugee Aid", alias: "CCAR"}}},
		{"Officials of the Finnish National Police said so.",
			[]expect{{typ: Organization, name: "Finnish National Police"}, {typ: Country, name: "Finland", alias: "Finnish"}}},
		{"She told broadcaster Radio Kuku that she was afraid.",
			[]expect{{typ: Organization, name: "Radio Kuku"}}},
		{"Reports by independent media Zona Nova put the number at 500.",
			[]expect{{typ: Organization, name: "Zona Nova"}}},
		{"Helping Hands Abroad, a small charity, paid for the tickets.",
			[]expect{{typ: Organization, name: "Helping Hands Abroad"}}},
		{"The ruling Blue Dawn party has resisted calls for visas.",
			[]expect{{typ: Organization, name: "Blue Dawn"}}},
		{"They got help from the Quiet Exit network, which hides deserters.",
			[]expect{{typ: Organization, name: "Quiet Exit"}}},
		{"The minister was quoted by ETV as saying so. Members of the LGBT+ community fled too.",
			[]expect{{typ: Organization, name: "ETV"}, {typ: Organization, name: "LGBT+", absent: true}}},
		{"The Kremlin said the reports were exaggerated, according to The Moscow Times.",
			[]expect{{typ: Organization, name: "Kremlin", key: "org/kremlin"}, {typ: Organization, name: "The Moscow Times"}}},
		{"Independent observers said the Spanish Red Cross helped.",
			[]expect{{typ: Organization, name: "Spanish Red Cross"}, {typ: Organization, name: "The Independent", absent: true}}},
		{"The deputy chairman of Russia's Security Council called them traitors.",
			[]expect{{typ: Organization, name: "Russia's Security Council", key: "org/russian-security-council"},
				{typ: Country, name: "Russia"},
				{typ: Organization, name: "UN Security Council", absent: true}}},
		{"The Commission and Frontex, the EU border agency, sent officers.",
			[]expect{{typ: Organization, name: "Frontex"}, {typ: Organization, name: "Commission and Frontex", absent: true}}},
	})
}

// TestUserAliases extends the alias table the way config does and checks
// that Analyze then knows the organisation by its short form.
func TestUserAliases(t *testing.T) {
	path := filepath.Join(t.TempDir(), "aliases.yaml")
	data := "- name: Zvezdochka Exit Fund\n  aliases: [ZEF]\n  kind: ngo\n  country: GE\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "The volunteers of ZEF paid for the flights."
	if e, ok := entity(Analyze(text, zeroTime), Organization, "ZEF"); ok && e.Key == "org/zvezdochka-exit-fund" {
		t.Fatal("known before the file was loaded")
	}
	if err := gazetteer.LoadAliases(path); err != nil {
		t.Fatal(err)
	}
	// named as the text names it; the key is the table's
	e, ok := entity(Analyze(text, zeroTime), Organization, "ZEF")
	if !ok || e.Key != "org/zvezdochka-exit-fund" || e.ISO3166 != "GE" {
		t.Errorf("after loading: %+v, %v", e, ok)
	}
}
