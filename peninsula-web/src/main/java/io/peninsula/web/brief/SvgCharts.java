package io.peninsula.web.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The brief's charts, drawn by JFreeChart into SVG (JFreeSVG) so that they are part of the HTML:
 * no script, no image file, readable in print.
 */
final class SvgCharts {
  static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
      new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};
  private static final Font FONT = new Font("SansSerif", Font.PLAIN, 11);

  private SvgCharts() {}

  /** One row of an interval chart: a category, a series, low and high. */
  record Interval(String category, String series, double low, double high) {}

  /** Low–high bars per category and series (e.g. 5–95 % of samples per issue and option), on one value axis. */
  static String intervals(String title, String valueLabel, List<Interval> rows, List<String> series, List<String> categories,
      double min, double max, int width, int height) {
    Number[][] lows = new Number[series.size()][categories.size()];
    Number[][] highs = new Number[series.size()][categories.size()];
    for (Interval r : rows) {
      int s = series.indexOf(r.series());
      int c = categories.indexOf(r.category());
      lows[s][c] = r.low();
      highs[s][c] = r.high();
    }
    var data = new DefaultIntervalCategoryDataset(series.toArray(new String[0]), categories.toArray(new String[0]), lows, highs);
    CategoryAxis cat = new CategoryAxis("issue");
    NumberAxis val = new NumberAxis(valueLabel);
    val.setRange(min, max);
    IntervalBarRenderer r = new IntervalBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    for (int i = 0; i < series.size(); i++) r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    CategoryPlot plot = new CategoryPlot(data, cat, val, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return svg(styled(new JFreeChart(title, FONT.deriveFont(Font.BOLD, 13f), plot, true)), width, height);
  }

  /** Points per category (the baseline forecast) laid over nothing else, with labelled axes. */
  static String points(String title, String valueLabel, List<String> categories, List<Double> values, double min, double max,
      int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < categories.size(); i++) data.addValue(values.get(i), "forecast", categories.get(i));
    LineAndShapeRenderer r = new LineAndShapeRenderer(false, true);
    r.setSeriesPaint(0, PALETTE[3]);
    NumberAxis val = new NumberAxis(valueLabel);
    val.setRange(min, max);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("issue"), val, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return svg(styled(new JFreeChart(title, FONT.deriveFont(Font.BOLD, 13f), plot, true)), width, height);
  }

  /** Horizontal bars, largest first (a tornado). */
  static String tornado(String title, String valueLabel, List<String> labels, List<Double> values, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < labels.size(); i++) data.addValue(values.get(i), valueLabel, labels.get(i));
    JFreeChart chart = ChartFactory.createBarChart(title, "input", valueLabel, data, PlotOrientation.HORIZONTAL, false, false, false);
    BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, PALETTE[0]);
    return svg(styled(chart), width, height);
  }

  /** Grouped vertical bars: one group per category, one bar per series (e.g. change per issue under each option). */
  static String grouped(String title, String categoryLabel, String valueLabel, List<String> series, List<String> categories,
      double[][] values, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int s = 0; s < series.size(); s++)
      for (int c = 0; c < categories.size(); c++) data.addValue(values[s][c], series.get(s), categories.get(c));
    JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL, true, false, false);
    BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    for (int i = 0; i < series.size(); i++) r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    return svg(styled(chart), width, height);
  }

  private static JFreeChart styled(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    if (chart.getLegend() != null) chart.getLegend().setItemFont(FONT);
    if (chart.getPlot() instanceof CategoryPlot p) {
      p.setBackgroundPaint(Color.WHITE);
      p.setRangeGridlinePaint(new Color(0xdddddd));
      p.setRangeGridlineStroke(new BasicStroke(0.5f));
      p.getDomainAxis().setTickLabelFont(FONT);
      p.getRangeAxis().setTickLabelFont(FONT);
      p.getDomainAxis().setLabelFont(FONT);
      p.getRangeAxis().setLabelFont(FONT);
    }
    return chart;
  }

  private static String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    return g2.getSVGElement();
  }
}
