package dev.positionsbot.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PNG line chart of latency against corpus size, log-log, drawn with Java2D: a charting library would be a
 * dependency for one picture.
 */
final class LatencyPlot {

    record Series(String name, Color color, boolean dashed, List<double[]> points) {
    }

    private static final int W = 960;
    private static final int H = 600;
    private static final int LEFT = 80;
    private static final int RIGHT = 260;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;

    private final String title;
    private final List<Series> series = new ArrayList<>();

    LatencyPlot(String title) {
        this.title = title;
    }

    LatencyPlot add(String name, Color color, boolean dashed, List<double[]> points) {
        List<double[]> ok = points.stream().filter(p -> p[0] > 0 && p[1] > 0 && Double.isFinite(p[1])).toList();
        if (!ok.isEmpty()) {
            series.add(new Series(name, color, dashed, ok));
        }
        return this;
    }

    void write(Path png) throws IOException {
        double xMin = Double.MAX_VALUE;
        double xMax = 0;
        double yMin = Double.MAX_VALUE;
        double yMax = 0;
        for (Series s : series) {
            for (double[] p : s.points()) {
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
                yMin = Math.min(yMin, p[1]);
                yMax = Math.max(yMax, p[1]);
            }
        }
        double lx0 = Math.floor(Math.log10(xMin));
        // sizes land a few passages above the round target (100,004): that should not open another decade
        double lx1 = Math.max(lx0 + 1, Math.ceil(Math.log10(xMax) - 0.01));
        double ly0 = Math.floor(Math.log10(Math.max(1e-3, yMin)));
        double ly1 = Math.max(ly0 + 1, Math.ceil(Math.log10(yMax)));

        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, 35);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (double d = ly0; d <= ly1 + 1e-9; d++) {
            for (int m = 1; m <= 9 && d + Math.log10(m) <= ly1 + 1e-9; m++) {
                int y = yPix(d + Math.log10(m), ly0, ly1, ph);
                g.setColor(m == 1 ? new Color(200, 200, 200) : new Color(238, 238, 238));
                g.drawLine(LEFT, y, LEFT + pw, y);
                if (m == 1) {
                    g.setColor(Color.DARK_GRAY);
                    String label = fmt(Math.pow(10, d)) + " ms";
                    g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 5);
                }
            }
        }
        for (double d = lx0; d <= lx1 + 1e-9; d++) {
            int x = xPix(d, lx0, lx1, pw);
            g.setColor(new Color(200, 200, 200));
            g.drawLine(x, TOP, x, TOP + ph);
            g.setColor(Color.DARK_GRAY);
            String label = fmt(Math.pow(10, d));
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, TOP + ph + 20);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, pw, ph);
        String xTitle = "passages in the index (log scale)";
        g.drawString(xTitle, LEFT + pw / 2 - g.getFontMetrics().stringWidth(xTitle) / 2, H - 25);

        int legendY = TOP + 10;
        for (Series s : series) {
            g.setColor(s.color());
            g.setStroke(s.dashed()
                    ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{8f, 6f}, 0f)
                    : new BasicStroke(2.5f));
            Path2D line = new Path2D.Double();
            boolean first = true;
            for (double[] p : s.points()) {
                double x = xPix(Math.log10(p[0]), lx0, lx1, pw);
                double y = yPix(Math.log10(p[1]), ly0, ly1, ph);
                if (first) {
                    line.moveTo(x, y);
                    first = false;
                } else {
                    line.lineTo(x, y);
                }
            }
            g.draw(line);
            g.setStroke(new BasicStroke(1.5f));
            for (double[] p : s.points()) {
                int x = xPix(Math.log10(p[0]), lx0, lx1, pw);
                int y = yPix(Math.log10(p[1]), ly0, ly1, ph);
                g.fillOval(x - 4, y - 4, 8, 8);
            }
            g.setStroke(s.dashed()
                    ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{8f, 6f}, 0f)
                    : new BasicStroke(2.5f));
            g.drawLine(LEFT + pw + 15, legendY, LEFT + pw + 45, legendY);
            g.setColor(Color.BLACK);
            g.drawString(s.name(), LEFT + pw + 52, legendY + 5);
            legendY += 24;
        }
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static int xPix(double lx, double lx0, double lx1, int pw) {
        return LEFT + (int) Math.round((lx - lx0) / (lx1 - lx0) * pw);
    }

    private static int yPix(double ly, double ly0, double ly1, int ph) {
        return TOP + ph - (int) Math.round((ly - ly0) / (ly1 - ly0) * ph);
    }

    private static String fmt(double v) {
        if (v >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }
}
