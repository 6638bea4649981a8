// Command newsgraph turns news articles into a knowledge graph and answers
// relationship questions about it.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := newRootCmd().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "newsgraph:", err)
		os.Exit(1)
	}
}
