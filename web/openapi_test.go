package web

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var (
	schemaOnce sync.Once
	schemas    map[string]*jsonschema.Schema
	schemaErr  error
)

// validate checks body against a schema of the served OpenAPI document.
func validate(t *testing.T, name string, body []byte) {
	t.Helper()
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(openAPISpec))
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if err := c.AddResource("openapi.json", doc); err != nil {
			schemaErr = err
			return
		}
		schemas = map[string]*jsonschema.Schema{}
		var spec struct {
			Components struct{ Schemas map[string]json.RawMessage }
		}
		json.Unmarshal(openAPISpec, &spec)
		for n := range spec.Components.Schemas {
			s, err := c.Compile("openapi.json#/components/schemas/" + n)
			if err != nil {
				schemaErr = err
				return
			}
			schemas[n] = s
		}
	})
	if schemaErr != nil {
		t.Fatalf("openapi.json schemas do not compile: %v", schemaErr)
	}
	s, ok := schemas[name]
	if !ok {
		t.Fatalf("no schema %s in openapi.json", name)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: body is not JSON: %v\n%s", name, err, clip(string(body)))
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("response does not match schema %s: %v\n%s", name, err, clip(string(body)))
	}
}

func TestOpenAPIDocument(t *testing.T) {
	f := newFixture(t, Options{})
	r := f.get(t, "/api/v1/openapi.json")
	var doc struct {
		OpenAPI string                     `json:"openapi"`
		Paths   map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(r.body, &doc); err != nil || doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi.json: %v %q", err, doc.OpenAPI)
	}
	for _, p := range []string{"/api/v1/search", "/api/v1/articles/{id}", "/api/v1/articles/{id}/similar",
		"/api/v1/facets/{field}", "/api/v1/export", "/feed.atom", "/healthz"} {
		if _, ok := doc.Paths[p]; !ok {
			t.Errorf("openapi.json does not describe %s", p)
		}
	}
	// The validator really rejects a wrong shape.
	validateMust := func(name, body string) bool {
		ft := &testing.T{}
		done := make(chan bool)
		go func() {
			defer func() { done <- !ft.Failed() }()
			validate(ft, name, []byte(body))
		}()
		return <-done
	}
	if validateMust("SearchResponse", `{"total":"many"}`) {
		t.Error("validator accepted a bad SearchResponse")
	}
	if !validateMust("Problem", `{"type":"x","title":"t","status":400,"detail":"d"}`) {
		t.Error("validator rejected a good Problem")
	}
}
