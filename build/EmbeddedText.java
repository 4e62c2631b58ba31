import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a Java class that holds every file of a directory as string constants, run by the build before
 * compiling ({@code java build/EmbeddedText.java DIRECTORY OUTPUT_ROOT package.ClassName}).
 *
 * <p>Why: the command starts for every lookup. Reading a resource costs it more than a third of its own
 * running time (the first read opens the jar and its directory of entries, all in interpreted code), and
 * splitting a 100 KB bundle into keys and values costs it a few milliseconds more. Constants come with the
 * class, which the class-data archive already holds, and the build has already split them.
 *
 * <p>The class answers two questions, each with null for a file it does not have:
 *
 * <ul>
 *   <li>{@code static String[] pairs(String fileName)}: a {@code .properties} file read as
 *       {@link Properties} reads it (escapes and continued lines resolved), as key, value, key, value…
 *       sorted by key;
 *   <li>{@code static String text(String fileName)}: any other file, read as UTF-8, except that a file named
 *       {@code *.bin} is binary, and each of its bytes becomes one char (ISO-8859-1), so that
 *       {@code getBytes(ISO_8859_1)} gives the bytes back.
 * </ul>
 *
 * <p>A directory that does not exist gives a class that knows no file. A constant may take at most 65,535
 * bytes in the class file, so a long text is split into parts, joined when asked for.
 */
public final class EmbeddedText {
    /** Parts of at most this many chars: three bytes each at worst stays under a constant's limit. */
    private static final int PART = 20_000;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java EmbeddedText.java DIRECTORY OUTPUT_ROOT package.ClassName");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        String qualified = args[2];
        int dot = qualified.lastIndexOf('.');
        String packageName = qualified.substring(0, dot);
        String className = qualified.substring(dot + 1);
        Path output = Path.of(args[1], packageName.replace('.', '/'), className + ".java");
        Files.createDirectories(output.getParent());
        Files.writeString(output, source(directory, packageName, className), StandardCharsets.UTF_8);
    }

    private static String source(Path directory, String packageName, String className) throws IOException {
        List<Path> files = files(directory);
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName).append(";\n\n");
        out.append("/** The files of ").append(directory.getFileName()).append(", written by build/EmbeddedText.java. */\n");
        out.append("final class ").append(className).append(" {\n");
        out.append("    private ").append(className).append("() {}\n\n");
        out.append("    /** The keys and values of the properties file named {@code fileName}, or null. */\n");
        out.append("    static String[] pairs(String fileName) {\n");
        out.append("        return switch (fileName) {\n");
        List<Path> properties = files.stream().filter(EmbeddedText::isProperties).toList();
        for (int i = 0; i < properties.size(); i++) {
            out.append("            case ").append(literal(name(properties.get(i)))).append(" -> pairs").append(i).append("();\n");
        }
        out.append("            default -> null;\n        };\n    }\n\n");
        out.append("    /** The content of the file named {@code fileName}, or null. */\n");
        out.append("    static String text(String fileName) {\n");
        out.append("        return switch (fileName) {\n");
        for (Path file : files) {
            if (!isProperties(file)) {
                out.append("            case ").append(literal(name(file))).append(" -> String.join(\"\"");
                for (String part : parts(read(file))) {
                    out.append(",\n                    ").append(literal(part));
                }
                out.append(");\n");
            }
        }
        out.append("            default -> null;\n        };\n    }\n");
        for (int i = 0; i < properties.size(); i++) {
            out.append("\n    private static String[] pairs").append(i).append("() {\n");
            out.append("        return new String[] {");
            for (String value : pairs(properties.get(i))) {
                out.append("\n            ").append(literal(value)).append(',');
            }
            out.append("\n        };\n    }\n");
        }
        return out.append("}\n").toString();
    }

    private static List<Path> files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static boolean isProperties(Path file) {
        return name(file).endsWith(".properties");
    }

    private static String read(Path file) throws IOException {
        boolean binary = name(file).endsWith(".bin");
        return Files.readString(file, binary ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private static List<String> pairs(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        List<String> pairs = new ArrayList<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key);
            if (value.length() > PART) {
                throw new IllegalArgumentException(file + ": the value of " + key + " is too long for a constant");
            }
            pairs.add(key);
            pairs.add(value);
        }
        return pairs;
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + PART, text.length());
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        return parts.isEmpty() ? List.of("") : parts;
    }

    /** A Java string literal of {@code text}; characters outside printable ASCII are written as escapes. */
    private static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
