package dev.httpstatus.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One setting of the server, declared once in {@link Settings}: its name, how its value is read from text and
 * checked, its default, and the environment variable and {@code httpstatus serve} flag that set it. The
 * environment, the command's flags and help, and the tests that hold docs/server.md to it all start from here.
 *
 * <p>A setting is equal only to itself.
 *
 * @param <T> the type of its value
 */
public final class Setting<T> {
    private final String name;
    private final Function<String, T> parse;
    private final UnaryOperator<T> check;
    private final T defaultValue;
    private final Optional<String> writtenDefault;
    private final Optional<String> label;
    private final String flag;
    private final Optional<String> shortFlag;
    private final Optional<BinaryOperator<T>> merge;

    private Setting(
            String name,
            Function<String, T> parse,
            UnaryOperator<T> check,
            T defaultValue,
            Optional<String> writtenDefault,
            Optional<String> label,
            String flag,
            Optional<String> shortFlag,
            Optional<BinaryOperator<T>> merge) {
        this.name = name;
        this.parse = parse;
        this.check = check;
        this.defaultValue = defaultValue;
        this.writtenDefault = writtenDefault;
        this.label = label;
        this.flag = flag;
        this.shortFlag = shortFlag;
        this.merge = merge;
    }

    /** A setting whose flag is {@code --name}, without a one-letter flag. */
    private static <T> Setting<T> declare(
            String name,
            Optional<String> label,
            Function<String, T> parse,
            UnaryOperator<T> check,
            T defaultValue,
            Optional<String> writtenDefault,
            Optional<BinaryOperator<T>> merge) {
        return new Setting<>(
                name, parse, check, defaultValue, writtenDefault, label, "--" + name, Optional.empty(), merge);
    }

    /** A setting whose default is written as it would be given, and read the same way. */
    private static <T> Setting<T> written(
            String name, String label, Function<String, T> parse, UnaryOperator<T> check, String writtenDefault) {
        T value = check.apply(parse.apply(writtenDefault));
        return declare(name, Optional.of(label), parse, check, value, Optional.of(writtenDefault), Optional.empty());
    }

    /** Text, such as an address. */
    static Setting<String> text(String name, String label, String writtenDefault) {
        return written(name, label, String::strip, UnaryOperator.identity(), writtenDefault);
    }

    /** A whole number within {@code min..max}. */
    static Setting<Integer> integer(String name, String label, String writtenDefault, int min, int max) {
        return written(name, label, Setting::wholeNumber, value -> within(name, value, min, max), writtenDefault);
    }

    /** A count of things, at least one. */
    static Setting<Integer> count(String name, String writtenDefault) {
        return integer(name, "N", writtenDefault, 1, Integer.MAX_VALUE);
    }

    /** A count whose default depends on the machine, so that the help text says it in words. */
    static Setting<Integer> count(String name, IntSupplier machineDefault) {
        UnaryOperator<Integer> check = value -> within(name, value, 1, Integer.MAX_VALUE);
        Integer value = check.apply(machineDefault.getAsInt());
        return declare(name, Optional.of("N"), Setting::wholeNumber, check, value, Optional.empty(), Optional.empty());
    }

    /** A size in bytes, written 512, 8k or 10m ({@link Sizes}). */
    static Setting<Integer> size(String name, String writtenDefault) {
        return written(name, "SIZE", Sizes::parse, value -> within(name, value, 1, Integer.MAX_VALUE), writtenDefault);
    }

    /** A duration, written 500 (milliseconds), 500ms, 2s or 1m ({@link Durations}). */
    static Setting<Duration> duration(String name, String writtenDefault) {
        return written(name, "DURATION", Durations::parse, UnaryOperator.identity(), writtenDefault);
    }

    /** Something a flag without a value turns on, as do yes/no, on/off, true/false or 1/0 in the environment. */
    static Setting<Boolean> yesNo(String name) {
        return declare(
                name,
                Optional.empty(),
                Setting::yesOrNo,
                UnaryOperator.identity(),
                false,
                Optional.empty(),
                Optional.empty());
    }

