package queries

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"newsgraph/graph"
)

// Answer is the reply to a question: text lines for people and items, each
// with its evidence, for programs.
type Answer struct {
	Question string       `json:"question"`
	Form     string       `json:"form"`
	Lines    []string     `json:"lines"`
	Items    []AnswerItem `json:"items"`
}

// AnswerItem is one finding: an entity, an event or a path.
type AnswerItem struct {
	Entity    *EntityRef     `json:"entity,omitempty"`
	Predicate string         `json:"predicate,omitempty"`
	Roles     []string       `json:"roles,omitempty"`
	Event     *EventInfo     `json:"event,omitempty"`
	Path      *Path          `json:"path,omitempty"`
	Profile   *EntityProfile `json:"profile,omitempty"`
	Evidence  []Evidence     `json:"evidence"`
}

// QuestionForm is one kind of question Ask understands.
type QuestionForm struct {
	Name    string `json:"name"`
	Example string `json:"example"`
	Means   string `json:"means"`
}

// questionForm pairs a form with its patterns and its answerer; the first
// form whose pattern matches (and whose words are known) answers.
type questionForm struct {
	QuestionForm
	patterns []*regexp.Regexp
	answer   func(a *asker, m []string) (*Answer, error)
}

var forms = []questionForm{
	{QuestionForm{"connection", "How is Pavel Orlov connected to Russia?", "the shortest paths between two entities, with evidence per hop"},
		res(`^how (?:is|are|was|were) (.+?) (?:connected|related|linked|tied) (?:to|with) (.+)$`,
			`^how are (.+?) and (.+?) (?:connected|related|linked)$`),
		(*asker).connection},
	{QuestionForm{"connections", "What is Exit Route connected to?", "every relation and event of an entity"},
		res(`^(?:what|who) (?:is|are|was) (.+?) (?:connected|related|linked) (?:to|with)$`),
		(*asker).connections},
	{QuestionForm{"helped", "Who helped Pavel Orlov? / Which organisations helped deserters?", "subjects of helped relations, optionally of one type, towards an entity or a group (deserters, asylum seekers, draft evaders)"},
		res(`^who (?:helped|helps|has helped|assisted) (.+)$`,
			`^which (\w+) (?:helped|help|have helped|assisted) (.+)$`),
		(*asker).helped},
	{QuestionForm{"grants", "Which countries refused entry to Russians? / Which countries granted asylum to Russians?", "agents of EntryRefusal, AsylumGrant or VisaGrant events whose origin or subject is the entity"},
		res(`^which (?:countries|states|governments) (.+?) (?:to|for) (.+)$`),
		(*asker).grants},
	{QuestionForm{"reported-by", "Who reported the emigration? / Who reported Pavel Orlov?", "sources of events of a kind or about an entity"},
		res(`^who (?:reported|reports|announced|said|claimed) (.+)$`),
		(*asker).reportedBy},
	{QuestionForm{"reports", "What did Exit Route report?", "events an entity is the source of, and articles of an outlet"},
		res(`^what (?:did|does|has) (.+?) (?:report|reported|announce|say|claim)$`),
		(*asker).reports},
	{QuestionForm{"where", "Where did Pavel Orlov flee? (die, flee, escape, go, move, end up)", "places an entity died in, fled to or went to, from relations and events"},
		res(`^where (?:did|does|has) (.+?) (die|died|flee|fled|escape|escaped|go|gone|move|moved|end up|ended up)(?: to)?$`),
		(*asker).where},
	{QuestionForm{"title", "Who is the spokesperson of Free Passage? / Who is the interior minister of Estonia?", "holders of a title (spokesperson, leader, president, minister, member, founder) of an organisation or country"},
		res(`^who (?:is|are|was|were) (?:the |a |an )?(.+?) (?:of|for|at|in) (.+)$`),
		(*asker).title},
	{QuestionForm{"events-in", "Which events happened in Ukraine?", "events located in a place or country (or in places inside it)"},
		res(`^(?:which|what) events? (?:happened|took place|occurred|were reported) in (.+)$`,
			`^what happened in (.+)$`),
		(*asker).eventsIn},
	{QuestionForm{"who-is", "Who is Pavel Orlov? / What is Exit Route?", "the entity's profile: type, names, ids, relations, events, articles"},
		res(`^(?:who|what) (?:is|are|was|were) (.+)$`, `^tell me about (.+)$`),
		(*asker).whoIs},
}

func res(patterns ...string) []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, p := range patterns {
		out = append(out, regexp.MustCompile(`(?i)`+p))
	}
	return out
}

// QuestionForms lists the question forms Ask understands, with examples.
func QuestionForms() []QuestionForm {
	out := make([]QuestionForm, len(forms))
	for i, f := range forms {
		out[i] = f.QuestionForm
	}
	return out
}

// NotUnderstoodError is returned for a question of no known form.
type NotUnderstoodError struct {
	Question string         `json:"question"`
	Forms    []QuestionForm `json:"forms"`
}

func (e *NotUnderstoodError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "cannot understand %q; questions can be:", e.Question)
	for _, f := range e.Forms {
		fmt.Fprintf(&b, "\n  %s", f.Example)
	}
	return b.String()
}

// errNoMatch lets a form decline a question its pattern matched but whose
// words it does not know, so that the next form can try.
var errNoMatch = errors.New("form does not apply")

// asker answers one question.
type asker struct {
	ctx   context.Context
	store *graph.Store
	r     *reader
}

// Ask answers a plain-English question of one of the QuestionForms from
// the graph alone: no language model, every item with its evidence.
func Ask(ctx context.Context, store *graph.Store, question string) (*Answer, error) {
	q := strings.TrimSpace(question)
	q = strings.TrimRight(q, "?!. ")
	q = strings.Join(strings.Fields(q), " ")
	a := &asker{ctx: ctx, store: store, r: newReader(ctx, store)}
	for _, f := range forms {
		for _, re := range f.patterns {
			m := re.FindStringSubmatch(q)
			if m == nil {
				continue
			}
			ans, err := f.answer(a, m)
			if errors.Is(err, errNoMatch) {
				continue
			}
			if err != nil {
				return nil, err
			}
			ans.Question, ans.Form = question, f.Name
			if ans.Items == nil {
				ans.Items = []AnswerItem{}
			}
			if ans.Lines == nil {
				ans.Lines = []string{}
			}
			return ans, nil
		}
	}
	return nil, &NotUnderstoodError{Question: question, Forms: QuestionForms()}
}
