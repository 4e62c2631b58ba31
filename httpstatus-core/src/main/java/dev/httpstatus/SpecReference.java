package dev.httpstatus;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The document that defines a status code.
 *
 * @param document the document's name, such as "RFC 9110"
 * @param section the section that defines the code, such as "15.5.5", or empty when the whole
 *     document is meant
 * @param url a link to that section of the document
 */
public record SpecReference(String document, Optional<String> section, URI url) {

    /** Checks that nothing is missing. */
    public SpecReference {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(url, "url");
    }

    /** A section of an RFC, linked on the RFC Editor's site. */
    static SpecReference rfc(int number, String section) {
        return new SpecReference(
                "RFC " + number,
                Optional.of(section),
                URI.create("https://www.rfc-editor.org/rfc/rfc" + number + "#section-" + section));
    }

    /** An Internet-Draft, linked on the IETF datatracker. */
    static SpecReference draft(String name) {
        return new SpecReference(name, Optional.empty(), URI.create("https://datatracker.ietf.org/doc/html/" + name));
    }

    /** "RFC 9110 §15.5.5", or the document alone when no section is given. */
    @Override
    public String toString() {
        return section.map(s -> document + " §" + s).orElse(document);
    }
}
