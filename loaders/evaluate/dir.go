package evaluate

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Extractor returns the predicted document for the article at path.
type Extractor func(path string) (Document, error)

// ArticleResult is the score of one gold article.
type ArticleResult struct {
	Name    string // the gold file's name without ".json"
	Article string // the article path given to the extractor
	Result  Result
	Log     []string // what was wrong, duplicated or missed
	Err     error    // the extractor's error; the article then scores as empty
}

// Report is the outcome of scoring a directory of gold files.
type Report struct {
	Articles []ArticleResult // scored articles, in gold file name order
	Total    Result          // micro-averaged over Articles
	// Failures are score.py's stderr lines: gold files without an article
	// (not scored) and articles the extractor failed on (scored as empty).
	Failures []string
}

// EvaluateDir scores every GOLD/NAME.json against extract(CORPUS/NAME.txt),
// as score.py does. A gold file that cannot be read or decoded is an error; a
// missing article or a failing extractor is a failure recorded in the report.
func EvaluateDir(goldDir, corpusDir string, extract Extractor) (Report, error) {
	entries, err := os.ReadDir(goldDir)
	if err != nil {
		return Report{}, err
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	rep := Report{Total: Result{Entities: map[string]Counts{}}}
	for _, fn := range names {
		base := strings.TrimSuffix(fn, ".json")
		article := pyJoin(corpusDir, base+".txt")
		if _, err := os.Stat(article); err != nil {
			rep.Failures = append(rep.Failures, fmt.Sprintf("%s: no article %s", base, article))
			continue
		}
		g, err := ReadDocument(pyJoin(goldDir, fn))
		if err != nil {
			return Report{}, fmt.Errorf("gold file %w", err)
		}
		pred, xerr := extract(article)
		if xerr != nil {
			rep.Failures = append(rep.Failures, fmt.Sprintf("%s: the command failed: %s", base, truncate(xerr.Error(), 300)))
			pred = Document{}
		}
		res, log := ScoreLog(g, pred)
		rep.Total.Add(res)
		rep.Articles = append(rep.Articles, ArticleResult{Name: base, Article: article, Result: res, Log: log, Err: xerr})
	}
	return rep, nil
}

// Write prints what score.py prints on stdout: with verbose each article's
// name and log, then the table, then the summary line (JSON when asJSON).
func (rep Report) Write(w io.Writer, verbose, asJSON bool) error {
	ew := &errWriter{w: w}
	if verbose {
		for _, a := range rep.Articles {
			ew.printf("%s\n%s\n", a.Name, strings.Join(a.Log, "\n"))
		}
	}
	if ew.err != nil {
		return ew.err
	}
	if err := rep.Total.WriteTable(w); err != nil {
		return err
	}
	if asJSON {
		ew.printf("%s\n", rep.Total.SummaryJSON(len(rep.Failures)))
	} else {
		ew.printf("%s\n", rep.Total.Summary(len(rep.Failures)))
	}
	return ew.err
}

// pyJoin joins two path parts as Python's os.path.join does (no cleaning), so
// article paths and messages read the same as score.py's.
func pyJoin(dir, name string) string {
	if dir == "" || strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}
