package org.rightsdesk.web.monitor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Server-side charts: JFreeChart draws, JFreeSVG writes SVG, and {@link #cspSafe} turns every
 * {@code style} attribute into SVG presentation attributes, because the page's
 * Content-Security-Policy ({@code style-src 'self'}) blocks inline styles. The SVG is inlined in the
 * page (no script, works with JavaScript off) and always sits next to a table with the same numbers.
 */
@Component
class Charts {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    /** Colours from the app's palette, readable on white and distinct in greyscale order. */
    private static final Color[] PALETTE = {new Color(0x0b4f8a), new Color(0xd9822b), new Color(0x2e7d32), new Color(0x8a1111),
            new Color(0x6a3d9a), new Color(0x00838f), new Color(0x5d4037), new Color(0x9e9d24), new Color(0xad1457),
            new Color(0x455a64), new Color(0x1b5e20)};
    private static final Pattern STYLE = Pattern.compile("style='([^']*)'");
    private static final AtomicLong IDS = new AtomicLong();

    /** Bars per category, one colour per series (stacked when {@code stacked}). Rows: series → category → value. */
    String bars(String title, String categoryLabel, String valueLabel, Map<String, Map<String, Long>> rows, boolean stacked,
                boolean rotateLabels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        rows.forEach((series, values) -> values.forEach((category, v) -> data.addValue(v, series, category)));
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(null, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL, rows.size() > 1, false, false)
                : ChartFactory.createBarChart(null, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL, rows.size() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        for (int i = 0; i < rows.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryAxis axis = plot.getDomainAxis();
        if (rotateLabels) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        axis.setMaximumCategoryLabelLines(2);
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xc9cfd6));
        plot.setOutlineVisible(false);
        return svg(chart, title);
    }

    /** One line through a series of figures, each point at the end of its as-of period. */
    String series(String title, String name, List<LocalDate> dates, List<Double> values) {
        TimeSeries s = new TimeSeries(name);
        for (int i = 0; i < dates.size(); i++) {
            s.addOrUpdate(new Day(dates.get(i).getDayOfMonth(), dates.get(i).getMonthValue(), dates.get(i).getYear()), values.get(i));
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, null, new TimeSeriesCollection(s), false, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xc9cfd6));
        plot.setDomainGridlinePaint(new Color(0xc9cfd6));
        plot.setOutlineVisible(false);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        style(chart);
        return svg(chart, title);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            chart.getLegend().setFrame(new org.jfree.chart.block.BlockBorder(Color.WHITE));
        }
    }

    private static String svg(JFreeChart chart, String title) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        String id = "chart-" + IDS.incrementAndGet();
        return cspSafe(g.getSVGElement(id), id, title);
    }

    /**
     * Makes JFreeSVG output acceptable under a strict CSP: no style attributes (each declaration
     * becomes an attribute), a viewBox so it scales, and role="img" with a title for screen readers.
     */
    static String cspSafe(String svg, String id, String title) {
        Matcher m = STYLE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            StringBuilder attrs = new StringBuilder();
            for (String decl : m.group(1).split(";")) {
                int colon = decl.indexOf(':');
                if (colon > 0) {
                    String name = decl.substring(0, colon).strip();
                    String value = decl.substring(colon + 1).strip().replace("\"", "").replace("'", "");
                    if (name.matches("[a-z-]+") && !value.isEmpty()) {
                        attrs.append(attrs.length() == 0 ? "" : " ").append(name).append("='").append(value).append("'");
                    }
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(attrs.toString()));
        }
        m.appendTail(out);
        String safe = out.toString()
                .replaceFirst(" width='[0-9.]+' height='[0-9.]+'>",
                        " viewBox='0 0 " + WIDTH + " " + HEIGHT + "' class='chart' role='img' aria-labelledby='" + id + "-title'><title id='"
                                + id + "-title'>" + HtmlUtils.htmlEscape(title) + "</title>");
        if (safe.contains("style=") || safe.contains("<style") || safe.contains("<script")) {
            throw new IllegalStateException("chart SVG still carries inline style or script");
        }
        return safe;
    }
}
