package extract

import "testing"

// TestRoleNounsAndLoneNames covers people introduced by a role noun before
// the name, by an apposition ending in "of" and an organisation, and by a
// given name alone.
func TestRoleNounsAndLoneNames(t *testing.T) {
	runTable(t, []struct {
		text string
		want []expect
	}{
		{"On the late show, presenter Kadri Lepp asked the guest about the draft.",
			[]expect{{typ: Person, name: "Kadri Lepp"}}},
		{"Researcher Olga Petrenko said the queues had grown. MP Jonas Berg disagreed.",
			[]expect{{typ: Person, name: "Olga Petrenko"}, {typ: Person, name: "Jonas Berg"}}},
		{"His lawyer, Tarmo Kask of the Estonian Refugee Council (ERC), appealed.",
			[]expect{{typ: Person, name: "Tarmo Kask"}, {typ: Organization, name: "Estonian Refugee Council", alias: "ERC"},
				{typ: Person, name: "Tarmo Kask of the Estonian Refugee Council", absent: true}}},
		{"The soldier agreed to speak if he was identified only as Artyom. \"We were told nothing,\" Artyom recalled.",
			[]expect{{typ: Person, name: "Artyom"}}},
		// a name the teller gives: "let me call him X", "we will call X"
		{"Let me call him Denis - he did not want his surname used. A conscript we will call Ivan left in May.",
			[]expect{{typ: Person, name: "Denis"}, {typ: Person, name: "Ivan"}}},
		{"Irina Volkova founded the shelter in 2022. \"Nobody else would,\" Irina said.",
			[]expect{{typ: Person, name: "Irina Volkova", alias: "Irina"}, {typ: Person, name: "Irina", key: "person/irina-volkova"}}},
		// one introduced anew by an apposition is someone else when the full name is a public figure's
		{"Vladimir Putin spoke on Friday. Vladimir, a taxi driver from Omsk, was not listening.",
			[]expect{{typ: Person, name: "Vladimir", key: "person/vladimir"}}},
		// a feature names its people in full once, then by given name
		{"Oksana Belova plays the piano in a rented flat. Oksana, 41, taught music in Izhevsk.",
			[]expect{{typ: Person, name: "Oksana", key: "person/oksana-belova"}, {typ: Person, name: "Oksana Belova", alias: "Oksana"}}},
		{"Artyom (not his real name) left in May. Later Maksim, 31, joined him. Olga, who fled in 2022, agreed.",
			[]expect{{typ: Person, name: "Artyom"}, {typ: Person, name: "Maksim"}, {typ: Person, name: "Olga"}}},
		{"Judge Anna Lind of the Helsinki District Court ruled against the state.",
			[]expect{{typ: Person, name: "Anna Lind"}, {typ: Organization, name: "Helsinki District Court"}}},
		// an apposition whose person noun follows lower-case words, or what a body owns
		{"Eino Kallasvuo, parliamentary group leader of the Centre Party, spoke. Kati Ruus, the UN refugee agency's (UNHCR) envoy for the Baltics, listened.",
			[]expect{{typ: Person, name: "Eino Kallasvuo"}, {typ: Person, name: "Kati Ruus"}, {typ: Organization, name: "Kati Ruus", absent: true}}},
		// a participle before the trade noun of an apposition
		{"DARKHAN — Tuyaa Ganbold, a 54-year-old retired schoolteacher, now hosts four men.",
			[]expect{{typ: Person, name: "Tuyaa Ganbold"}}},
		// an office named after a title with its rank words
		{"The Chief Military Prosecutor's Office said it had opened 900 cases.",
			[]expect{{typ: Organization, name: "Chief Military Prosecutor's Office"}}},
		// a particle inside the name stays in it
		{"\"We help,\" said Anneke van Dijk, executive director of the group.",
			[]expect{{typ: Person, name: "Anneke van Dijk"}, {typ: Person, name: "Dijk", absent: true}}},
		// a seat between "of the" and the name is none of it
		{"His lawyer, Ruth Adler of the Denver-based Open Door Legal Project, appealed.",
			[]expect{{typ: Person, name: "Ruth Adler"}, {typ: Organization, name: "Open Door Legal Project"}, {typ: Place, name: "Denver"},
				{typ: Organization, name: "Denver-based Open Door Legal Project", absent: true}}},
	})
}

