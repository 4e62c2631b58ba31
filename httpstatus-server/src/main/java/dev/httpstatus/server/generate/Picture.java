package dev.httpstatus.server.generate;

/**
 * The picture {@code /image} serves in every format: a traffic light showing green, 100 by 100 pixels in six
 * colours, drawn here pixel by pixel so that the PNG, JPEG and WebP show what {@code image.svg} draws.
 */
final class Picture {
    static final int WIDTH = 100;
    static final int HEIGHT = 100;

    /** The colours as opaque ARGB, indexed by {@link #indices()}. */
    static final int[] PALETTE = {0xfff6f8fa, 0xff8c959f, 0xff2d333b, 0xff5a2326, 0xff5c4813, 0xff3fb950};

    private static final int BACKGROUND = 0;
    private static final int POLE = 1;
    private static final int BODY = 2;
    private static final int RED = 3;
    private static final int AMBER = 4;
    private static final int GREEN = 5;

    private Picture() {}

    /** The palette index of every pixel, row by row. */
    static byte[] indices() {
        byte[] indices = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                indices[y * WIDTH + x] = (byte) colourAt(x + 0.5, y + 0.5);
            }
        }
        return indices;
    }

    /** Every pixel as opaque ARGB, row by row. */
    static int[] argb() {
        byte[] indices = indices();
        int[] pixels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            pixels[i] = PALETTE[indices[i]];
        }
        return pixels;
    }

    /** The colour at the point (x, y), the shapes of image.svg painted in its order. */
    private static int colourAt(double x, double y) {
        if (within(x, y, 50, 20, 10)) {
            return RED;
        }
        if (within(x, y, 50, 44, 10)) {
            return AMBER;
        }
        if (within(x, y, 50, 68, 10)) {
            return GREEN;
        }
        if (inRoundedRectangle(x, y, 30, 4, 70, 84, 8)) {
            return BODY;
        }
        return x >= 46 && x < 54 && y >= 80 ? POLE : BACKGROUND;
    }

    private static boolean within(double x, double y, double centreX, double centreY, double radius) {
        return (x - centreX) * (x - centreX) + (y - centreY) * (y - centreY) <= radius * radius;
    }

    private static boolean inRoundedRectangle(
            double x, double y, double left, double top, double right, double bottom, double radius) {
        if (x < left || x >= right || y < top || y >= bottom) {
            return false;
        }
        double nearestX = Math.max(left + radius, Math.min(x, right - radius));
        double nearestY = Math.max(top + radius, Math.min(y, bottom - radius));
        return within(x, y, nearestX, nearestY, radius);
    }
}
