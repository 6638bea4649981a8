package queries

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"
	"unsafe"

	cgraph "github.com/cayleygraph/cayley/graph"
	cquery "github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
)

// TimeoutError is a query stopped at its deadline.
type TimeoutError struct{ After time.Duration }

func (e *TimeoutError) Error() string { return fmt.Sprintf("query timed out after %v", e.After) }

// RunGizmo runs a Gizmo query and returns its results JSON-ready, the way
// Cayley's HTTP API collects them: one element per result (tag maps for All,
// values for Emit), nil when there are none. At most limit results are kept
// (limit ≤ 0: no limit).
//
// Session.Execute ignores its context; only the context given to Next can
// interrupt the JavaScript VM. Next therefore gets the deadline, so a runaway
// script such as while(true){} stops at the timeout instead of spinning on.
func RunGizmo(ctx context.Context, qs cgraph.QuadStore, query string, limit int, timeout time.Duration) ([]interface{}, error) {
	ctx, cancel := gizmoContext(ctx, timeout)
	defer cancel()
	it, err := gizmo.NewSession(qs).Execute(ctx, query, cquery.Options{Collation: cquery.JSON, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close() // interrupts the VM and cancels iteration if still running
	var out []interface{}
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		return nil, asTimeout(ctx, err, timeout)
	}
	return out, nil
}

// ShapeGizmo returns the shape of a Gizmo query (the nodes and links of its
// iterator tree, as Cayley's query-shape endpoint gives them) without
// running it against the data.
//
// Cayley's ShapeOf runs the script with no way to stop it, so a runaway
// script is interrupted here at the deadline through the session's VM.
func ShapeGizmo(ctx context.Context, qs cgraph.QuadStore, query string, timeout time.Duration) (interface{}, error) {
	ctx, cancel := gizmoContext(ctx, timeout)
	defer cancel()
	ses := gizmo.NewSession(qs)
	vm, err := sessionVM(ses)
	if err != nil {
		return nil, err
	}
	type outcome struct {
		shape interface{}
		err   error
	}
	done := make(chan outcome, 1)
	go func() {
		sh, err := ses.ShapeOf(query)
		done <- outcome{sh, err}
	}()
	select {
	case o := <-done:
		if errors.Is(o.err, cquery.ErrParseMore) {
			return nil, errors.New("incomplete query")
		}
		return o.shape, o.err
	case <-ctx.Done():
		vm.Interrupt(ctx.Err())
		<-done // the VM checks for interrupts between instructions: this is prompt
		return nil, asTimeout(ctx, ctx.Err(), timeout)
	}
}

func gizmoContext(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if d > 0 {
		return context.WithTimeout(ctx, d)
	}
	return context.WithCancel(ctx)
}

// asTimeout names the deadline when err is the query's deadline passing.
func asTimeout(ctx context.Context, err error, d time.Duration) error {
	if d > 0 && errors.Is(ctx.Err(), context.DeadlineExceeded) &&
		(errors.Is(err, context.DeadlineExceeded) || isInterrupt(err)) {
		return &TimeoutError{After: d}
	}
	return err
}

func isInterrupt(err error) bool {
	var ie *goja.InterruptedError
	return errors.As(err, &ie)
}

// sessionVM reaches the JavaScript runtime of a Gizmo session, which Cayley
// v0.7.7 keeps unexported, so that ShapeGizmo can interrupt it. If a Cayley
// upgrade changes the field, shape queries fail loudly rather than run unbounded.
func sessionVM(ses *gizmo.Session) (*goja.Runtime, error) {
	f := reflect.ValueOf(ses).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*goja.Runtime)(nil)) {
		return nil, errors.New("gizmo: cannot bound the shape query (unexpected Cayley session layout)")
	}
	vm := *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr()))
	if vm == nil {
		return nil, errors.New("gizmo: session has no JavaScript runtime")
	}
	return vm, nil
}
