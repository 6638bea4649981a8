package graph

import (
	"crypto/sha1"
	"encoding/hex"
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	"github.com/cayleygraph/quad/voc/rdf"
	"github.com/cayleygraph/quad/voc/schema"
)

// The newsgraph vocabulary. Everything newsgraph writes uses full IRIs so that
// exports are valid RDF; the "ng:" prefix is registered with quad/voc so that
// Gizmo's g.addDefaultNamespaces() and g.IRI("ng:...") resolve it.
const (
	NS     = "https://newsgraph.dev/ns/"
	Prefix = "ng:"

	// IDBase is where entity, article, claim and event IRIs live.
	IDBase = "https://newsgraph.dev/id/"
)

func init() { voc.RegisterPrefix(Prefix, NS) }

// Standard predicates and classes, as full IRIs.
var (
	Type          = quad.IRI(rdf.NS + "type")
	Name          = quad.IRI(schema.NS + "name")
	AlternateName = quad.IRI(schema.NS + "alternateName")

	ClassPerson       = quad.IRI(schema.NS + "Person")
	ClassOrganization = quad.IRI(schema.NS + "Organization")
	ClassCountry      = quad.IRI(schema.NS + "Country")
	ClassPlace        = quad.IRI(schema.NS + "Place")
	ClassEvent        = quad.IRI(schema.NS + "Event")
	ClassArticle      = quad.IRI(schema.NS + "NewsArticle")

	Headline      = quad.IRI(schema.NS + "headline")
	URL           = quad.IRI(schema.NS + "url")
	DatePublished = quad.IRI(schema.NS + "datePublished")
	Author        = quad.IRI(schema.NS + "author")
	Publisher     = quad.IRI(schema.NS + "publisher")
)

// newsgraph's own predicates and classes.
var (
	// Key holds a normalised name or alias (see NameKey) for lookups by any alias.
	Key      = quad.IRI(NS + "key")
	ISO3166  = quad.IRI(NS + "iso3166")
	Wikidata = quad.IRI(NS + "wikidata")
	// Mentions links an article to every entity it names.
	Mentions = quad.IRI(NS + "mentions")

	ArticleID   = quad.IRI(NS + "articleId")
	ContentHash = quad.IRI(NS + "contentHash")
	Outlet      = quad.IRI(NS + "outlet")
	SourcePath  = quad.IRI(NS + "sourcePath")

	// ClassClaim is the evidence record behind one relation quad.
	ClassClaim    = quad.IRI(NS + "Claim")
	ClaimSubject  = quad.IRI(NS + "claimSubject")
	ClaimRelation = quad.IRI(NS + "relation")
	ClaimObject   = quad.IRI(NS + "claimObject")
	Role          = quad.IRI(NS + "role")

	// Evidence, shared by claims and events.
	InArticle = quad.IRI(NS + "article")
	Sentence  = quad.IRI(NS + "sentence")
	Start     = quad.IRI(NS + "start")
	End       = quad.IRI(NS + "end")

	// Events.
	Kind      = quad.IRI(NS + "kind")
	Count     = quad.IRI(NS + "count")
	Qualifier = quad.IRI(NS + "qualifier")
	Date      = quad.IRI(NS + "date")
)

// Relation predicates: the fixed vocabulary of the extraction contract.
var Relations = []string{
	"member_of", "spokesperson_for", "leader_of", "official_of", "founded",
	"citizen_of", "based_in", "part_of", "located_in", "borders",
	"deserted_from", "fled_to", "sought_asylum_in", "deported_from",
	"deported_to", "died_in", "sentenced_in", "helped",
}

// EventRoles are the participant fields of an event, each an ng: predicate
// from the event node to an entity.
var EventRoles = []string{"agent", "subject", "origin", "destination", "location", "source"}

// EventKinds is the fixed event vocabulary of the extraction contract.
var EventKinds = []string{
	"Invasion", "Mobilization", "Desertion", "Emigration", "AsylumApplication",
	"AsylumGrant", "VisaGrant", "EntryRefusal", "Deportation", "Death",
	"CriminalCase", "CourtRuling", "Detention", "Massacre",
}

// Predicate is the IRI of a relation or event-role name ("member_of", "origin").
func Predicate(name string) quad.IRI { return quad.IRI(NS + name) }

// PredicateName is the inverse of Predicate: "" when iri is not in the ng: namespace.
func PredicateName(iri quad.IRI) string {
	s := string(iri)
	if !strings.HasPrefix(s, NS) {
		return ""
	}
	return s[len(NS):]
}

// ClassOf maps an entity type of the contract ("Person") to its class IRI.
func ClassOf(entityType string) quad.IRI {
	switch entityType {
	case "Person":
		return ClassPerson
	case "Organization":
		return ClassOrganization
	case "Country":
		return ClassCountry
	case "Place":
		return ClassPlace
	}
	return ""
}

// TypeOf is the inverse of ClassOf.
func TypeOf(class quad.IRI) string {
	switch class {
	case ClassPerson:
		return "Person"
	case ClassOrganization:
		return "Organization"
	case ClassCountry:
		return "Country"
	case ClassPlace:
		return "Place"
	}
	return ""
}

// EntityIRI is the stable IRI of an entity: the same key from two articles
// gives the same node. key is "country/ru", "person/vladimir-putin", ...
func EntityIRI(key string) quad.IRI { return quad.IRI(IDBase + key) }

// ArticleIRI is the IRI of an article from its id (its url or file name).
// It is also the label of every quad the article contributes.
func ArticleIRI(id string) quad.IRI {
	return quad.IRI(IDBase + "article/" + url.PathEscape(id))
}

// ArticleIDOf is the inverse of ArticleIRI; ok is false for other IRIs.
func ArticleIDOf(iri quad.IRI) (string, bool) {
	p := IDBase + "article/"
	s := string(iri)
	if !strings.HasPrefix(s, p) {
		return "", false
	}
	id, err := url.PathUnescape(s[len(p):])
	return id, err == nil
}

// HashedIRI makes a deterministic IRI under IDBase+kind+"/" from parts, for
// claims and events, so re-extracting the same article gives the same nodes.
func HashedIRI(kind string, parts ...string) quad.IRI {
	h := sha1.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return quad.IRI(IDBase + kind + "/" + hex.EncodeToString(h.Sum(nil))[:20])
}