// TestOrganisationCues covers organisations named after a noun that says
// what they are, offices named after a title, broadcasters opening with
// "Radio", national editions of outlets and observatories.
func TestOrganisationCues(t *testing.T) {
	runTable(t, []struct {
		text string
		want []expect
	}{
		{"The volunteer project Safe Passage said it had helped 300 men.",
			[]expect{{typ: Organization, name: "Safe Passage"}, {typ: Person, name: "Safe Passage", absent: true}}},
		{"According to the refugee council Vaba Tee, most claims were refused.",
			[]expect{{typ: Organization, name: "Vaba Tee"}}},
		{"The volunteer project Maria Tamm founded in 2022 now has a hotline.",
			[]expect{{typ: Organization, name: "Maria Tamm", absent: true}, {typ: Person, name: "Maria Tamm"}}},
		{"She runs a small legal aid group called Sild in the capital.",
			[]expect{{typ: Organization, name: "Sild"}}},
		{"The figures come from the UN refugee agency UNHCR and Eurostat, the EU statistics office.",
			[]expect{{typ: Organization, name: "UNHCR"}, {typ: Organization, name: "Eurostat"},
				{typ: Organization, name: "UNHCR and Eurostat", absent: true}}},
		{"Last month the Prosecutor General's Office opened a case against the site.",
			[]expect{{typ: Organization, name: "Prosecutor General's Office"}}},
		{"The evening programme of Radio Polaris carried the interview.",
			[]expect{{typ: Organization, name: "Radio Polaris"}}},
		{"Forbes Russia, citing two officials, put the number higher.",
			[]expect{{typ: Organization, name: "Forbes Russia"}, {typ: Country, name: "Russia"}}},
		{"He told Reuters Russia would not change course.",
			[]expect{{typ: Organization, name: "Reuters Russia", absent: true}, {typ: Organization, name: "Reuters"}}},
		{"The report by the Tallinn-based Baltic Migration Observatory was published on Monday.",
			[]expect{{typ: Organization, name: "Baltic Migration Observatory"}, {typ: Place, name: "Tallinn"},
				{typ: Organization, name: "Tallinn-based Baltic Migration Observatory", absent: true}}},
		{"The International Criminal Court and the Constitutional Tribunal were silent.",
			[]expect{{typ: Organization, name: "International Criminal Court"}, {typ: Organization, name: "Constitutional Tribunal"}}},
		{"Norway has been cautious with Russian military cases near a Russian military base.",
			[]expect{{typ: Organization, name: "Russian military", absent: true}, {typ: Country, name: "Russia"}}},
		{"Brussels kept its distance from the dispute. The EU later set rules.",
			[]expect{{typ: Organization, name: "EU", key: "org/european-union", alias: "Brussels"}, {typ: Place, name: "Brussels", absent: true}}},
		{"Officials in Brussels said little. The EU later set rules.",
			[]expect{{typ: Place, name: "Brussels"}}},
		{"(Reporting by Kalle Rand; editing by the Central Asia desk)",
			[]expect{{typ: Person, name: "Kalle Rand"}, {typ: Place, name: "Central Asia", absent: true}}},
	})
}

// TestNamedPlaces covers places named by their kind: regions, sites and
// geographic features.
func TestNamedPlaces(t *testing.T) {
	runTable(t, []struct {
		text string
		want []expect
	}{
		{"He reached the main town of North Kazakhstan region by bus.",
			[]expect{{typ: Place, name: "North Kazakhstan region"}}},
		{"Shelling hit the Kursk region again, and Moscow Oblast tightened checks.",
			[]expect{{typ: Place, name: "Kursk region", alias: "", key: "place/kursk-ru"}, {typ: Place, name: "Moscow Oblast"}}},
		{"Under the Dublin rules and the Minsk agreements nothing changes.",
			[]expect{{typ: Place, name: "Dublin", absent: true}, {typ: Place, name: "Minsk", absent: true}}},
		{"Police detained him in Rustaveli Square and held him in Tbilisi Central Prison for a week.",
			[]expect{{typ: Place, name: "Rustaveli Square"}, {typ: Place, name: "Tbilisi Central Prison"}}},
		{"They stopped at the Vaalimaa station in Kymenlaakso before the Gulf of Finland froze.",
			[]expect{{typ: Place, name: "Vaalimaa"}, {typ: Place, name: "Gulf of Finland"}}},
		{"He walked across at the Hopseidet border post and later sailed across the Black Sea.",
			[]expect{{typ: Place, name: "Hopseidet"}, {typ: Place, name: "Black Sea"}, {typ: Place, name: "Across the Black Sea", absent: true}}},
		{"He returned to Storby, a small fishing town near the border. Vladimir, a city official, disagreed.",
			[]expect{{typ: Place, name: "Storby"}, {typ: Person, name: "Vladimir"}, {typ: Place, name: "Vladimir", absent: true}}},
		{"Storby, Norway — The checkpoint near Hopseidet stayed open.",
			[]expect{{typ: Place, name: "Storby", key: "place/storby-no"}, {typ: Place, name: "Hopseidet"}}},
		{"KRAKSBY, Finland (AP) — Few people crossed the Arctic this winter.",
			[]expect{{typ: Place, name: "Kraksby", key: "place/kraksby-fi"}, {typ: Place, name: "Arctic"}}},
		{"The Moscow programme ended. He moved to The Hague.",
			[]expect{{typ: Place, name: "Moscow"}, {typ: Place, name: "The Moscow", absent: true}, {typ: Place, name: "The Hague"}}},
		{"He was held in the Lefortovo prison and then flown to the Hmeimim air base.",
			[]expect{{typ: Place, name: "Lefortovo"}, {typ: Place, name: "Hmeimim"}}},
		// a suburb named after its city, whatever apposition follows
		{"Now he rents a room in the Lyon suburb of Vaulx-en-Velin, a refugee card on the shelf.",
			[]expect{{typ: Place, name: "Vaulx-en-Velin"}, {typ: Person, name: "Vaulx-en-Velin", absent: true}}},
		{"She grew up in the village of Krasnaya Polyanka before moving.",
			[]expect{{typ: Place, name: "Krasnaya Polyanka"}}},
	})
}
