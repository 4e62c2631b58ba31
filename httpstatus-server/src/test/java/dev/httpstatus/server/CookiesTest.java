package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /cookies}, {@code /cookies/set} and {@code /cookies/delete} as go-httpbin answers them, Set-Cookie for
 * Set-Cookie, and with curl's cookie engine keeping what they set.
 */
class CookiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPIRED = "Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0";

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static JsonNode cookies(String... headers) throws Exception {
        HttpResponse<String> shown = server.get("/cookies", headers);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("content-type")).contains("application/json");
        return JSON.readTree(shown.body()).get("cookies");
    }

    @Test
    void cookiesShowsTheCookiesSent() throws Exception {
        assertThat(cookies()).isEqualTo(JSON.createObjectNode());
        assertThat(cookies("Cookie", "k1=v1")).isEqualTo(JSON.createObjectNode().put("k1", "v1"));
        assertThat(cookies("Cookie", "k1=v1; k2=v2; k3=\"v 3\""))
                .isEqualTo(
                        JSON.createObjectNode().put("k1", "v1").put("k2", "v2").put("k3", "v 3"));
    }

    @Test
    void everyCookieHeaderCountsAndTheLaterOfTwoNamesIsShown() throws Exception {
        String raw = server.raw("GET /cookies HTTP/1.1\r\nHost: x\r\nCookie: a=1; b=2\r\nCookie: a=3\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(raw).endsWith("{\"cookies\":{\"a\":\"3\",\"b\":\"2\"}}");
    }

    /** {@code query} with the brackets of {@code attr[Name]} escaped, as a URI must have them. */
    private static String escaped(String query) {
        return query.replace("[", "%5B").replace("]", "%5D");
    }

    private static HttpResponse<String> set(String query, String... headers) throws Exception {
        HttpResponse<String> redirect = server.get("/cookies/set?" + escaped(query), headers);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).contains("/cookies");
        return redirect;
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "k1=v1&k2=v2 | | k1=v1; Path=/; HttpOnly, k2=v2; Path=/; HttpOnly",
                "k=v | X-Forwarded-Proto: https | k=v; Path=/; HttpOnly; Secure",
                "k=v | X-Forwarded-Ssl: on | k=v; Path=/; HttpOnly; Secure",
                "k=v | X-Forwarded-Protocol: https | k=v; Path=/; HttpOnly; Secure",
                "k=v&attr[Secure]=true | | k=v; Path=/; HttpOnly; Secure",
                "k=v&attr[Secure]=1 | | k=v; Path=/; HttpOnly; Secure",
                "k=v&attr[Secure]=false | X-Forwarded-Proto: https | k=v; Path=/; HttpOnly",
                "k=v&attr[Secure]=bananas | | k=v; Path=/; HttpOnly",
                "k=v&attr[HttpOnly]=false | | k=v; Path=/",
                "k=v&attr[HttpOnly]=0 | | k=v; Path=/",
                "k=v&attr[Path]=/custom | | k=v; Path=/custom; HttpOnly",
                "k=v&attr[Domain]=example.com | | k=v; Path=/; Domain=example.com; HttpOnly",
                "k=v&attr[SameSite]=strict | | k=v; Path=/; HttpOnly; SameSite=Strict",
                "k=v&attr[SameSite]=lax | | k=v; Path=/; HttpOnly; SameSite=Lax",
                "k=v&attr[SameSite]=none | | k=v; Path=/; HttpOnly; SameSite=None",
                "k=v&attr[SameSite]=bogus | | k=v; Path=/; HttpOnly",
                "k=v&attr[secure]=true&attr[httponly]=false&attr[path]=/x&attr[DOMAIN]=a.com&attr[SameSite]=Lax"
                        + " | | k=v; Path=/x; Domain=a.com; Secure; SameSite=Lax",
                "greeting=hello+world | | greeting=\"hello world\"; Path=/; HttpOnly",
                "k=v&k=w | | k=v; Path=/; HttpOnly"
            })
    void setSetsACookiePerParameterWithTheAttributesAsked(String query, String header, String setCookies)
            throws Exception {
        HttpResponse<String> redirect = header == null ? set(query) : set(query, header.split(": "));
        assertThat(redirect.headers().allValues("set-cookie")).containsExactly(setCookies.split(", "));
        assertThat(redirect.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "k2= | | k2=; Path=/; " + EXPIRED + "; HttpOnly",
                "k2 | X-Forwarded-Proto: https | k2=; Path=/; " + EXPIRED + "; HttpOnly; Secure",
                "k2=&attr[Secure]=false | X-Forwarded-Proto: https | k2=; Path=/; " + EXPIRED + "; HttpOnly",
                "k2=&attr[Domain]=example.com | | k2=; Path=/; Domain=example.com; " + EXPIRED + "; HttpOnly",
                "k2=&attr[Path]=/custom | | k2=; Path=/custom; " + EXPIRED + "; HttpOnly"
            })
    void deleteExpiresEachCookieNamed(String query, String header, String setCookie) throws Exception {
        String[] headers = header == null ? new String[0] : header.split(": ");
        HttpResponse<String> redirect = server.get("/cookies/delete?" + escaped(query), headers);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).contains("/cookies");
        assertThat(redirect.headers().allValues("set-cookie")).containsExactly(setCookie);
    }

    @Test
    void theCookieOfThePathFormIsSetAsTheQueryFormsAre() throws Exception {
        HttpResponse<String> redirect = server.get("/cookies/set/name/value");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().allValues("set-cookie")).containsExactly("name=value; Path=/; HttpOnly");
        assertThat(server.get("/cookies/set/name").statusCode()).isEqualTo(404);
        assertThat(server.get("/cookies/set/name/value/more").statusCode()).isEqualTo(404);
    }

    @Test
    void theRedirectStaysInTheRequestsScopeAndAnyMethodSets() throws Exception {
        assertThat(server.get("/_scope/s/cookies/set?k=v").headers().firstValue("location"))
                .contains("/_scope/s/cookies");
        HttpResponse<String> posted = server.send(server.http1, "POST", "/cookies/set?k=v");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().allValues("set-cookie")).containsExactly("k=v; Path=/; HttpOnly");
        assertThat(server.send(server.http1, "DELETE", "/cookies").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a%20b=1",
                "a=x%3By",
                "a=x%22y",
                "a=x%5Cy",
                "a=caf%C3%A9",
                "a=1&attr[Max-Age]=3",
                "a=1&attr[Path]=/a%3Bb",
                "a=1&attr[Domain]=bad%20domain"
            })
    void aCookieAHeaderCannotCarryIsRefused(String query) throws Exception {
        HttpResponse<String> refused = server.get("/cookies/set?" + escaped(query));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().allValues("set-cookie")).isEmpty();
    }

    private static JsonNode shown(String... namesAndValues) {
        var shown = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            shown.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.createObjectNode().set("cookies", shown);
    }

    private static String curl(String... arguments) throws Exception {
        String[] command = new String[arguments.length + 2];
        command[0] = "curl";
        command[1] = "-sgL";
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return new String(output, StandardCharsets.UTF_8);
    }

    @Test
    void aClientThatKeepsCookiesShowsWhatWasSetAndForgetsWhatWasDeleted(@TempDir Path directory) throws Exception {
        String jar = directory.resolve("jar").toString();
        String base = server.server.uri().toString();
        assertThat(JSON.readTree(curl("-c", jar, "-b", jar, base + "/cookies/set?k1=v1&k2=hello+world")))
                .isEqualTo(shown("k1", "v1", "k2", "hello world"));
        // Not written back: curl -L reads its jar again for the followed request and would keep the deleted cookie.
        assertThat(JSON.readTree(curl("-b", jar, base + "/cookies/delete?k1"))).isEqualTo(shown("k2", "hello world"));
        String other = directory.resolve("other").toString();
        assertThat(JSON.readTree(curl("-c", other, "-b", other, base + "/cookies/set/k3/v3?attr[SameSite]=Lax")))
                .isEqualTo(shown("k3", "v3"));
    }
}
