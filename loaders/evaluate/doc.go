// Package evaluate scores extracted entities, relations and events against
// hand-written gold files. It is a faithful Go port of the project's scorer
// (shared/eval/score.py): the same name normalisation, the same matching
// rules, the same micro-averaged precision, recall and F1, and the same table.
//
// It decodes the JSON extraction contract into its own Document type and does
// not import the extractor, so scores stay independent of the code they judge.
package evaluate
