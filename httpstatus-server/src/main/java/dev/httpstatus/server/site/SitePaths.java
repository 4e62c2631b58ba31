package dev.httpstatus.server.site;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Registration;
import dev.httpstatus.StatusClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses of the site's pages: every one, for the sitemap, and the one address a near miss such as
 * {@code /codes/404/} or {@code /Codes/404} means, so that it is redirected rather than answered 404.
 */
final class SitePaths {
    private static final Set<String> FIXED = Set.of("/", "/unofficial", "/search");
    private static final Pattern CODE_PAGE = Pattern.compile("/codes/(\\d{3})");
    private static final Pattern CLASS_PAGE = Pattern.compile("/classes/[1-5]xx");

    private SitePaths() {}

    /** The codes with a page: every known code but those IANA leaves unassigned. */
    static List<HttpStatus> codesWithPages() {
        return HttpStatus.known().stream()
                .filter(s -> s.registration() != Registration.UNASSIGNED)
                .toList();
    }

    /** Every page the sitemap lists, without language: the index, the unofficial codes, classes and codes. */
    static List<String> all() {
        List<String> paths = new ArrayList<>(List.of("/", "/unofficial", "/docs/api"));
        for (StatusClass statusClass : StatusClass.values()) {
            if (statusClass != StatusClass.UNKNOWN) {
                paths.add("/classes/" + statusClass.label());
            }
        }
        codesWithPages().forEach(status -> paths.add("/codes/" + status.code()));
        return paths;
    }

    /**
     * The page {@code path} means when it differs from it only by case or trailing slashes, empty when it is
     * already that address or means no page.
     */
    static Optional<String> canonical(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        while (lower.length() > 1 && lower.endsWith("/")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower.equals(path) || !isPage(lower) ? Optional.empty() : Optional.of(lower);
    }

    private static boolean isPage(String path) {
        if (FIXED.contains(path) || CLASS_PAGE.matcher(path).matches()) {
            return true;
        }
        Matcher code = CODE_PAGE.matcher(path);
        return code.matches()
                && HttpStatus.find(Integer.parseInt(code.group(1)))
                        .filter(s -> s.registration() != Registration.UNASSIGNED)
                        .isPresent();
    }
}
