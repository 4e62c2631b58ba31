package dev.httpstatus.server.site;

import dev.httpstatus.HttpStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How programs name a code: this library's constant first, then the constants of common libraries in Java
 * and other languages, read from {@code code-references.tsv} (a dash where a library has none).
 */
public final class CodeReferences {
    /**
     * One way to name a code.
     *
     * @param language the programming language, such as "Java" or "Go"
     * @param library the library or API, such as "Spring" or "net/http"
     * @param expression what a program writes, such as {@code HttpStatus.NOT_FOUND}
     */
    public record Reference(String language, String library, String expression) {
        /** The library's name in pieces a line may break between, as {@link #pieces} cuts them. */
        public List<String> libraryPieces() {
            return pieces(library);
        }

        /** The expression in pieces a line may break between, as {@link #pieces} cuts them. */
        public List<String> expressionPieces() {
            return pieces(expression);
        }
    }

    private static final Pattern BREAK = Pattern.compile("(?<=[._:/\\[])(?=[^._:/\\[])|(?<=[a-z])(?=[A-Z])");

    /**
     * {@code identifier} cut where a reader would break it: after a dot, underscore, colon, slash or bracket,
     * and between the words of camel case, so that a narrow column wraps {@code HttpStatus.NOT_FOUND} at
     * {@code NOT_} and never in the middle of a word.
     */
    public static List<String> pieces(String identifier) {
        return List.of(BREAK.split(identifier));
    }

    /** The columns of the file after the code, with the language and library each stands for. */
    private static final List<Reference> COLUMNS = List.of(
            new Reference("Java", "Spring HttpStatus", "spring"),
            new Reference("Java", "Jakarta REST Response.Status", "jaxrs"),
            new Reference("Java", "java.net.HttpURLConnection", "urlconnection"),
            new Reference("Java", "Netty HttpResponseStatus", "netty"),
            new Reference("Python", "http.HTTPStatus", "python"),
            new Reference("Go", "net/http", "go"),
            new Reference("Node.js", "http.STATUS_CODES", "node"),
            new Reference(".NET", "System.Net.HttpStatusCode", "dotnet"),
            new Reference("Rust", "http::StatusCode", "rust"));

    private static final Map<Integer, List<Reference>> BY_CODE = load();
    private static final Map<Integer, String> OWN_CONSTANTS = ownConstants();

    private CodeReferences() {}

    /** The references for {@code code}, this library's first; empty for a code no library names. */
    public static List<Reference> of(int code) {
        List<Reference> references = new ArrayList<>();
        ownConstant(code).ifPresent(name -> references.add(new Reference("Java", "httpstatus", "HttpStatus." + name)));
        references.addAll(BY_CODE.getOrDefault(code, List.of()));
        return references;
    }

    /** The current (not deprecated) constant of {@link HttpStatus} for {@code code}. */
    static Optional<String> ownConstant(int code) {
        return Optional.ofNullable(OWN_CONSTANTS.get(code));
    }

    /** The constants of {@link HttpStatus} by code, read once; deprecated old names are left out. */
    private static Map<Integer, String> ownConstants() {
        Map<Integer, String> names = new HashMap<>();
        for (Field field : HttpStatus.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && field.getType() == HttpStatus.class
                    && !field.isAnnotationPresent(Deprecated.class)) {
                try {
                    names.putIfAbsent(((HttpStatus) field.get(null)).code(), field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Map.copyOf(names);
    }

    private static Map<Integer, List<Reference>> load() {
        try (InputStream in = CodeReferences.class.getResourceAsStream("code-references.tsv")) {
            if (in == null) {
                throw new IllegalStateException("code-references.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = List.of(reader.readLine().split("\t"));
            Map<Integer, List<Reference>> references = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                List<Reference> named = new ArrayList<>();
                for (Reference column : COLUMNS) {
                    String cell = cells[header.indexOf(column.expression())].strip();
                    if (!cell.equals("-")) {
                        named.add(new Reference(column.language(), column.library(), cell));
                    }
                }
                references.put(Integer.parseInt(cells[0].strip()), List.copyOf(named));
            }
            return references;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
