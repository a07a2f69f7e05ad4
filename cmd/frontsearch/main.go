// Command frontsearch indexes archived Vietnamese Fatherland Front news pages
// and serves them as a search engine.
//
// Usage:
//
//	frontsearch                      index the bundled demo archive if needed and serve it on :8080
//	frontsearch extract PATH...      print one JSON object per page (JSON Lines)
//	frontsearch index -index DIR PATH...
//	frontsearch search -index DIR [flags] QUERY
//	frontsearch serve -index DIR -addr :8080
//	frontsearch gen -n N -out DIR    generate a synthetic archive
//	frontsearch bench ...            benchmarks on generated corpora
//
// Run "frontsearch help" for every subcommand.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand. Each lives in its own file and adds itself to
// the registry in an init function.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// commands is the subcommand registry, filled by register.
var commands = map[string]command{}

func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("frontsearch: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// defaultCommand runs when frontsearch is called with no arguments.
const defaultCommand = "demo"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})))
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	name := defaultCommand
	if len(args) > 0 {
		name, args = args[0], args[1:]
	}
	if name == "help" || name == "-h" || name == "--help" {
		usage(stdout)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "frontsearch: unknown command %q\n\n", name)
		usage(stderr)
		return 2
	}
	if err := c.run(ctx, args, stdout, stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "frontsearch %s: %v\n", name, err)
			return 2
		}
		fmt.Fprintf(stderr, "frontsearch %s: %v\n", name, err)
		return 1
	}
	return 0
}

// usageError marks an error in the command line itself (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: frontsearch [command] [flags] [args]")
	fmt.Fprintln(w, "\nWith no command, frontsearch indexes the bundled demo archive (if needed) and serves it on http://localhost:8080.")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-13s %s\n", n, commands[n].summary)
	}
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("frontsearch "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}
