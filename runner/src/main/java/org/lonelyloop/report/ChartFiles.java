package org.lonelyloop.report;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.jfree.chart.ChartUtilities;

/** Writes a chart as PNG (for the report and slides) and SVG (for papers: scales without blur). */
public final class ChartFiles {
    public static final int WIDTH = 880;
    private static final Pattern CLIP_ID = Pattern.compile("clip-?\\d+");
    public static final int HEIGHT = 440;

    private ChartFiles() {
    }

    /** The chart as PNG bytes. */
    public static byte[] png(ReportChart c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtilities.writeChartAsPNG(out, c.chart(), WIDTH, heightOf(c));
        return out.toByteArray();
    }

    /** The chart as an SVG document. */
    public static byte[] svg(ReportChart c) throws IOException {
        int height = heightOf(c);
        VectorGraphics2D g = new VectorGraphics2D();
        c.chart().draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Processors.get("svg").getDocument(g.getCommands(), new PageSize(0, 0, WIDTH, height)).writeTo(out);
        return stableIds(out.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Renumbers clip-path ids in order of appearance: the SVG writer derives them from object
     * hash codes, which differ between runs, and the same results should give the same files.
     */
    static String stableIds(String svg) {
        Matcher m = CLIP_ID.matcher(svg);
        Map<String, String> ids = new HashMap<>();
        StringBuilder sb = new StringBuilder(svg.length());
        while (m.find()) {
            m.appendReplacement(sb, ids.computeIfAbsent(m.group(), k -> "clip" + (ids.size() + 1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Charts with stacked panels get more height. */
    static int heightOf(ReportChart c) {
        return c.chart().getPlot() instanceof org.jfree.chart.plot.CombinedDomainXYPlot ? HEIGHT * 3 / 2 : HEIGHT;
    }

    /** Writes NAME.png and NAME.svg into {@code dir}; returns the PNG bytes. */
    public static byte[] write(ReportChart c, Path dir) throws IOException {
        byte[] png = png(c);
        Files.write(dir.resolve(c.name() + ".png"), png);
        try (OutputStream out = Files.newOutputStream(dir.resolve(c.name() + ".svg"))) {
            out.write(svg(c));
        }
        return png;
    }
}
