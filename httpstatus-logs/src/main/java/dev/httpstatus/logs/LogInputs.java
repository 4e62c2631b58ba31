package dev.httpstatus.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs named on a command line, in the order to read them: globs expanded, {@code -} for standard input,
 * and a rotated set (access.log, access.log.1, access.log.2.gz, or access.log-20261201.gz) oldest first, so that
 * the report's time runs forward.
 */
public final class LogInputs {
    private LogInputs() {}

    /**
     * The inputs {@code arguments} name.
     *
     * @throws NoSuchFileException when an argument names no file or a glob matches none; its file is the argument
     */
    public static List<LogInput> expand(List<String> arguments, InputStream standardInput) throws NoSuchFileException {
        Set<Path> files = new LinkedHashSet<>();
        List<LogInput> inputs = new ArrayList<>();
        boolean stdin = false;
        for (String argument : arguments) {
            if (argument.equals("-")) {
                stdin = true;
            } else if (isGlob(argument)) {
                List<Path> matched = glob(argument);
                if (matched.isEmpty()) {
                    throw new NoSuchFileException(argument);
                }
                files.addAll(matched);
            } else {
                Path path = Path.of(argument);
                if (!Files.isRegularFile(path)) {
                    throw new NoSuchFileException(argument);
                }
                files.add(path);
            }
        }
        for (Path path : inTimeOrder(files)) {
            inputs.add(LogInput.file(path));
        }
        if (stdin) {
            inputs.add(LogInput.stream("-", standardInput));
        }
        return inputs;
    }

    /** {@code paths} grouped by the log they rotate from, each group oldest first, groups in the order given. */
    static List<Path> inTimeOrder(Iterable<Path> paths) {
        Map<Path, List<Path>> groups = new LinkedHashMap<>();
        for (Path path : paths) {
            groups.computeIfAbsent(base(path), b -> new ArrayList<>()).add(path);
        }
        List<Path> ordered = new ArrayList<>();
        for (List<Path> group : groups.values()) {
            group.sort(Comparator.comparing(LogInputs::age).reversed());
            ordered.addAll(group);
        }
        return ordered;
    }

    /** The live log a rotated file came from: access.log for access.log.2.gz and access.log-20261201. */
    static Path base(Path path) {
        String name = stripGz(path.getFileName().toString());
        int dot = name.lastIndexOf('.');
        if (dot > 0 && isDigits(name, dot + 1)) {
            name = name.substring(0, dot);
        } else {
            int dash = name.lastIndexOf('-');
            if (dash > 0 && isDigits(name, dash + 1) && name.length() - dash - 1 >= 8) {
                name = name.substring(0, dash);
            }
        }
        return path.resolveSibling(name);
    }

    /**
     * How old a file of a rotated set is, larger meaning older: its rotation number, or for a dated one a
     * number above any rotation number that falls as the date rises; 0 for the live log.
     */
    static long age(Path path) {
        String name = stripGz(path.getFileName().toString());
        int dot = name.lastIndexOf('.');
        if (dot > 0 && isDigits(name, dot + 1) && name.length() - dot - 1 <= 6) {
            return Long.parseLong(name.substring(dot + 1));
        }
        int dash = name.lastIndexOf('-');
        if (dash > 0 && isDigits(name, dash + 1) && name.length() - dash - 1 >= 8) {
            String date = name.substring(dash + 1, Math.min(name.length(), dash + 15));
            return Long.MAX_VALUE / 2 - Long.parseLong(date);
        }
        return 0;
    }

    private static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private static boolean isDigits(String text, int from) {
        if (from >= text.length()) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0;
    }

    /** The files matching a glob in its last path element (the shell expands the others). */
    private static List<Path> glob(String argument) throws NoSuchFileException {
        Path pattern = Path.of(argument);
        Path directory = pattern.getParent() == null ? Path.of(".") : pattern.getParent();
        List<Path> matched = new ArrayList<>();
        try (DirectoryStream<Path> entries =
                Files.newDirectoryStream(directory, pattern.getFileName().toString())) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    matched.add(pattern.getParent() == null ? entry.getFileName() : entry);
                }
            }
        } catch (IOException e) {
            throw new NoSuchFileException(argument);
        }
        matched.sort(Comparator.naturalOrder());
        return matched;
    }
}
