package facts

// A state sending a person back is one happening however often the article
// tells it: the headline names the states ("X sends deserter back to Y"),
// the body names the person ("… agreed to extradite him"). And the flight
// told inside a return ("a soldier who fled the draft back to Y") is no
// emigration to Y.

// dropReturnedFlights removes emigration drafts of a sentence whose
// deportation goes to the same destination.
func dropReturnedFlights(ds []draft) []draft {
	out := ds[:0:0]
	for _, d := range ds {
		returned := false
		if d.kind == "Emigration" && d.destination >= 0 {
			for _, o := range ds {
				if o.kind == "Deportation" && o.si == d.si && o.destination == d.destination {
					returned = true
					break
				}
			}
		}
		if !returned {
			out = append(out, d)
		}
	}
	return out
}

// mergeHeadlineReturn gives a headline deportation with no person the person
// of the article's one deportation that names somebody, when nothing they
// say disagrees, and drops that second draft.
func mergeHeadlineReturn(ds []draft) []draft {
	head, body := -1, -1
	for i, d := range ds {
		if d.kind != "Deportation" {
			continue
		}
		switch {
		case d.si == 0 && d.subject < 0 && head < 0:
			head = i
		case d.si > 0 && d.subject >= 0:
			if body >= 0 && ds[body].subject != d.subject {
				return ds // two people: no telling which the headline means
			}
			if body < 0 {
				body = i
			}
		}
	}
	if head < 0 || body < 0 || ds[body].count != nil || ds[head].count != nil {
		return ds
	}
	h, ok := mergeDrafts(ds[head], ds[body])
	if !ok {
		return ds
	}
	ds[head] = h
	return append(ds[:body:body], ds[body+1:]...)
}

// mergeHeadlineGrant: a headline grant with no figure ("X is granted asylum
// in Y") is the one grant of its kind the body tells without a figure, when
// nothing they say disagrees; the body adds its date and source.
func mergeHeadlineGrant(ds []draft) []draft {
	for _, kind := range []string{"AsylumGrant", "VisaGrant", "Detention"} {
		head, body := -1, -1
		for i, d := range ds {
			if d.kind != kind || d.count != nil {
				continue
			}
			switch {
			case d.si == 0 && head < 0:
				head = i
			case d.si > 0 && body >= 0:
				body = -2 // two grants: no telling which the headline means
			case d.si > 0 && body == -1:
				body = i
			}
		}
		if head < 0 || body < 0 {
			continue
		}
		if h, ok := mergeDrafts(ds[head], ds[body]); ok {
			ds[head] = h
			ds = append(ds[:body:body], ds[body+1:]...)
		}
	}
	return ds
}

// mergeDrafts fills h's missing participants and date from b, unless a
// participant both name differs.
func mergeDrafts(h, b draft) (draft, bool) {
	hs, bs := h.slots(), b.slots()
	for k := range hs {
		if hs[k] >= 0 && bs[k] >= 0 && hs[k] != bs[k] {
			return h, false
		}
	}
	fill := func(x *int, y int) {
		if *x < 0 {
			*x = y
		}
	}
	fill(&h.agent, b.agent)
	fill(&h.subject, b.subject)
	fill(&h.origin, b.origin)
	fill(&h.destination, b.destination)
	fill(&h.location, b.location)
	fill(&h.src, b.src)
	if h.date == "" && h.datePh == nil {
		h.date, h.datePh = b.date, b.datePh
	}
	return h, true
}
