// Package examples holds runnable end-to-end stories of the SDK: testable
// Examples a credit manager or a student recognises, each also a program
// under examples/<story> that prints a readable report.
package examples
