// Package gazetteer loads Vietnam's administrative units — the pre-2025
// three levels (province > district > commune) with the province and
// commune each became on 1 July 2025, and the 2025 two-level units — from
// data files given by path, and answers lookups by level and name.
//
// The data is an optional input of the product (it is third-party data,
// never embedded): LoadDir reads legacy_units_to_2025.csv and
// units_2025.json from a directory such as ../shared/data/admin-units.
//
// Names are compared by their canonical key (NFC, tone marks in one style,
// lowercase), so "Thanh Hoá" and "Thanh Hóa" are the same province. A name
// repeated across the country ("Tân Thành" is a commune in 28 districts)
// resolves only when the caller's context — the province or district the
// article names — leaves exactly one candidate.
package gazetteer

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
	"github.com/frontsearch/frontsearch/search"
)

// File names LoadDir looks for.
const (
	LegacyFile = "legacy_units_to_2025.csv"
	UnitsFile  = "units_2025.json"
)

// Unit is one administrative unit. Names are bare ("Chi Lăng"), without
// the type word, which is in Type ("Huyện", "Xã", "Thành phố"…).
type Unit struct {
	Level    string // search.LevelTinh, LevelHuyen or LevelXa
	Name     string
	Type     string
	Province string // bare province name (the unit's own for a province)
	District string // bare district name, for communes before 2025
	// Province2025 and Commune2025 are what the unit belongs to after the
	// 1 July 2025 reorganisation; Commune2025 keeps its type in lowercase
	// ("xã Chi Lăng").
	Province2025 string
	Commune2025  string
	// Current is true for a unit of the 2025 two-level system.
	Current bool
}

// Gazetteer answers lookups by (level, name). It is read-only after Load
// and safe for concurrent use.
type Gazetteer struct {
	byKey map[string][]*Unit // level + "|" + key(name)
	hosts map[string]string  // folded province name without spaces → bare province name
}

// Options names the data files; an empty path skips that file.
type Options struct {
	LegacyCSV     string
	Units2025JSON string
}

// LoadDir loads both files from dir.
func LoadDir(dir string) (*Gazetteer, error) {
	return Load(Options{LegacyCSV: filepath.Join(dir, LegacyFile), Units2025JSON: filepath.Join(dir, UnitsFile)})
}

// Load reads the files named in opts.
func Load(opts Options) (*Gazetteer, error) {
	g := &Gazetteer{byKey: map[string][]*Unit{}, hosts: map[string]string{}}
	if opts.LegacyCSV == "" && opts.Units2025JSON == "" {
		return nil, errors.New("gazetteer: no data file given")
	}
	if opts.LegacyCSV != "" {
		f, err := os.Open(opts.LegacyCSV)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		err = g.readLegacy(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("gazetteer: reading %s: %w", opts.LegacyCSV, err)
		}
	}
	if opts.Units2025JSON != "" {
		b, err := os.ReadFile(opts.Units2025JSON)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		if err := g.read2025(b); err != nil {
			return nil, fmt.Errorf("gazetteer: reading %s: %w", opts.Units2025JSON, err)
		}
	}
	return g, nil
}

var typeWords = []string{"Thành phố", "Thị trấn", "Thị xã", "Tỉnh", "Huyện", "Quận", "Phường", "Xã", "Đặc khu"}

// splitType separates "Huyện Chi Lăng" into ("Huyện", "Chi Lăng").
// "Phường 1" keeps its number as the name.
func splitType(full string) (typ, name string) {
	full = strings.TrimSpace(vntext.Canon(full))
	for _, t := range typeWords {
		if strings.HasPrefix(full, t+" ") {
			return t, strings.TrimSpace(full[len(t)+1:])
		}
	}
	return "", full
}

func lowerType(full string) string {
	t, n := splitType(full)
	if t == "" {
		return n
	}
	return strings.ToLower(t) + " " + n
}

func (g *Gazetteer) add(u *Unit) {
	k := u.Level + "|" + vntext.Key(u.Name)
	for _, old := range g.byKey[k] {
		if old.Province == u.Province && old.District == u.District && old.Current == u.Current {
			// The same unit again: a commune divided among several 2025
			// communes has one row per part. Keep the part that kept the
			// old name, else the first.
			if u.Commune2025 != old.Commune2025 && vntext.Key(u.Commune2025) == vntext.Key(strings.ToLower(u.Type)+" "+u.Name) {
				old.Commune2025 = u.Commune2025
			}
			return
		}
	}
	g.byKey[k] = append(g.byKey[k], u)
}

func hostKey(name string) string {
	return strings.ReplaceAll(vntext.Fold(name), " ", "")
}

