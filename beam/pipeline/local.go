package pipeline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/creditins/creditins/beam/bookfile"
)

// RunLocal does what the pipeline does in this process, without Beam: it
// reads every file of the book into memory, groups the lines by buyer,
// evaluates the buyers on every core and writes the same files. It is the
// baseline of the pipeline's measures, for books that fit in memory.
func RunLocal(c Config) (Result, error) {
	if c.Shards < 1 {
		return Result{}, fmt.Errorf("pipeline: shards must be at least 1")
	}
	s, err := parseSettings(c.Terms, c.AsOf.String(), c.Book, c.WarnRatio.String())
	if err != nil {
		return Result{}, fmt.Errorf("pipeline: %w", err)
	}
	var res Result
	index := map[string]int{}
	var buyers []string
	var groups []bookfile.Group
	var rejects []string
	for _, k := range bookfile.Kinds {
		files, err := filepath.Glob(k.Glob(c.Input))
		if err != nil {
			return res, err
		}
		for _, name := range files {
			if err := eachLine(name, func(line string) {
				buyer, err := bookfile.BuyerOf(line)
				if err != nil {
					b, _ := json.Marshal(struct {
						File  string `json:"file"`
						Error string `json:"error"`
						Line  string `json:"line"`
					}{k.String(), err.Error(), line})
					rejects = append(rejects, string(b))
					return
				}
				i, ok := index[buyer]
				if !ok {
					i = len(buyers)
					index[buyer] = i
					buyers = append(buyers, buyer)
					groups = append(groups, bookfile.Group{})
				}
				groups[i][k] = append(groups[i][k], line)
			}); err != nil {
				return res, err
			}
		}
	}
	res.LinesRejected = int64(len(rejects))
	res.Buyers = int64(len(buyers))

	lines := make([]string, len(buyers))
	sums := make([]bookfile.Summary, len(buyers))
	w := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for c := range w {
		wg.Go(func() {
			for i := c; i < len(buyers); i += w {
				r := bookfile.Evaluate(s.terms, s.asOf, s.opts, buyers[i], groups[i])
				line, err := bookfile.ReportLine(r)
				if err != nil {
					b, _ := json.Marshal(map[string]string{"buyer": buyers[i], "error": err.Error()})
					line = string(b)
				}
				lines[i], sums[i] = line, bookfile.SummaryOf(r)
			}
		})
	}
	wg.Wait()
	var sum bookfile.Summary
	for _, x := range sums {
		sum = sum.Merge(x)
	}
	res.BuyersInError = int64(sum.InError)

	shards := make([][]string, c.Shards)
	for i, b := range buyers {
		k := shardOf(b, c.Shards)
		shards[k] = append(shards[k], lines[i])
	}
	for k, ls := range shards {
		if len(ls) == 0 {
			continue
		}
		if err := writeLines(fmt.Sprintf("%s/reports-%05d-of-%05d.jsonl", c.Output, k, c.Shards), ls); err != nil {
			return res, err
		}
	}
	sl, err := summaryLine(sum)
	if err != nil {
		return res, err
	}
	if err := writeLines(c.Output+"/summary.json", []string{sl}); err != nil {
		return res, err
	}
	if len(rejects) > 0 {
		err = writeLines(c.Output+"/rejects.jsonl", rejects)
	}
	return res, err
}

func eachLine(name string, f func(string)) error {
	fd, err := os.Open(name)
	if err != nil {
		return err
	}
	defer fd.Close()
	sc := bufio.NewScanner(fd)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		if len(sc.Bytes()) > 0 {
			f(sc.Text())
		}
	}
	return sc.Err()
}

func writeLines(name string, lines []string) error {
	fd, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return err
	}
	return fd.Close()
}
