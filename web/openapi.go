package web

import _ "embed"

// openAPISpec is the hand-written OpenAPI 3.1 description of /api/v1,
// served at /api/v1/openapi.json; the tests validate real responses
// against its schemas.
//
//go:embed openapi.json
var openAPISpec []byte