func (g *Gazetteer) readLegacy(r io.Reader) error {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, need := range []string{"province", "district", "ward", "newProvince", "newWard"} {
		if _, ok := col[need]; !ok {
			return fmt.Errorf("missing column %q", need)
		}
	}
	provSeen := map[string]bool{}
	distSeen := map[string]bool{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		get := func(c string) string { return rec[col[c]] }
		_, prov := splitType(get("province"))
		dt, dist := splitType(get("district"))
		wt, ward := splitType(get("ward"))
		_, newProv := splitType(get("newProvince"))
		newWard := lowerType(get("newWard"))
		if !provSeen[prov] {
			provSeen[prov] = true
			g.add(&Unit{Level: search.LevelTinh, Name: prov, Type: "Tỉnh", Province: prov, Province2025: newProv})
			g.hosts[hostKey(prov)] = prov
		}
		if dk := prov + "|" + dist; !distSeen[dk] && dist != "" {
			distSeen[dk] = true
			g.add(&Unit{Level: search.LevelHuyen, Name: dist, Type: dt, Province: prov, Province2025: newProv})
		}
		if ward != "" {
			g.add(&Unit{Level: search.LevelXa, Name: ward, Type: wt, Province: prov, District: dist,
				Province2025: newProv, Commune2025: newWard})
		}
	}
}

type json2025 struct {
	Name     string
	FullName string
	Wards    []struct {
		Name     string
		FullName string
	}
}

func (g *Gazetteer) read2025(b []byte) error {
	var provs []json2025
	if err := json.Unmarshal(b, &provs); err != nil {
		return err
	}
	for _, p := range provs {
		pt, pn := splitType(p.FullName)
		if pn == "" {
			pn = vntext.Canon(p.Name)
		}
		if len(g.Lookup(search.LevelTinh, pn)) == 0 {
			g.add(&Unit{Level: search.LevelTinh, Name: pn, Type: pt, Province: pn, Province2025: pn, Current: true})
			g.hosts[hostKey(pn)] = pn
		}
		for _, w := range p.Wards {
			wt, wn := splitType(w.FullName)
			if wn == "" {
				wn = vntext.Canon(w.Name)
			}
			g.add(&Unit{Level: search.LevelXa, Name: wn, Type: wt, Province: pn, Province2025: pn,
				Commune2025: lowerType(w.FullName), Current: true})
		}
	}
	return nil
}

// Lookup returns every unit of the level with that name (any tone style,
// any case). Level is one of the search.Level* constants.
func (g *Gazetteer) Lookup(level, name string) []*Unit {
	if g == nil {
		return nil
	}
	return g.byKey[level+"|"+vntext.Key(name)]
}

// Context is what an article says about where it is: the province and
// district it names or its site belongs to (bare names; empty if unknown).
type Context struct {
	Province string
	District string
}

// Resolve returns the single unit of that level and name consistent with
// ctx, preferring pre-2025 units (Front archives are mostly older) when a
// name exists in both systems of the same province. It reports false when
// the name is unknown or still ambiguous.
func (g *Gazetteer) Resolve(level, name string, ctx Context) (*Unit, bool) {
	cands := g.Lookup(level, name)
	if len(cands) == 0 {
		return nil, false
	}
	var keep []*Unit
	for _, u := range cands {
		if ctx.Province != "" && !sameName(u.Province, ctx.Province) && !sameName(u.Province2025, ctx.Province) {
			continue
		}
		if ctx.District != "" && level == search.LevelXa && !u.Current && !sameName(u.District, ctx.District) {
			continue
		}
		keep = append(keep, u)
	}
	if ctx.District != "" && level == search.LevelXa {
		// With a district named, a pre-2025 commune of that district wins.
		var legacy []*Unit
		for _, u := range keep {
			if !u.Current {
				legacy = append(legacy, u)
			}
		}
		if len(legacy) > 0 {
			keep = legacy
		}
	}
	if len(keep) > 1 {
		var legacy []*Unit
		for _, u := range keep {
			if !u.Current {
				legacy = append(legacy, u)
			}
		}
		if len(legacy) == 1 {
			keep = legacy
		}
	}
	if len(keep) != 1 {
		return nil, false
	}
	return keep[0], true
}

// ProvinceOfHost returns the province a site host names, for hosts such as
// "langson.gov.vn", "mttq.hanam.gov.vn" or "chilang.langson.gov.vn".
// Only gov.vn and org.vn hosts are trusted.
func (g *Gazetteer) ProvinceOfHost(host string) (string, bool) {
	if g == nil {
		return "", false
	}
	return provinceOfHost(host, g.hosts)
}

func provinceOfHost(host string, hosts map[string]string) (string, bool) {
	host = strings.ToLower(strings.TrimPrefix(host, "www."))
	if !strings.HasSuffix(host, ".gov.vn") && !strings.HasSuffix(host, ".org.vn") {
		return "", false
	}
	labels := strings.Split(host, ".")
	for i := len(labels) - 3; i >= 0; i-- {
		if p, ok := hosts[labels[i]]; ok {
			return p, true
		}
	}
	return "", false
}

// HostProvince is provinceOfHost over a caller's table (folded name without
// spaces → province); the places package uses it with its built-in list.
func HostProvince(host string, table map[string]string) (string, bool) {
	return provinceOfHost(host, table)
}

func sameName(a, b string) bool { return a != "" && vntext.Key(a) == vntext.Key(b) }

// Has reports whether any unit of that level has that name.
func (g *Gazetteer) Has(level, name string) bool { return len(g.Lookup(level, name)) > 0 }
