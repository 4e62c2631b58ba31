import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the site's share images (Open Graph, 1200 by 630), one per language, into the site's assets:
 * {@code java build/ShareImage.java httpstatus-server/src/main/resources/dev/httpstatus/server/site/assets}.
 * Run by hand when the design changes, and the PNGs committed: drawing them at start would need fonts, which the
 * release's {@code FROM scratch} image does not have. Needs Noto Sans CJK (apt-get install fonts-noto-cjk).
 */
public final class ShareImage {
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 630;
    private static final Color BACKGROUND = new Color(0x1d2433);
    private static final Color TEXT = new Color(0xe6e9ed);
    private static final Color MUTED = new Color(0xa9b2bd);
    private static final String FONT = "Noto Sans CJK SC";

    public static void main(String[] args) throws IOException {
        File folder = new File(args[0]);
        draw(new File(folder, "share-en.png"), "Every HTTP status code, explained,", "and a server that answers each one.");
        draw(new File(folder, "share-zh.png"), "每个 HTTP 状态码的中英文说明，", "以及能返回每个状态码的测试服务器。");
    }

    private static void draw(File file, String line1, String line2) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        // The icon's three lights, large.
        int[] lights = {0x2ea043, 0xd29922, 0xe5534b};
        for (int i = 0; i < lights.length; i++) {
            g.setColor(new Color(lights[i]));
            g.fillOval(90 + i * 110, 90, 90, 90);
        }
        g.setColor(TEXT);
        g.setFont(new Font(FONT, Font.BOLD, 96));
        g.drawString("httpstatus", 86, 310);
        g.setColor(MUTED);
        g.setFont(new Font(FONT, Font.PLAIN, 44));
        g.drawString(line1, 90, 400);
        g.drawString(line2, 90, 460);
        // A row of codes in the colours of their classes, as the site shows them.
        String[] codes = {"200", "301", "404", "418", "503"};
        int[] colours = {0x3fb950, 0x58a6ff, 0xd29922, 0xd29922, 0xe5534b};
        g.setFont(new Font(FONT, Font.BOLD, 48));
        for (int i = 0; i < codes.length; i++) {
            g.setColor(new Color(colours[i]));
            g.drawString(codes[i], 90 + i * 150, 560);
        }
        g.dispose();
        if (!ImageIO.write(image, "png", file)) {
            throw new IOException("no PNG writer");
        }
    }
}
