package dev.httpstatus.server.generate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The picture of {@link Picture} in each kind {@code /image} serves, each made on its first request and kept: the
 * image classes of the JDK load only for a server that is asked for a PNG or a JPEG.
 */
enum Images {
    PNG("png", "image/png"),
    JPEG("jpeg", "image/jpeg"),
    WEBP("webp", "image/webp"),
    SVG("svg", "image/svg+xml");

    /** The kinds in the order a tie in Accept is settled, go-httpbin's: PNG first. */
    static final List<Images> PREFERENCE = List.of(PNG, WEBP, SVG, JPEG);

    private final String kind;
    private final String contentType;
    private volatile byte[] bytes;

    Images(String kind, String contentType) {
        this.kind = kind;
        this.contentType = contentType;
    }

    /** The image of {@code kind} ({@code png}, {@code jpeg}, {@code webp}, {@code svg}), if it is one. */
    static Optional<Images> of(String kind) {
        for (Images image : values()) {
            if (image.kind.equals(kind)) {
                return Optional.of(image);
            }
        }
        return Optional.empty();
    }

    String contentType() {
        return contentType;
    }

    /** The encoded picture, made once. */
    byte[] bytes() {
        byte[] made = bytes;
        if (made == null) {
            made = make();
            bytes = made;
        }
        return made;
    }

    private byte[] make() {
        return switch (this) {
            case PNG, JPEG -> drawn(kind);
            case WEBP -> Webp.lossless(Picture.WIDTH, Picture.HEIGHT, Picture.PALETTE, Picture.indices());
            case SVG -> DocumentEndpoint.read("image.svg");
        };
    }

    private static byte[] drawn(String format) {
        BufferedImage image = new BufferedImage(Picture.WIDTH, Picture.HEIGHT, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Picture.WIDTH, Picture.HEIGHT, Picture.argb(), 0, Picture.WIDTH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("the JDK has no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
