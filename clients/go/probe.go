// The Go probe: net/http's client with its defaults (redirects followed, up to ten). It runs the loop every probe
// runs: a line with the version, then for each request spec read from standard input (one JSON object a line) one
// line of what the caller saw: the status and content, or the error it was given.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"strings"
	"time"
)

type spec struct {
	Case    string            `json:"case"`
	Method  string            `json:"method"`
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers"`
	Body    *string           `json:"body"`
	Repeat  int               `json:"repeat"`
	Then    string            `json:"then"`
	Options map[string]string `json:"options"`
}

// proxied sets the option proxy=http://[user:password@]host:port as Go users set it: Transport.Proxy with
// http.ProxyURL, the credentials in the proxy's URL (net/http sends them as Proxy-Authorization).
func proxied(transport *http.Transport, options map[string]string) {
	if options["proxy"] == "" {
		return
	}
	proxy, err := url.Parse(options["proxy"])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	transport.Proxy = http.ProxyURL(proxy)
}

// errorName is the error's type, and the innermost wrapped error's, as a caller would tell them apart.
func errorName(err error) string {
	name := fmt.Sprintf("%T", err)
	inner := err
	for errors.Unwrap(inner) != nil {
		inner = errors.Unwrap(inner)
	}
	if inner != err {
		name += fmt.Sprintf(" (%T: %s)", inner, lastWords(inner.Error()))
	}
	return name
}

// lastWords keeps the end of an error's message, which names the failure without the addresses before it.
func lastWords(message string) string {
	parts := strings.Split(message, ": ")
	return parts[len(parts)-1]
}

func send(client *http.Client, out map[string]any, prefix, method, url string, headers map[string]string, body []byte) {
	var reader io.Reader
	if body != nil {
		reader = bytes.NewReader(body)
	}
	request, err := http.NewRequest(method, url, reader)
	if err != nil {
		out[prefix+"error"] = errorName(err)
		return
	}
	for name, value := range headers {
		request.Header.Set(name, value)
	}
	response, err := client.Do(request)
	if err != nil {
		out[prefix+"error"] = errorName(err)
		return
	}
	defer response.Body.Close()
	out[prefix+"status"] = response.StatusCode
	if challenge := response.Header.Get("Proxy-Authenticate"); challenge != "" {
		out[prefix+"challenge"] = challenge
	}
	out[prefix+"protocol"] = response.Proto
	if response.StatusCode == http.StatusSwitchingProtocols {
		switched(out, prefix, response)
		return
	}
	content, err := io.ReadAll(response.Body)
	out[prefix+"length"] = len(content)
	if len(content) > 4000 {
		content = content[:4000]
	}
	out[prefix+"body"] = string(content)
	if err != nil {
		out[prefix+"error"] = errorName(err)
	}
}

func main() {
	encoder := json.NewEncoder(os.Stdout)
	encoder.SetEscapeHTML(false)
	encoder.Encode(map[string]string{"version": strings.TrimPrefix(runtime.Version(), "go")})
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	for scanner.Scan() {
		var s spec
		if err := json.Unmarshal(scanner.Bytes(), &s); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		var body []byte
		if s.Body != nil {
			repeat := s.Repeat
			if repeat == 0 {
				repeat = 1
			}
			body = []byte(strings.Repeat(*s.Body, repeat))
		}
		out := map[string]any{"case": s.Case}
		start := time.Now()
		// a fresh transport per case, so no case leaks a connection into the next
		transport := http.DefaultTransport.(*http.Transport).Clone()
		proxied(transport, s.Options)
		client := &http.Client{Transport: transport}
		send(client, out, "", s.Method, s.URL, s.Headers, body)
		if s.Then != "" {
			send(client, out, "then_", "GET", s.Then, nil, nil)
		}
		transport.CloseIdleConnections()
		out["ms"] = time.Since(start).Milliseconds()
		encoder.Encode(out)
	}
}

// switched is what a caller can do with net/http's 101: it has no WebSocket of its own, but a 101's Body is the
// connection, an io.ReadWriteCloser. A user speaks WebSocket on it by hand: one masked text frame out (RFC 6455
// §5.2), and the payload of the frame that comes back is the content. (http=2 asks nothing of net/http: it has
// no h2c, HTTP/2 only over TLS.)
func switched(out map[string]any, prefix string, response *http.Response) {
	connection, ok := response.Body.(io.ReadWriteCloser)
	if !ok {
		out[prefix+"error"] = fmt.Sprintf("%T is no io.ReadWriteCloser", response.Body)
		return
	}
	message := []byte("probe-body")
	mask := []byte{1, 2, 3, 4}
	frame := []byte{0x81, 0x80 | byte(len(message))}
	frame = append(frame, mask...)
	for i, b := range message {
		frame = append(frame, b^mask[i%4])
	}
	if _, err := connection.Write(frame); err != nil {
		out[prefix+"error"] = errorName(err)
		return
	}
	head := make([]byte, 2)
	if _, err := io.ReadFull(connection, head); err != nil {
		out[prefix+"error"] = errorName(err)
		return
	}
	payload := make([]byte, head[1]&0x7f) // the echo of a short message: a length under 126, no mask
	if _, err := io.ReadFull(connection, payload); err != nil {
		out[prefix+"error"] = errorName(err)
		return
	}
	out[prefix+"length"] = len(payload)
	out[prefix+"body"] = string(payload)
}