    /** A file, none by default. */
    static Setting<Optional<Path>> file(String name, String label) {
        return declare(
                name,
                Optional.of(label),
                text -> Optional.of(Path.of(text.strip())),
                UnaryOperator.identity(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Host names, comma-separated, kept in lower case, none by default. Its flag may be repeated: each adds to the
     * hosts given so far, those of the environment included.
     */
    static Setting<Set<String>> hosts(String name) {
        return declare(
                name,
                Optional.of("HOST"),
                Setting::hostList,
                hosts -> hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()),
                Set.of(),
                Optional.empty(),
                Optional.of(Setting::union));
    }

    /**
     * Where state is kept: {@code memory} (the default, written so) or a {@code redis://host:port}, which
     * becomes its URI.
     */
    static Setting<Optional<URI>> store(String name) {
        return written(name, "URI", Setting::storeLocation, UnaryOperator.identity(), "memory");
    }

    /** The same setting with a flag named otherwise than {@code --name}. */
    Setting<T> flag(String longFlag) {
        return new Setting<>(name, parse, check, defaultValue, writtenDefault, label, longFlag, shortFlag, merge);
    }

    /** The same setting with a one-letter flag besides the long one. */
    Setting<T> shortFlag(String letter) {
        return new Setting<>(name, parse, check, defaultValue, writtenDefault, label, flag, Optional.of(letter), merge);
    }

    /** Its name, such as {@code max-body}. */
    public String name() {
        return name;
    }

    /** The environment variable that sets it, such as {@code HTTPSTATUS_MAX_BODY}. */
    public String environmentVariable() {
        return "HTTPSTATUS_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The long flag of {@code httpstatus serve} that sets it, such as {@code --max-body}. */
    public String flag() {
        return flag;
    }

    /** The one-letter flag that also sets it, such as {@code -p}, if it has one. */
    public Optional<String> shortFlag() {
        return shortFlag;
    }

    /** What the value of its flag is called in a usage line, such as {@code SIZE}; empty for a yes/no flag. */
    public Optional<String> label() {
        return label;
    }

    /**
     * A value other than the default, written as a user would write it for a setting of this kind: for the
     * tests that check every setting is read from the environment and from its flag.
     */
    public String example() {
        return label().map(label -> switch (label) {
                    case "ADDRESS" -> "0.0.0.0";
                    case "PORT" -> "9";
                    case "PEM" -> "/etc/httpstatus/" + name() + ".pem";
                    case "HOST" -> "Example.org,example.net";
                    case "SIZE" -> "3k";
                    case "DURATION" -> "7s";
                    case "N" -> "7";
                    case "URI" -> "redis://127.0.0.1:6379";
                    default -> throw new IllegalStateException("no example for a " + label + " setting");
                })
                .orElse("yes");
    }

    /** Whether its flag may be given more than once, each time adding to the value. */
    public boolean repeatable() {
        return merge.isPresent();
    }

    /** Its default value. */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * Its default as one would write it, such as {@code 10m}; empty when it is off, none or depends on the
     * machine, which the help text then says in words.
     */
    public Optional<String> writtenDefault() {
        return writtenDefault;
    }

    /**
     * The value {@code text} gives this setting.
     *
     * @param source where the text came from, such as HTTPSTATUS_PORT or --port, named when it cannot be read
     * @throws IllegalArgumentException naming {@code source} and the text when it is not a good value
     */
    public T read(String source, String text) {
        try {
            return check.apply(parse.apply(text));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    source + "=" + text + " cannot be read: " + (e.getMessage() == null ? e : e.getMessage()), e);
        }
    }

    /** The value in its checked form (host names in lower case, say). */
    T check(T value) {
        return check.apply(value);
    }

    /** The value once {@code given} is set over {@code current}: replaced, or added to for a repeatable setting. */
    T combine(T current, T given) {
        return merge.map(m -> m.apply(current, given)).orElse(given);
    }

    @Override
    public String toString() {
        return name;
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a whole number");
        }
    }

    private static Integer within(String name, Integer value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    max == Integer.MAX_VALUE
                            ? name + " must be at least " + min + ", not " + value
                            : name + " " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static Boolean yesOrNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off", "" -> false;
            default -> throw new IllegalArgumentException("not a yes/no value");
        };
    }

    private static Optional<URI> storeLocation(String text) {
        String location = text.strip();
        if (location.equalsIgnoreCase("memory")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("give memory or redis://host:port");
        }
        if (!"redis".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("give memory or redis://host:port");
        }
        return Optional.of(uri);
    }

    private static Set<String> hostList(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> union(Set<String> current, Set<String> given) {
        Set<String> all = new HashSet<>(current);
        all.addAll(given);
        return Set.copyOf(all);
    }
}
